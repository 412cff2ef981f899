/**
 * A temporary project folder and the built command run in it: what the tests
 * that run the real `house-style` share.
 */
import {spawnSync, type SpawnSyncOptions} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const bin = fileURLToPath(new URL('../dist/bin/house-style.mjs', import.meta.url))

/** A new folder (its real path) holding `files`, by path relative to it. */
export function project(files: Record<string, string | Uint8Array> = {}, name = 'project'): string {
  const folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'house-style-' + name + '-')))
  for (const [file, value] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(folder, file)), {recursive: true})
    fs.writeFileSync(path.join(folder, file), value)
  }
  return folder
}

/** Run the built CLI in `cwd` with `args`, colour off. */
export function runCli(cwd: string, args: Array<string>, extra: SpawnSyncOptions = {}): {code: number | null; stdout: string; stderr: string} {
  const result = spawnSync(process.execPath, [bin, ...args], {cwd, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}, ...extra})
  return {code: result.status, stdout: String(result.stdout), stderr: String(result.stderr)}
}
