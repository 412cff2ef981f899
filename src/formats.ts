/**
 * Articles as plain text, Markdown or HTML, all turned into one nlcst tree
 * whose positions point into the original file.
 *
 * Markdown goes through remark-parse (with front matter and GFM) and
 * mdast-util-to-nlcst, HTML through rehype-parse and hast-util-to-nlcst:
 * the same conversions remark-retext and rehype-retext use, so code, front
 * matter, HTML and URLs are never linted, while headings, captions and alt
 * text are. Each parse also records what the text alone cannot tell: block
 * quotes (they are quotes) and the disable comments.
 */
import fs from 'node:fs'
import path from 'node:path'
import type {Root as HastRoot} from 'hast'
import type {Root as MdastRoot} from 'mdast'
import type {Root} from 'nlcst'
import type {Node, Point, Position} from 'unist'
import type {VFile} from 'vfile'
import {createRequire} from 'node:module'
import {ParseEnglish} from 'parse-english'
import {unified, type Plugin, type Processor} from 'unified'
import {visit} from 'unist-util-visit'
import {location} from 'vfile-location'
import {locationOf} from './article.js'
import {releaseYoungGeneration} from './memory.js'
import {paragraphRanges, parseParagraphs, segments} from './parse.js'

export type Format = 'text' | 'markdown' | 'html'

const formatByExtension: Record<string, Format> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html'
}

/** File extensions the CLI lints. */
export const extensions = Object.keys(formatByExtension)

/** A span of the file that markup makes a quote (`<blockquote>`, `>`). */
export interface Range {
  start: number
  end: number
}

/** A piece of a file linted in pieces, and the point where it starts. */
export interface Segment extends Range {
  origin: Point & {offset: number}
}

/** A disable comment: `<!-- house-style-disable honorifics -->`. */
export interface Marker {
  name: string
  attributes: string
}

export interface FormatData {
  format: Format
  /** Spans that markup makes quotes. */
  quotes: Array<Range>
  /** A tree whose comment nodes carry the disable comments, for message control. */
  controlTree: Node
  /** Pieces to parse and lint one at a time (`segmentSize`); the tree is then empty. */
  segments?: Array<Segment>
  /** The text the pieces' offsets point into. */
  text?: string
}

declare module 'vfile' {
  interface DataMap {
    houseStyle: FormatData
  }
}

// The Markdown and HTML stacks are loaded on the first file that needs them,
// so linting plain text does not pay for them at start-up (~150 ms of module
// loading). The parser must be synchronous, hence require() of ES modules
// (Node 20.19 and later).
const require = createRequire(import.meta.url)
let markdownStack: {parser: Processor; toNlcst: typeof import('mdast-util-to-nlcst').toNlcst} | undefined
let htmlStack: {parser: Processor; toNlcst: typeof import('hast-util-to-nlcst').toNlcst} | undefined

function markdown(): NonNullable<typeof markdownStack> {
  markdownStack ??= {
    parser: unified()
      .use((require('remark-parse') as typeof import('remark-parse')).default)
      .use((require('remark-frontmatter') as typeof import('remark-frontmatter')).default, ['yaml', 'toml'])
      .use((require('remark-gfm') as typeof import('remark-gfm')).default)
      .freeze() as unknown as Processor,
    toNlcst: (require('mdast-util-to-nlcst') as typeof import('mdast-util-to-nlcst')).toNlcst
  }
  return markdownStack
}

function html(): NonNullable<typeof htmlStack> {
  htmlStack ??= {
    parser: unified()
      .use((require('rehype-parse') as typeof import('rehype-parse')).default)
      .freeze() as unknown as Processor,
    toNlcst: (require('hast-util-to-nlcst') as typeof import('hast-util-to-nlcst')).toNlcst
  }
  return htmlStack
}
const markerVerb = /^house-style-(disable|enable|ignore)\b/u

/**
 * The piece size the CLI lints long plain-text files in (`segmentSize`):
 * 128 KiB, some 20,000 words, far longer than any article, so that an
 * article is linted whole (but for one longer than this, cut before its
 * subheadings) and a 10 MB file in bounded memory.
 */
export const defaultSegmentSize = 128 * 1024

export interface ParseOptions {
  /**
   * Largest file to lint, in bytes (default: no limit). A larger file gets
   * one fatal `file-too-large` message and is neither linted nor fixed: the
   * syntax tree takes some 200 times the text's size in memory.
   */
  maxSize?: number
  /**
   * Lint plain text longer than this many characters in pieces of at most
   * this size (a longer paragraph is a piece of its own), cut at paragraph
   * breaks, before a headline once a piece has a sixteenth of this size
   * (default: never). Memory then stays bounded whatever the file's size
   * (the syntax tree of a piece at a time), and each piece is an article of
   * its own to the rules that read a whole article (first mentions,
   * acronyms spelt out once): a file of many articles is mostly cut between
   * them. Between pieces, garbage is collected and the young generation
   * kept small (src/memory.ts, which turns on V8's `--expose-gc` for it and
   * sets V8's growth factor of the young generation while the pieces are
   * linted). The CLI sets it.
   */
  segmentSize?: number
}

/**
 * Plugin: parse articles into nlcst, as plain text (one paragraph at a time),
 * Markdown or HTML by the file's extension.
 */
const retextHouseStyleParse: Plugin<[ParseOptions?], string, Root> = function (options = {}) {
  // Typed as a parser plugin (string in, nlcst out) for `unified().use()`.
  const self = this as unknown as Processor<Root>
  self.parser = (value: string, file: VFile) => parseArticle(value, file, options)
}

export default retextHouseStyleParse

/** The format of `file`, by its extension (plain text when unknown). */
export function formatOf(file: VFile): Format {
  const extension = (file.extname ?? '').slice(1).toLowerCase()
  return formatByExtension[extension] ?? 'text'
}

/**
 * Parse `value` as the format of `file`; records `file.data.houseStyle`.
 *
 * A file that is too large, binary (NUL bytes) or not valid UTF-8 gets one
 * fatal message and an empty tree: nothing is linted, nothing fixed (a fix
 * would write the decoder's U+FFFD over the bytes it could not read).
 */
export function parseArticle(value: string, file: VFile, options: ParseOptions = {}): Root {
  const format = formatOf(file)
  const size = file.value instanceof Uint8Array ? file.value.byteLength : Buffer.byteLength(value)
  if (options.maxSize !== undefined && size > options.maxSize) {
    return skip(file, format, 'file-too-large', 'Cannot lint a file of ' + megabytes(size) + ', over the size limit of ' + megabytes(options.maxSize) + ' (`--max-size`): skipped')
  }
  if (value.includes('\u0000')) return skip(file, format, 'binary-file', 'Cannot lint a binary file (it contains NUL bytes): skipped')
  const invalid = invalidUtf8(value, file)
  if (invalid !== undefined) {
    const place = location(value).toPoint(invalid)
    return skip(file, format, 'invalid-utf8', 'Cannot lint a file that is not valid UTF-8 (the first bad byte is here): skipped; convert it to UTF-8', place)
  }
  // The text is all that is needed from here on (fixes and diffs read it
  // too): the bytes unified-engine read need not stay in memory beside it.
  file.value = value
  const pieceSize = format === 'text' ? options.segmentSize : undefined
  const inPieces = pieceSize !== undefined && value.length > pieceSize
  // Parsed and linted whole: no bound on V8's young generation (src/memory.ts).
  if (!inPieces) releaseYoungGeneration()
  if (format === 'markdown') return parseMarkdown(value, file)
  if (format === 'html') return parseHtml(value, file)
  const place = locationOf(value)
  const controlTree = textControlTree(value, place)
  if (inPieces) {
    const pieces = segments(value, pieceSize).map((range) => ({...range, origin: {...place.toPoint(range.start)!, offset: range.start}}))
    file.data.houseStyle = {format, quotes: [], controlTree, segments: pieces, text: value}
    return {type: 'RootNode', children: []}
  }
  file.data.houseStyle = {format, quotes: [], controlTree}
  return parseParagraphs(value)
}

/** The tree of one piece of a file linted in pieces (see `segmentSize`). */
export function parseSegment(data: FormatData, segment: Segment): Root {
  return parseParagraphs((data.text ?? '').slice(segment.start, segment.end), segment.origin)
}



function megabytes(bytes: number): string {
  return (bytes / 1e6).toFixed(bytes < 1e6 ? 3 : 1) + ' MB'
}

/**
 * Where a file is not valid UTF-8: the offset (in `value`) of the first
 * U+FFFD the decoder put in, or `undefined` when its bytes are valid (a real
 * U+FFFD in the file is fine) or cannot be had. unified-engine reads files
 * as UTF-8 text, so the bytes are read again from disk, only when `value`
 * has a U+FFFD and only if they decode to `value` (the same file).
 */
function invalidUtf8(value: string, file: VFile): number | undefined {
  const first = value.indexOf('\uFFFD')
  if (first < 0) return undefined
  let bytes: Uint8Array | undefined
  if (file.value instanceof Uint8Array) {
    bytes = file.value
  } else if (file.path) {
    try {
      const read = fs.readFileSync(path.resolve(file.cwd, file.path))
      if (read.toString('utf8') === value) bytes = read
    } catch {
      // Not on disk (an editor buffer, stdin): nothing to check against.
    }
  }
  if (!bytes) return undefined
  try {
    new TextDecoder('utf-8', {fatal: true}).decode(bytes)
    return undefined
  } catch {
    return first
  }
}

/** Say why the file is skipped (one fatal message); lint nothing, fix nothing. */
function skip(file: VFile, format: Format, ruleId: string, reason: string, place?: Point): Root {
  const message = file.message(reason, {ruleId, source: 'retext-house-style', place})
  message.fatal = true
  const tree: Root = {type: 'RootNode', children: []}
  file.data.houseStyle = {format, quotes: [], controlTree: {type: 'root', children: []} as Node}
  return tree
}

function parseMarkdown(value: string, file: VFile): Root {
  const stack = markdown()
  const mdast = stack.parser.parse(value) as MdastRoot
  const quotes: Array<Range> = []
  visit(mdast, 'blockquote', (node) => {
    quotes.push(range(node.position))
  })
  file.data.houseStyle = {format: 'markdown', quotes, controlTree: mdast}
  return stack.toNlcst(mdast, file, ParseEnglish) as Root
}

function parseHtml(value: string, file: VFile): Root {
  const stack = html()
  const hast = stack.parser.parse(value) as HastRoot
  const quotes: Array<Range> = []
  visit(hast, 'element', (node) => {
    if (node.tagName === 'blockquote' || node.tagName === 'q') quotes.push(range(node.position))
  })
  const tree = stack.toNlcst(hast, file, ParseEnglish) as Root
  // `-ignore` applies to the next node: the element after the comment, not
  // the line break between them.
  dropWhitespaceText(hast)
  file.data.houseStyle = {format: 'html', quotes, controlTree: hast}
  return tree
}

/**
 * Plain text has no comment nodes: a line that is only a disable comment
 * becomes one. unified-message-control reads only the comments and, for
 * `-ignore`, the end of the node after each, so the tree holds just those
 * (a node per paragraph was 14 MB for a 10 MB file, kept to the end).
 * Messages outside the nodes are kept all the same.
 */
function textControlTree(value: string, place: ReturnType<typeof location>): Node {
  const children: Array<Node & {value?: string}> = []
  if (value.includes('house-style-')) {
    let afterComment = false
    for (const {start, end} of paragraphRanges(value)) {
      const text = value.slice(start, end)
      const comment = markerOf(text) !== undefined
      if (comment || afterComment) {
        const position = {start: place.toPoint(start)!, end: place.toPoint(end)!}
        children.push(comment ? {type: 'comment', value: text, position} : {type: 'paragraph', position})
      }
      afterComment = comment
    }
  }
  // The root ends with its last node: unified-message-control drops the
  // messages between the last node and the root's end (a "gap").
  const start = {line: 1, column: 1, offset: 0}
  return {type: 'root', children, position: {start, end: children.at(-1)?.position?.end ?? start}} as Node
}

function dropWhitespaceText(node: HastRoot | HastRoot['children'][number]): undefined {
  if (!('children' in node)) return
  node.children = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === '')) as typeof node.children
  for (const child of node.children) dropWhitespaceText(child)
}

/**
 * Read a disable comment: `<!-- house-style-disable honorifics -->` in
 * Markdown and HTML (`house-style-disable honorifics` as an HTML comment's
 * value), or the same comment alone on a line of plain text.
 */
export function markerOf(text: string): Marker | undefined {
  // `trim` strips what `\s` matches; trimming in code rather than with
  // `\s*...([^]*?)\s*$` in one regex keeps this linear (recheck flagged it).
  const body = text.trim()
  const inner = body.length >= 7 && body.startsWith('<!--') && body.endsWith('-->') ? body.slice(4, -3).trimStart() : body
  const match = markerVerb.exec(inner)
  if (!match) return undefined
  const verb = match[1]!
  const rules = inner.slice(match[0].length).trim()
  return {name: 'house-style', attributes: rules ? verb + ' ' + rules : verb}
}

/** Whether a node of any of our trees is a comment, and its text. */
export function commentText(node: Node): string | undefined {
  const value = (node as {value?: unknown}).value
  if (typeof value !== 'string') return undefined
  if (node.type === 'comment') return value
  if (node.type === 'html' && value.trimStart().startsWith('<!--')) return value
  return undefined
}

function range(position: Position | undefined): Range {
  return {start: position?.start.offset ?? 0, end: position?.end.offset ?? 0}
}

