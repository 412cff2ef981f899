/**
 * Attributions, for `figure-attribution` (the one rule that reads them):
 * which sentences name a source, and who.
 *
 * A sentence names a source when it has a source word or phrase (`said`,
 * `told`, `according to`, `estimated`, `figures from`, `citing`...) or a
 * direct quote. The source's name is read from the words around the verb
 * (`SDF spokesman Mustafa Bali said`, `according to the Observatory`, `said
 * Mr Bali`). Weak attributions (`is said to`, `reportedly`, `sources say`)
 * are kept apart: they hedge, they do not name.
 */
import {type Article, type Sentence, type Word, perArticle} from '../../src/model/article.js'
import {bareWord, matchPhrase, phrases, spaceBetween, type Phrases} from '../../src/model/phrases.js'
import {inWordSet, trimEndOf, wordSet, type WordSet} from '../../src/model/words.js'

/** Style data `figure-attribution.attributions`. */
export interface AttributionsData {
  /** Words and phrases that name a source: `said`, `according to`... */
  sources: Array<string>
  /** Vague attribution: `is said to`, `reportedly`... */
  weak: Array<string>
  /** Words standing for a source without naming it (`he said`). */
  pronouns: Array<string>
  /** Words between a source's name and its verb (`Mr Bali on Wednesday said`). */
  skipBeforeVerb: Array<string>
  determiners: Array<string>
}

export interface AttributionTables {
  sources: Phrases
  weak: Phrases
  pronouns: WordSet
  skipBeforeVerb: WordSet
  determiners: WordSet
}

const stringList = {type: 'array', items: {type: 'string', minLength: 1}, uniqueItems: true}

export const attributionsSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {sources: stringList, weak: stringList, pronouns: stringList, skipBeforeVerb: stringList, determiners: stringList}
}

export function prepareAttributions(data: AttributionsData): AttributionTables {
  const lower = (list: Array<string>) => wordSet(list.map((item) => item.toLowerCase()))
  return {
    sources: phrases(data.sources),
    weak: phrases(data.weak),
    pronouns: lower(data.pronouns),
    skipBeforeVerb: lower(data.skipBeforeVerb),
    determiners: lower(data.determiners)
  }
}

export interface Source {
  /** Offsets of the source phrase (`said`, `according to`, `is said to`). */
  start: number
  end: number
  phrase: string
  /** Who, when the sentence says (`Mustafa Bali`, `the Observatory`). */
  name?: string
  sentence: Sentence
}

export interface SentenceAttribution {
  sentence: Sentence
  /** Phrases that name a source. */
  sources: Array<Source>
  /** Vague attributions. */
  weak: Array<Source>
  /** Whether the sentence holds a direct quote. */
  quote: boolean
  /** Whether the sentence names a source (a source phrase or a quote). */
  attributed: boolean
}

/** The attribution of every sentence of `article`, by sentence index. */
export const getAttributions = perArticle<AttributionTables, Array<SentenceAttribution>>((article, tables) => {
  const starts = sourceStarts(tables)
  return article.sentences.map((sentence) => attribute(article, tables, starts, sentence))
})

/** Names of the sources cited before `offset`, nearest first, each once. */
export function earlierSources(attributions: Array<SentenceAttribution>, offset: number): Array<string> {
  const names: Array<string> = []
  const seen = new Set<string>()
  for (let index = attributions.length - 1; index >= 0; index--) {
    const sources = attributions[index]!.sources
    for (let position = sources.length - 1; position >= 0; position--) {
      const source = sources[position]!
      if (source.start >= offset || source.name === undefined) continue
      const key = source.name.toLowerCase().replace(/^(the|a|an) /u, '')
      if (seen.has(key)) continue
      seen.add(key)
      names.push(source.name)
    }
  }
  return names
}

/** One sentence being read for sources. */
interface SentenceRead {
  text: string
  sentence: Sentence
  words: Array<Word>
  attributions: AttributionTables
}

const putVerbs = new Set(['put', 'puts', 'putting'])
const startsByTables = new WeakMap<AttributionTables, WordSet>()

/**
 * Every word a source can start with (`said`, `according`, `reportedly`,
 * `put`), as `bareWord` gives it: one look-up skips the other words.
 */
function sourceStarts(tables: AttributionTables): WordSet {
  let starts = startsByTables.get(tables)
  if (!starts) {
    starts = wordSet([...tables.weak.byFirst.keys(), ...tables.sources.byFirst.keys(), ...putVerbs])
    startsByTables.set(tables, starts)
  }
  return starts
}

function attribute(article: Article, tables: AttributionTables, starts: WordSet, sentence: Sentence): SentenceAttribution {
  const read: SentenceRead = {text: article.text, sentence, words: sentence.words, attributions: tables}
  const {text, words, attributions} = read
  const sources: Array<Source> = []
  const weak: Array<Source> = []
  for (let index = 0; index < words.length; index++) {
    if (!inWordSet(starts, bareWord(words[index]!))) continue
    const weakLength = matchPhrase(attributions.weak, words, index, text)
    if (weakLength > 0) {
      weak.push(source(read, index, weakLength))
      index += weakLength - 1
      continue
    }
    const length = matchPhrase(attributions.sources, words, index, text) || putAt(read, index)
    if (length > 0) {
      const found = source(read, index, length)
      const name = nameOf(read, index, length)
      if (name !== undefined) found.name = name
      sources.push(found)
      index += length - 1
    }
  }
  const quote = hasQuote(article, sentence)
  return {sentence, sources, weak, quote, attributed: sources.length > 0 || quote}
}

/** Whether a closed direct quote overlaps `sentence`. */
function hasQuote(article: Article, sentence: Sentence): boolean {
  for (const span of article.quotes) {
    if (span.start < sentence.end && sentence.start < span.end && span.closed) return true
  }
  return false
}

/** `Valero put its cost of complying at $750m`: `put ... at` names whoever put it. */
function putAt(read: SentenceRead, index: number): number {
  const {words} = read
  if (!putVerbs.has(words[index]!.text)) return 0
  for (let position = index + 2; position < Math.min(words.length, index + 9); position++) {
    if (words[position]!.text === 'at') return 1
  }
  return 0
}

function source(read: SentenceRead, index: number, length: number): Source {
  const first = read.words[index]!
  const last = read.words[index + length - 1]!
  return {start: first.start, end: last.end, phrase: read.text.slice(first.start, last.end), sentence: read.sentence}
}

/** Source phrases followed by the source's name (`according to the Observatory`). */
const nameAfterPhrase = /^(according to|figures from|data from|statistics from|citing|cited|quoted|a spokesman for|a spokeswoman for|a spokesperson for|a statement from)$/u
/** Words that may follow the first word of a name after the phrase (`the Ministry of Health`). */
const nameAfterWords = /^(of|for|the|and|on|in|al|officials|official|spokesman|ministry|police|data|figures)$/u
const weekdays = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/u
const onOrIn = /^(on|in)$/u
/** Small words inside a name (`Ministry of Health`, `Abu Bakr al Baghdadi`). */
const nameJoiners = /^(of|for|and|al|bin|de)$/u
const punctuationEnd = /[,.;:]$/u
const capitalFirst = /^\p{Lu}/u
const capitalOrDigitFirst = /^[\p{Lu}\d]/u

/** The source's name: after `according to`, else before the verb, else after it (`said Mr Bali`). */
function nameOf(read: SentenceRead, index: number, length: number): string | undefined {
  const {words} = read
  const phrase = words.slice(index, index + length).map((word) => bareWord(word)).join(' ')
  if (nameAfterPhrase.test(phrase)) return phraseAfter(read, index + length)
  return phraseBefore(read, index) ?? (capitalised(words[index + length]) ? phraseAfter(read, index + length) : undefined)
}

function joined(read: SentenceRead, left: Word, right: Word): boolean {
  return spaceBetween(read.text, left.end, right.start)
}

/** Up to five words after `index`, to the first punctuation. */
function phraseAfter(read: SentenceRead, index: number): string | undefined {
  const {text, words} = read
  const taken: Array<Word> = []
  for (let position = index; position < words.length && taken.length < 6; position++) {
    const word = words[position]!
    if (taken.length > 0 && !joined(read, taken.at(-1)!, word)) break
    if (position === index && !joined(read, words[index - 1]!, word)) break
    if (taken.length > 0 && !capitalised(word) && !nameAfterWords.test(bareWord(word))) break
    taken.push(word)
    if (punctuationEnd.test(word.text)) break
  }
  if (taken.length === 0) return undefined
  const name = trimEndOf(text.slice(taken[0]!.start, taken.at(-1)!.end), ',.;:')
  return inWordSet(read.attributions.pronouns, name.toLowerCase()) ? undefined : name
}

/** The name just before the verb: a run of capitalised words, or a short noun phrase. */
function phraseBefore(read: SentenceRead, index: number): string | undefined {
  const {text, words, attributions} = read
  let position = index - 1
  // `Mr Bali on Wednesday said`, `the SDF has said`.
  while (position >= 0 && inWordSet(attributions.skipBeforeVerb, bareWord(words[position]!)) && !capitalised(words[position])) position--
  while (position >= 0 && onOrIn.test(words[position]!.text)) position--
  if (position < 0) return undefined
  const last = words[position]!
  if (position < index - 1 && capitalFirst.test(last.text) && weekdays.test(last.lower)) {
    return phraseBefore(read, position)
  }
  if (inWordSet(attributions.pronouns, last.lower)) return undefined
  if (!joined(read, last, words[position + 1] ?? last) && position + 1 < index) return undefined
  let first = position
  if (capitalised(last)) {
    while (first > 0 && joined(read, words[first - 1]!, words[first]!)) {
      const previous = words[first - 1]!
      if (capitalised(previous)) first--
      else if (nameJoiners.test(previous.text) && first > 1 && capitalised(words[first - 2]) && joined(read, words[first - 2]!, previous)) first -= 2
      else break
    }
  } else {
    // `The war monitor said`: back to a determiner, at most four words.
    let found = -1
    for (let back = position; back >= 0 && back >= position - 3; back--) {
      if (back < position && !joined(read, words[back]!, words[back + 1]!)) break
      if (inWordSet(attributions.determiners, words[back]!.lower)) {
        found = back
        break
      }
    }
    if (found < 0) return undefined
    first = found
  }
  return trimEndOf(text.slice(words[first]!.start, last.end), ',.;:')
}

function capitalised(word: Word | undefined): boolean {
  return word !== undefined && capitalOrDigitFirst.test(word.text) && !word.inQuote
}
