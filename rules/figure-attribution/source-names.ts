/**
 * Reading who a source is from the words around its phrase: after
 * `according to`, else the name or noun phrase before the verb
 * (`SDF spokesman Mustafa Bali said`), else a name after it (`said Mr Bali`).
 */
import type {Sentence, Word} from '../../src/model/article.js'
import {bareWord, spaceBetween} from '../../src/model/phrases.js'
import {inWordSet, trimEndOf} from '../../src/model/words.js'
import type {AttributionTables} from './tables.js'

/** One sentence being read for sources. */
export interface SentenceRead {
  text: string
  sentence: Sentence
  words: Array<Word>
  attributions: AttributionTables
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
export function nameOf(read: SentenceRead, index: number, length: number): string | undefined {
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
