#!/usr/bin/env node
/**
 * `house-style`: lint articles from the command line.
 *
 * Built on unified-engine, like remark-cli: its pipeline, reporters,
 * `--frail`, `--quiet`. Files, globs and folders, config and ignore files
 * are found and read here first (src/cli/inputs.ts) and the engine is given the
 * files with their content: it would read a FIFO or `/dev/zero` as it finds
 * them, and import JS configs. Exit code 0 when no errors are reported (no
 * warnings either with `--frail`), 1 otherwise, 2 for a usage error, 141
 * when the report's reader closed the pipe. README, "Reliability".
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import process from 'node:process'
import {Readable} from 'node:stream'
import {parseArgs} from 'node:util'
import {createTwoFilesPatch} from 'diff'
import {unified, type Plugin, type PluggableList} from 'unified'
import {engine} from 'unified-engine'
import {VFile} from 'vfile'
import {commitOf} from '../engine/changed.js'
import {configNames, isScriptConfig} from '../engine/config.js'
import {initConfig, listRules, printConfig} from './commands.js'
import {describeError, flattenCauses, onClosedPipe} from './errors.js'
import {IgnoreFiles} from '../engine/find.js'
import {extensions} from '../parse/formats.js'
import {setPieceHooks} from '../engine/pieces.js'
import {resolveRules} from '../engine/preset.js'
import {rules} from '../engine/rules.js'
import {lintParser, lintPipeline, type LintSettings} from './pipeline.js'
import {defaultCacheName, LintCache} from './cache.js'
import {minFilesForWorkers, parseNothing, remoteLint} from './jobs.js'
import {mergeReports} from './merge.js'
import {Progress, progressFrom, summaryLine} from './progress.js'
import {inShard, parseShard, type Shard} from './shard.js'
import {readInputs, readStdin, writeRoots} from './inputs.js'
import {holdYoungGeneration, memoryHooks} from './memory.js'
import {megabytes} from '../kit/read.js'
import {reporters, streamedReporters, type Reporter, type ReporterName} from './reporters.js'
import {setStyleSizeLimit} from '../kit/style.js'
import {version} from '../engine/version.js'
import {removeTemporariesOnExit, retextHouseStyleWrite} from './write.js'

/** Machine-readable reports go to stdout, to be redirected or piped. */
const machineReports = new Set<ReporterName>(['json', 'sarif', 'github'])

const usage = `Usage: house-style [options] [path | glob ...]

Lint news articles against a house style (default: the-national).
Folders are searched for .txt, .md, .markdown, .html and .htm files; with no
paths, stdin is read as plain text. Only regular files are read; configs are
JSON, YAML or package.json, never code.

Options:
  -r, --report <name>     pretty (default, on stderr), or json, sarif or
                          github (on stdout)
      --fix               apply every safe fix to the files (a file changed
                          since it was read, read-only, or outside the paths
                          given through a symbolic link is not written)
      --fix-dry-run       print the fixes as a unified diff, write nothing
      --follow-symlinks   with --fix, also write through symbolic links to
                          files outside the paths given
      --changed-since <ref>  only report lines changed since a git ref
      --max-size <MB>     skip (and report) files larger than this many MB
                          (default 5), read no further; also the limit for
                          config, ignore and style files. An article whose
                          text is over 128 KiB is linted in pieces of whole
                          paragraphs (before a headline once a piece has
                          8 KiB), each an article of its own, so that
                          memory stays bounded
      --max-findings <n>  stop linting a file after this many findings, and
                          say so (default 1000)
      --jobs <n>          lint in this many worker threads (default: the
                          number of cores; runs of fewer than 8 files, and
                          --jobs 1, lint in one thread); the report is the same
      --shard <i>/<n>     lint only the i-th of n parts of the files, split by
                          path (a CI matrix of n runners lints each file once)
      --cache             skip files unchanged since a run that linted them
                          (content, config, style, version and build), replaying
                          their findings; --fix still writes
      --cache-location <path>  the cache file (default: .housestylecache)
      --progress          show progress on stderr even when it is not a
                          terminal (shown on a terminal for 20 files or more)
      --merge-reports     merge the JSON or SARIF reports given as paths (of
                          the shards of a run) into one, on stdout
      --only <ids>        lint with these rules only (comma-separated ids)
  -o, --output-file <path>  write the report to this file, not the terminal
      --stdin-filepath <path>  lint standard input as the file at this path:
                          its extension picks the format, its folder the
                          config; with --fix the fixed text goes to stdout
      --print-config <file>  print the configuration that applies to a file
                          (config, overrides, style, each rule) as JSON
      --init              write a starter .housestylerc.json here
      --list-rules        list the rules: id, default severity, fix, what
                          it checks
      --no-error-on-unmatched-pattern  a path or glob that names no
                          article is no error (by default: exit 2)
      --style <name|path> style to use, over any config file's: the-national
                          (default), guardian, bbc, us-agency, a JSON style
                          file or an installed style package
  -c, --config <path>     config file to use (default: .housestylerc,
                          .housestylerc.json, .housestylerc.yaml or a
                          "houseStyle" field in package.json, searched upwards)
      --no-config         ignore config files
  -i, --ignore-path <p>   ignore file to use (default: .housestyleignore)
      --no-ignore         ignore ignore files
  -f, --frail             exit with 1 on warnings as well as errors
  -q, --quiet             only report files with messages
  -S, --silent            only report errors
      --color / --no-color  colour in the report (default: when a terminal;
                          FORCE_COLOR and NO_COLOR are honoured)
      --debug             print stack traces with errors
  -h, --help              show this help
  -v, --version           show the version

Exit codes: 0 no errors (and no warnings with --frail), 1 findings that fail
the run (after fixing, with --fix) or a file that could not be processed,
2 bad usage, 141 the report's reader closed the pipe (as SIGPIPE).

Examples:
  house-style article.txt
  house-style "stories/**/*.txt" --report json
  house-style --style ./our-style.json --frail copy/
  house-style --fix --changed-since origin/main "stories/**/*.md"`

const options = {
  report: {type: 'string', short: 'r', default: 'pretty'},
  fix: {type: 'boolean'},
  'fix-dry-run': {type: 'boolean'},
  'follow-symlinks': {type: 'boolean'},
  'changed-since': {type: 'string'},
  'max-size': {type: 'string', default: '5'},
  'max-findings': {type: 'string', default: '1000'},
  jobs: {type: 'string'},
  shard: {type: 'string'},
  cache: {type: 'boolean'},
  'cache-location': {type: 'string'},
  progress: {type: 'boolean'},
  'merge-reports': {type: 'boolean'},
  'no-error-on-unmatched-pattern': {type: 'boolean'},
  'list-rules': {type: 'boolean'},
  'output-file': {type: 'string', short: 'o'},
  'stdin-filepath': {type: 'string'},
  'print-config': {type: 'string'},
  init: {type: 'boolean'},
  only: {type: 'string'},
  style: {type: 'string'},
  config: {type: 'string', short: 'c'},
  'no-config': {type: 'boolean'},
  'ignore-path': {type: 'string', short: 'i'},
  'no-ignore': {type: 'boolean'},
  frail: {type: 'boolean', short: 'f'},
  quiet: {type: 'boolean', short: 'q'},
  silent: {type: 'boolean', short: 'S'},
  color: {type: 'boolean'},
  'no-color': {type: 'boolean'},
  debug: {type: 'boolean'},
  help: {type: 'boolean', short: 'h'},
  version: {type: 'boolean', short: 'v'}
} as const

const debug = process.argv.includes('--debug')
onClosedPipe(process.stdout, process.stderr)
// One line for an error nothing else caught; its stack only with --debug.
process.on('uncaughtException', (error) => {
  process.stderr.write('house-style: ' + describeError(error, debug) + '\n')
  process.exit(1)
})

function usageError(message: string): never {
  process.stderr.write('house-style: ' + message + '\nTry `house-style --help`.\n')
  process.exit(2)
}

/** An error that stops the run before any file is linted: one line, exit 1. */
function fatal(message: string): never {
  process.stderr.write('house-style: ' + message + '\n')
  process.exit(1)
}

let parsed
try {
  parsed = parseArgs({options, allowPositionals: true, strict: true})
} catch (error) {
  usageError((error as Error).message)
}
const {values, positionals} = parsed

if (values.help) {
  process.stdout.write(usage + '\n')
  process.exit(0)
}
if (values.version) {
  process.stdout.write(version + '\n')
  process.exit(0)
}
if (positionals.length === 0 && process.stdin.isTTY) {
  process.stdout.write(usage + '\n')
  process.exit(0)
}
if (values['list-rules']) {
  try {
    process.stdout.write(listRules(values.style) + '\n')
  } catch (error) {
    fatal(describeError(error, debug))
  }
  process.exit(0)
}
if (values.init) {
  let target: string
  try {
    target = initConfig(process.cwd())
  } catch (error) {
    fatal(describeError(error, debug))
  }
  process.stdout.write('Wrote ' + target + ': the default style, no rule changes, and sport pages by surname. README, "Configuration".\n')
  process.exit(0)
}
if (values['merge-reports']) {
  const merged = mergeReports(positionals, 100e6)
  if ('error' in merged) fatal(merged.error)
  process.stdout.write(merged.text)
  process.exit(0)
}
const report = values.report as ReporterName
if (!Object.hasOwn(reporters, report)) {
  usageError('unknown reporter `' + report + '`: expected one of ' + Object.keys(reporters).map((name) => '`' + name + '`').join(', '))
}
const fixing = values.fix === true || values['fix-dry-run'] === true
if (values.fix && values['fix-dry-run']) usageError('use one of --fix and --fix-dry-run')
const maxSize = Number(values['max-size'])
if (!(maxSize > 0)) usageError('--max-size expects a number of megabytes above 0, not `' + values['max-size'] + '`')
const maxBytes = Math.floor(maxSize * 1e6)
const maxFindings = Number(values['max-findings'])
if (!(Number.isInteger(maxFindings) && maxFindings > 0)) {
  usageError('--max-findings expects a whole number above 0, not `' + values['max-findings'] + '`')
}
const jobs = values.jobs === undefined ? os.availableParallelism() : Number(values.jobs)
if (!(Number.isInteger(jobs) && jobs > 0 && jobs <= 256)) usageError('--jobs expects a whole number from 1 to 256, not `' + values.jobs + '`')
let shard: Shard | undefined
if (values.shard !== undefined) {
  const parsedShard = parseShard(values.shard)
  if (typeof parsedShard === 'string') usageError(parsedShard)
  shard = parsedShard
}
if (values['cache-location'] !== undefined && !values.cache) usageError('--cache-location needs --cache')
if (values.fix && positionals.length === 0 && machineReports.has(values.report as ReporterName) && values['output-file'] === undefined) {
  usageError('--fix on standard input writes the fixed text to stdout: put the ' + values.report + ' report in a file with --output-file')
}
const knownRules = new Set(rules.map((rule) => rule.meta.id))
const only = values.only?.split(',').map((id) => id.trim()).filter(Boolean)
if (values.only !== undefined) {
  const unknown = only!.filter((id) => !knownRules.has(id))
  if (only!.length === 0 || unknown.length > 0) {
    usageError('--only expects rule ids (comma-separated)' + (unknown.length > 0 ? ': unknown `' + unknown.join('`, `') + '`' : '') + '; see --list-rules')
  }
}
if (values.config !== undefined && isScriptConfig(values.config)) {
  usageError('--config `' + values.config + '`: configs are JSON, YAML or package.json, never code')
}

// A ref that names no commit is bad usage, said once before any file is
// read (and never handed to git as an option: see src/engine/changed.ts).
const changedSince = values['changed-since']
if (changedSince !== undefined) {
  try {
    commitOf(changedSince, process.cwd())
  } catch (error) {
    usageError('--changed-since: ' + (error as Error).message)
  }
}

const cwd = process.cwd()
setStyleSizeLimit(maxBytes)
// A style given on the command line is checked once, before any file.
if (values.style !== undefined) {
  try {
    resolveRules({style: values.style})
  } catch (error) {
    fatal(describeError(error, debug))
  }
}

const settings: LintSettings = {
  cwd,
  style: values.style,
  config: values.config,
  detectConfig: !values['no-config'],
  maxBytes,
  maxFindings,
  changedSince,
  fixing,
  only
}
const pipeline = lintPipeline(settings, (filePath) => {
  process.stderr.write('house-style: ignored `' + filePath + '`: configs are JSON, YAML or package.json, never code\n')
  return undefined
})
const {configs} = pipeline
if (values['print-config'] !== undefined) {
  try {
    process.stdout.write(printConfig(values['print-config'], cwd, pipeline) + '\n')
  } catch (error) {
    fatal(describeError(error, debug))
  }
  process.exit(0)
}
const plugins: PluggableList = [...pipeline.plugins]
if (values.fix) {
  removeTemporariesOnExit()
  const roots = values['follow-symlinks'] ? undefined : writeRoots(positionals, cwd, isFolder)
  plugins.push(
    retextHouseStyleWrite({
      roots,
      maxBytes,
      onWritten(file, applied) {
        process.stderr.write(file.path + ': ' + applied + ' fix' + (applied === 1 ? '' : 'es') + ' applied\n')
      }
    }) as Plugin
  )
}

// Long files are linted in pieces with the young generation bounded; keep
// it small until then, or loading the style grows it first (src/cli/memory.ts).
holdYoungGeneration()
setPieceHooks(memoryHooks)
waitForReaders(process.stdout, process.stderr)

const files: Array<VFile> = []
/**
 * Files that failed before linting (missing, not a regular file, too large):
 * reported beside the engine's, never given to it. unified-engine flushes
 * its files once all of those not failed are done; a failed one that comes
 * later waits for files already flushed, and the run ended silently with
 * no report (reading files ourselves, the others were done before it).
 */
const failed: Array<VFile> = []
let streamIn: NodeJS.ReadableStream = process.stdin
if (positionals.length > 0) {
  const inputs = readInputs(positionals, {
    cwd,
    extensions,
    configs,
    maxBytes,
    // With --cache, a file the cache has needs its bytes (their digest) and not its text (src/cli/jobs.ts).
    decode: values.cache !== true || changedSince !== undefined,
    ignore: new IgnoreFiles({
      name: values['no-ignore'] ? undefined : configNames.ignoreName,
      given: values['ignore-path'] === undefined ? undefined : path.resolve(cwd, values['ignore-path']),
      maxBytes
    })
  })
  if (inputs.unmatched.length > 0 && !values['no-error-on-unmatched-pattern']) {
    usageError(inputs.unmatched.map((input) => 'No files matching the pattern `' + input + '` (no .' + extensions.join(', .') + ' files)').join('\n') + '\n(--no-error-on-unmatched-pattern allows it)')
  }
  for (const {error, files: count} of inputs.errors) {
    process.stderr.write('house-style: ' + describeError(error, debug) + (count > 0 ? ' (' + count + ' file' + (count === 1 ? '' : 's') + ' not linted)' : '') + '\n')
  }
  if (inputs.errors.length > 0) process.exitCode = 1
  for (const file of inputs.files) (file.messages.some((message) => message.fatal) ? failed : files).push(file)
  if (failed.length > 0) process.exitCode = 1
} else {
  try {
    configs.configFor(path.join(cwd, 'stdin'))
  } catch (error) {
    fatal(describeError(error, debug))
  }
  const bytes = await readStdin(process.stdin, maxBytes)
  if (bytes === undefined) fatal('standard input holds more than ' + megabytes(maxBytes) + ', the size limit (`--max-size`): not linted')
  if (values['stdin-filepath'] === undefined) streamIn = Readable.from([bytes])
  else {
    // As if read from that path: its extension picks the format, its folder the config.
    const stdinPath = path.relative(cwd, path.resolve(cwd, values['stdin-filepath']))
    try {
      configs.configFor(path.resolve(cwd, stdinPath))
    } catch (error) {
      fatal(describeError(error, debug))
    }
    files.push(new VFile({path: stdinPath, cwd, value: new TextDecoder().decode(bytes)}))
  }
}

if (shard) {
  const keep = (file: VFile): boolean => inShard(shard, file.path, cwd)
  files.splice(0, files.length, ...files.filter(keep))
  failed.splice(0, failed.length, ...failed.filter(keep))
}

let cache: LintCache | undefined
if (values.cache) {
  if (changedSince === undefined) {
    cache = new LintCache(path.resolve(cwd, values['cache-location'] ?? defaultCacheName), version, (reason) => {
      process.stderr.write('house-style: ' + reason + '\n')
      return undefined
    })
  } else process.stderr.write('house-style: --cache is not used with --changed-since (what is reported depends on git, not on the file)\n')
}
const progress =
  (values.progress === true || (process.stderr.isTTY === true && files.length >= progressFrom)) && files.length > 0
    ? new Progress(files.length, process.stderr)
    : undefined
const remote =
  cache || (jobs > 1 && files.length >= minFilesForWorkers)
    ? remoteLint({settings, pipeline, jobs: files.length >= minFilesForWorkers ? jobs : 1, cache, onDone: () => progress?.tick()})
    : undefined
if (remote && jobs > 1 && files.length >= minFilesForWorkers) {
  // An archive lint is batch work: it yields to what a person is waiting for
  // (an editor and its language server), as its workers do (src/cli/worker.ts).
  lowerPriority()
}
// The rules run in the plugin (from the cache, in workers or here); the fixes are written after.
if (remote) plugins.splice(0, pipeline.plugins.length, remote.plugin)
else if (progress) plugins.splice(pipeline.plugins.length, 0, () => () => progress.tick())

const reportStream = values['output-file'] === undefined ? undefined : fileStream(path.resolve(cwd, values['output-file']))
const reporter = withFailed(withoutStacks(streamedReporters(reportStream ?? process.stdout)[report]))
const reportOptions = {color: colour(), quiet: values.quiet ?? false, silent: values.silent ?? false}
if (files.length === 0 && positionals.length > 0) {
  // Nothing to lint (unified-engine would read stdin): report the failures.
  const text = reporter([], reportOptions)
  if (text) (machineReports.has(report) ? process.stdout : process.stderr).write(text + '\n')
  process.exit(process.exitCode ?? 0)
}

/**
 * unified-engine queues each file until all are done, checking all of them
 * each time one arrives: its time grows with the square of the files (a
 * 20,000-file archive would not end). Files go to it in batches, and the
 * report is made once, from all of them, as the engine makes it.
 */
const batchSize = 200
/** Batches in the engine at once: with workers, the next batch's files keep them busy while one batch ends. */
const batchesAtOnce = remote && jobs > 1 ? 2 : 1
const streamError = reportStream ?? (machineReports.has(report) ? process.stdout : process.stderr)

function runEngine(batch: Array<VFile>): Promise<{code: number; files: Array<VFile>}> {
  return new Promise((resolve, reject) => {
    engine(
      {
        processor: remote ? unified().use(parseNothing) : lintParser(settings),
        files: batch,
        cwd,
        // Files, configs and ignore files are found and read above, not by the engine.
        detectConfig: false,
        detectIgnore: false,
        plugins,
        out: false,
        output: false,
        streamIn,
        streamOut: process.stdout,
        streamError,
        // The report is made below, once all batches are done.
        reporter: () => '',
        ...reportOptions,
        frail: values.frail ?? false
      },
      (error, code, context) => {
        if (error) reject(error)
        else {
          // What the engine reports: the files it was given, not those it ignored.
          const done = (context?.files ?? []).filter((file) => file.data.unifiedEngineGiven && !file.data.unifiedEngineIgnored)
          if (!remote) resolve({code: code ?? 0, files: done})
          else {
            // The engine's code, from the severities it was not shown (see src/cli/jobs.ts).
            remote.restoreSeverities(context?.files ?? [])
            resolve({code: exitCode(context?.files ?? []), files: done})
          }
        }
      }
    )
  })
}

const done: Array<VFile> = []
let code = 0
try {
  // Files the cache has skip the engine: their outcome is put on them here, and
  // they join the others, in order, for the report (the engine would only pass them on).
  const order = new Map(files.map((file, index) => [file, index]))
  // With --fix they go through it still: its completer writes the fixed text.
  const forJsonReport = report === 'json' && !values.silent && !values['fix-dry-run']
  const replayed: Array<VFile> = []
  const toLint: Array<VFile> = []
  for (const file of files) (remote && !values.fix && remote.replay(file, forJsonReport) ? replayed : toLint).push(file)
  const batches: Array<Array<VFile>> = []
  for (let start = 0; start < toLint.length; start += batchSize) batches.push(toLint.slice(start, start + batchSize))
  // Standard input (no files) is read by the engine: it runs once all the same.
  if (batches.length === 0 && replayed.length === 0) batches.push([])
  const results: Array<{code: number; files: Array<VFile>}> = []
  let next = 0
  const lane = async (): Promise<undefined> => {
    while (next < batches.length) {
      const index = next++
      results[index] = await runEngine(batches[index]!)
    }
  }
  await Promise.all(Array.from({length: batchesAtOnce}, () => lane()))
  for (const result of results) {
    done.push(...result.files)
    code = Math.max(code, result.code)
  }
  if (replayed.length > 0) {
    done.push(...replayed)
    done.sort((left, right) => order.get(left)! - order.get(right)!)
    code = Math.max(code, exitCode(replayed))
  }
  if (values['fix-dry-run']) printDiffs(done)
  progress?.finish()
  let text = await reporter(done, reportOptions)
  if (text) {
    if (!text.endsWith('\n')) text += '\n'
    streamError.write(text)
  }
  process.exitCode = Math.max(Number(process.exitCode ?? 0), code)
} catch (error) {
  process.stderr.write('house-style: ' + describeError(error, debug) + '\n')
  process.exitCode = 1
} finally {
  progress?.finish()
  await remote?.close()
  try {
    cache?.save()
  } catch (saveError) {
    process.stderr.write('house-style: cannot write the cache `' + cache?.file + '`: ' + (saveError as Error).message + '\n')
  }
}
// `--fix` on standard input: the fixed text is the output, as a formatter's.
if (positionals.length === 0 && values.fix && done[0]) {
  const fixed = done[0].data.houseStyleFix
  process.stdout.write(fixed ? fixed.text : String(done[0].value))
}
reportStream?.end()
const checked = [...done, ...failed]
if (checked.length > 1 && report === 'pretty' && !values.quiet && !values.silent) process.stderr.write(summaryLine(checked) + '\n')

/**
 * Run below normal priority, every thread of the process: on Linux each
 * thread has its own nice value (V8's helper threads, started before this,
 * included), and threads started later take their starter's.
 */
function lowerPriority(): undefined {
  const below = os.constants.priority.PRIORITY_BELOW_NORMAL
  try {
    for (const thread of fs.readdirSync('/proc/self/task')) os.setPriority(Number(thread), below)
  } catch {
    try {
      os.setPriority(below)
    } catch {
      // Not allowed here: the run keeps the usual priority.
    }
  }
}

/** A file to write the report to, written as the report is made. */
function fileStream(filePath: string): NodeJS.WriteStream {
  let descriptor: number
  try {
    // As ESLint's: a missing folder is made.
    fs.mkdirSync(path.dirname(filePath), {recursive: true})
    descriptor = fs.openSync(filePath, 'w')
  } catch (error) {
    fatal('cannot write the report to `' + filePath + '`: ' + (error as Error).message)
  }
  const stream = {
    write(chunk: string | Uint8Array, ...rest: Array<unknown>) {
      // Written at once, so that the report is whole when the process exits.
      if (typeof chunk === 'string') fs.writeSync(descriptor, chunk)
      else fs.writeSync(descriptor, chunk) // (each overload of writeSync takes one of the two)
      const done = rest.find((item) => typeof item === 'function') as (() => void) | undefined
      done?.()
      return true
    },
    end() {
      fs.closeSync(descriptor)
    }
  }
  return stream as unknown as NodeJS.WriteStream
}

/**
 * Colour in the report: `--color`/`--no-color`, else `FORCE_COLOR` (set and
 * not `0`), else `NO_COLOR` (set and not empty: none), else on a terminal.
 */
function colour(): boolean {
  if (values['no-color']) return false
  if (values['output-file'] !== undefined && values.color === undefined) return false
  if (values.color !== undefined) return values.color
  const force = process.env['FORCE_COLOR']
  if (force !== undefined && force !== '0' && force !== 'false') return true
  if (process.env['NO_COLOR']) return false
  return process.stderr.isTTY === true
}

/** unified-engine's exit code for `files`: 1 on an error (or a warning, with --frail). */
function exitCode(files: ReadonlyArray<VFile>): number {
  const failing = files.some((file) => {
    const replayed = file.data.houseStyleReport
    if (replayed) return replayed.fatal > 0 || (values.frail === true && replayed.warnings > 0)
    return file.messages.some((message) => message.fatal === true || (values.frail === true && message.fatal === false))
  })
  return failing ? 1 : 0
}

function isFolder(absolute: string): boolean {
  return fs.statSync(absolute, {throwIfNoEntry: false})?.isDirectory() === true
}

/** A reporter that also reports the files that failed before linting, in path order. */
function withFailed(reporter: Reporter): Reporter {
  return (done, options) => reporter([...done, ...failed].sort((left, right) => (left.path < right.path ? -1 : 1)), options)
}

/** A reporter whose messages' causes become one line, unless --debug. */
function withoutStacks(reporter: Reporter): Reporter {
  return (done, options) => {
    if (!debug) for (const file of done) flattenCauses(file)
    return reporter(done, options)
  }
}

/**
 * Have writes to the streams wait for their readers. Node writes to a pipe
 * without waiting (on Linux), queueing whatever the reader has not taken
 * yet, and unified-engine writes a report in one go: the whole JSON report
 * of a 10 MB file piped into another program (a CI runner, `| jq`) was
 * queued, 60 MB more at the peak (measured: 207-211 MiB against 143-152
 * into a file). Node makes pipes blocking the same way on Windows; files
 * and terminals are written synchronously already, and their handles have
 * no `setBlocking`.
 */
function waitForReaders(...streams: Array<NodeJS.WriteStream>): undefined {
  for (const stream of streams) {
    const handle = (stream as {_handle?: {setBlocking?: (blocking: boolean) => number}})._handle
    handle?.setBlocking?.(true)
  }
}

/** With --fix-dry-run: the fixed text of each file the pipeline finished, as a diff. */
function printDiffs(done: Array<VFile>): undefined {
  for (const file of done) {
    const fixed = file.data.houseStyleFix
    if (!fixed || fixed.applied === 0 || !file.path) continue
    process.stdout.write(createTwoFilesPatch(file.path, file.path, String(file), fixed.text))
  }
}
