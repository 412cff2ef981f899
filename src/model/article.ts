/**
 * The article model: what every rule reads, computed once per file.
 *
 * Rules never walk the tree themselves; they ask the article for its
 * paragraphs, sentences, words and direct-quote spans. The model is cached
 * per tree, so a pipeline with ten rules builds it once.
 */
import type {Nodes, Paragraph as NlcstParagraph, Root, Sentence as NlcstSentence, Word as NlcstWord} from 'nlcst'
import type {VFile} from 'vfile'
import {toString} from 'nlcst-to-string'
import {formatOf, parseMarkup, type Format} from '../parse/formats.js'
import {locationOf, parseParagraphs} from '../parse/plain.js'
import {findQuotes, type QuoteSpan} from './quotes.js'
import {renderingOf, type Rendering} from '../parse/rendered.js'
import {endsInQuestion, headlineWords, isHeadline} from '../parse/text.js'

export type {QuoteSpan} from './quotes.js'

export interface Word {
  /** The word as written, with inner punctuation (`U.S.`, `IS-held`, `Hajin’s`). */
  text: string
  /** `text` in lower case, computed once: most rules look words up by it. */
  lower: string
  /** Offset of its first character in the file. */
  start: number
  /** Offset just after its last character. */
  end: number
  /** Position in the article's word list. */
  index: number
  sentence: Sentence
  /** Whether the word is inside a direct quote. */
  inQuote: boolean
  node: NlcstWord
}

export interface Sentence {
  index: number
  start: number
  end: number
  paragraph: Paragraph
  words: Array<Word>
  node: NlcstSentence
}

export interface Paragraph {
  index: number
  start: number
  end: number
  sentences: Array<Sentence>
  /** Direct quotes in this paragraph. */
  quotes: Array<QuoteSpan>
  node: NlcstParagraph
  /**
   * Whether it is a headline or a label rather than running text: under
   * 25 words, not ending a sentence (`isHeadline` in src/parse/text.ts), or
   * an article's first line asking a question. A
   * `Mr` there is no later mention, a name there no first one.
   */
  headline: boolean
}

export interface Article {
  /**
   * The text the offsets point into: the file itself for plain text; for
   * Markdown and HTML, what a reader reads (character references decoded,
   * markup left out), which `rendering` maps back to the file.
   */
  text: string
  /** For Markdown and HTML: where each character of `text` is written in the file. */
  rendering?: Rendering
  paragraphs: Array<Paragraph>
  sentences: Array<Sentence>
  words: Array<Word>
  quotes: Array<QuoteSpan>
  /** The point in the file (line and column 1-indexed, offset) where the text's character at `offset` is. */
  toPoint(offset: number): {line: number; column: number; offset: number}
  /** The span of the file (points with offsets into the file) that wrote `text.slice(start, end)`. */
  placeOf(start: number, end: number): {start: FilePoint; end: FilePoint}
}

export interface FilePoint {
  line: number
  column: number
  offset: number
}

/**
 * Where a tree keeps its article model, and an article the models built
 * from it (`perArticle`): on the object itself, under a symbol and not
 * enumerable (JSON, spreads and other plugins skip it), rather than in a
 * WeakMap keyed by it. V8's young collections keep a WeakMap's values
 * alive, and the model holds the tree: every piece of a long file then
 * outlived them and was promoted to the old space (docs/benchmarks.md).
 * A frozen tree gets a WeakMap.
 */
const articleKey = Symbol('houseStyleArticle')
const modelsKey = Symbol('houseStyleModels')
const articlesOfFrozenTrees = new WeakMap<Root, Article>()

type TreeWithArticle = Root & {readonly [articleKey]?: Article}
/** Models by builder, then by tables. */
type ArticleWithModels = Article & {readonly [modelsKey]?: Map<unknown, Map<object, unknown>>}

/**
 * Get the article model of `tree`, building it on first use.
 */
export function getArticle(tree: Root, file: VFile): Article {
  const known = (tree as TreeWithArticle)[articleKey] ?? articlesOfFrozenTrees.get(tree)
  if (known) return known
  const article = buildArticle(tree, file)
  if (Object.isExtensible(tree)) Object.defineProperty(tree, articleKey, {value: article})
  else articlesOfFrozenTrees.set(tree, article)
  return article
}

function buildArticle(tree: Root, file: VFile): Article {
  const rendered = renderingOf(tree)
  if (rendered) return buildFrom(tree, rendered.rendering.text, rendered.rendering, rendered.rendering.quotes, rendered.start)
  const value = file.data.houseStyle?.pieces?.read.text ?? (file.value === undefined ? '' : String(file))
  // A tree from another parser (retext-english, remark-retext,
  // rehype-retext): the article is read from the file as our parser reads
  // it, so that it gives the same findings in every pipeline. Their trees
  // differ: a Markdown or HTML tree's positions drift after each character
  // reference and its words are tokenized otherwise, and parse-english
  // reads a blank line after a no-break space as no paragraph break.
  if (!file.data.houseStyle && value !== '') {
    const format = formatOfForeign(tree, file, value)
    if (format === 'text') return buildFrom(parseParagraphs(value), value)
    const own = parseMarkup(value, format)
    return buildFrom(own.tree, own.rendering.text, own.rendering)
  }
  // A file linted in pieces keeps its text (src/engine/pieces.ts).
  return buildFrom(tree, value === '' ? toString(tree) : value, undefined, file.data.houseStyle?.quotes ?? [])
}

/**
 * The format of a file whose tree did not come from our parser: by its
 * extension, else, for a file with none that the tree does not spell out
 * (a Markdown or HTML tree), HTML if it opens with a document or block
 * element, Markdown otherwise (Markdown may open with inline HTML).
 */
function formatOfForeign(tree: Root, file: VFile, value: string): Format {
  const format = formatOf(file)
  if (format !== 'text' || file.extname || toString(tree) === value) return format
  return htmlStart.test(value) ? 'html' : 'markdown'
}

const htmlStart = /^\s*<(?:!doctype|html|head|body|main|article|section|header|footer|aside|nav|div|p|h[1-6]|ul|ol|li|dl|table|figure|blockquote)[\s>/]/iu

/**
 * The article of `tree`, whose offsets point into `text` (for a tree parsed
 * from a rendering's text: counted along the tree from `textStart`).
 */
function buildFrom(
  tree: Root,
  text: string,
  rendering?: Rendering,
  markupQuotes: Array<{start: number; end: number}> = rendering?.quotes ?? [],
  textStart = 0
): Article {
  const place = locationOf(rendering ? rendering.source : text)
  const filePoint = (offset: number): FilePoint => {
    const point = place.toPoint(offset)
    return point ? {line: point.line, column: point.column, offset} : {line: 1, column: 1, offset: 0}
  }
  const article: Article = {
    text,
    paragraphs: [],
    sentences: [],
    words: [],
    quotes: [],
    toPoint: (offset) => filePoint(rendering ? rendering.startOf(offset) : offset),
    placeOf(start, end) {
      if (!rendering) return {start: filePoint(start), end: filePoint(end)}
      const range = rendering.range(start, end)
      return {start: filePoint(range.start), end: filePoint(range.end)}
    }
  }
  if (rendering) article.rendering = rendering
  // In a rendered tree, positions point into the file; offsets in the text
  // are counted along the tree, which spells out the text whole.
  const offsets = rendering ? textOffsets(tree, textStart) : undefined

  let previousOpen = false
  for (const node of paragraphNodes(tree)) {
    const start = offsets ? offsets.get(node)! : (node.position?.start.offset ?? 0)
    const end = offsets ? start + lengthOf(node) : (node.position?.end.offset ?? start)
    const found = findQuotes(text.slice(start, end), start, previousOpen)
    previousOpen = found.endsOpen
    // Block quotes in Markdown and HTML are quotes whatever their marks.
    const written = rendering ? rendering.range(start, end) : {start, end}
    const quoted = markupQuotes.find((quote) => quote.start <= written.start && written.end <= quote.end)
    if (quoted) found.spans = [{start, end, closed: true, continued: false}]
    const paragraph: Paragraph = {
      index: article.paragraphs.length,
      start,
      end,
      sentences: [],
      quotes: found.spans,
      node,
      headline: false
    }
    article.paragraphs.push(paragraph)
    article.quotes.push(...found.spans)
    for (const child of node.children) {
      if (child.type === 'SentenceNode') addSentence(article, paragraph, child, offsets)
    }
    paragraph.headline = headlineParagraph(text, paragraph, article.paragraphs.length === 1)
  }

  return article
}

/** The offset in the text of each paragraph, sentence and word of a tree that spells out the text from `start`. */
function textOffsets(tree: Root, start: number): Map<Nodes, number> {
  const offsets = new Map<Nodes, number>()
  let offset = start
  for (const child of tree.children) {
    if (child.type === 'ParagraphNode') {
      let inParagraph = offset
      offsets.set(child, offset)
      for (const sentence of child.children) {
        if (sentence.type === 'SentenceNode') {
          let inSentence = inParagraph
          offsets.set(sentence, inParagraph)
          for (const part of sentence.children) {
            if (part.type === 'WordNode') offsets.set(part, inSentence)
            inSentence += lengthOf(part)
          }
        }
        inParagraph += lengthOf(sentence)
      }
    }
    offset += lengthOf(child)
  }
  return offsets
}

/** The length of a node's text. */
function lengthOf(node: Nodes): number {
  if ('value' in node) return node.value.length
  let length = 0
  for (const child of node.children) length += lengthOf(child)
  return length
}

function headlineParagraph(text: string, paragraph: Paragraph, first: boolean): boolean {
  let words = 0
  for (const sentence of paragraph.sentences) words += sentence.words.length
  if (isHeadline(words, text, paragraph.start, paragraph.end)) return true
  // An article's first line may ask a question (`What next for Russia’s president?`).
  if (!first || words >= headlineWords || !endsInQuestion(text, paragraph.start, paragraph.end)) return false
  const lineEnd = text.indexOf('\n', paragraph.start)
  return lineEnd === -1 || lineEnd >= paragraph.end || text.slice(lineEnd, paragraph.end).trim() === ''
}

function addSentence(article: Article, paragraph: Paragraph, node: NlcstSentence, offsets: Map<Nodes, number> | undefined): undefined {
  const start = offsets ? offsets.get(node)! : (node.position?.start.offset ?? paragraph.start)
  const sentence: Sentence = {
    index: article.sentences.length,
    start,
    end: offsets ? start + lengthOf(node) : (node.position?.end.offset ?? paragraph.end),
    paragraph,
    words: [],
    node
  }
  paragraph.sentences.push(sentence)
  article.sentences.push(sentence)
  let quote = 0
  for (const child of node.children) {
    if (child.type !== 'WordNode' || !child.position) continue
    const start = offsets ? offsets.get(child)! : (child.position.start.offset ?? 0)
    const end = offsets ? start + lengthOf(child) : (child.position.end.offset ?? start)
    const quotes = paragraph.quotes
    while (quote < quotes.length && quotes[quote]!.end <= start) quote++
    const span = quotes[quote]
    const text = wordText(child)
    const word: Word = {
      text,
      lower: text.toLowerCase(),
      start,
      end,
      index: article.words.length,
      sentence,
      inQuote: span !== undefined && span.start <= start && start < span.end,
      node: child
    }
    sentence.words.push(word)
    article.words.push(word)
  }
}

/** A word's text: most words are one text node (no array to join). */
export function wordText(node: NlcstWord): string {
  const only = node.children.length === 1 ? node.children[0]! : undefined
  return only && 'value' in only ? only.value : toString(node)
}

/** Paragraph nodes in document order, wherever the parser put them. */
function* paragraphNodes(tree: Root): Generator<NlcstParagraph> {
  for (const child of tree.children) {
    if (child.type === 'ParagraphNode') yield child
  }
}


/**
 * Memoise a model computed from an article and a rule's tables (people,
 * figures...), so every rule that asks gets the same one. The models are
 * kept on the article, to die with it (not in a WeakMap: see `articleKey`).
 */
export function perArticle<Tables extends object, Value>(
  build: (article: Article, tables: Tables) => Value
): (article: Article, tables: Tables) => Value {
  return (article, tables) => {
    let models = (article as ArticleWithModels)[modelsKey]
    if (!models) {
      models = new Map()
      Object.defineProperty(article, modelsKey, {value: models})
    }
    let byTables = models.get(build) as Map<Tables, Value> | undefined
    if (!byTables) {
      byTables = new Map()
      models.set(build, byTables)
    }
    let value = byTables.get(tables)
    if (value === undefined) {
      value = build(article, tables)
      byTables.set(tables, value)
    }
    return value
  }
}
