/**
 * Reading raw text before and after it is parsed: white space, where a
 * sentence ends, and what a headline is. One headline test serves both
 * the article model (`Paragraph.headline`, on parsed words) and the cut of
 * a long file into pieces (on a line of raw text).
 */

/** A headline has fewer words than this: a paragraph of 25 words is running text. */
export const headlineWords = 25

/**
 * Whether a paragraph or line of `words` words, `text` from `start` to
 * `end`, is a headline or a label rather than running text: under
 * `headlineWords` words, not ending a sentence.
 */
export function isHeadline(words: number, text: string, start: number, end: number): boolean {
  return words < headlineWords && !endsSentence(text, start, end)
}

/**
 * Whether `text` from `start` to `end` ends in sentence punctuation, maybe
 * followed by closing quotes, brackets and white space
 * (`/[.!?:;][\s"'”’)\]]*$/u`), read from the end so nothing is copied. A
 * headline does not (the article model's `Paragraph.headline`, and where
 * the pieces of a long file are cut).
 */
export function endsSentence(text: string, start: number, end: number): boolean {
  const code = lastMark(text, start, end)
  // `.`, `!`, `?`, `:`, `;`.
  return code === 46 || code === 33 || code === 63 || code === 58 || code === 59
}

/** Whether `text` from `start` to `end` ends in a question mark, maybe followed by closing quotes, brackets and white space. */
export function endsInQuestion(text: string, start: number, end: number): boolean {
  return lastMark(text, start, end) === 63
}

/** The code of the last character before closing quotes, brackets and white space, or -1. */
function lastMark(text: string, start: number, end: number): number {
  let index = Math.min(end, text.length) - 1
  while (index >= start && isCloser(text.charCodeAt(index))) index--
  return index < start ? -1 : text.charCodeAt(index)
}

/** `"`, `'`, `”`, `’`, `)`, `]` or white space. */
function isCloser(code: number): boolean {
  return code === 34 || code === 39 || code === 0x201d || code === 0x2019 || code === 41 || code === 93 || isSpace(code)
}

/** Whether a character code is white space, as `\s` and `trim` see it. */
export function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13)
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/**
 * How many line breaks `value` has (`\r\n` is one, as in
 * `value.split(/\r\n|\r|\n/)`), and where the last one ends (-1: none).
 */
export function lineBreaks(value: string): {lines: number; lastBreakEnd: number} {
  let lines = 0
  let lastBreakEnd = -1
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code === 13 && value.charCodeAt(index + 1) === 10) index++
    if (code === 13 || code === 10) {
      lines++
      lastBreakEnd = index + 1
    }
  }
  return {lines, lastBreakEnd}
}
