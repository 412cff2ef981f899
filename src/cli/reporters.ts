/**
 * Reports for CI: SARIF 2.1.0 (GitHub code scanning) and GitHub workflow
 * annotations. Both are vfile reporters, `(files, options) => string`, like
 * vfile-reporter and vfile-reporter-json, and resolve from this package.
 *
 * The JSON and SARIF reports of a long file are large (30,000 findings in a
 * 10 MB file: 14 and 46 MB of text), and a string that size is made several
 * times over on its way out (built, joined to its line break, turned into
 * bytes): the CLI writes these two in chunks as they are made instead
 * (`streamedReporters`), the same text.
 */
import path from 'node:path'
import process from 'node:process'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {VFileMessage} from 'vfile-message'
import {reporter as vfileReporter, type Options as PrettyOptions} from 'vfile-reporter'
import jsonReporter from 'vfile-reporter-json'
import {rules} from '../engine/rules.js'
import {docsBase} from '../kit/rule.js'
import {version} from '../engine/version.js'

/** SARIF's level for a rule's default severity (`off` rules are listed too: `none`). */
const sarifLevels = {off: 'none', info: 'note', warn: 'warning', error: 'error'} as const

const informationUri = 'https://github.com/retext-house-style/retext-house-style'

/**
 * Messages per file that vfile-reporter is given at a time: it spreads a
 * file's rows into one `push`, and past some 100,000 arguments that
 * overflows the stack ("Maximum call stack size exceeded", and no report).
 */
const prettyRows = 10_000

/**
 * vfile-reporter's report (the `pretty` one), for any number of messages: a
 * file with more than `prettyRows` is given as several files of that many
 * messages each, in order, under the same name.
 */
export function prettyReporter(files: Array<VFile>, options?: PrettyOptions): string {
  return vfileReporter(files.flatMap((file) => inParts(file)), options)
}

function inParts(file: VFile): Array<VFile> {
  if (file.messages.length <= prettyRows) return [file]
  const sorted = [...file.messages].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
  const parts: Array<VFile> = []
  for (let start = 0; start < sorted.length; start += prettyRows) {
    // vfile-reporter reads only these fields of a file.
    const part = {history: file.history, path: file.path, stored: file.stored, messages: sorted.slice(start, start + prettyRows)}
    parts.push(part as unknown as VFile)
  }
  return parts
}

/** Reporters by `--report` name. */
export const reporters = {
  pretty: prettyReporter,
  json: jsonReporter,
  sarif: sarifReporter,
  github: githubReporter
} satisfies Record<string, Reporter>

export type ReporterName = keyof typeof reporters

export interface ReporterOptions {
  quiet?: boolean | null
  silent?: boolean | null
  color?: boolean | null
}
export type Reporter = (files: Array<VFile>, options?: ReporterOptions) => string
/** Take the next chunk of a report. */
type Write = (chunk: string | Uint8Array) => undefined
type StreamedReport = (files: Array<VFile>, options: ReporterOptions, write: Write) => undefined

const streamed: Partial<Record<ReporterName, StreamedReport>> = {json: writeJsonReport, sarif: writeSarifReport}

/**
 * The reporters by `--report` name, those with large reports writing them
 * to `stream` in chunks of about 64 KiB, then a line break as unified-engine
 * adds (and giving it nothing to write), the others as they are.
 */
export function streamedReporters(stream: NodeJS.WritableStream): Record<ReporterName, Reporter> {
  const result: Record<string, Reporter> = {...reporters}
  for (const [name, report] of Object.entries(streamed)) {
    result[name] = (files, options = {}) => {
      let buffer = ''
      report(files, options, (chunk) => {
        if (typeof chunk !== 'string') {
          // Bytes (a file's findings as the cache keeps them) go as they are.
          if (buffer) stream.write(buffer)
          buffer = ''
          stream.write(chunk)
          return
        }
        buffer += chunk
        if (buffer.length < 65_536) return
        stream.write(buffer)
        buffer = ''
      })
      stream.write(buffer + '\n')
      return ''
    }
  }
  return result as Record<ReporterName, Reporter>
}

/** The text of a streamed report, as one string. */
function collect(report: StreamedReport, files: Array<VFile>, options: ReporterOptions = {}): string {
  const chunks: Array<string> = []
  report(files, options, (chunk) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('utf8'))
  })
  return chunks.join('')
}

/**
 * vfile-reporter-json's report (the same text, tested), a message at a time.
 * A file replayed from the cache has its messages' text already (`houseStyleReport`).
 */
export function writeJsonReport(files: Array<VFile>, options: ReporterOptions, write: Write): undefined {
  write('[')
  let firstFile = true
  for (const file of files) {
    const replayed = options.silent ? undefined : file.data.houseStyleReport
    const messages = options.silent ? file.messages.filter((message) => message.fatal) : file.messages
    if ((options.quiet || options.silent) && messages.length === 0 && !replayed?.messages) continue
    const head = JSON.stringify({path: file.path, cwd: file.cwd, history: file.history, messages: []})
    write((firstFile ? '' : ',') + head.slice(0, -2))
    firstFile = false
    if (replayed) write(replayed.json.subarray(1, -1))
    else messages.forEach((message, index) => write((index === 0 ? '' : ',') + JSON.stringify(reportMessageJson(message))))
    write(']}')
  }
  write(']')
}

/** The fields of a message that vfile-reporter-json writes, in its order. */
export const reportMessageFields = ['ancestors', 'column', 'fatal', 'line', 'place', 'reason', 'ruleId', 'source', 'actual', 'expected', 'fixes', 'note', 'url'] as const
export type ReportMessage = Pick<VFileMessage, (typeof reportMessageFields)[number]>

/** A message as vfile-reporter-json writes it: these fields, in this order. */
export function reportMessageJson(message: ReportMessage): ReportMessage {
  const {ancestors, column, fatal, line, place, reason, ruleId, source, actual, expected, fixes, note, url} = message
  return {ancestors, column, fatal, line, place, reason, ruleId, source, actual, expected, fixes, note, url}
}

/** Path of `file` relative to the cwd, with forward slashes; `stdin` for text read from stdin. */
function relativePath(file: VFile): string {
  if (!file.path) return 'stdin'
  const absolute = path.resolve(file.cwd, file.path)
  return path.relative(process.cwd(), absolute).split(path.sep).join('/')
}

function range(message: VFileMessage) {
  const place = message.place
  const start = place && 'start' in place ? place.start : place
  const end = place && 'start' in place ? place.end : place
  return {
    startLine: start?.line ?? message.line ?? 1,
    startColumn: start?.column ?? message.column ?? 1,
    endLine: end?.line ?? start?.line ?? message.line ?? 1,
    endColumn: end?.column ?? start?.column ?? message.column ?? 1
  }
}

/**
 * SARIF 2.1.0: one run, the rules with their docs and default level, a result
 * per message with its exact region, and the first fix as a replacement.
 */
export function sarifReporter(files: Array<VFile>): string {
  return collect(writeSarifReport, files)
}

/** The SARIF log, indented by two, written a result at a time (`sarifLog` with the results of `sarifResult`). */
export function writeSarifReport(files: Array<VFile>, _options: ReporterOptions, write: Write): undefined {
  // The log with no results, cut where they go: they are the last field of
  // the run, an array three levels down (its items indented by eight).
  const empty = JSON.stringify(sarifLog(), null, 2)
  const cut = empty.lastIndexOf('"results": []') + '"results": ['.length
  write(empty.slice(0, cut))
  const ruleIndex = new Map(rules.map((rule, index) => [rule.meta.id, index]))
  let first = true
  for (const file of files) {
    const uri = relativePath(file)
    let place: ReturnType<typeof location> | undefined
    const points = (): ReturnType<typeof location> => (place ??= location(file))
    for (const message of file.messages) {
      const result = JSON.stringify(sarifResult(message, uri, ruleIndex, points), null, 2)
      write((first ? '\n' : ',\n') + '        ' + result.replaceAll('\n', '\n        '))
      first = false
    }
  }
  write((first ? '' : '\n      ') + empty.slice(cut))
}

/**
 * The SARIF result for a message of the file at `uri`. Its fix replaces
 * the message's region, or, where the fix is an edit of part of it (in
 * Markdown and HTML), that part, found in the file with `points`.
 */
export function sarifResult(message: VFileMessage, uri: string, ruleIndex: Map<string, number>, points?: () => ReturnType<typeof location>) {
  const region = range(message)
  const artifactLocation = {uri, uriBaseId: '%SRCROOT%'}
  const edit = message.fixes?.[0]
  const replacement = edit ? edit.text : message.expected?.[0]
  const deletedRegion = edit && points ? editRegion(edit, points()) ?? region : region
  return {
    ...(message.ruleId ? {ruleId: message.ruleId} : {}),
    ...(message.ruleId && ruleIndex.has(message.ruleId) ? {ruleIndex: ruleIndex.get(message.ruleId)} : {}),
    level: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'note',
    message: {text: message.reason},
    locations: [{physicalLocation: {artifactLocation, region}}],
    ...(replacement === undefined
      ? {}
      : {
          fixes: [
            {
              description: {text: 'Replace `' + (message.actual ?? '') + '` with `' + (message.expected?.[0] ?? replacement) + '`'},
              artifactChanges: [{artifactLocation, replacements: [{deletedRegion, insertedContent: {text: replacement}}]}]
            }
          ]
        })
  }
}

/** The region of the file an edit replaces. */
function editRegion(edit: {start: number; end: number}, place: ReturnType<typeof location>) {
  const start = place.toPoint(edit.start)
  const end = place.toPoint(edit.end)
  if (!start || !end) return undefined
  return {startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column}
}

/** The SARIF log with no results. */
export function sarifLog() {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'house-style',
            informationUri,
            version,
            rules: rules.map((rule) => ({
              id: rule.meta.id,
              shortDescription: {text: rule.meta.description},
              helpUri: docsBase + rule.meta.id + '.md',
              defaultConfiguration: {level: sarifLevels[rule.meta.severity]}
            }))
          }
        },
        columnKind: 'utf16CodeUnits',
        results: []
      }
    ]
  }
}

/**
 * GitHub Actions workflow commands: `::error file=…,line=…,col=…::message`,
 * shown as annotations on the pull request; then a summary line.
 */
export function githubReporter(files: Array<VFile>): string {
  const lines: Array<string> = []
  let errors = 0
  let warnings = 0
  for (const file of files) {
    for (const message of file.messages) {
      const {startLine, startColumn, endLine, endColumn} = range(message)
      const level = message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'notice'
      if (level === 'error') errors++
      else if (level === 'warning') warnings++
      const fix = message.expected?.[0] === undefined ? '' : ' (fix: `' + message.expected[0] + '`)'
      const properties = [
        'file=' + escapeProperty(relativePath(file)),
        'line=' + startLine,
        'col=' + startColumn,
        'endLine=' + endLine,
        'endColumn=' + endColumn,
        'title=' + escapeProperty(message.ruleId ? 'house-style ' + message.ruleId : 'house-style')
      ]
      lines.push('::' + level + ' ' + properties.join(',') + '::' + escapeData(message.reason + fix))
    }
  }
  lines.push('house-style: ' + errors + ' error' + (errors === 1 ? '' : 's') + ', ' + warnings + ' warning' + (warnings === 1 ? '' : 's'))
  return lines.join('\n')
}

function escapeData(value: string): string {
  return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A')
}

function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C')
}
