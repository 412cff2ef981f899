/**
 * Generic checks reused from well-kept retext plugins (repeated words, a/an,
 * sentence spacing), given the shape of our rules: a `meta` with id,
 * severity and options, our `source` and the `url` of our docs page on
 * their messages. Their checks and messages are theirs, not rewritten.
 */
import type {Nodes, Root, Sentence as NlcstSentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {lintRule} from 'unified-lint-rule'
import {getArticle, wordText, type Article, type Paragraph, type Word} from '../model/article.js'
import {setExpected} from './report.js'
import {attachWithSeverity, docsBase, resolveUserSetting, source, type HouseStyleRule, type ResolvedSetting, type RuleMeta} from './rule.js'

type Transform = (tree: Root, file: VFile) => undefined | void

/** What a reused plugin is given to read, and what to learn from where it reported (kept or not). */
interface Seen {
  root: Root
  learn?: (places: Array<VFileMessage['place']>) => undefined
}
type View<Options = unknown> = (tree: Root, file: VFile, options: Options) => Seen

export interface ReusedMeta<Options extends object, Data extends object = Record<string, never>, Prepared = undefined> {
  id: string
  description: string
  fixable: boolean
  severity: RuleMeta<Options, object, undefined>['severity']
  options: {defaults: Options; schema: object}
  /** The rule's own data (the house style's exceptions to the plugin's check), as `RuleMeta`'s. */
  data?: {defaults: Data; schema: object}
  prepare?(data: Data): Prepared
}

/**
 * A message of the plugin as it is made, with where it is in the article's
 * text, for `keep`: its place and reason are set, not yet what the plugin
 * adds after (`actual`, `expected`).
 */
export interface ReusedFinding<Options, Prepared> {
  message: VFileMessage
  /** Offsets of the finding in `article.text`. */
  start: number
  end: number
  /** The article's words in that span. */
  words: Array<Word>
  article: Article
  options: Options
  tables: Prepared
}

/**
 * Wrap the retext plugin `attacher` as one of our rules.
 */
export function reusedRule<Options extends object, Data extends object = Record<string, never>, Prepared = undefined>(
  reused: ReusedMeta<Options, Data, Prepared>,
  attacher: (options?: Options) => Transform,
  /** Make a message keep our promises (a fix never damages the text) without touching its check. */
  adjust?: (message: VFileMessage) => undefined,
  /** The part of the tree the plugin reads (`sentencesWith`, `aroundWords`, `paragraphsWith`), as a lighter tree. */
  view?: View<Options>,
  /** The house style's exceptions to the plugin's check: whether to keep a finding (default: every one). */
  keep?: (finding: ReusedFinding<Options, Prepared>) => boolean
): HouseStyleRule<Options> {
  const meta: RuleMeta<Options, Data, Prepared> = reused
  const plugin = lintRule<Root, ResolvedSetting<Options, Prepared>>(
    {origin: source + ':' + meta.id, url: docsBase + meta.id + '.md'},
    (tree, file, resolved) => {
      const options = resolved.options
      const seen = view ? view(tree, file, options) : {root: tree}
      const before = file.messages.length
      const article = getArticle(tree, file)
      /** Where the plugin reported what the filter dropped, for `learn`. */
      const dropped: Array<VFileMessage['place']> = []
      // The filter runs as each finding is made, so that only the findings
      // kept count against a limit on findings (the engine's `maxFindings`,
      // which wraps `file.message` and throws once it is reached). The plugin
      // is handed a stand-in whose `message` does it: the three plugins use
      // nothing of the file but `message`. The file itself is not touched: an
      // own `message` set and deleted, or the file made a prototype, slowed
      // every later use of it (the corpus linted 1.3x slower, 60 MiB more).
      const limited = keep !== undefined && Object.hasOwn(file, 'message') ? (file.message as (this: VFile, reason: string) => VFileMessage) : undefined
      /** Findings dropped past `floodSize` count against the limit all the same, held here until it is done. */
      const placeholders = new Set<VFileMessage>()
      let target = file
      if (keep) {
        const made = function (...parameters: Parameters<VFile['message']>) {
          const message = VFile.prototype.message.apply(file, parameters)
          file.messages.pop()
          if (!keepFinding(message, article, keep, options, resolved.tables)) {
            // A flood (`a a a ...`, a million doubles dropped as a run) still stops at the limit.
            if (limited && dropped.length >= floodSize) placeholders.add(limited.call(file, message.reason))
            else dropped.push(message.place)
          } else if (limited) {
            // Through the limit; its placeholder then gives way to the finding.
            limited.call(file, message.reason)
            file.messages[file.messages.length - 1] = message
          } else file.messages.push(message)
          return message
        } as VFile['message']
        target = {message: made} as unknown as VFile
      }
      attacher(options)(seen.root, target)
      if (placeholders.size > 0) {
        const made = file.messages.splice(before)
        for (const message of made) if (!placeholders.has(message)) file.messages.push(message)
      }
      const kept = file.messages.slice(before)
      seen.learn?.([...kept.map((message) => message.place), ...dropped])
      for (const message of kept) {
        // The plugins put the nodes around a finding on it: nodes of our
        // views, of no use to a reader, which kept each piece's tree alive
        // after its lint and were three quarters of a JSON report.
        delete message.ancestors
        adjust?.(message)
        if (article.rendering) inRendering(message, article)
      }
    }
  )
  // Resolved once, when the plugin is attached (see `houseStyleRule`).
  function rule(this: unknown, setting?: unknown): ReturnType<typeof plugin> {
    return attachWithSeverity(this, plugin, resolveUserSetting(meta, setting)) as ReturnType<typeof plugin>
  }
  Object.defineProperty(rule, 'name', {value: meta.id})
  return Object.assign(rule, {meta}) as unknown as HouseStyleRule<Options>
}

/** Whether `keep` keeps `message`, given its span in the article's text (a message with none is kept). */
function keepFinding<Options, Prepared>(
  message: VFileMessage,
  article: Article,
  keep: (finding: ReusedFinding<Options, Prepared>) => boolean,
  options: Options,
  tables: Prepared
): boolean {
  const place = message.place && 'start' in message.place ? message.place : undefined
  if (place?.start.offset === undefined || place.end.offset === undefined) return true
  const toText = (offset: number): number => (article.rendering ? article.rendering.toText(offset) : offset)
  const start = toText(place.start.offset)
  const end = toText(place.end.offset)
  return keep({message, start, end, words: wordsIn(article, start, end), article, options, tables})
}

/** The words of `article` from `start` to `end`. */
function wordsIn(article: Article, start: number, end: number): Array<Word> {
  const {words} = article
  let low = 0
  let high = words.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (words[middle]!.start < start) low = middle + 1
    else high = middle
  }
  let last = low
  while (last < words.length && words[last]!.start < end) last++
  return words.slice(low, last)
}

/**
 * In Markdown and HTML, the plugins place a message by the tree's positions
 * (in the file) and give the text they read as `actual`: find it in the
 * article's text, then give the fixes as our own rules' are given.
 */
function inRendering(message: VFileMessage, article: Article): undefined {
  const rendering = article.rendering!
  const offset = message.place && 'start' in message.place ? message.place.start.offset : undefined
  const actual = message.actual
  const expected = message.expected
  if (offset === undefined || actual === undefined) {
    delete message.expected
    return
  }
  const start = rendering.toText(offset)
  const end = start + actual.length
  if (article.text.slice(start, end) !== actual) {
    delete message.expected
    return
  }
  const place = article.placeOf(start, end)
  message.place = place
  message.line = place.start.line
  message.column = place.start.column
  if (expected) setExpected(message, article, start, end, expected)
}

/*
 * The reused plugins walk the tree with unist-util-visit, which costs far
 * more per node than their checks do: walking the whole tree was a fifth of
 * the whole lint. So each plugin gets a view of the tree with only what it
 * can report on: the sentences that hold a candidate (an `a` or `an`, a word
 * said twice), found in the article model, as they are (the same nodes and
 * positions), or for checks between sentences the paragraphs that hold a
 * candidate, their sentences as leaves.
 */

/** A root holding `sentences` in one paragraph. */
function rootOf(sentences: Array<NlcstSentence>): Seen {
  return {root: {type: 'RootNode', children: [{type: 'ParagraphNode', children: sentences}]}}
}

/**
 * A view with the sentences that have a word (lower case) for which
 * `candidate(words, index)` holds, kept whole, in one paragraph.
 */
export function sentencesWith(candidate: (words: Array<Word>, index: number) => boolean): View {
  return (tree, file) => {
    const kept: Array<NlcstSentence> = []
    for (const sentence of getArticle(tree, file).sentences) {
      const {words} = sentence
      for (let index = 0; index < words.length; index++) {
        if (candidate(words, index)) {
          kept.push(sentence.node)
          break
        }
      }
    }
    return rootOf(kept)
  }
}

/**
 * A view for a check that starts from single words and reads at most the
 * `after` siblings that follow each (white space, a quote mark, the next
 * word) and whether any word comes before it in its sentence: one small
 * sentence per candidate word, the words as leaves carrying their text
 * (`toString` reads `value`), an empty word standing for the words before.
 *
 * Such a small sentence is all the check reads, so the same text gives the
 * same messages wherever it is: one that gave none (`a year`, `an attack`:
 * most of them) is remembered and left out of later views. The check must
 * take no options (the memory is the rule's, for the whole process).
 */
export function aroundWords(candidate: (word: Word) => boolean, after: number): View {
  const quiet = new Set<string>()
  return (tree, file) => {
    const sentences: Array<NlcstSentence> = []
    // The small sentences not known to be quiet, by the candidate's
    // position (the place the plugin puts on its message).
    const asked = new Map<unknown, string>()
    for (const word of getArticle(tree, file).words) {
      if (!candidate(word)) continue
      const siblings = word.sentence.node.children
      const index = siblings.indexOf(word.node)
      const first = word.sentence.words[0] === word
      const end = Math.min(siblings.length, index + after + 1)
      let key = first ? 'first' : 'later'
      for (let next = index; next < end; next++) key += '\u0000' + kindCode(siblings[next]!) + textOf(siblings[next]!)
      if (quiet.has(key)) continue
      asked.set(word.node.position, key)
      const before = first ? [] : [{type: 'WordNode', value: ''}]
      const children = [...before, ...siblings.slice(index, end).map((node) => leaf(node))]
      sentences.push({type: 'SentenceNode', children, position: word.sentence.node.position} as unknown as NlcstSentence)
    }
    return {
      ...rootOf(sentences),
      learn(places) {
        for (const place of places) asked.delete(place)
        if (quiet.size > quietLimit) quiet.clear()
        for (const key of asked.values()) quiet.add(key)
      }
    }
  }
}

/** Findings a filter drops in a file before the dropped ones count against a limit on findings too. */
const floodSize = 10_000

/** Small sentences remembered as quiet at most (a few megabytes), then forgotten. */
const quietLimit = 100_000

function leaf(node: Nodes): Nodes {
  return node.type === 'WordNode' ? ({type: 'WordNode', value: textOf(node), position: node.position} as unknown as Nodes) : node
}

/** A node's text. */
function textOf(node: Nodes): string {
  return 'value' in node ? node.value : node.type === 'WordNode' ? wordText(node) : toString(node)
}

/** One character per node type (a word and white space must differ). */
function kindCode(node: Nodes): string {
  return node.type === 'WordNode' ? 'w' : node.type === 'WhiteSpaceNode' ? ' ' : node.type === 'PunctuationNode' ? 'p' : node.type
}

/**
 * A view for checks between sentences: the paragraphs for which
 * `candidate(paragraph, text, options)` holds, each sentence a leaf (the
 * check reads only what lies between them).
 */
export function paragraphsWith<Options>(
  candidate: (paragraph: Paragraph, text: string, options: Options) => boolean
): View<Options> {
  return (tree, file, options) => {
    const article = getArticle(tree, file)
    const kept = article.paragraphs.filter((paragraph) => candidate(paragraph, article.text, options))
    const root: Root = {
      type: 'RootNode',
      children: kept.map((paragraph) => ({
        ...paragraph.node,
        children: paragraph.node.children.map((child) =>
          child.type === 'SentenceNode' ? {type: 'SentenceNode', children: [], position: child.position} : child
        )
      }))
    }
    return {root}
  }
}
