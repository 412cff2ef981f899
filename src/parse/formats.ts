/**
 * Articles as plain text, Markdown or HTML, all turned into one nlcst tree
 * whose positions point into the original file.
 *
 * Markdown goes through remark-parse (with front matter and GFM), HTML
 * through rehype-parse; from their trees, src/parse/markdown.ts and
 * src/parse/html.ts take what a reader reads (headings, captions, alt
 * text, link text; not code, front matter, markup or URLs) with where the
 * file wrote each character (src/parse/rendered.ts). That text is parsed as plain
 * text is, so a Markdown or HTML article gives the findings its text would,
 * and the tree's positions are then moved into the file. Each parse also
 * records what the text alone cannot tell: block quotes (they are quotes)
 * and the disable comments.
 */
import type {Root as HastRoot} from 'hast'
import type {Root as MdastRoot} from 'mdast'
import type {Root} from 'nlcst'
import type {Node, Point} from 'unist'
import type {VFile} from 'vfile'
import {unified, type Plugin, type Processor} from 'unified'
import {location} from 'vfile-location'
import {markupControlTree, textControlTree} from './comments.js'
import {locationOf, parseParagraphs} from './plain.js'
import {htmlDepthLimit, renderHtml, TooDeepError} from './html.js'
import {markdownNesting, renderMarkdown} from './markdown.js'
import {setRendering, type Range, type Rendering} from './rendered.js'
import {load} from './platform.js'

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

export type {Range} from './rendered.js'
export {commentText, markerOf, type Marker} from './comments.js'

/** A piece of a file linted in pieces, and the point where it starts. */
export interface Segment extends Range {
  origin: Point & {offset: number}
}


export interface FormatData {
  format: Format
  /** Spans of the file that markup makes quotes (`<blockquote>`, `>`). */
  quotes: Array<Range>
  /** A tree whose comment nodes carry the disable comments, for message control. */
  controlTree: Node
  /**
   * A long file to lint a piece at a time (src/engine/pieces.ts): what was
   * read, and the pieces of its text. The parser's tree is then empty.
   */
  pieces?: {read: ReadArticle; segments: Array<Segment>}
}

declare module 'vfile' {
  interface DataMap {
    houseStyle: FormatData
  }
}

// The Markdown and HTML stacks are loaded on the first file that needs them,
// so linting plain text does not pay for them at start-up (~150 ms of module
// loading). The parser must be synchronous, hence require() of ES modules
// under Node (20.19 and later), through src/parse/platform.ts.
let markdownParser: Processor | undefined
let htmlParser: Processor | undefined

function markdown(): Processor {
  markdownParser ??= unified()
    .use(load<typeof import('remark-parse')>('remark-parse').default)
    .use(load<typeof import('remark-frontmatter')>('remark-frontmatter').default, ['yaml', 'toml'])
    .use(load<typeof import('remark-gfm')>('remark-gfm').default)
    .freeze() as unknown as Processor
  return markdownParser
}

function html(): Processor {
  // `verbose`: where each attribute is written, to place alt text.
  htmlParser ??= unified()
    .use(load<typeof import('rehype-parse')>('rehype-parse').default, {verbose: true})
    .freeze() as unknown as Processor
  return htmlParser
}

/**
 * Deeper than any article nests Markdown containers (block quotes, lists):
 * micromark's time grows with the square of the nesting.
 */
export const markdownDepthLimit = 100

export interface ParseOptions {
  /**
   * Largest file to lint, in bytes (default: no limit). A larger file gets
   * one fatal `file-too-large` message and is neither linted nor fixed: the
   * syntax tree takes some 200 times the text's size in memory.
   */
  maxSize?: number
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
  return formatOfPath(file.path ?? '')
}

/** The format of a file at `filePath`, by its extension (plain text when unknown). */
export function formatOfPath(filePath: string): Format {
  const name = filePath.slice(Math.max(filePath.lastIndexOf('/'), filePath.lastIndexOf('\\')) + 1)
  const dot = name.lastIndexOf('.')
  return (dot > 0 && formatByExtension[name.slice(dot + 1).toLowerCase()]) || 'text'
}

/**
 * Parse `value` as the format of `file`; records `file.data.houseStyle`.
 *
 * A file that is too large, binary (NUL bytes) or not valid UTF-8 gets one
 * fatal message and an empty tree: nothing is linted, nothing fixed (a fix
 * would write the decoder's U+FFFD over the bytes it could not read).
 */
export function parseArticle(value: string, file: VFile, options: ParseOptions = {}): Root {
  const read = readArticle(value, file, options)
  return read ? parseRead(read) : {type: 'RootNode', children: []}
}

/** An article read and checked, not yet parsed: the text to parse and, for Markdown and HTML, its map into the file. */
export interface ReadArticle {
  /** What is parsed: the file's text, or what a Markdown or HTML file reads as. */
  text: string
  rendering?: Rendering
}

/** The length of `value` in UTF-8, in bytes (a surrogate pair is one four-byte character). */
function utf8Length(value: string): number {
  let bytes = 0
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code >= 0xd800 && code <= 0xdbff && (value.charCodeAt(index + 1) & 0xfc00) === 0xdc00) {
      bytes += 4
      index++
    } else bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : 3
  }
  return bytes
}

/**
 * Read `value` as the format of `file`: checked (size, binary, UTF-8), its
 * disable comments and quotes recorded in `file.data.houseStyle`, and what
 * is to be parsed; `undefined` for a file skipped with a message.
 */
export function readArticle(value: string, file: VFile, options: ParseOptions = {}): ReadArticle | undefined {
  const format = formatOf(file)
  const size = options.maxSize === undefined ? 0 : file.value instanceof Uint8Array ? file.value.byteLength : utf8Length(value)
  if (options.maxSize !== undefined && size > options.maxSize) {
    skip(file, format, 'file-too-large', 'Cannot lint a file of ' + megabytes(size) + ', over the size limit of ' + megabytes(options.maxSize) + ' (`--max-size`): skipped')
    return undefined
  }
  if (value.includes('\u0000')) {
    skip(file, format, 'binary-file', 'Cannot lint a binary file (it contains NUL bytes): skipped')
    return undefined
  }
  const invalid = invalidUtf8(value, file)
  if (invalid !== undefined) {
    const place = location(value).toPoint(invalid)
    skip(file, format, 'invalid-utf8', 'Cannot lint a file that is not valid UTF-8 (the first bad byte is here): skipped; convert it to UTF-8', place)
    return undefined
  }
  // The text is all that is needed from here on (fixes and diffs read it
  // too): the bytes read need not stay in memory beside it.
  file.value = value
  if (format === 'text') {
    file.data.houseStyle = {format, quotes: [], controlTree: textControlTree(value, locationOf(value))}
    return {text: value}
  }
  let rendered: Omit<ParsedMarkup, 'tree'>
  try {
    rendered = renderMarkup(value, format)
  } catch (error) {
    if (!(error instanceof TooDeepError)) throw error
    skip(file, format, 'too-deeply-nested', 'Cannot lint ' + error.message + ': skipped')
    return undefined
  }
  file.data.houseStyle = {format, quotes: rendered.rendering.quotes, controlTree: rendered.controlTree}
  return {text: rendered.rendering.text, rendering: rendered.rendering}
}

/**
 * Parse what `readArticle` read, whole or, with `piece`, one piece of it
 * (offsets in `read.text`): positions point into the file.
 */
export function parseRead(read: ReadArticle, piece?: Segment): Root {
  const tree = piece ? parseParagraphs(read.text.slice(piece.start, piece.end), piece.origin) : parseParagraphs(read.text)
  if (read.rendering) {
    inFile(tree, read.rendering)
    setRendering(tree, read.rendering, piece?.start ?? 0)
  }
  return tree
}


function megabytes(bytes: number): string {
  return (bytes / 1e6).toFixed(bytes < 1e6 ? 3 : 1) + ' MB'
}

/**
 * Where a file is not valid UTF-8: the offset (in `value`) of the first
 * U+FFFD the decoder put in, or `undefined` when its bytes are valid (a real
 * U+FFFD in the file is fine) or are not at hand: the CLI hands over the
 * bytes of a file whose text has a U+FFFD (src/cli/inputs.ts); an editor's
 * buffer or a string given to the API is text already.
 */
function invalidUtf8(value: string, file: VFile): number | undefined {
  const first = value.indexOf('\uFFFD')
  if (first < 0 || !(file.value instanceof Uint8Array)) return undefined
  try {
    new TextDecoder('utf-8', {fatal: true}).decode(file.value)
    return undefined
  } catch {
    return first
  }
}

/** Say why the file is skipped (one fatal message); lint nothing, fix nothing. */
function skip(file: VFile, format: Format, ruleId: string, reason: string, place?: Point): undefined {
  const message = file.message(reason, {ruleId, source: 'retext-house-style', place})
  message.fatal = true
  file.data.houseStyle = {format, quotes: [], controlTree: {type: 'root', children: []} as Node}
}

/** A Markdown or HTML article: the tree (positions in the file), what it reads as, and its disable comments. */
export interface ParsedMarkup {
  tree: Root
  rendering: Rendering
  controlTree: Node
}

/**
 * Parse a Markdown or HTML article. Throws a `TooDeepError` for one nested
 * deeper than any article (`markdownDepthLimit`, `htmlDepthLimit`).
 */
export function parseMarkup(value: string, format: 'markdown' | 'html'): ParsedMarkup {
  const {rendering, controlTree} = renderMarkup(value, format)
  const tree = parseParagraphs(rendering.text)
  inFile(tree, rendering)
  setRendering(tree, rendering)
  return {tree, rendering, controlTree}
}

/** What a Markdown or HTML article reads as, and its disable comments (see `parseMarkup`). */
function renderMarkup(value: string, format: 'markdown' | 'html'): Omit<ParsedMarkup, 'tree'> {
  let controlTree: Node
  let rendering: Rendering
  if (format === 'markdown') {
    const depth = markdownNesting(value)
    if (depth > markdownDepthLimit) {
      throw new TooDeepError('Markdown nested ' + depth + ' levels deep, over the limit of ' + markdownDepthLimit)
    }
    const mdast = markdown().parse(value) as MdastRoot
    if (value.charCodeAt(0) === 0xfeff) afterByteOrderMark(mdast)
    rendering = renderMarkdown(mdast, value)
    controlTree = markupControlTree(mdast)
  } else {
    let hast: HastRoot
    try {
      hast = html().parse(value) as HastRoot
    } catch (error) {
      if (error instanceof RangeError) throw new TooDeepError('HTML nested over ' + htmlDepthLimit + ' elements deep')
      throw error
    }
    rendering = renderHtml(hast, value)
    controlTree = markupControlTree(hast)
  }
  return {rendering, controlTree}
}

/**
 * micromark drops a byte order mark and counts positions from the
 * character after it; move them into the file, which has it.
 */
function afterByteOrderMark(node: Node, moved = new Set<Point>()): undefined {
  const position = node.position
  if (position) {
    for (const point of [position.start, position.end]) {
      if (moved.has(point)) continue
      moved.add(point)
      if (point.offset !== undefined) point.offset++
      if (point.line === 1) point.column++
    }
  }
  const children = (node as {children?: Array<Node>}).children
  if (children) for (const child of children) afterByteOrderMark(child, moved)
}

/**
 * Move the positions of a tree parsed from `rendering.text` into the file:
 * a node starts where its first character is written and ends where its
 * last one is. Points are made anew: the parser shares them between nodes,
 * and one offset in the text can be two in the file (a word, then markup,
 * then the next word).
 */
function inFile(tree: Root, rendering: Rendering): undefined {
  const place = location(rendering.source)
  const point = (offset: number): Point => {
    const found = place.toPoint(offset)
    return found ? {line: found.line, column: found.column, offset} : {line: 1, column: 1, offset: 0}
  }
  const move = (node: Root | Root['children'][number]): undefined => {
    if (node.position) {
      const range = rendering.range(node.position.start.offset ?? 0, node.position.end.offset ?? 0)
      node.position = {start: point(range.start), end: point(range.end)}
    }
    if ('children' in node) for (const child of node.children) move(child as Root['children'][number])
  }
  move(tree)
}
