/**
 * The real CLI on bad files (issue #8): each is reported clearly, the others
 * are still linted and fixed, and nothing is written to a file that was not
 * fully processed.
 *
 * Bad files: binary (NUL bytes), invalid UTF-8, 50 MB (over `--max-size`),
 * a folder named like a file (`dir.txt/`, searched as a folder), a dangling
 * symbolic link, and an unreadable file. Tests run as root, for whom
 * `chmod 000` does not stop reads: as root the CLI is run as `nobody`
 * (uid 65534) for that case, so the permission applies.
 */
import {spawnSync, type SpawnSyncOptions} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import process from 'node:process'
import {fileURLToPath} from 'node:url'
import {afterAll, describe, expect, it} from 'vitest'

const bin = fileURLToPath(new URL('../dist/bin/house-style.mjs', import.meta.url))
const draft = 'ISIL fighters held the town, U.N. officials said.\n'
const fixed = 'ISIS fighters held the town, UN officials said.\n'

interface Message {
  ruleId: string | null
  fatal: boolean | null
  reason: string
  line: number | null
  column: number | null
}

/** Temporary folders, removed after the tests (one holds a 50 MB file). */
const folders: Array<string> = []
afterAll(() => {
  for (const folder of folders) fs.rmSync(folder, {recursive: true, force: true})
})

function temporary(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'house-style-robust-'))
  folders.push(folder)
  return folder
}

function run(cwd: string, args: Array<string>, extra: SpawnSyncOptions = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {cwd, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}, ...extra})
  return {code: result.status, stdout: String(result.stdout), stderr: String(result.stderr)}
}

function byPath(stdout: string): Map<string, Array<Message>> {
  const files = JSON.parse(stdout) as Array<{path: string; messages: Array<Message>}>
  return new Map(files.map((file) => [file.path, file.messages]))
}

describe('house-style CLI on bad files', () => {
  it('reports binary, invalid UTF-8, too large, folder-named-like-a-file and missing files, fixes only the good ones', () => {
    const cwd = temporary()
    const write = (name: string, value: string | Uint8Array) => fs.writeFileSync(path.join(cwd, name), value)
    const binary = Buffer.from([0x49, 0x53, 0x49, 0x4c, 0x00, 0xff, 0xfe, 0x55, 0x2e, 0x53, 0x2e])
    const invalid = Buffer.concat([Buffer.from('ISIL fighters held the '), Buffer.from([0xff, 0xc3]), Buffer.from(' town, U.N. officials said.\n')])
    const large = Buffer.alloc(50 * 1024 * 1024, 'ISIL said. ')
    write('good.txt', draft)
    write('binary.txt', binary)
    write('invalid.txt', invalid)
    write('large.txt', large)
    // A real U+FFFD in valid UTF-8 is text like any other.
    write('replacement.txt', 'ISIL fighters held the \uFFFD town.\n')
    fs.mkdirSync(path.join(cwd, 'dir.txt'))
    write('dir.txt/inner.txt', draft)
    fs.symlinkSync('missing.txt', path.join(cwd, 'dangling.txt'))

    const files = ['binary.txt', 'invalid.txt', 'large.txt', 'replacement.txt', 'dir.txt', 'dangling.txt', 'good.txt']
    const result = run(cwd, ['--fix', '--no-config', '-r', 'json', ...files])
    const report = byPath(result.stdout)

    expect(report.get('binary.txt')).toMatchObject([{ruleId: 'binary-file', fatal: true}])
    expect(report.get('invalid.txt')).toMatchObject([{ruleId: 'invalid-utf8', fatal: true, line: 1, column: 24}])
    expect(report.get('invalid.txt')![0]!.reason).toContain('not valid UTF-8')
    expect(report.get('large.txt')).toMatchObject([{ruleId: 'file-too-large', fatal: true}])
    expect(report.get('large.txt')![0]!.reason).toContain('Cannot lint a file of 52.4 MB, over the size limit of 5.0 MB')
    expect(report.get('dangling.txt')).toMatchObject([{fatal: true}])
    expect(report.get('dangling.txt')![0]!.reason).toContain('No such file or folder')
    // The folder named like a file is searched as a folder: its article is linted and fixed.
    expect(report.get('dir.txt/inner.txt')).toEqual([])
    expect(report.get('good.txt')).toEqual([])
    expect(report.get('replacement.txt')!.some((message) => message.ruleId === 'group-names')).toBe(false)
    expect(result.code).toBe(1)

    // Only the fully processed files are written.
    expect(fs.readFileSync(path.join(cwd, 'binary.txt'))).toEqual(binary)
    expect(fs.readFileSync(path.join(cwd, 'invalid.txt'))).toEqual(invalid)
    expect(fs.readFileSync(path.join(cwd, 'large.txt')).equals(large)).toBe(true)
    expect(fs.readFileSync(path.join(cwd, 'good.txt'), 'utf8')).toBe(fixed)
    expect(fs.readFileSync(path.join(cwd, 'dir.txt/inner.txt'), 'utf8')).toBe(fixed)
    expect(fs.readFileSync(path.join(cwd, 'replacement.txt'), 'utf8')).toBe('ISIS fighters held the \uFFFD town.\n')
    expect(result.stderr).toContain('good.txt: 2 fixes applied')
    expect(result.stderr).not.toContain('binary.txt: ')
    expect(result.stderr).not.toContain('invalid.txt: ')
    expect(fs.readdirSync(cwd).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('takes --max-size in MB and rejects a bad value', () => {
    const cwd = temporary()
    fs.writeFileSync(path.join(cwd, 'article.txt'), draft.repeat(100))
    const small = run(cwd, ['--no-config', '-r', 'json', '--max-size', '0.001', 'article.txt'])
    expect(byPath(small.stdout).get('article.txt')).toMatchObject([{ruleId: 'file-too-large', fatal: true}])
    expect(byPath(small.stdout).get('article.txt')![0]!.reason).toContain('Cannot lint a file of 0.005 MB, over the size limit of 0.001 MB')
    const enough = run(cwd, ['--no-config', '-r', 'json', '--max-size', '1', 'article.txt'])
    expect(byPath(enough.stdout).get('article.txt')!.some((message) => message.ruleId === 'group-names')).toBe(true)
    const bad = run(cwd, ['--max-size', 'lots', 'article.txt'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('--max-size expects a number of megabytes above 0, not `lots`')
  })

  it('reports an unreadable file and goes on with the others', () => {
    const cwd = temporary()
    fs.writeFileSync(path.join(cwd, 'good.txt'), draft)
    fs.writeFileSync(path.join(cwd, 'secret.txt'), draft)
    fs.chmodSync(path.join(cwd, 'secret.txt'), 0o000)
    // As root, permissions do not stop reads: run the CLI as `nobody`, who
    // may enter the folder and write good.txt but not read secret.txt.
    const asRoot = process.getuid?.() === 0
    if (asRoot) {
      fs.chmodSync(cwd, 0o777)
      fs.chmodSync(path.join(cwd, 'good.txt'), 0o666)
    }
    const result = run(cwd, ['--fix', '--no-config', '-r', 'json', 'secret.txt', 'good.txt'], asRoot ? {uid: 65534, gid: 65534} : {})
    const report = byPath(result.stdout)
    expect(report.get('secret.txt')).toMatchObject([{fatal: true}])
    expect(report.get('secret.txt')![0]!.reason).toBe('Cannot read file: permission denied')
    expect(report.get('good.txt')).toEqual([])
    expect(result.code).toBe(1)
    fs.chmodSync(path.join(cwd, 'secret.txt'), 0o644)
    expect(fs.readFileSync(path.join(cwd, 'secret.txt'), 'utf8')).toBe(draft)
    expect(fs.readFileSync(path.join(cwd, 'good.txt'), 'utf8')).toBe(fixed)
  })
})
