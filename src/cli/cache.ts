/**
 * `--cache`: ESLint's contract. A file whose content, resolved
 * configuration (config, overrides, style data, command-line options) and
 * package version and build are what they were when a run linted it is not linted
 * again: its findings, and its fixed text with `--fix`, are replayed from
 * the cache, so the report and the exit code are the same.
 *
 * The cache is one file (`.housestylecache` in the working folder by
 * default), written atomically at the end of a run: a JSON header line,
 * then a line per file (`format` below), then `end`. It is read as bytes
 * and each file's findings are parsed only when the file asks for them
 * (into a JSON report, not at all): parsed whole, an archive's cache was a
 * live object graph that the collector copied about for the rest of the
 * run. A cache
 * file that is corrupt, truncated or not ours is ignored with a warning,
 * never a crash.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import {fromMessageData, type MessageData} from '../engine/messages.js'
import {reportMessageFields, reportMessageJson, type ReportMessage} from './reporters.js'
import type {LintOutcome} from './worker.js'

export const defaultCacheName = '.housestylecache'

interface Header {
  tool: 'retext-house-style'
  version: string
  format: number
  /** Lines of entries that follow. */
  entries: number
}

/**
 * A file's findings as `--report json` writes them, and what the exit code
 * needs of them: a file replayed from the cache into a JSON report needs no
 * `VFileMessage` made again, which was most of a cached archive run's time
 * (docs/benchmarks.md, issue 20).
 */
export interface ReportReplay {
  /** The messages as the JSON report writes them: a JSON array, as UTF-8. */
  json: Uint8Array
  messages: number
  fatal: number
  warnings: number
}

declare module 'vfile' {
  interface DataMap {
    /** Set on a file replayed from the cache for a JSON report, in place of its messages. */
    houseStyleReport: ReportReplay
  }
}

/**
 * An entry: its line, as read from the cache file (bytes) or made this run
 * (text), parsed only when its file asks for it.
 */
interface Entry {
  /** SHA-256 of the file's bytes. */
  content: string
  /** SHA-256 of the resolved configuration and the package version. */
  config: string
  /** `o`: the payload is an outcome; `r<messages>,<fatal>,<warnings>`: the payload is the JSON report's messages. */
  form: string
  line: Buffer | string
  /** Where the payload starts in `line` (bytes or characters). */
  payloadAt: number
}

/**
 * 4: a line is `"<path>"<TAB><content><TAB><config><TAB><form><TAB><payload>`;
 * a file whose every finding the JSON report writes whole is kept as the
 * report writes it (form `r`), any other as its outcome (form `o`).
 */
const format = 4
const tab = 9
const newline = 10

export class LintCache {
  readonly file: string
  readonly #version: string
  readonly #entries = new Map<string, Entry>()
  /** Whether an entry was added or replaced: an unchanged cache is not written again. */
  #changed = false
  /** Files found in the cache this run. */
  hits = 0

  /**
   * @param onWarning Called once, with a one-line reason, when the cache file is unusable.
   */
  constructor(file: string, version: string, onWarning: (reason: string) => undefined) {
    this.file = file
    this.#version = version
    let bytes: Buffer
    try {
      bytes = fs.readFileSync(file)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') onWarning('cannot read the cache `' + file + '` (' + (error as Error).message + '): linting every file')
      return
    }
    const headerEnd = bytes.indexOf(newline)
    const marker = '{"tool":"retext-house-style"'
    if (headerEnd === -1 && bytes.length > 0 && marker.startsWith(bytes.toString('latin1', 0, Math.min(bytes.length, marker.length)))) {
      onWarning('ignored the cache `' + file + '`: not complete (a run cut short?); linting every file')
      this.#changed = true
      return
    }
    let header: Partial<Header> | undefined
    try {
      header = JSON.parse(bytes.toString('utf8', 0, headerEnd === -1 ? bytes.length : headerEnd)) as Partial<Header>
    } catch {
      header = undefined
    }
    if (header?.tool !== 'retext-house-style') {
      onWarning('ignored the cache `' + file + '`: not a house-style cache; linting every file')
      this.#changed = true
      return
    }
    // Another version's findings may differ: its entries are dropped, silently (that is what the version is for).
    if (header.version !== version || header.format !== format) {
      this.#changed = true
      return
    }
    const entries = this.#read(bytes, headerEnd + 1)
    if (entries === undefined || entries.size !== header.entries) {
      onWarning('ignored the cache `' + file + '`: not complete (a run cut short?); linting every file')
      this.#changed = true
      return
    }
    for (const [key, entry] of entries) this.#entries.set(key, entry)
  }

  /** The entries' lines from `start`, up to the `end` line; `undefined` when it is missing or a line is malformed. */
  #read(bytes: Buffer, start: number): Map<string, Entry> | undefined {
    const entries = new Map<string, Entry>()
    let at = start
    while (at < bytes.length) {
      const lineEnd = bytes.indexOf(newline, at)
      if (lineEnd === -1) return undefined
      if (lineEnd - at === 3 && bytes.toString('latin1', at, lineEnd) === 'end') return lineEnd + 1 === bytes.length ? entries : undefined
      const tabs: Array<number> = []
      for (let from = at; tabs.length < 4; ) {
        const found = bytes.indexOf(tab, from)
        if (found === -1 || found > lineEnd) return undefined
        tabs.push(found)
        from = found + 1
      }
      const [first, second, third, fourth] = tabs as [number, number, number, number]
      let key: unknown
      try {
        key = JSON.parse(bytes.toString('utf8', at, first))
      } catch {
        return undefined
      }
      const form = bytes.toString('latin1', third + 1, fourth)
      if (typeof key !== 'string' || !isForm(form)) return undefined
      entries.set(key, {content: bytes.toString('latin1', first + 1, second), config: bytes.toString('latin1', second + 1, third), form, line: bytes.subarray(at, lineEnd), payloadAt: fourth + 1 - at})
      at = lineEnd + 1
    }
    return undefined
  }

  #entry(filePath: string, content: string, config: string): Entry | undefined {
    const entry = this.#entries.get(filePath)
    return entry && entry.content === content && entry.config === config ? entry : undefined
  }

  /** The outcome linted before for this file, if content and configuration are unchanged. */
  get(filePath: string, content: string, config: string): LintOutcome | undefined {
    const entry = this.#entry(filePath, content, config)
    if (!entry) return undefined
    let outcome: unknown
    try {
      outcome = JSON.parse(payloadOf(entry))
    } catch {
      return undefined
    }
    if (entry.form !== 'o') {
      if (!Array.isArray(outcome)) return undefined
      // As the report wrote them: the reason, the place and the rest of the fields.
      const messages = (outcome as Array<Record<string, unknown>>).map((fields): MessageData => ({reason: String(fields['reason']), fields, causes: [], derived: true}))
      outcome = {messages, fix: undefined}
    }
    if (!isOutcome(outcome)) return undefined
    this.hits++
    return outcome
  }

  /**
   * The findings linted before for this file as the JSON report writes them,
   * if content and configuration are unchanged and the cache keeps them so.
   */
  getReport(filePath: string, content: string, config: string): ReportReplay | undefined {
    const entry = this.#entry(filePath, content, config)
    if (!entry || entry.form === 'o') return undefined
    const [messages, fatal, warnings] = entry.form.slice(1).split(',').map(Number) as [number, number, number]
    const json = typeof entry.line === 'string' ? Buffer.from(entry.line.slice(entry.payloadAt)) : entry.line.subarray(entry.payloadAt)
    // Not parsed (that is the point), but a damaged line must not reach the report:
    // an array, empty exactly when it has no messages; else the file is linted again.
    const empty = json.length === 2
    if (json[0] !== 0x5b || json.at(-1) !== 0x5d || empty !== (messages === 0) || fatal + warnings > messages) return undefined
    this.hits++
    return {json, messages, fatal, warnings}
  }

  /**
   * Keep `outcome` (as a worker or this thread made it) for the file at
   * `filePath` (absolute, the key) shown as `shownPath` (its messages' `file`).
   */
  set(filePath: string, content: string, config: string, outcome: LintOutcome, shownPath: string): undefined {
    const stored = storedOutcome(outcome, shownPath)
    const report = reportForm(outcome, stored)
    const form = report ? 'r' + report.messages + ',' + report.fatal + ',' + report.warnings : 'o'
    const head = JSON.stringify(filePath) + '\t' + content + '\t' + config + '\t' + form + '\t'
    const line = head + (report ? report.text : JSON.stringify(stored))
    this.#entries.set(filePath, {content, config, form, line, payloadAt: head.length})
    this.#changed = true
  }

  /** Write the cache atomically: to a temporary file beside it, then renamed over it. */
  save(): undefined {
    if (!this.#changed && fs.existsSync(this.file)) return
    const header: Header = {tool: 'retext-house-style', version: this.#version, format, entries: this.#entries.size}
    const temporary = path.join(path.dirname(this.file), '.' + path.basename(this.file) + '.' + process.pid + '.tmp')
    let descriptor: number | undefined
    try {
      descriptor = fs.openSync(temporary, 'w')
      fs.writeSync(descriptor, JSON.stringify(header) + '\n')
      for (const entry of this.#entries.values()) {
        if (typeof entry.line === 'string') fs.writeSync(descriptor, entry.line + '\n')
        else {
          fs.writeSync(descriptor, entry.line)
          fs.writeSync(descriptor, '\n')
        }
      }
      fs.writeSync(descriptor, 'end\n')
      fs.closeSync(descriptor)
      descriptor = undefined
      fs.renameSync(temporary, this.file)
    } catch (error) {
      if (descriptor !== undefined) fs.closeSync(descriptor)
      fs.rmSync(temporary, {force: true})
      throw error
    }
  }
}

function payloadOf(entry: Entry): string {
  return typeof entry.line === 'string' ? entry.line.slice(entry.payloadAt) : entry.line.toString('utf8', entry.payloadAt)
}

function isForm(form: string): boolean {
  return form === 'o' || /^r\d+,\d+,\d+$/u.test(form)
}

/** What a message may hold to be kept as the JSON report writes it. */
const reportFields = new Set<string>([...reportMessageFields, 'file', 'name', 'message'])

/**
 * `outcome`'s messages as the JSON report writes them, with their counts,
 * when that keeps all of it: no fixed text, and every message made by
 * `VFile#message` from a reason and a place (derived in `stored`), with no
 * cause and no field the report leaves out.
 */
function reportForm(outcome: LintOutcome, stored: LintOutcome): (Omit<ReportReplay, 'json'> & {text: string}) | undefined {
  if (outcome.fix) return undefined
  let fatal = 0
  let warnings = 0
  const texts: Array<string> = []
  for (const [index, data] of outcome.messages.entries()) {
    if (!stored.messages[index]!.derived || data.causes.length > 0) return undefined
    for (const name of Object.keys(data.fields)) if (!reportFields.has(name)) return undefined
    const fields = {...data.fields, reason: data.reason} as unknown as ReportMessage
    if (fields.fatal === true) fatal++
    else if (fields.fatal === false) warnings++
    texts.push(JSON.stringify(reportMessageJson(fields)))
  }
  return {text: '[' + texts.join(',') + ']', messages: texts.length, fatal, warnings}
}

/**
 * An outcome as the cache keeps it. A message's `file`, `name`, `line`,
 * `column`, `message` and `reason` are, for almost every message, what `VFileMessage`
 * makes of its reason and place and `VFile#message` of the file's path:
 * those are left out (`derived`), two fifths of the cache, and made again
 * from the path the file has when it is replayed (`fromMessageData`). A
 * message whose fields are not so is kept whole.
 */
export function storedOutcome(outcome: LintOutcome, filePath: string): LintOutcome {
  const store = (data: MessageData): MessageData => {
    const {file, name, line, column, message, reason, ...rest} = data.fields
    const made = fromMessageData({reason: data.reason, fields: {place: rest['place']}, causes: [], derived: true}, filePath)
    if (file !== made.file || name !== made.name || line !== made.line || column !== made.column || message !== made.message || reason !== made.reason) return data
    return {reason: data.reason, fields: rest, causes: data.causes, derived: true}
  }
  return {messages: outcome.messages.map(store), fix: outcome.fix && {...outcome.fix, before: outcome.fix.before.map(store)}}
}

export function digest(value: string | Uint8Array): string {
  return crypto.createHash('sha256').update(value).digest('hex')
}

function isOutcome(value: unknown): value is LintOutcome {
  return typeof value === 'object' && value !== null && Array.isArray((value as LintOutcome).messages)
}
