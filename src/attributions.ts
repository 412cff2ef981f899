/**
 * The attributions model: which sentences name a source, and who.
 *
 * A sentence names a source when it has a source word or phrase (`said`,
 * `told`, `according to`, `estimated`, `figures from`, `citing`...) or a
 * direct quote. The source's name is read from the words around the verb
 * (`SDF spokesman Mustafa Bali said`, `according to the Observatory`, `said
 * Mr Bali`). Weak attributions (`is said to`, `reportedly`, `sources say`)
 * are kept apart: they hedge, they do not name.
 */
import {type Article, type Sentence, type Word, perArticle} from './article.js'
import {bare, matchPhrase, type FigureTables} from './figures.js'
import {trimEndOf} from './words.js'

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
export const getAttributions = perArticle<FigureTables, Array<SentenceAttribution>>((article, tables) =>
  article.sentences.map((sentence) => attribute(article, tables, sentence))
)

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

function attribute(article: Article, tables: FigureTables, sentence: Sentence): SentenceAttribution {
  const {text} = article
  const words = sentence.words
  const sources: Array<Source> = []
  const weak: Array<Source> = []
  const {attributions} = tables
  for (let index = 0; index < words.length; index++) {
    const weakLength = matchPhrase(attributions.weak, words, index, text)
    if (weakLength > 0) {
      weak.push(source(index, weakLength))
      index += weakLength - 1
      continue
    }
    const length = matchPhrase(attributions.sources, words, index, text) || putAt(index)
    if (length > 0) {
      const found = source(index, length)
      const name = nameOf(index, length)
      if (name !== undefined) found.name = name
      sources.push(found)
      index += length - 1
    }
  }
  const quote = article.quotes.some((span) => span.start < sentence.end && sentence.start < span.end && span.closed)
  return {sentence, sources, weak, quote, attributed: sources.length > 0 || quote}

  /** `Valero put its cost of complying at $750m`: `put ... at` names whoever put it. */
  function putAt(index: number): number {
    if (!/^(put|puts|putting)$/u.test(words[index]!.text)) return 0
    for (let position = index + 2; position < Math.min(words.length, index + 9); position++) {
      if (words[position]!.text === 'at') return 1
    }
    return 0
  }

  function source(index: number, length: number): Source {
    const first = words[index]!
    const last = words[index + length - 1]!
    return {start: first.start, end: last.end, phrase: text.slice(first.start, last.end), sentence}
  }

  /** The source's name: after `according to`, else before the verb, else after it (`said Mr Bali`). */
  function nameOf(index: number, length: number): string | undefined {
    const phrase = words.slice(index, index + length).map((word) => bare(word.text)).join(' ')
    if (/^(according to|figures from|data from|statistics from|citing|cited|quoted|a spokesman for|a spokeswoman for|a spokesperson for|a statement from)$/u.test(phrase)) {
      return phraseAfter(index + length)
    }
    return phraseBefore(index) ?? (capitalised(words[index + length]) ? phraseAfter(index + length) : undefined)
  }

  function joined(left: Word, right: Word): boolean {
    return /^\s+$/u.test(text.slice(left.end, right.start))
  }

  /** Up to five words after `index`, to the first punctuation. */
  function phraseAfter(index: number): string | undefined {
    const taken: Array<Word> = []
    for (let position = index; position < words.length && taken.length < 6; position++) {
      const word = words[position]!
      if (taken.length > 0 && !joined(taken.at(-1)!, word)) break
      if (position === index && !/^\s+$/u.test(text.slice(words[index - 1]!.end, word.start))) break
      const lower = bare(word.text)
      if (taken.length > 0 && !capitalised(word) && !/^(of|for|the|and|on|in|al|officials|official|spokesman|ministry|police|data|figures)$/u.test(lower)) break
      taken.push(word)
      if (/[,.;:]$/u.test(word.text)) break
    }
    if (taken.length === 0) return undefined
    const name = trimEndOf(text.slice(taken[0]!.start, taken.at(-1)!.end), ',.;:')
    return attributions.pronouns.has(name.toLowerCase()) ? undefined : name
  }

  /** The name just before the verb: a run of capitalised words, or a short noun phrase. */
  function phraseBefore(index: number): string | undefined {
    let position = index - 1
    // `Mr Bali on Wednesday said`, `the SDF has said`.
    while (position >= 0 && attributions.skipBeforeVerb.has(bare(words[position]!.text)) && !capitalised(words[position])) position--
    while (position >= 0 && /^(on|in)$/u.test(words[position]!.text)) position--
    if (position < 0) return undefined
    const last = words[position]!
    if (position < index - 1 && /^\p{Lu}/u.test(last.text) && /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/u.test(last.text.toLowerCase())) {
      return phraseBefore(position)
    }
    if (attributions.pronouns.has(last.text.toLowerCase())) return undefined
    if (!joined(last, words[position + 1] ?? last) && position + 1 < index) return undefined
    let first = position
    if (capitalised(last)) {
      while (first > 0 && joined(words[first - 1]!, words[first]!)) {
        const previous = words[first - 1]!
        if (capitalised(previous)) first--
        else if (/^(of|for|and|al|bin|de)$/u.test(previous.text) && first > 1 && capitalised(words[first - 2]) && joined(words[first - 2]!, previous)) first -= 2
        else break
      }
    } else {
      // `The war monitor said`: back to a determiner, at most four words.
      let found = -1
      for (let back = position; back >= 0 && back >= position - 3; back--) {
        if (back < position && !joined(words[back]!, words[back + 1]!)) break
        if (attributions.determiners.has(words[back]!.text.toLowerCase())) {
          found = back
          break
        }
      }
      if (found < 0) return undefined
      first = found
    }
    return trimEndOf(text.slice(words[first]!.start, last.end), ',.;:')
  }
}

function capitalised(word: Word | undefined): boolean {
  return word !== undefined && /^[\p{Lu}\d]/u.test(word.text) && !word.inQuote
}
