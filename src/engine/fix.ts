/**
 * Apply the first-choice fix of each finding to the original text.
 *
 * Fixes are spliced into the text at their exact offsets, never by
 * re-serialising a tree, so nothing outside the fixed ranges changes. Of two
 * overlapping fixes the first wins; the caller lints again and fixes again to
 * pick up the rest, as ESLint does.
 */
import type {Root} from 'nlcst'
import type {Plugin, Processor} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
// For `message.fixes`, declared there.
import type {} from '../kit/report.js'
import {source} from '../kit/rule.js'

export interface Fix {
  /** The edit: replace `[start, end)` of the text with `replacement`. */
  start: number
  end: number
  replacement: string
  /** The place of the finding it fixes: of two fixes whose places overlap, one is applied per pass. */
  place: {start: number; end: number}
}

/**
 * The fix a message carries, if it has a safe one and a place with offsets:
 * its first `fixes` edit (Markdown and HTML, written as the file writes
 * text), else its first `expected` at its place.
 */
export function fixOf(message: VFileMessage): Fix | undefined {
  const where = message.place
  if (!where || !('start' in where)) return undefined
  const start = where.start.offset
  const end = where.end.offset
  if (start === undefined || end === undefined) return undefined
  const edit = message.fixes?.[0]
  if (edit) return {start: edit.start, end: edit.end, replacement: edit.text, place: {start, end}}
  const replacement = message.expected?.[0]
  if (replacement === undefined) return undefined
  return {start, end, replacement, place: {start, end}}
}

/**
 * The first-choice fixes of `messages` one pass applies, in order: by
 * place, each whose place starts after the last one's ends. Places, not
 * edits, decide: in Markdown and HTML an edit is only the part of its
 * place that changes, and two fixes of one word (`Daesh` to `ISIS`, and to
 * `Mr Daesh`) must not both apply there when they would not in plain text.
 */
export function chooseFixes(messages: ReadonlyArray<VFileMessage>): Array<Fix> {
  const fixes = messages
    .map((message) => fixOf(message))
    .filter((fix): fix is Fix => fix !== undefined)
    // Of two places that start together, the wider first: its fix is the whole
    // change (`Al-Sharaa` -> `Mr Al Sharaa` over `Al-` -> `Al `), in one pass.
    .sort((a, b) => a.place.start - b.place.start || b.place.end - a.place.end)
  const chosen: Array<Fix> = []
  let cursor = 0
  for (const fix of fixes) {
    if (fix.place.start < cursor) continue
    chosen.push(fix)
    cursor = Math.max(fix.place.end, fix.end)
  }
  return chosen
}

/**
 * Apply the fixes of `messages` to `text`.
 *
 * @returns
 *   The fixed text and how many fixes were applied.
 */
export function applyFixes(text: string, messages: ReadonlyArray<VFileMessage>): {text: string; applied: number} {
  let result = ''
  let cursor = 0
  let applied = 0
  for (const fix of chooseFixes(messages)) {
    result += text.slice(cursor, fix.start) + fix.replacement
    cursor = fix.end
    applied++
  }
  return {text: result + text.slice(cursor), applied}
}

/**
 * Fix `text` until no fixable finding is left or `passes` runs out: each pass
 * lints the text and applies the fixes that do not overlap.
 *
 * @param lint
 *   Lints a text and returns its messages.
 * @param options.messages
 *   Messages already at hand for `text` itself, to spare the first lint.
 */
export async function fixUntilStable(
  text: string,
  lint: (text: string) => Promise<ReadonlyArray<VFileMessage>>,
  options: {messages?: ReadonlyArray<VFileMessage>; passes?: number} = {}
): Promise<{text: string; applied: number; passes: number}> {
  const passes = options.passes ?? 10
  let current = text
  let applied = 0
  let messages = options.messages
  for (let pass = 1; pass <= passes; pass++) {
    const result = applyFixes(current, messages ?? (await lint(current)))
    messages = undefined
    if (result.applied === 0) return {text: current, applied, passes: pass}
    applied += result.applied
    current = result.text
  }
  return {text: current, applied, passes}
}

export interface FixResult {
  /** The text after every pass. */
  text: string
  /** How many fixes were applied. */
  applied: number
  /** Our messages on the text as it was, to report if the fixed text is not written. */
  before: ReadonlyArray<VFileMessage>
}

declare module 'vfile' {
  interface DataMap {
    houseStyleFix: FixResult
    /** Set on the copies a fix pass lints, so they do not fix in turn. */
    houseStyleFixPass: boolean
  }
}

/**
 * Plugin, last in the pipeline: fix the file's text (in `file.data.houseStyleFix`,
 * the caller writes it) and leave as messages only what is left after fixing.
 *
 * Each pass lints a copy of the text with this same processor (so the same
 * config, rules and disable comments apply).
 */
export const retextHouseStyleFix: Plugin<[], Root> = function () {
  const processor = this as unknown as Processor<Root>
  return async function (_tree, file) {
    if (file.data.houseStyleFixPass) return
    let last = ours(file.messages)
    const lintCopy = async (text: string): Promise<ReadonlyArray<VFileMessage>> => {
      const copy = new VFile({path: file.path, value: text, data: {houseStyleFixPass: true}})
      const fresh = processor()
      await fresh.run(fresh.parse(copy), copy)
      last = ours(copy.messages)
      return last
    }
    const before = last
    const result = await fixUntilStable(String(file), lintCopy, {messages: last})
    file.data.houseStyleFix = {text: result.text, applied: result.applied, before}
    if (result.applied > 0) {
      file.messages = [...file.messages.filter((message) => message.source !== source), ...last]
    }
  }
}

function ours(messages: ReadonlyArray<VFileMessage>): ReadonlyArray<VFileMessage> {
  return messages.filter((message) => message.source === source)
}
