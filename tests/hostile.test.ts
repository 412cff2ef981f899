/**
 * Hostile files and a shared machine (issue #22), the CLI's rows: the real
 * `house-style` binary (and, for configs, the language server's) run on
 * content repos that take pull requests from strangers. Each test failed on
 * the code before the fix and holds after it.
 *
 * Nothing here is timed: a test's timeout only guards against a hang, and
 * linear behaviour is checked by counting (parts of a word, messages,
 * bytes). Speed belongs to `npm run bench`.
 *
 * `HOUSE_STYLE_BIN` runs the suite against another build of the CLI (to
 * check that it fails on an old one).
 */
import {spawn, spawnSync, type SpawnSyncOptions} from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import process from 'node:process'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {PassThrough} from 'node:stream'
import {afterAll, describe, expect, it, vi} from 'vitest'
import {VFile} from 'vfile'
import {readRegularFile, ReadError} from '../src/kit/read.js'
import {onClosedPipe} from '../src/cli/errors.js'
import {reporters} from '../src/cli/reporters.js'
import {wordParts} from '../src/model/words.js'
import {LspClient} from './server-client.js'

const bin = process.env['HOUSE_STYLE_BIN'] ?? fileURLToPath(new URL('../dist/bin/house-style.mjs', import.meta.url))
const draft = 'ISIL fighters held the town, U.N. officials said.\n'
const fixed = 'ISIS fighters held the town, UN officials said.\n'
const asRoot = process.getuid?.() === 0
/** A hang guard for each run of the binary, well under the test timeout. */
const hangGuard = 40_000

interface Message {
  ruleId: string | null
  fatal: boolean | null
  reason: string
}

const folders: Array<string> = []
afterAll(() => {
  for (const folder of folders) fs.rmSync(folder, {recursive: true, force: true})
})

function project(files: Record<string, string | Uint8Array> = {}): string {
  const folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'house-style-hostile-')))
  folders.push(folder)
  for (const [name, value] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(folder, name)), {recursive: true})
    fs.writeFileSync(path.join(folder, name), value)
  }
  return folder
}

function run(cwd: string, args: Array<string>, extra: SpawnSyncOptions = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: hangGuard,
    maxBuffer: 256 * 1024 * 1024,
    ...extra,
    env: {...process.env, NO_COLOR: '1', ...extra.env}
  })
  return {code: result.status, signal: result.signal, stdout: String(result.stdout), stderr: String(result.stderr)}
}

function byPath(stdout: string): Map<string, Array<Message>> {
  const files = JSON.parse(stdout) as Array<{path: string; messages: Array<Message>}>
  return new Map(files.map((file) => [file.path, file.messages]))
}

/** Occurrences of `part` in `text`. */
function count(text: string, part: string): number {
  return text.split(part).length - 1
}

/** A config file that would leave a mark if its code ran. */
function scriptConfig(marker: string): string {
  return 'require("node:fs").writeFileSync(' + JSON.stringify(marker) + ', "ran")\nmodule.exports = {plugins: []}\n'
}

describe('no code from the content repo runs', () => {
  it('ignores .housestylerc.js, .cjs and .mjs in the CLI, saying so once in one line each', () => {
    const cwd = project({'copy/a.txt': draft, 'copy/b.txt': draft})
    const marker = path.join(cwd, 'ran')
    fs.writeFileSync(path.join(cwd, 'copy/.housestylerc.cjs'), scriptConfig(marker))
    fs.writeFileSync(path.join(cwd, '.housestylerc.mjs'), 'import fs from "node:fs"\nfs.writeFileSync(' + JSON.stringify(marker) + ', "ran")\nexport default {}\n')
    fs.writeFileSync(path.join(cwd, '.housestylerc.js'), scriptConfig(marker))
    const result = run(cwd, ['-r', 'json', 'copy'])
    expect(fs.existsSync(marker)).toBe(false)
    // Linted with the default style, the JS configs passed by.
    expect(byPath(result.stdout).get('copy/a.txt')!.map((message) => message.ruleId)).toEqual(['group-names', 'abbreviations'])
    const notices = result.stderr.split('\n').filter((line) => line.includes('ignored'))
    expect(notices).toEqual([
      'house-style: ignored `' + path.join(cwd, 'copy/.housestylerc.cjs') + '`: configs are JSON, YAML or package.json, never code',
      'house-style: ignored `' + path.join(cwd, '.housestylerc.mjs') + '`: configs are JSON, YAML or package.json, never code',
      'house-style: ignored `' + path.join(cwd, '.housestylerc.js') + '`: configs are JSON, YAML or package.json, never code'
    ])
    // Given by path, it is refused outright.
    const given = run(cwd, ['-c', '.housestylerc.js', 'copy/a.txt'])
    expect(given.code).toBe(2)
    expect(given.stderr).toContain('configs are JSON, YAML or package.json, never code')
    expect(fs.existsSync(marker)).toBe(false)
  })

  it('never runs one in the language server either', async () => {
    const cwd = project({'a.txt': draft})
    const marker = path.join(cwd, 'ran')
    fs.writeFileSync(path.join(cwd, '.housestylerc.cjs'), scriptConfig(marker))
    const client = new LspClient(cwd)
    try {
      await client.initialize(cwd)
      const uri = pathToFileURL(path.join(cwd, 'a.txt')).href
      client.open(uri, draft)
      const published = await client.diagnostics(uri, (message) => message.diagnostics.length > 0)
      expect(published.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['group-names', 'abbreviations'])
      expect(fs.existsSync(marker)).toBe(false)
    } finally {
      client.kill()
    }
  })
})

describe('every input is bounded', () => {
  it('makes parts of a word linear in its length', () => {
    // 1,001 segments: every run of them is half a million parts (10,001 were 50 million).
    const word = 'a-'.repeat(1000) + 'a'
    expect(wordParts(word, {longest: 10}).length).toBeLessThanOrEqual(1001 * 5)
    expect(wordParts(word, {segments: 1})).toHaveLength(1001)
    expect(wordParts('al-Qaeda-linked', {longest: 100}).map((part) => part.text)).toEqual(['al-Qaeda-linked', 'al-Qaeda', 'al', 'Qaeda-linked', 'Qaeda', 'linked'])
  })

  it('lints 20 KB hyphenated, apostrophised and slashed words (V8 ran out of memory on the first)', () => {
    const cwd = project({
      'hyphens.txt': 'a-'.repeat(10_000) + 'a\n',
      'capitals.txt': 'IS-'.repeat(7_000) + 'held\n',
      'apostrophes.txt': "a'".repeat(10_000) + 'a\n',
      'curly.txt': 'a’'.repeat(10_000) + 'a\n',
      'slashes.txt': 'a/'.repeat(10_000) + 'a\n'
    })
    const result = run(cwd, ['-r', 'json', '.'])
    expect(result.signal).toBeNull()
    expect([...byPath(result.stdout).keys()]).toEqual(['apostrophes.txt', 'capitals.txt', 'curly.txt', 'hyphens.txt', 'slashes.txt'])
  })

  it('reads a symbolic link to /dev/zero or a style at /dev/zero no further, and reports it', () => {
    const cwd = project({'copy/a.txt': draft, 'styled/.housestylerc.json': JSON.stringify({style: '/dev/zero'}), 'styled/b.txt': draft})
    fs.symlinkSync('/dev/zero', path.join(cwd, 'copy/zero.txt'))
    const result = run(cwd, ['-r', 'json', 'copy', 'styled'])
    expect(result.signal).toBeNull()
    expect(result.code).toBe(1)
    const report = byPath(result.stdout)
    expect(report.get('copy/zero.txt')).toEqual([
      expect.objectContaining({ruleId: 'not-a-regular-file', fatal: true, reason: 'Skipped: it is a character device, not a regular file'})
    ])
    expect(report.get('copy/a.txt')!.map((message) => message.ruleId)).toEqual(['group-names', 'abbreviations'])
    expect(result.stderr).toBe(
      'house-style: Invalid configuration in `' + path.join(cwd, 'styled/.housestylerc.json') + '`: Cannot read style file `/dev/zero`: it is a character device, not a regular file (1 file not linted)\n'
    )
    const given = run(cwd, ['--style', '/dev/zero', 'copy/a.txt'])
    expect(given.signal).toBeNull()
    expect(given.stderr).toBe('house-style: Cannot read style file `/dev/zero`: it is a character device, not a regular file\n')
  })

  it('never reads more than the size limit and one byte', () => {
    // `/proc` files say they are empty and are not: only the read finds out.
    const error = (() => {
      try {
        readRegularFile('/proc/self/maps', 100)
      } catch (caught) {
        return caught
      }
    })()
    expect(error).toBeInstanceOf(ReadError)
    expect((error as ReadError).kind).toBe('too-large')
    expect((error as ReadError).size).toBe(101)
  })

  it('reports and skips a FIFO and a socket named like articles; the run ends', async () => {
    const cwd = project({'copy/a.txt': draft})
    spawnSync('mkfifo', [path.join(cwd, 'copy/fifo.txt')])
    const server = net.createServer()
    await new Promise<void>((resolve) => server.listen(path.join(cwd, 'copy/socket.txt'), resolve))
    try {
      // Asynchronous, so that the socket's server stays up meanwhile.
      const result = await new Promise<{code: number | null; stdout: string}>((resolve) => {
        const child = spawn(process.execPath, [bin, '-r', 'json', 'copy'], {cwd, timeout: hangGuard})
        let stdout = ''
        child.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk
        })
        child.on('close', (code) => resolve({code, stdout}))
      })
      expect(result.code).toBe(1)
      const report = byPath(result.stdout)
      expect(report.get('copy/fifo.txt')).toEqual([expect.objectContaining({ruleId: 'not-a-regular-file', reason: 'Skipped: it is a FIFO (named pipe), not a regular file'})])
      expect(report.get('copy/socket.txt')).toEqual([expect.objectContaining({ruleId: 'not-a-regular-file', reason: 'Skipped: it is a socket, not a regular file'})])
      expect(report.get('copy/a.txt')).toHaveLength(2)
    } finally {
      server.close()
    }
  })

  it('caps findings per file (one message says so), and the default report shows every file', () => {
    const cwd = project({'good.txt': draft, 'many.txt': 'a '.repeat(100_000), 'huge.txt': 'a '.repeat(1_000_000)})
    // 200 KB of `a a a`: 100,000 findings overflowed the pretty report's stack, which printed nothing.
    const pretty = run(cwd, ['good.txt', 'many.txt'])
    expect(pretty.code).toBe(1)
    expect(pretty.stderr).not.toContain('Maximum call stack')
    expect(pretty.stderr).toContain('Use `ISIS`, not `ISIL`')
    expect(pretty.stderr).toContain('Too many findings, over the limit of 1000: `repeated-words` and the rules after it were not run on this file')
    // JSON on 2 MB of it: one message, a small report (109 s and 4.1 GB before).
    const json = run(cwd, ['-r', 'json', 'huge.txt'])
    expect(byPath(json.stdout).get('huge.txt')).toEqual([expect.objectContaining({ruleId: 'too-many-findings', fatal: true})])
    expect(json.stdout.length).toBeLessThan(1000)
    // The limit is an option; findings up to it are kept.
    const some = run(cwd, ['-r', 'json', '--max-findings', '5', 'good.txt'])
    expect(byPath(some.stdout).get('good.txt')).toHaveLength(2)
    const bad = run(cwd, ['--max-findings', 'all', 'good.txt'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('--max-findings expects a whole number above 0, not `all`')
  })

  // vfile-reporter's cost per row is its own (string widths): some 15 s here.
  it('writes a pretty report of 150,000 messages (vfile-reporter overflowed its stack)', {timeout: 120_000}, () => {
    const file = new VFile({path: 'many.txt'})
    for (let index = 0; index < 150_000; index++) file.message('Repeated word', {place: {line: 1, column: index + 1}})
    const report = reporters.pretty([file], {color: false})
    expect(count(report, 'Repeated word')).toBe(150_000)
    expect(report.endsWith('⚠ 150000 warnings')).toBe(true)
  })
})

describe('--fix loses nothing and touches nothing it should not', () => {
  it('does not write over a file edited while the run lints, and reports it', () => {
    const cwd = project({'a.txt': draft, 'b.txt': draft})
    // `--changed-since` asks git about each file while it is linted, after
    // it was read: this git edits a.txt then, as a person would (it names a
    // commit when asked at the start whether the ref is one).
    const tools = project({
      git:
        '#!/bin/sh\nif [ "$1" = rev-parse ]; then echo ' + '0'.repeat(40) + '; exit 0; fi\n' +
        'printf "An edit made meanwhile.\\n" > "' + path.join(cwd, 'a.txt') + '"\nexit 1\n'
    })
    fs.chmodSync(path.join(tools, 'git'), 0o755)
    const result = run(cwd, ['--fix', '-r', 'json', '--changed-since', 'HEAD', 'a.txt', 'b.txt'], {env: {PATH: tools + path.delimiter + process.env['PATH']}})
    expect(fs.readFileSync(path.join(cwd, 'a.txt'), 'utf8')).toBe('An edit made meanwhile.\n')
    expect(fs.readFileSync(path.join(cwd, 'b.txt'), 'utf8')).toBe(fixed)
    const report = byPath(result.stdout)
    expect(report.get('a.txt')!.map((message) => message.ruleId)).toEqual(['group-names', 'abbreviations', 'fix-not-written'])
    expect(report.get('a.txt')!.at(-1)!.reason).toBe('Fixes not written: it changed on disk since it was read; the findings are those of the file as it was read')
    expect(result.code).toBe(1)
  })

  it('does not write through a symbolic link out of the paths given, unless allowed', () => {
    const cwd = project({'outside/target.txt': draft, 'copy/a.txt': draft})
    fs.symlinkSync('../outside/target.txt', path.join(cwd, 'copy/link.txt'))
    const result = run(cwd, ['--fix', '-r', 'json', 'copy'])
    expect(fs.readFileSync(path.join(cwd, 'outside/target.txt'), 'utf8')).toBe(draft)
    expect(fs.readFileSync(path.join(cwd, 'copy/a.txt'), 'utf8')).toBe(fixed)
    expect(byPath(result.stdout).get('copy/link.txt')!.at(-1)!.reason).toContain('is outside the paths given')
    run(cwd, ['--fix', '--follow-symlinks', 'copy'])
    expect(fs.readFileSync(path.join(cwd, 'outside/target.txt'), 'utf8')).toBe(fixed)
    expect(fs.lstatSync(path.join(cwd, 'copy/link.txt')).isSymbolicLink()).toBe(true)
  })

  it('writes through no temporary file someone planted (names are unguessable, created exclusively)', () => {
    const cwd = project({'copy/a.txt': draft, secret: 'root only\n'})
    fs.chmodSync(path.join(cwd, 'secret'), 0o600)
    // The old temporary name was `.a.txt.house-style-PID.tmp`: `exec` keeps the shell's PID.
    const script = 'ln -s ../secret .a.txt.house-style-$$.tmp && exec "$0" "$@"'
    const result = spawnSync('/bin/sh', ['-c', script, process.execPath, bin, '--fix', 'a.txt'], {cwd: path.join(cwd, 'copy'), encoding: 'utf8', timeout: hangGuard})
    expect(result.status).toBe(0)
    expect(fs.readFileSync(path.join(cwd, 'secret'), 'utf8')).toBe('root only\n')
    expect(fs.lstatSync(path.join(cwd, 'copy/a.txt')).isFile()).toBe(true)
    expect(fs.readFileSync(path.join(cwd, 'copy/a.txt'), 'utf8')).toBe(fixed)
    // Only the planted link is left: no temporary file of ours.
    expect(fs.readdirSync(path.join(cwd, 'copy')).filter((name) => name !== 'a.txt')).toEqual([expect.stringMatching(/^\.a\.txt\.house-style-\d+\.tmp$/u)])
  })

  it('keeps a read-only file, the mode, the owner and hard links', () => {
    const cwd = project({'readonly.txt': draft, 'shared.txt': draft, 'open.txt': draft, 'owned.txt': draft})
    const file = (name: string) => path.join(cwd, name)
    fs.chmodSync(file('readonly.txt'), 0o444)
    fs.chmodSync(file('open.txt'), 0o666)
    fs.linkSync(file('shared.txt'), file('other-name.md'))
    if (asRoot) fs.chownSync(file('owned.txt'), 65_534, 65_534)
    const result = run(cwd, ['--fix', '-r', 'json', 'readonly.txt', 'shared.txt', 'open.txt', 'owned.txt'])
    // Read-only by its mode bits, also to root: reported, not replaced.
    expect(fs.readFileSync(file('readonly.txt'), 'utf8')).toBe(draft)
    expect(byPath(result.stdout).get('readonly.txt')!.at(-1)).toMatchObject({ruleId: 'fix-not-written', reason: 'Fixes not written: it is read-only (mode 0444); the findings are those of the file as it was read'})
    // Both names of a hard-linked file see the fix.
    expect(fs.readFileSync(file('other-name.md'), 'utf8')).toBe(fixed)
    expect(fs.statSync(file('shared.txt')).nlink).toBe(2)
    // The mode is the file's own, not the umask's.
    expect(fs.statSync(file('open.txt')).mode & 0o777).toBe(0o666)
    expect(fs.readFileSync(file('open.txt'), 'utf8')).toBe(fixed)
    if (asRoot) expect(fs.statSync(file('owned.txt'))).toMatchObject({uid: 65_534, gid: 65_534})
    expect(fs.readFileSync(file('owned.txt'), 'utf8')).toBe(fixed)
  })
})

describe('the CLI dies quietly on a closed pipe', () => {
  it('exits 141 when a write finds its reader gone, on a pipe (EPIPE) or a socket (ECONNRESET), and 1 on another error', () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never)
    try {
      for (const [code, expected] of [['EPIPE', 141], ['ECONNRESET', 141], ['EIO', 1]] as const) {
        const stream = new PassThrough()
        onClosedPipe(stream as unknown as NodeJS.WriteStream)
        stream.emit('error', Object.assign(new Error('write ' + code), {code}))
        expect(exit).toHaveBeenLastCalledWith(expected)
      }
    } finally {
      exit.mockRestore()
    }
  })

  it('ends without a word when its reader goes away (`| head -c 100`)', async () => {
    // 9,000 findings in ten files: a JSON report of some 3.8 MB, more than
    // the socket Node gives a child for its output holds (some 400 KB on
    // Linux). Its writes fail with `ECONNRESET` or `EPIPE`, as it happens.
    const names = Array.from({length: 10}, (_, index) => 'big-' + index + '.txt')
    const cwd = project(Object.fromEntries(names.map((name) => [name, 'ISIL '.repeat(900)])))
    const result = await new Promise<{code: number | null; stderr: string}>((resolve) => {
      const child = spawn(process.execPath, [bin, '-r', 'json', ...names], {cwd, timeout: hangGuard})
      let stderr = ''
      let taken = 0
      child.stdout.on('data', (chunk: Buffer) => {
        taken += chunk.length
        if (taken >= 100) child.stdout.destroy()
      })
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk
      })
      child.on('close', (code) => resolve({code, stderr}))
    })
    expect(result.stderr).toBe('')
    expect(result.code).toBe(141)
  })
})

describe('errors speak for themselves', () => {
  it('never quotes a file given as a style that is not one', () => {
    const cwd = project({'shadow': 'root:$6$s3cr3t-hash:19000:0:99999:7:::\n', 'a.txt': draft, 'object.json': '{"password": "hunter2"}'})
    const result = run(cwd, ['--style', './shadow', 'a.txt'])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('house-style: Cannot parse style file `' + path.join(cwd, 'shadow') + '`: not valid JSON\n')
    const object = run(cwd, ['--style', './object.json', 'a.txt'])
    expect(object.stderr).toBe('house-style: Invalid style `' + path.join(cwd, 'object.json') + '`: not a style (a JSON object with a `name`)\n')
  })

  it('says a config error once, in one line, with no stack trace unless --debug', () => {
    const cwd = project({'.housestylerc.json': JSON.stringify({rules: {'group-names': 'loud'}}), 'a.txt': draft, 'b.txt': draft, 'c.txt': draft})
    const result = run(cwd, ['a.txt', 'b.txt', 'c.txt'])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(
      'house-style: Invalid configuration in `' + path.join(cwd, '.housestylerc.json') + '`: `rules.group-names` must be one of "off", "info", "warn", "error" (3 files not linted)\n'
    )
    const debug = run(cwd, ['--debug', 'a.txt'])
    expect(debug.stderr).toMatch(/\n {4}at /u)
  })

  it('takes a houseStyle field that is not an object as an error naming the file and key', () => {
    const cwd = project({'package.json': JSON.stringify({name: 'copy', houseStyle: 42}), 'a.txt': draft})
    const result = run(cwd, ['a.txt'])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('house-style: Invalid configuration in `' + path.join(cwd, 'package.json') + '`: `houseStyle` must be an object, not a number (`42`) (1 file not linted)\n')
  })
})
