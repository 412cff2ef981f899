/**
 * `--cache`: ESLint's contract. A file whose content, resolved
 * configuration (config, overrides, style data, command-line options) and
 * package version are what they were when a run linted it is not linted
 * again: its findings, and its fixed text with `--fix`, are replayed from
 * the cache, so the report and the exit code are the same.
 *
 * The cache is one file (`.housestylecache` in the working folder by
 * default), written atomically at the end of a run: a JSON header line,
 * then a line per file, `"<path>"<TAB><content><TAB><config><TAB><outcome>`
 * (the path as a JSON string, the outcome as JSON), then `end`. It is read
 * as bytes and each outcome is parsed only when its file asks for it: parsed
 * whole, an archive's cache (120 MB for 20,000 articles) was a live object
 * graph that the collector copied about for the rest of the run. A cache
 * file that is corrupt, truncated or not ours is ignored with a warning,
 * never a crash.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import {fromMessageData, type MessageData} from '../engine/messages.js'
import type {LintOutcome} from './worker.js'

export const defaultCacheName = '.housestylecache'

interface Header {
  tool: 'retext-house-style'
  version: string
  /** 3: lines of entries, messages without what their file and place give back. */
  format: number
  /** Lines of entries that follow. */
  entries: number
}

/** An entry: from the cache file (its outcome still bytes in `bytes`), or linted this run. */
interface Entry {
  /** SHA-256 of the file's bytes. */
  content: string
  /** SHA-256 of the resolved configuration and the package version. */
  config: string
  /** The entry's whole line, as read. */
  line?: Buffer
  /** Where the outcome's JSON starts in `line`. */
  outcomeAt?: number
  outcome?: LintOutcome
}

const format = 3
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
      const first = bytes.indexOf(tab, at)
      const second = first === -1 ? -1 : bytes.indexOf(tab, first + 1)
      const third = second === -1 ? -1 : bytes.indexOf(tab, second + 1)
      if (third === -1 || third > lineEnd) return undefined
      let key: unknown
      try {
        key = JSON.parse(bytes.toString('utf8', at, first))
      } catch {
        return undefined
      }
      if (typeof key !== 'string') return undefined
      const line = bytes.subarray(at, lineEnd)
      entries.set(key, {content: bytes.toString('latin1', first + 1, second), config: bytes.toString('latin1', second + 1, third), line, outcomeAt: third + 1 - at})
      at = lineEnd + 1
    }
    return undefined
  }

  /** The outcome linted before for this file, if content and configuration are unchanged. */
  get(filePath: string, content: string, config: string): LintOutcome | undefined {
    const entry = this.#entries.get(filePath)
    if (!entry || entry.content !== content || entry.config !== config) return undefined
    let outcome = entry.outcome
    if (!outcome && entry.line) {
      try {
        outcome = JSON.parse(entry.line.toString('utf8', entry.outcomeAt)) as LintOutcome
      } catch {
        outcome = undefined
      }
    }
    if (!isOutcome(outcome)) return undefined
    this.hits++
    return outcome
  }

  set(filePath: string, content: string, config: string, outcome: LintOutcome): undefined {
    this.#entries.set(filePath, {content, config, outcome})
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
      for (const [key, entry] of this.#entries) {
        // An entry read and not replaced is written back as it was read.
        if (entry.line && !entry.outcome) {
          fs.writeSync(descriptor, entry.line)
          fs.writeSync(descriptor, '\n')
        } else fs.writeSync(descriptor, JSON.stringify(key) + '\t' + entry.content + '\t' + entry.config + '\t' + JSON.stringify(entry.outcome) + '\n')
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
