/**
 * Cutting a long text into pieces at paragraph breaks, before headlines
 * where it can (src/engine/pieces.ts lints a long file a piece at a time).
 */
import {paragraphBreak} from './plain.js'
import {isHeadline} from './text.js'

/**
 * Cut `value` into pieces of at most `size` characters at paragraph breaks (a
 * paragraph longer than `size` is a piece of its own): the ranges of the
 * pieces, which cover `value`.
 *
 * A piece is an article to the rules that remember first mentions, so a cut
 * is best made where an article starts: once a piece has a sixteenth of
 * `size`, it ends before the next headline (a short line of its own that
 * ends in no sentence punctuation), else at the last break that keeps it
 * within `size`. Files of many articles are then cut between them, and
 * smaller pieces are cheaper: a piece then mostly fits in the young
 * generation between two collections (src/cli/memory.ts; measured in
 * docs/benchmarks.md).
 */
export function segments(value: string, size: number): Array<{start: number; end: number}> {
  const found: Array<{start: number; end: number}> = []
  let start = 0
  let lastBreak = -1
  paragraphBreak.lastIndex = 0
  let match = paragraphBreak.exec(value)
  while (match) {
    const breakEnd = match.index + match[0].length
    if (breakEnd - start > size && lastBreak > start) {
      found.push({start, end: lastBreak})
      start = lastBreak
    }
    if (breakEnd - start >= size / 16 && headlineAt(value, breakEnd)) {
      found.push({start, end: breakEnd})
      start = breakEnd
    }
    lastBreak = breakEnd
    match = paragraphBreak.exec(value)
  }
  if (value.length - start > size && lastBreak > start) {
    found.push({start, end: lastBreak})
    start = lastBreak
  }
  // No empty last piece (a text ending in a break after a long paragraph).
  if (start < value.length || found.length === 0) found.push({start, end: value.length})
  return found
}

/** Longest headline in characters. */
const headlineLength = 200

/**
 * Whether a headline starts at `from`: a line of its own (a blank line or the
 * end of the text after it) of at most `headlineLength` characters and one
 * to 24 words, not ending a sentence (`isHeadline`): the article model's
 * headline test, read from the raw text before any parse.
 */
export function headlineAt(value: string, from: number): boolean {
  let end = from
  while (end < value.length && end - from <= headlineLength && !isLineBreak(value.charCodeAt(end))) end++
  if (end - from > headlineLength || !blankLineAfter(value, end)) return false
  const words = value.slice(from, end).split(/\s+/u).filter(Boolean).length
  return words > 0 && isHeadline(words, value, from, end)
}

/** Whether the line ending at `end` is followed by a blank line (as `paragraphBreak` reads one) or ends the text. */
function blankLineAfter(value: string, end: number): boolean {
  if (end === value.length) return true
  let index = end + (value.charCodeAt(end) === 13 && value.charCodeAt(end + 1) === 10 ? 2 : 1)
  while (index < value.length && (value.charCodeAt(index) === 32 || value.charCodeAt(index) === 9)) index++
  return index === value.length || isLineBreak(value.charCodeAt(index))
}

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13
}
