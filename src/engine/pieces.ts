/**
 * Long files linted a piece at a time, as the CLI and the language server
 * lint them: the syntax tree takes some 200 bytes a byte of text, so a
 * 10 MB file would need 2 GB whole. A file whose text is longer than
 * `segmentSize` is cut at paragraph breaks (before a headline once a piece
 * has a sixteenth of the size), and each piece is parsed, linted and let
 * go in turn; each is then an article of its own to the rules that read a
 * whole article (first mentions, acronyms spelt out once), so a file of
 * many articles is mostly cut between them.
 *
 * Only this parser cuts: the library's (`retextHouseStyleParse`) always
 * hands the pipeline the whole tree. What a process does between pieces to
 * keep memory down (the CLI's V8 tuning, src/cli/memory.ts) is given with
 * `setPieceHooks`; the library path runs plain.
 */
import type {Root} from 'nlcst'
import type {Plugin, Processor} from 'unified'
import type {VFile} from 'vfile'
import {parseRead, readArticle, type FormatData, type ParseOptions, type Segment} from '../parse/formats.js'
import {locationOf} from '../parse/plain.js'
import {segments} from '../parse/segments.js'

/**
 * The piece size the CLI and the language server lint long files in:
 * 128 KiB, some 20,000 words, far longer than any article, so that an
 * article is linted whole (but for one longer than this, cut before its
 * subheadings) and a 10 MB file in bounded memory.
 */
export const defaultSegmentSize = 128 * 1024

export interface PiecesOptions extends ParseOptions {
  /** Lint a file whose text is longer than this many characters in pieces of at most this size. */
  segmentSize?: number
}

/** What a process does around the pieces of a long file, and for a file linted whole. */
export interface PieceHooks {
  /** A file is parsed and linted whole. */
  whole(): undefined
  /** The pieces of a file are about to be linted. */
  start(): undefined
  /** A piece is linted and its tree is garbage. */
  between(): undefined
  /** The last piece is linted (or the lint failed). */
  end(): undefined
}

const nothing = (): undefined => undefined
let hooks: PieceHooks = {whole: nothing, start: nothing, between: nothing, end: nothing}

/** Set what the process does around pieces (the CLI: src/cli/memory.ts); `undefined`: nothing. */
export function setPieceHooks(given: PieceHooks | undefined): undefined {
  hooks = given ?? {whole: nothing, start: nothing, between: nothing, end: nothing}
}

/**
 * Plugin: the parser of the CLI and the language server. A file whose text
 * (for Markdown and HTML, what it reads as) is longer than `segmentSize`
 * gets an empty tree and its pieces in `file.data.houseStyle.pieces`, which
 * the preset lints one at a time; any other file is parsed whole, as
 * `retextHouseStyleParse` parses it.
 */
export const retextHouseStylePieces: Plugin<[PiecesOptions?], string, Root> = function (options = {}) {
  const self = this as unknown as Processor<Root>
  self.parser = (value: string, file: VFile) => {
    const read = readArticle(value, file, options)
    const data = file.data.houseStyle
    if (read && data && options.segmentSize !== undefined && read.text.length > options.segmentSize) {
      data.pieces = {read, segments: piecesOf(read.text, options.segmentSize)}
      return {type: 'RootNode', children: []}
    }
    // Parsed and linted whole.
    hooks.whole()
    return read ? parseRead(read) : {type: 'RootNode', children: []}
  }
}

/** `text` cut into pieces of about `size`, each with the point it starts at. */
function piecesOf(text: string, size: number): Array<Segment> {
  const place = locationOf(text)
  return segments(text, size).map((range) => ({...range, origin: {...place.toPoint(range.start)!, offset: range.start}}))
}

/**
 * Lint the pieces of a long file one at a time with `lint`, which returns
 * `false` to stop (the limit on findings was reached).
 */
export async function lintPieces(pieces: NonNullable<FormatData['pieces']>, lint: (tree: Root) => Promise<boolean>): Promise<undefined> {
  hooks.start()
  try {
    for (const segment of pieces.segments) {
      // The tree is garbage by the time `between` runs.
      if (!(await lint(parseRead(pieces.read, segment)))) break
      hooks.between()
    }
  } finally {
    hooks.end()
  }
}
