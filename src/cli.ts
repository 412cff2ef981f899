#!/usr/bin/env node
/**
 * `house-style`: lint articles from the command line.
 *
 * Built on unified-engine, like remark-cli: globs and folders, config and
 * ignore files found per file, reporters, `--frail`, `--quiet`. Exit code 0
 * when no errors are reported (no warnings either with `--frail`), 1
 * otherwise, 2 for a usage error.
 */
import path from 'node:path'
import process from 'node:process'
import {parseArgs} from 'node:util'
import {createTwoFilesPatch} from 'diff'
import {unified, type Plugin, type PluggableList} from 'unified'
import {engine} from 'unified-engine'
import type {VFile} from 'vfile'
import retextHouseStyleChangedSince, {commitOf} from './changed.js'
import {configNames, configTransform} from './config.js'
import retextHouseStyleControl from './control.js'
import {retextHouseStyleFix, writeFileAtomic} from './fix.js'
import retextHouseStyleParse, {defaultSegmentSize, extensions} from './formats.js'
import retextHouseStyle from './index.js'
import {holdYoungGeneration} from './memory.js'
import {reporters, streamedReporters, type ReporterName} from './reporters.js'
import {version} from './version.js'

// unified-engine types plugin options as `unknown`; the preset checks its own.
const preset = retextHouseStyle as unknown as Plugin<Array<unknown>>

/** Machine-readable reports go to stdout, to be redirected or piped. */
const machineReports = new Set<ReporterName>(['json', 'sarif', 'github'])

const usage = `Usage: house-style [options] [path | glob ...]

Lint news articles against a house style (default: the-national).
Folders are searched for .txt, .md, .markdown, .html and .htm files; with no
paths, stdin is read as plain text.

Options:
  -r, --report <name>     pretty (default, on stderr), or json, sarif or
                          github (on stdout)
      --fix               apply every safe fix to the files (atomic writes)
      --fix-dry-run       print the fixes as a unified diff, write nothing
      --changed-since <ref>  only report lines changed since a git ref
      --max-size <MB>     skip (and report) files larger than this many MB
                          (default 5). Plain text over 128 KiB is linted in
                          pieces of whole paragraphs (before a headline once
                          a piece has 8 KiB), each an article of its own, so
                          that memory stays bounded
      --style <name|path> style to use, over any config file's
  -c, --config <path>     config file to use (default: .housestylerc* or a
                          "houseStyle" field in package.json, searched upwards)
      --no-config         ignore config files
  -i, --ignore-path <p>   ignore file to use (default: .housestyleignore)
      --no-ignore         ignore ignore files
  -f, --frail             exit with 1 on warnings as well as errors
  -q, --quiet             only report files with messages
  -S, --silent            only report errors
      --color / --no-color  colour in the report (default: when a terminal)
  -h, --help              show this help
  -v, --version           show the version

Exit codes: 0 no errors (and no warnings with --frail), 1 findings that fail
the run (after fixing, with --fix) or a file that could not be processed,
2 bad usage.

Examples:
  house-style article.txt
  house-style "stories/**/*.txt" --report json
  house-style --style ./our-style.json --frail copy/
  house-style --fix --changed-since origin/main "stories/**/*.md"`

const options = {
  report: {type: 'string', short: 'r', default: 'pretty'},
  fix: {type: 'boolean'},
  'fix-dry-run': {type: 'boolean'},
  'changed-since': {type: 'string'},
  'max-size': {type: 'string', default: '5'},
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
  help: {type: 'boolean', short: 'h'},
  version: {type: 'boolean', short: 'v'}
} as const

function fail(message: string): never {
  process.stderr.write('house-style: ' + message + '\nTry `house-style --help`.\n')
  process.exit(2)
}

let parsed
try {
  parsed = parseArgs({options, allowPositionals: true, strict: true})
} catch (error) {
  fail((error as Error).message)
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
const report = values.report as ReporterName
if (!Object.hasOwn(reporters, report)) {
  fail('unknown reporter `' + report + '`: expected one of ' + Object.keys(reporters).map((name) => '`' + name + '`').join(', '))
}
const fixing = values.fix === true || values['fix-dry-run'] === true
if (values.fix && values['fix-dry-run']) fail('use one of --fix and --fix-dry-run')
const maxSize = Number(values['max-size'])
if (!(maxSize > 0)) fail('--max-size expects a number of megabytes above 0, not `' + values['max-size'] + '`')

// A ref that names no commit is bad usage, said once before any file is
// read (and never handed to git as an option: see changed.ts).
const changedSince = values['changed-since']
if (changedSince !== undefined) {
  try {
    commitOf(changedSince, process.cwd())
  } catch (error) {
    fail('--changed-since: ' + (error as Error).message)
  }
}

// After the rules: disable comments, then the changed-lines filter, then fixes.
const plugins: PluggableList = []
if (values.style) plugins.push([preset, {style: values.style}])
plugins.push(retextHouseStyleControl)
if (changedSince !== undefined) plugins.push([retextHouseStyleChangedSince, changedSince])
if (fixing) plugins.push(retextHouseStyleFix)

// Long files are linted in pieces with the young generation bounded; keep
// it small until then, or loading the style grows it first (src/memory.ts).
holdYoungGeneration()
waitForReaders(process.stdout, process.stderr)

engine(
  {
    processor: unified().use(retextHouseStyleParse, {maxSize: maxSize * 1e6, segmentSize: defaultSegmentSize}),
    files: positionals,
    extensions,
    cwd: process.cwd(),
    ...configNames,
    configTransform,
    defaultConfig: {plugins: [[preset, {}]]},
    plugins,
    rcPath: values.config,
    detectConfig: !values['no-config'],
    ignorePath: values['ignore-path'],
    detectIgnore: !values['no-ignore'],
    silentlyIgnore: false,
    out: false,
    output: false,
    streamIn: process.stdin,
    streamOut: process.stdout,
    streamError: machineReports.has(report) ? process.stdout : process.stderr,
    // JSON and SARIF are written to stdout in chunks as they are made.
    reporter: streamedReporters(process.stdout)[report],
    color: values['no-color'] ? false : (values.color ?? process.stderr.isTTY === true),
    frail: values.frail ?? false,
    quiet: values.quiet ?? false,
    silent: values.silent ?? false
  },
  (error, code, context) => {
    if (error) {
      process.stderr.write('house-style: ' + error.message + '\n')
      process.exitCode = 1
      return
    }
    process.exitCode = code ?? 0
    if (fixing) writeFixes(context?.files ?? [])
  }
)

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

/**
 * Write (or, with --fix-dry-run, print as a diff) the fixed text of each file
 * the pipeline finished; a file that failed has no fixed text and is left.
 */
function writeFixes(files: Array<VFile>): undefined {
  for (const file of files) {
    const fixed = file.data.houseStyleFix
    if (!fixed || fixed.applied === 0 || !file.path) continue
    const filePath = path.resolve(file.cwd, file.path)
    if (values['fix-dry-run']) {
      process.stdout.write(createTwoFilesPatch(file.path, file.path, String(file), fixed.text))
      continue
    }
    try {
      writeFileAtomic(filePath, fixed.text)
      process.stderr.write(file.path + ': ' + fixed.applied + ' fix' + (fixed.applied === 1 ? '' : 'es') + ' applied\n')
    } catch (error) {
      process.stderr.write('house-style: cannot write `' + file.path + '`, left unchanged: ' + (error as Error).message + '\n')
      process.exitCode = 1
    }
  }
}
