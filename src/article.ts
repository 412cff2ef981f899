/**
 * The article model: what every rule reads, computed once per file.
 *
 * Rules never walk the tree themselves; they ask the article for its
 * paragraphs, sentences, words and direct-quote spans. The model is cached
 * per tree, so a pipeline with ten rules builds it once.
 */
import type {Paragraph as NlcstParagraph, Root, Sentence as NlcstSentence, Word as NlcstWord} from 'nlcst'
import type {VFile} from 'vfile'
import {toString} from 'nlcst-to-string'
import {location} from 'vfile-location'
// For the type of `file.data.houseStyle` (block quotes), declared there.
import type {} from './formats.js'
import {findQuotes, type QuoteSpan} from './quotes.js'
import {endsSentence, headlineWords} from './words.js'

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
   * `headlineWords` words, not ending a sentence (a `Mr` there is no later
   * mention, a name there no first one).
   */
  headline: boolean
}

export interface Article {
  /** The text the offsets point into. */
  text: string
  paragraphs: Array<Paragraph>
  sentences: Array<Sentence>
  words: Array<Word>
  quotes: Array<QuoteSpan>
  /** Convert an offset to a line/column point (1-indexed). */
  toPoint(offset: number): {line: number; column: number; offset: number}
}

/**
 * Where a tree keeps its article model, and an article the models built
 * from it (`perArticle`): on the object itself, under a symbol and not
 * enumerable (JSON, spreads and other plugins skip it), rather than in a
 * WeakMap keyed by it. V8's young collections keep a WeakMap's values
 * alive, and the model holds the tree: every piece of a long file then
 * outlived them and was promoted to the old space (measured over a 10 MB
 * file with the young generation bounded, see src/memory.ts: 1,040 MB
 * promoted with WeakMaps, 198 MB without). A frozen tree gets a WeakMap.
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
  // A file linted in pieces keeps its text (see `segmentSize` in formats.ts).
  const value = file.data.houseStyle?.text ?? (file.value === undefined ? '' : String(file))
  const text = value === '' ? toString(tree) : value
  const place = locationOf(text)
  const article: Article = {
    text,
    paragraphs: [],
    sentences: [],
    words: [],
    quotes: [],
    toPoint(offset) {
      const point = place.toPoint(offset)
      if (point) return {line: point.line, column: point.column, offset}
      return {line: 1, column: 1, offset: 0}
    }
  }

  // Block quotes in Markdown and HTML are quotes whatever their marks.
  const markupQuotes = file.data.houseStyle?.quotes ?? []
  let previousOpen = false
  for (const node of paragraphNodes(tree)) {
    const start = node.position?.start.offset ?? 0
    const end = node.position?.end.offset ?? start
    const found = findQuotes(text.slice(start, end), start, previousOpen)
    previousOpen = found.endsOpen
    const quoted = markupQuotes.find((quote) => quote.start <= start && end <= quote.end)
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
      if (child.type === 'SentenceNode') addSentence(article, paragraph, child)
    }
    paragraph.headline = isHeadline(text, paragraph)
  }

  return article
}

function isHeadline(text: string, paragraph: Paragraph): boolean {
  let words = 0
  for (const sentence of paragraph.sentences) words += sentence.words.length
  return words < headlineWords && !endsSentence(text, paragraph.start, paragraph.end)
}

function addSentence(article: Article, paragraph: Paragraph, node: NlcstSentence): undefined {
  const sentence: Sentence = {
    index: article.sentences.length,
    start: node.position?.start.offset ?? paragraph.start,
    end: node.position?.end.offset ?? paragraph.end,
    paragraph,
    words: [],
    node
  }
  paragraph.sentences.push(sentence)
  article.sentences.push(sentence)
  let quote = 0
  for (const child of node.children) {
    if (child.type !== 'WordNode' || !child.position) continue
    const start = child.position.start.offset ?? 0
    const end = child.position.end.offset ?? start
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

let lastLocation: {text: string; place: ReturnType<typeof location>} | undefined

/**
 * Line/column look-up of `text`, built once for the parser's disable-comment
 * tree, the article model and every piece of a file linted in pieces.
 */
export function locationOf(text: string): ReturnType<typeof location> {
  if (lastLocation?.text !== text) lastLocation = {text, place: location(text)}
  return lastLocation.place
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
