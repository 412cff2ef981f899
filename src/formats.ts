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
import type {Root as HastRoot} from 'hast'
import type {Root as MdastRoot} from 'mdast'
import type {Root} from 'nlcst'
import type {Node, Position} from 'unist'
import type {VFile} from 'vfile'
import {toNlcst as hastToNlcst} from 'hast-util-to-nlcst'
import {toNlcst as mdastToNlcst} from 'mdast-util-to-nlcst'
import {ParseEnglish} from 'parse-english'
import rehypeParse from 'rehype-parse'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified, type Plugin, type Processor} from 'unified'
import {visit} from 'unist-util-visit'
import {parseParagraphs} from './parse.js'

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
}

declare module 'vfile' {
  interface DataMap {
    houseStyle: FormatData
  }
}

const markdownParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm).freeze()
const htmlParser = unified().use(rehypeParse).freeze()
const markerExpression = /^\s*<!--\s*house-style-(disable|enable|ignore)\b([^]*?)\s*-->\s*$|^\s*house-style-(disable|enable|ignore)\b([^]*?)\s*$/u

/**
 * Plugin: parse articles into nlcst, as plain text (one paragraph at a time),
 * Markdown or HTML by the file's extension.
 */
const retextHouseStyleParse: Plugin<[], string, Root> = function () {
  // Typed as a parser plugin (string in, nlcst out) for `unified().use()`.
  const self = this as unknown as Processor<Root>
  self.parser = parseArticle
}

export default retextHouseStyleParse

/** The format of `file`, by its extension (plain text when unknown). */
export function formatOf(file: VFile): Format {
  const extension = (file.extname ?? '').slice(1).toLowerCase()
  return formatByExtension[extension] ?? 'text'
}

/**
 * Parse `value` as the format of `file`; records `file.data.houseStyle`.
 */
export function parseArticle(value: string, file: VFile): Root {
  const format = formatOf(file)
  if (value.includes('\u0000')) return skipBinary(file, format)
  if (format === 'markdown') return parseMarkdown(value, file)
  if (format === 'html') return parseHtml(value, file)
  const tree = parseParagraphs(value)
  file.data.houseStyle = {format, quotes: [], controlTree: textControlTree(value, tree)}
  return tree
}

/** A NUL byte means a binary file: say so, lint nothing, fix nothing. */
function skipBinary(file: VFile, format: Format): Root {
  const message = file.message('Cannot lint a binary file (it contains NUL bytes): skipped', {
    ruleId: 'binary-file',
    source: 'retext-house-style'
  })
  message.fatal = true
  const tree: Root = {type: 'RootNode', children: []}
  file.data.houseStyle = {format, quotes: [], controlTree: {type: 'root', children: []} as Node}
  return tree
}

function parseMarkdown(value: string, file: VFile): Root {
  const mdast = markdownParser.parse(value) as MdastRoot
  const quotes: Array<Range> = []
  visit(mdast, 'blockquote', (node) => {
    quotes.push(range(node.position))
  })
  file.data.houseStyle = {format: 'markdown', quotes, controlTree: mdast}
  return mdastToNlcst(mdast, file, ParseEnglish) as Root
}

function parseHtml(value: string, file: VFile): Root {
  const hast = htmlParser.parse(value) as HastRoot
  const quotes: Array<Range> = []
  visit(hast, 'element', (node) => {
    if (node.tagName === 'blockquote' || node.tagName === 'q') quotes.push(range(node.position))
  })
  const tree = hastToNlcst(hast, file, ParseEnglish) as Root
  // `-ignore` applies to the next node: the element after the comment, not
  // the line break between them.
  dropWhitespaceText(hast)
  file.data.houseStyle = {format: 'html', quotes, controlTree: hast}
  return tree
}

/**
 * Plain text has no comment nodes: a line that is only a disable comment
 * becomes one, between the paragraphs it sits among.
 */
function textControlTree(value: string, tree: Root): Node {
  const children: Array<Node & {value?: string}> = []
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode' || !paragraph.position) continue
    const {start, end} = paragraph.position
    const text = value.slice(start.offset, end.offset)
    children.push({type: markerOf(text) ? 'comment' : 'paragraph', value: text, position: paragraph.position})
  }
  return {type: 'root', children, position: tree.position} as Node
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
  const match = markerExpression.exec(text)
  if (!match) return undefined
  const verb = match[1] ?? match[3]!
  const rules = (match[2] ?? match[4] ?? '').trim()
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

