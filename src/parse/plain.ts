/**
 * Parsing plain text one paragraph at a time.
 *
 * retext-english parses a whole document in one go, which is superlinear in
 * its size (measured: 250 KB at 1.5 MB/s, 1 MB at 0.7 MB/s); articles get
 * pasted whole, so the CLI parses each blank-line-separated paragraph on its
 * own and shifts the positions back into the file.
 */
import type {Paragraph, Root, RootContent, SentenceContent, WhiteSpace} from 'nlcst'
import type {Point} from 'unist'
import {ParseEnglish} from 'parse-english'
import {location} from 'vfile-location'
import {isHeadline} from './text.js'

/** One or more blank lines (a line break, optional blanks, a line break...). */
const paragraphBreak = /(?:\r\n|\r|\n)(?:[ \t]*(?:\r\n|\r|\n))+/g

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
 * generation between two collections (src/memory.ts; measured in
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

/**
 * parse-english with its positions starting at `origin` instead of the
 * start of the text, and a faster tokenizer.
 *
 * parse-latin's `tokenize` tests three large Unicode regexes per character
 * (an eighth of the whole lint, measured) and makes tokens whose points then
 * had to be shifted by `origin`. This one makes the same tokens in one pass:
 * the kind of each UTF-16 code unit is asked of parse-latin's own tokenizer
 * once and kept in a table, and points start at `origin`. A property test
 * checks that both tokenizers give the same tokens.
 */
export class ShiftedParser extends ParseEnglish {
  origin: Point & {offset: number} = {line: 1, column: 1, offset: 0}

  override tokenize(value?: string | null): Array<SentenceContent> {
    const tokens: Array<SentenceContent> = []
    if (!value) return tokens
    let {line, column, offset} = this.origin
    let from = 0
    let start: Point = {line, column, offset}
    let previousKind = 0
    let previousCode = -1

    for (let index = 0; index < value.length; index++) {
      const code = value.charCodeAt(index)
      const kind = kinds[code] || kindOf(code)
      // As parse-latin: words and white space go on; a run of one
      // punctuation or symbol character goes on, and so do surrogates.
      const goesOn = kind === previousKind && (kind === word || kind === whiteSpace || code === previousCode || isSurrogate(code))
      if (from < index && !goesOn) {
        const end = {line, column, offset}
        tokens.push(token(previousKind, value.slice(from, index), start, end))
        from = index
        start = end
      }
      if (code === 13 || (code === 10 && previousCode !== 13)) {
        line++
        column = 1
      } else if (code !== 10) {
        column++
      }
      offset++
      previousKind = kind
      previousCode = code
    }
    if (from < value.length) tokens.push(token(previousKind, value.slice(from), start, {line, column, offset}))
    return tokens
  }
}

/*
 * parse-latin's `breakImplicitSentences` splits a sentence at white space
 * holding a blank line, testing every white space of every sentence with
 * `split` and a new regex (a ninth of all the lint's allocation, measured).
 * Blank lines end our paragraphs before parsing, so it is run only on a
 * paragraph that still has such white space (a blank line made of other
 * white space, such as a no-break space). parse-english does not export
 * it: it is the paragraph plugin that splits a sentence at a blank line
 * (tried on a sample at load). If a new version has none or several such,
 * nothing is wrapped: slower, never wrong. The property test comparing
 * whole parses with parse-english's checks the result.
 */
const paragraphPlugins = ParseEnglish.prototype.tokenizeParagraphPlugins
const breakers = paragraphPlugins.filter((plugin) => splitsAtBlankLine(plugin))
ShiftedParser.prototype.tokenizeParagraphPlugins = paragraphPlugins.map((plugin) =>
  breakers.length === 1 && plugin === breakers[0]
    ? (paragraph: Paragraph) => {
        if (hasBlankLine(paragraph)) plugin(paragraph)
      }
    : plugin
)

/** Whether `plugin` splits `One\n\nTwo`, one sentence, into two sentences around the blank line. */
function splitsAtBlankLine(plugin: (paragraph: Paragraph) => undefined | void): boolean {
  const point = (offset: number): Point & {offset: number} => ({line: offset < 5 ? 1 : 3, column: offset < 5 ? offset + 1 : offset - 4, offset})
  const leaf = <Node extends object>(node: Node, start: number, end: number) => ({...node, position: {start: point(start), end: point(end)}})
  const sentence = leaf(
    {
      type: 'SentenceNode' as const,
      children: [
        leaf({type: 'WordNode' as const, children: [leaf({type: 'TextNode' as const, value: 'One'}, 0, 3)]}, 0, 3),
        leaf({type: 'WhiteSpaceNode' as const, value: '\n\n'}, 3, 5),
        leaf({type: 'WordNode' as const, children: [leaf({type: 'TextNode' as const, value: 'Two'}, 5, 8)]}, 5, 8)
      ]
    },
    0,
    8
  )
  const paragraph = leaf({type: 'ParagraphNode' as const, children: [sentence]}, 0, 8) as Paragraph
  try {
    plugin(paragraph)
  } catch {
    return false
  }
  return paragraph.children.map((child) => child.type).join() === 'SentenceNode,WhiteSpaceNode,SentenceNode'
}

/** Whether a sentence of `paragraph` holds white space with two or more line breaks. */
function hasBlankLine(paragraph: Paragraph): boolean {
  for (const sentence of paragraph.children) {
    if (sentence.type !== 'SentenceNode') continue
    for (const node of sentence.children) {
      if (node.type === 'WhiteSpaceNode' && node.value.length > 1 && lineBreaks(node.value).lines > 1) return true
    }
  }
  return false
}

/**
 * How many line breaks `value` has (`\r\n` is one, as in
 * `value.split(/\r\n|\r|\n/)`), and where the last one ends (-1: none).
 */
function lineBreaks(value: string): {lines: number; lastBreakEnd: number} {
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

/** Token kinds by number (0: not yet known), so that a byte table can hold them. */
const kindTypes = ['', 'WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode'] as const
const whiteSpace = 1
const word = 3
const symbol = 4

/** The token kind of each UTF-16 code unit met so far (0: not yet asked). */
const kinds = new Uint8Array(0x10000)
const latinTokenize = ParseEnglish.prototype.tokenize

/** Ask parse-latin which kind of token a code unit makes, and remember it. */
function kindOf(code: number): number {
  const [only] = latinTokenize.call(new ParseEnglish(), String.fromCharCode(code))
  const found = only ? kindTypes.indexOf(only.type as (typeof kindTypes)[number]) : -1
  const kind = found > 0 ? found : symbol
  kinds[code] = kind
  return kind
}

function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff
}

/**
 * A token as parse-latin makes it, but for its points: a token's end is the
 * next one's start, and a word's text node has the word's points, the same
 * objects (a quarter less allocation in the tokenizer, measured). Points
 * are never changed in place (parse-latin's plugins and ours replace them),
 * so sharing is safe.
 */
function token(kind: number, value: string, start: Point, end: Point): SentenceContent {
  if (kind === word) {
    return {type: 'WordNode', children: [{type: 'TextNode', value, position: {start, end}}], position: {start, end}}
  }
  return {type: kindTypes[kind] as 'WhiteSpaceNode' | 'PunctuationNode' | 'SymbolNode', value, position: {start, end}}
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
