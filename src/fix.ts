/**
 * Apply the first-choice fix of each finding to the original text.
 *
 * Fixes are spliced into the text at their exact offsets, never by
 * re-serialising a tree, so nothing outside the fixed ranges changes. Of two
 * overlapping fixes the first wins; the caller lints again and fixes again to
 * pick up the rest, as ESLint does.
 */
import type {VFileMessage} from 'vfile-message'

export interface Fix {
  start: number
  end: number
  replacement: string
}

/** The fix a message carries, if it has a safe one and a place with offsets. */
export function fixOf(message: VFileMessage): Fix | undefined {
  const replacement = message.expected?.[0]
  const place = message.place
  if (replacement === undefined || !place || !('start' in place)) return undefined
  const start = place.start.offset
  const end = place.end.offset
  if (start === undefined || end === undefined) return undefined
  return {start, end, replacement}
}

/**
 * Apply the fixes of `messages` to `text`.
 *
 * @returns
 *   The fixed text and how many fixes were applied.
 */
export function applyFixes(text: string, messages: ReadonlyArray<VFileMessage>): {text: string; applied: number} {
  const fixes = messages
    .map((message) => fixOf(message))
    .filter((fix): fix is Fix => fix !== undefined)
    .sort((a, b) => a.start - b.start || a.end - b.end)
  let result = ''
  let cursor = 0
  let applied = 0
  for (const fix of fixes) {
    if (fix.start < cursor) continue
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
 */
export async function fixUntilStable(
  text: string,
  lint: (text: string) => Promise<ReadonlyArray<VFileMessage>>,
  passes = 10
): Promise<{text: string; applied: number; passes: number}> {
  let current = text
  let applied = 0
  for (let pass = 1; pass <= passes; pass++) {
    const result = applyFixes(current, await lint(current))
    if (result.applied === 0) return {text: current, applied, passes: pass}
    applied += result.applied
    current = result.text
  }
  return {text: current, applied, passes}
}
