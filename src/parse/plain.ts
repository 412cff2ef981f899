/**
 * Parsing plain text one paragraph at a time.
 *
 * retext-english parses a whole document in one go, which is superlinear in
 * its size (measured: 250 KB at 1.5 MB/s, 1 MB at 0.7 MB/s); articles get
 * pasted whole, so the CLI parses each blank-line-separated paragraph on its
 * own and shifts the positions back into the file.
 */
import type {Root, RootContent, WhiteSpace} from 'nlcst'
import type {Point} from 'unist'
import {location} from 'vfile-location'
import {ShiftedParser} from './english.js'
import {lineBreaks} from './text.js'

/** One or more blank lines (a line break, optional blanks, a line break...). */
export const paragraphBreak = /(?:\r\n|\r|\n)(?:[ \t]*(?:\r\n|\r|\n))+/g

/**
 * Parse `value` into an nlcst root whose positions point into `value`, or,
 * with `origin`, into a larger text in which `value` starts at `origin`.
 */
export function parseParagraphs(value: string, origin?: Point & {offset: number}): Root {
  const parser = new ShiftedParser()
  const children: Array<RootContent> = []
  const start = origin ? {line: origin.line, column: origin.column, offset: origin.offset} : {line: 1, column: 1, offset: 0}
  const cursor = {...start}
  let chunkStart = 0

  paragraphBreak.lastIndex = 0
  let match = paragraphBreak.exec(value)
  while (match) {
    addChunk(value.slice(chunkStart, match.index))
    addSeparator(match[0])
    chunkStart = match.index + match[0].length
    match = paragraphBreak.exec(value)
  }
  addChunk(value.slice(chunkStart))

  return {
    type: 'RootNode',
    children,
    position: {start, end: {...cursor}}
  }

  function addChunk(chunk: string): undefined {
    for (const piece of paragraphPieces(chunk)) {
      parser.origin = {...cursor}
      for (const child of parser.parse(piece).children) children.push(child)
      advance(piece)
    }
  }

  function addSeparator(text: string): undefined {
    const start = {...cursor}
    advance(text)
    const node: WhiteSpace = {
      type: 'WhiteSpaceNode',
      value: text,
      position: {start, end: {...cursor}}
    }
    children.push(node)
  }

  function advance(text: string): undefined {
    const {lines, lastBreakEnd} = lineBreaks(text)
    cursor.offset += text.length
    if (lines === 0) {
      cursor.column += text.length
    } else {
      cursor.line += lines
      cursor.column = text.length - lastBreakEnd + 1
    }
  }
}

/**
 * parse-english's time grows faster than a paragraph's length (measured:
 * 100 KB 0.42 s, 400 KB 1.94 s, 5 MB 250 s); no paragraph of an article is
 * near this long, so a longer one (a file with no blank lines) is parsed in
 * pieces of about this size.
 */
const longestParagraph = 32 * 1024

/**
 * A run of this many characters with no space or line break is no prose
 * (`a/a/a/…`): it is parsed in pieces this long. parse-latin merges the
 * parts of a slashed or hyphenated word by splicing its sentence's tokens,
 * so its time grows with the square of a piece's length (a 1 MB slashed
 * word: 12 s in pieces of 32 KiB).
 */
const longestRun = 1024

/**
 * `chunk` cut into pieces of at most `longestParagraph` characters: after
 * the last line break in the second half of the limit, else after the last
 * space there, else (no prose) `longestRun` on (never inside a surrogate
 * pair).
 */
function paragraphPieces(chunk: string): Array<string> {
  const pieces: Array<string> = []
  let from = 0
  while (chunk.length - from > longestParagraph) {
    const limit = from + longestParagraph
    const half = from + longestParagraph / 2
    // Searched in the second half only: `lastIndexOf` from the limit would
    // go on back to the start of a long chunk with no break.
    const window = chunk.slice(half, limit)
    let cut = half + window.lastIndexOf('\n') + 1
    if (cut <= half) cut = half + window.lastIndexOf(' ') + 1
    if (cut <= half) {
      const end = from + longestRun
      cut = isHighSurrogate(chunk.charCodeAt(end - 1)) ? end - 1 : end
    }
    pieces.push(chunk.slice(from, cut))
    from = cut
  }
  if (from < chunk.length) pieces.push(chunk.slice(from))
  return pieces
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

/** The paragraphs of `value` (text between blank lines), white space around them left out. */
export function paragraphRanges(value: string): Array<{start: number; end: number}> {
  const found: Array<{start: number; end: number}> = []
  const add = (start: number, end: number): undefined => {
    while (start < end && /\s/u.test(value.charAt(start))) start++
    while (end > start && /\s/u.test(value.charAt(end - 1))) end--
    if (end > start) found.push({start, end})
  }
  let start = 0
  paragraphBreak.lastIndex = 0
  let match = paragraphBreak.exec(value)
  while (match) {
    add(start, match.index)
    start = match.index + match[0].length
    match = paragraphBreak.exec(value)
  }
  add(start, value.length)
  return found
}


let lastLocation: {text: string; place: ReturnType<typeof location>} | undefined

/**
 * Line/column look-up of `text`, built once for the parser's disable-comment
 * tree, the article model and every piece of a file linted in pieces.
 */
export function locationOf(text: string): ReturnType<typeof location> {
  if (lastLocation?.text !== text) lastLocation = {text, place: location(text)}
  return lastLocation.place
}
