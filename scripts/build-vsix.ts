/**
 * Build the VS Code extension (`npm run build:vsix`): `editors/vscode/`
 * with the package, as npm packs it, installed inside it, packaged by
 * `@vscode/vsce` into `dist/house-style-<version>.vsix`. Offline but for
 * npm's registry (the dependencies come from npm's cache where it has them).
 *
 * Usage: `tsx scripts/build-vsix.ts [--out <file.vsix>]`. Expects the
 * package built (`npm run build`).
 */
import {spawnSync, type SpawnSyncOptions} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'

const root = fileURLToPath(new URL('../', import.meta.url))
const source = path.join(root, 'editors/vscode')
const {values} = parseArgs({options: {out: {type: 'string'}}})

function run(command: string, args: Array<string>, options: SpawnSyncOptions): string {
  const result = spawnSync(command, args, {encoding: 'utf8', maxBuffer: 64e6, ...options})
  if (result.status !== 0) {
    throw new Error('`' + [command, ...args].join(' ') + '` failed (' + String(result.status ?? result.signal) + '):\n' + String(result.stderr) + String(result.stdout))
  }
  return String(result.stdout)
}

const extension = JSON.parse(fs.readFileSync(path.join(source, 'package.json'), 'utf8')) as {version: string; dependencies: Record<string, string>}
const out = path.resolve(values.out ?? path.join(root, 'dist', 'house-style-' + extension.version + '.vsix'))
const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'house-style-vsix-'))
try {
  for (const name of fs.readdirSync(source)) fs.cpSync(path.join(source, name), path.join(stage, name), {recursive: true})
  fs.copyFileSync(path.join(root, 'LICENSE'), path.join(stage, 'LICENSE'))
  // The package as a user installs it: packed (the build is npm's prepare), then installed.
  const [packed] = JSON.parse(run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', stage], {cwd: root})) as Array<{filename: string}>
  extension.dependencies['retext-house-style'] = 'file:./' + packed!.filename
  fs.writeFileSync(path.join(stage, 'package.json'), JSON.stringify(extension, null, 2) + '\n')
  run('npm', ['install', '--omit=dev', '--no-audit', '--no-fund', '--prefer-offline'], {cwd: stage})
  const vsce = path.join(root, 'node_modules/@vscode/vsce/vsce')
  fs.mkdirSync(path.dirname(out), {recursive: true})
  run(process.execPath, [vsce, 'package', '--no-update-package-json', '--no-git-tag-version', '--out', out], {cwd: stage})
  process.stdout.write('Wrote ' + path.relative(process.cwd(), out) + ' (' + (fs.statSync(out).size / 1e6).toFixed(1) + ' MB)\n')
} finally {
  fs.rmSync(stage, {recursive: true, force: true})
}
