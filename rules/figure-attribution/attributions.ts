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
import {type Article, type Sentence, perArticle} from '../../src/model/article.js'
import {bareWord, matchPhrase} from '../../src/model/phrases.js'
import {inWordSet, wordSet, type WordSet} from '../../src/model/words.js'
import {nameOf, type SentenceRead} from './source-names.js'
import type {AttributionTables} from './tables.js'

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

/**
 * Whether `sentence` is in the standfirst, the opening under the headline
 * (the first two sentences of the first paragraph of running text after
 * it), whose figures may take their source from the two sentences after.
 */
export function inStandfirst(article: Article, sentence: Sentence): boolean {
  if (!article.paragraphs[0]?.headline) return false
  const opening = article.paragraphs.find((paragraph) => !paragraph.headline)
  return opening === sentence.paragraph && opening.sentences.indexOf(sentence) < 2
}

/** Whether one of the two sentences after `sentence` names a source. */
export function attributedAhead(attributions: Array<SentenceAttribution>, sentence: Sentence): boolean {
  return Boolean(attributions[sentence.index + 1]?.attributed || attributions[sentence.index + 2]?.attributed)
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
