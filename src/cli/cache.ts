/**
 * `--cache`: ESLint's contract. A file whose content, resolved
 * configuration (config, overrides, style data, command-line options) and
 * package version are what they were when a run linted it is not linted
 * again: its findings, and its fixed text with `--fix`, are replayed from
 * the cache, so the report and the exit code are the same.
 *
 * The cache is one JSON file (`.housestylecache` in the working folder by
 * default), written atomically at the end of a run. A cache file that is
 * corrupt, truncated or not ours is ignored with a warning, never a crash.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import {fromMessageData, type MessageData} from '../engine/messages.js'
import type {LintOutcome} from './worker.js'

export const defaultCacheName = '.housestylecache'

interface Entry {
  /** SHA-256 of the file's bytes. */
  content: string
  /** SHA-256 of the resolved configuration and the package version. */
  config: string
  outcome: LintOutcome
}

interface CacheData {
  tool: 'retext-house-style'
  version: string
  /** How entries are kept: 2, messages without what their file and place give back. */
  format: number
  entries: Record<string, Entry>
}

const format = 2

export class LintCache {
  readonly file: string
  readonly #version: string
  #entries: Record<string, Entry> = {}
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
    let text: string
    try {
      text = fs.readFileSync(file, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') onWarning('cannot read the cache `' + file + '` (' + (error as Error).message + '): linting every file')
      return
    }
    let data: Partial<CacheData> | undefined
    try {
      data = JSON.parse(text) as Partial<CacheData>
    } catch {
      onWarning('ignored the cache `' + file + '`: not valid JSON (a run cut short?); linting every file')
      this.#changed = true
      return
    }
    if (data?.tool !== 'retext-house-style' || typeof data.entries !== 'object' || data.entries === null) {
      onWarning('ignored the cache `' + file + '`: not a house-style cache; linting every file')
      this.#changed = true
      return
    }
    // Another version's findings may differ: its entries are dropped, silently (that is what the version is for).
    if (data.version === version && data.format === format) this.#entries = data.entries
    else this.#changed = true
  }

  /** The outcome linted before for this file, if content and configuration are unchanged. */
  get(filePath: string, content: string, config: string): LintOutcome | undefined {
    const entry = Object.hasOwn(this.#entries, filePath) ? this.#entries[filePath] : undefined
    if (!entry || entry.content !== content || entry.config !== config || !isOutcome(entry.outcome)) return undefined
    this.hits++
    return entry.outcome
  }

  set(filePath: string, content: string, config: string, outcome: LintOutcome): undefined {
    this.#entries[filePath] = {content, config, outcome}
    this.#changed = true
  }

  /** Write the cache atomically: to a temporary file beside it, then renamed over it. */
  save(): undefined {
    if (!this.#changed && fs.existsSync(this.file)) return
    const data: CacheData = {tool: 'retext-house-style', version: this.#version, format, entries: this.#entries}
    const temporary = path.join(path.dirname(this.file), '.' + path.basename(this.file) + '.' + process.pid + '.tmp')
    try {
      fs.writeFileSync(temporary, JSON.stringify(data))
      fs.renameSync(temporary, this.file)
    } catch (error) {
      fs.rmSync(temporary, {force: true})
      throw error
    }
  }
}

/**
 * An outcome as the cache keeps it. A message's `file`, `name`, `line`,
 * `column` and `message` are, for almost every message, what `VFileMessage`
 * makes of its reason and place and `VFile#message` of the file's path:
 * those are left out (`derived`), two fifths of the cache, and made again
 * from the path the file has when it is replayed (`fromMessageData`). A
 * message whose fields are not so is kept whole.
 */
export function storedOutcome(outcome: LintOutcome, filePath: string): LintOutcome {
  const store = (data: MessageData): MessageData => {
    const {file, name, line, column, message, ...rest} = data.fields
    const made = fromMessageData({reason: data.reason, fields: {place: rest['place']}, causes: [], derived: true}, filePath)
    if (file !== made.file || name !== made.name || line !== made.line || column !== made.column || message !== made.message) return data
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
