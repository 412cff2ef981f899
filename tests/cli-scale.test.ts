/**
 * An archive on every core and every CI runner, nothing linted twice:
 * `--jobs`, `--shard`, `--merge-reports`, `--cache`, progress and the
 * summary line, through the real command.
 */
import {spawn, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {PassThrough} from 'node:stream'
import {unified, type PluggableList} from 'unified'
import {engine} from 'unified-engine'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import {storedOutcome} from '../src/cli/cache.js'
import {parseNothing, remoteLint} from '../src/cli/jobs.js'
import {fromMessageData, toMessageData} from '../src/engine/messages.js'
import {lintPipeline} from '../src/cli/pipeline.js'
import {bin, project, runCli} from './cli-project.js'

const draft = [
  'U.S.-backed forces push into last ISIL toehold',
  '',
  'The Syrian Democratic Forces entered the center of Hajin, SDF spokesman Mustafa Bali said on Twitter.',
  '',
  'Bali said 3 deadly attacks stymied progress and about 40 percent of the town was damaged.'
].join('\n')

/** A folder of mixed formats: plain text, Markdown, HTML, a file that is not UTF-8, one too large, a FIFO. */
function archive(count: number): string {
  const files: Record<string, string | Uint8Array> = {}
  for (let index = 0; index < count; index++) {
    const name = 'story-' + String(index).padStart(3, '0')
    const text = draft.replace('Hajin', 'Hajin ' + index)
    if (index % 3 === 0) files['text/' + name + '.txt'] = text
    else if (index % 3 === 1) files['markdown/' + name + '.md'] = '# Story ' + index + '\n\n' + text.replaceAll('"', '&quot;')
    else files['html/' + name + '.html'] = '<h1>Story ' + index + '</h1>\n<p>' + text.replaceAll('\n\n', '</p>\n<p>') + '</p>'
  }
  files['text/latin1.txt'] = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x0a])
  files['text/large.txt'] = 'Word '.repeat(300_000)
  const folder = project(files, 'archive')
  // A FIFO would block a read until a writer came: not a regular file, skipped.
  spawnSync('mkfifo', [path.join(folder, 'text/pipe.txt')])
  return folder
}

describe('--jobs', () => {
  it('gives byte-identical reports and exit codes with 2 workers and with 1, for every reporter', () => {
    const folder = archive(24)
    for (const report of ['json', 'sarif', 'pretty', 'github']) {
      const one = runCli(folder, ['--jobs', '1', '--max-size', '1', '--report', report, '.'])
      const two = runCli(folder, ['--jobs', '2', '--max-size', '1', '--report', report, '.'])
      expect(two.code).toBe(one.code)
      expect(two.stdout).toBe(one.stdout)
      expect(two.stderr).toBe(one.stderr)
    }
    const json = JSON.parse(runCli(folder, ['--jobs', '2', '--max-size', '1', '--report', 'json', '.']).stdout) as Array<{path: string; messages: Array<{ruleId: string}>}>
    expect(json).toHaveLength(27)
    expect(json.find((file) => file.path === 'text/pipe.txt')?.messages.map((message) => message.ruleId)).toEqual(['not-a-regular-file'])
    expect(json.find((file) => file.path === 'text/latin1.txt')?.messages.map((message) => message.ruleId)).toEqual(['invalid-utf8'])
    expect(json.find((file) => file.path === 'text/large.txt')?.messages.map((message) => message.ruleId)).toEqual(['file-too-large'])
    expect(json.find((file) => file.path === 'html/story-002.html')?.messages.length).toBeGreaterThan(3)
  })

  it('writes the same fixes with 2 workers as with 1', () => {
    const one = archive(12)
    const two = archive(12)
    runCli(one, ['--jobs', '1', '--fix', '.'])
    runCli(two, ['--jobs', '2', '--fix', '.'])
    for (const folder of ['text', 'markdown', 'html']) {
      for (const name of fs.readdirSync(path.join(one, folder)).filter((entry) => entry.startsWith('story'))) {
        const fixed = fs.readFileSync(path.join(two, folder, name), 'utf8')
        expect(fixed).toBe(fs.readFileSync(path.join(one, folder, name), 'utf8'))
        expect(fixed).toContain('centre')
      }
    }
  })

  it('shows unified-engine no failed file until it is done, so that a file that fails late never stalls the run', async () => {
    // The engine flushes once every file that has not failed is done; a file that
    // fails (a fatal message) after that flush waited forever (seen with workers).
    const folder = project({'a.txt': 'Troops left the U.S. base.\n', 'b.txt': 'Nothing to see.\n'}, 'late')
    const settings = {cwd: folder, style: undefined, config: undefined, detectConfig: false, maxBytes: 5e6, maxFindings: 1000, changedSince: undefined, fixing: false, only: undefined}
    const pipeline = lintPipeline(settings, () => undefined)
    const remote = remoteLint({settings, pipeline, jobs: 1, cache: undefined})
    const seen: Array<boolean | null | undefined> = []
    const observe = () => (_tree: unknown, file: VFile) => {
      seen.push(...file.messages.map((message) => message.fatal))
    }
    const files = ['a.txt', 'b.txt'].map((name) => new VFile({path: name, cwd: folder, value: fs.readFileSync(path.join(folder, name), 'utf8')}))
    const done = await new Promise<Array<VFile>>((resolve, reject) => {
      engine(
        {processor: unified().use(parseNothing), files, cwd: folder, detectConfig: false, detectIgnore: false, plugins: [remote.plugin, observe] as PluggableList, out: false, output: false, reporter: () => '', streamError: new PassThrough()},
        (error, _code, context) => (error ? reject(error) : resolve(context?.files ?? []))
      )
    })
    await remote.close()
    expect(seen).toContain(false)
    expect(seen).not.toContain(true)
    remote.restoreSeverities(done)
    expect(done.find((file) => file.basename === 'a.txt')!.messages.map((message) => [message.ruleId, message.fatal])).toEqual([['abbreviations', true]])
  })

  it.skipIf(process.platform !== 'linux')('runs an archive lint below normal priority, every thread, so that an editor stays responsive beside it', async () => {
    const folder = archive(60)
    const child = spawn(process.execPath, [bin, '--jobs', '2', '--max-size', '1', '.'], {cwd: folder, stdio: 'ignore'})
    // The nice values of its threads, once its workers are linting (more threads than at start).
    let last: Array<number> = []
    const started = Date.now()
    while (child.exitCode === null && Date.now() - started < 30_000) {
      const snapshot: Array<number> = []
      for (const thread of fs.readdirSync('/proc/' + child.pid + '/task')) {
        try {
          // Field 19 of a thread's stat is its nice value (counted after the command in brackets).
          const stat = fs.readFileSync('/proc/' + child.pid + '/task/' + thread + '/stat', 'utf8')
          snapshot.push(Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]))
        } catch {
          // The thread ended meanwhile.
        }
      }
      last = snapshot
      if (snapshot.length > 12 && snapshot.every((nice) => nice === 10)) break
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    child.kill()
    expect(last.length).toBeGreaterThan(12)
    expect(new Set(last)).toEqual(new Set([10]))
  })

  it('refuses a number of jobs that is not one', () => {
    const result = runCli(archive(1), ['--jobs', 'many', '.'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('--jobs expects a whole number from 1 to 256, not `many`')
  })
})

describe('--shard and --merge-reports', () => {
  it('partitions the files exactly, for 1 to 8 shards', () => {
    const folder = archive(30)
    const all = (JSON.parse(runCli(folder, ['--report', 'json', '--max-size', '1', '.']).stdout) as Array<{path: string}>).map((file) => file.path).sort()
    for (let count = 1; count <= 8; count++) {
      const seen: Array<string> = []
      for (let index = 1; index <= count; index++) {
        const shard = JSON.parse(runCli(folder, ['--report', 'json', '--max-size', '1', '--shard', index + '/' + count, '.']).stdout) as Array<{path: string}>
        seen.push(...shard.map((file) => file.path))
      }
      expect(seen.sort()).toEqual(all)
    }
  })

  it('keeps a file in its shard when files are added', () => {
    const folder = archive(20)
    const before = (JSON.parse(runCli(folder, ['--report', 'json', '--shard', '2/3', 'text']).stdout) as Array<{path: string}>).map((file) => file.path)
    fs.writeFileSync(path.join(folder, 'text/new-story.txt'), draft)
    const after = (JSON.parse(runCli(folder, ['--report', 'json', '--shard', '2/3', 'text']).stdout) as Array<{path: string}>).map((file) => file.path)
    expect(after.filter((file) => file !== 'text/new-story.txt')).toEqual(before)
  })

  it('merges the shards’ JSON and SARIF reports into the whole run’s', () => {
    const folder = archive(18)
    for (const report of ['json', 'sarif']) {
      const whole = runCli(folder, ['--report', report, '--max-size', '1', '.']).stdout
      const parts = [1, 2, 3].map((index) => {
        const file = path.join(folder, 'shard-' + index + '.' + report)
        fs.writeFileSync(file, runCli(folder, ['--report', report, '--max-size', '1', '--shard', index + '/3', '.']).stdout)
        return file
      })
      const merged = runCli(folder, ['--merge-reports', ...parts])
      expect(merged.code).toBe(0)
      if (report === 'json') expect(JSON.parse(merged.stdout)).toEqual(JSON.parse(whole))
      else {
        const results = (log: string) => (JSON.parse(log) as {runs: Array<{results: Array<unknown>}>}).runs[0]!.results
        expect(results(merged.stdout)).toHaveLength(results(whole).length)
        expect(new Set(results(merged.stdout).map((result) => JSON.stringify(result)))).toEqual(new Set(results(whole).map((result) => JSON.stringify(result))))
      }
    }
    const bad = path.join(folder, 'text/story-000.txt')
    expect(runCli(folder, ['--merge-reports', bad]).stderr).toContain('cannot merge `' + bad + '`: not JSON')
  })
})

describe('--cache', () => {
  const cacheOf = (folder: string) => path.join(folder, '.housestylecache')
  type Report = Array<{reason: string}>
  type Outcome = {messages: Array<{reason: string; fields: {reason?: string; message?: string}}>}
  type Cache = {
    header: {version: string; entries: number}
    /** `form`: `o`, the payload is an outcome; `r…`, it is the JSON report's messages. */
    entries: Array<{key: string; content: string; config: string; form: string; payload: Outcome | Report}>
  }
  /** The cache file: a JSON header line, a line per file (path, content, config, form, payload, by tabs), `end`. */
  function readCache(folder: string): Cache {
    const [header, ...lines] = fs.readFileSync(cacheOf(folder), 'utf8').split('\n')
    expect(lines.slice(-2)).toEqual(['end', ''])
    const entries = lines.slice(0, -2).map((line) => {
      const [key, content, config, form, ...payload] = line.split('\t')
      return {key: key!, content: content!, config: config!, form: form!, payload: JSON.parse(payload.join('\t')) as Outcome | Report}
    })
    return {header: JSON.parse(header!) as Cache['header'], entries}
  }
  /** Mark every cached finding, so that a replayed one shows in the report. */
  function markCache(folder: string, cache = readCache(folder)): undefined {
    for (const entry of cache.entries) {
      if (Array.isArray(entry.payload)) {
        for (const message of entry.payload) message.reason = 'REPLAYED ' + message.reason
        continue
      }
      for (const message of entry.payload.messages) {
        message.reason = 'REPLAYED ' + message.reason
        if (message.fields.reason !== undefined) message.fields.reason = message.reason
        if (message.fields.message !== undefined) message.fields.message = message.reason
      }
    }
    const lines = cache.entries.map((entry) => [entry.key, entry.content, entry.config, entry.form, JSON.stringify(entry.payload)].join('\t') + '\n')
    fs.writeFileSync(cacheOf(folder), JSON.stringify(cache.header) + '\n' + lines.join('') + 'end\n')
  }

  it('replays an unchanged file’s findings from the cache, with the same report and exit code', () => {
    const folder = archive(9)
    const plain = runCli(folder, ['--report', 'json', '--max-size', '1', '.'])
    const first = runCli(folder, ['--cache', '--report', 'json', '--max-size', '1', '.'])
    const second = runCli(folder, ['--cache', '--report', 'json', '--max-size', '1', '.'])
    expect(first.stdout).toBe(plain.stdout)
    expect(second.stdout).toBe(plain.stdout)
    expect(second.code).toBe(plain.code)
    markCache(folder)
    const replayed = runCli(folder, ['--cache', '--report', 'json', '--max-size', '1', '.']).stdout
    expect(replayed).toContain('REPLAYED Use `ISIS`, not `ISIL`')
  })

  it('keeps findings as the JSON report writes them, and gives every report and exit code from them as a fresh run would', () => {
    const folder = archive(6)
    // A file with warnings and no error, for --frail.
    fs.writeFileSync(path.join(folder, 'text/warnings.txt'), 'The town had 3 schools.\n')
    runCli(folder, ['--cache', '--report', 'json', '.'])
    const forms = readCache(folder).entries.map((entry) => entry.form[0])
    expect(forms).toContain('r')
    const runs = [['--report', 'json'], ['--report', 'json', '--quiet'], ['--report', 'json', '--silent'], ['--report', 'json', '--frail'], ['--report', 'sarif'], ['--report', 'github'], ['--report', 'pretty']]
    for (const options of runs) {
      const plain = runCli(folder, [...options, '.'])
      const cached = runCli(folder, ['--cache', ...options, '.'])
      expect(cached.stdout, options.join(' ')).toBe(plain.stdout)
      expect(cached.stderr, options.join(' ')).toBe(plain.stderr)
      expect(cached.code, options.join(' ')).toBe(plain.code)
    }
    const warningsOnly = ['--report', 'json', 'text/warnings.txt']
    expect(runCli(folder, ['--cache', '--frail', ...warningsOnly]).code).toBe(1)
    expect(runCli(folder, ['--cache', ...warningsOnly]).code).toBe(0)
  })

  it('lints again a changed file, a changed config and a new version', () => {
    const folder = archive(3)
    runCli(folder, ['--cache', '.'])
    markCache(folder)
    fs.appendFileSync(path.join(folder, 'text/story-000.txt'), '\nA new line.\n')
    const changedFile = JSON.parse(runCli(folder, ['--cache', '--report', 'json', '.']).stdout) as Array<{path: string; messages: Array<{reason: string}>}>
    expect(changedFile.find((file) => file.path === 'text/story-000.txt')!.messages.some((message) => message.reason.startsWith('REPLAYED'))).toBe(false)
    expect(changedFile.find((file) => file.path === 'markdown/story-001.md')!.messages.some((message) => message.reason.startsWith('REPLAYED'))).toBe(true)

    markCache(folder)
    fs.writeFileSync(path.join(folder, '.housestylerc.json'), JSON.stringify({rules: {numbers: 'off'}}))
    expect(runCli(folder, ['--cache', '--report', 'json', '.']).stdout).not.toContain('REPLAYED')

    markCache(folder)
    const cache = readCache(folder)
    cache.header.version = '0.0.1'
    markCache(folder, cache)
    expect(runCli(folder, ['--cache', '--report', 'json', '.']).stdout).not.toContain('REPLAYED')
  })

  it('lints again under another build of the same version (its code or built-in data changed)', () => {
    const folder = archive(3)
    // A copy of the bundles that still finds the project's node_modules.
    const build = fs.mkdtempSync(path.join(path.dirname(bin), '..', '..', 'node_modules', '.house-style-build-'))
    try {
      fs.cpSync(path.dirname(bin), build, {recursive: true})
      const copy = path.join(build, path.basename(bin))
      const run = () => spawnSync(process.execPath, [copy, '--cache', '--report', 'json', '.'], {cwd: folder, encoding: 'utf8'}).stdout
      run()
      markCache(folder)
      expect(run()).toContain('REPLAYED')
      const chunk = fs.readdirSync(path.join(build, 'chunks'))[0]!
      fs.appendFileSync(path.join(build, 'chunks', chunk), '\n// another build\n')
      expect(run()).not.toContain('REPLAYED')
    } finally {
      fs.rmSync(build, {recursive: true, force: true})
    }
  })

  it('keeps each finding without what its file and place give back, and replays it whole, under any path', () => {
    type Place = NonNullable<VFileMessage['place']>
    const places: Array<Place | undefined> = [
      undefined,
      {line: 3, column: 7},
      {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 5, offset: 4}},
      {start: {line: 2, column: 4}, end: {line: 2, column: 6}}
    ]
    for (const filePath of ['', 'a.txt', 'copy/story one.md']) {
      const file = new VFile(filePath ? {path: filePath} : {})
      const messages = places.map((place, index) => file.message('Use `ISIS`, not `ISIL` ' + index, {place, ruleId: 'group-names', source: 'retext-house-style'}))
      messages[1]!.fatal = true
      // One made otherwise (a place set after the fact) is kept whole.
      messages[2]!.place = {line: 9, column: 9}
      const outcome = {messages: messages.map((message) => toMessageData(message)), fix: undefined}
      const stored = storedOutcome(outcome, filePath)
      expect(stored.messages.map((data) => data.derived === true)).toEqual([true, true, false, true])
      for (const data of stored.messages.filter((data) => data.derived)) expect(Object.keys(data.fields)).not.toContain('name')
      // Through the cache file, and back: the same message on the same file.
      const replayed = (JSON.parse(JSON.stringify(stored)) as typeof stored).messages.map((data) => toMessageData(fromMessageData(data, filePath)))
      expect(replayed).toEqual(outcome.messages)
    }
  })

  it('still writes fixes with --fix for a file the cache has', () => {
    const folder = archive(3)
    runCli(folder, ['--cache', '.'])
    const result = runCli(folder, ['--cache', '--fix', '.'])
    expect(result.stderr).toContain('text/story-000.txt: ')
    expect(fs.readFileSync(path.join(folder, 'text/story-000.txt'), 'utf8')).toContain('the centre of Hajin')
  })

  it('ignores a truncated or foreign cache file with a warning, and lints everything', () => {
    const folder = archive(3)
    const plain = runCli(folder, ['--report', 'json', '.'])
    runCli(folder, ['--cache', '.'])
    const whole = fs.readFileSync(cacheOf(folder))
    // Cut in the header, in an entry, between entries (the last one whole), and in `end`.
    const lastEntryEnd = whole.lastIndexOf('\n', whole.length - 2) + 1
    for (const length of [20, 100, Math.floor(whole.length / 2), lastEntryEnd, whole.length - 2]) {
      fs.writeFileSync(cacheOf(folder), whole.subarray(0, length))
      const truncated = runCli(folder, ['--cache', '--report', 'json', '.'])
      expect(truncated.stderr, 'cut at ' + length).toContain('ignored the cache `' + cacheOf(folder) + '`: not complete (a run cut short?)')
      expect(truncated.stdout).toBe(plain.stdout)
      expect(truncated.code).toBe(plain.code)
    }
    fs.writeFileSync(cacheOf(folder), JSON.stringify({tool: 'eslint', entries: {}}))
    expect(runCli(folder, ['--cache', '--report', 'json', '.']).stderr).toContain('not a house-style cache')
    // The run wrote a good cache again.
    expect(readCache(folder).header.version).toMatch(/^\d/u)
  })

  it('lints a file again whose kept report text is damaged, and standard input without a path', () => {
    const folder = archive(3)
    const plain = runCli(folder, ['--report', 'json', '.'])
    runCli(folder, ['--cache', '--report', 'json', '.'])
    const cache = readCache(folder)
    const damaged = cache.entries.find((entry) => entry.form.startsWith('r') && entry.form !== 'r0,0,0')!
    const lines = fs.readFileSync(cacheOf(folder), 'utf8').split('\n')
    const index = lines.findIndex((line) => line.startsWith(damaged.key + '\t'))
    // A closing bracket lost, and a message count that does not fit its text.
    for (const line of [lines[index]!.slice(0, -1), lines[index]!.replace(/\tr\d+,/u, '\tr0,')]) {
      fs.writeFileSync(cacheOf(folder), [...lines.slice(0, index), line, ...lines.slice(index + 1)].join('\n'))
      const replayed = runCli(folder, ['--cache', '--report', 'json', '.'])
      expect(replayed.stdout).toBe(plain.stdout)
      expect(replayed.code).toBe(plain.code)
    }
    const stdin = {input: 'The center of town.\n'}
    const fromStdin = runCli(folder, ['--cache', '--report', 'json'], stdin)
    expect(fromStdin.stderr).toBe('')
    expect(fromStdin.stdout).toBe(runCli(folder, ['--report', 'json'], stdin).stdout)
  })

  it('keeps its cache where --cache-location says', () => {
    const folder = archive(3)
    runCli(folder, ['--cache', '--cache-location', 'lint-cache.json', '.'])
    expect(fs.existsSync(path.join(folder, 'lint-cache.json'))).toBe(true)
    expect(fs.existsSync(cacheOf(folder))).toBe(false)
  })
})

describe('progress and the summary line', () => {
  /** Run the command on a pseudo-terminal (util-linux `script`), as a person at a terminal would. */
  function onTerminal(cwd: string, args: Array<string>): string {
    const command = [process.execPath, bin, ...args].map((arg) => "'" + arg.replaceAll("'", "'\\''") + "'").join(' ')
    return spawnSync('script', ['-qec', command, '/dev/null'], {cwd, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}}).stdout
  }

  it.skipIf(spawnSync('script', ['--version']).status !== 0)('shows progress on a terminal only, or when asked', () => {
    const folder = archive(24)
    const terminal = onTerminal(folder, ['--max-size', '1', '.'])
    expect(terminal).toMatch(/\d+\/\d+ files, [\d.]+ files\/s, \d+ s left/u)
    // Cleared at the end: the report follows on a clean line.
    expect(terminal).toContain('\r\u001B[K')
    const piped = runCli(folder, ['--max-size', '1', '.'])
    expect(piped.stderr).not.toContain('files/s')
    expect(runCli(folder, ['--max-size', '1', '--progress', '.']).stderr).toMatch(/(\d+)\/\1 files/u)
  })

  it('ends a run of more than one file with files checked, files with findings and findings per rule', () => {
    const folder = archive(3)
    const result = runCli(folder, ['text/story-000.txt', 'markdown/story-001.md'])
    expect(result.stderr.trimEnd().split('\n').at(-1)).toMatch(/^2 files checked, 2 with findings: \S+ \d+/u)
    expect(runCli(folder, ['text/story-000.txt']).stderr).not.toContain('checked')
  })
})
