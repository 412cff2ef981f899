/**
 * `repeated-words`: `the the` (retext-repeated-words), except inside direct
 * quotes, in a deliberate run of three or more (`build build build`) and for
 * the words English says twice (`had had`, `that that`).
 */
import retextRepeatedWords from 'retext-repeated-words'
import data from './data/repeated-words.json' with {type: 'json'}
import type {Word} from '../src/model/article.js'
import {keepCase} from '../src/model/case.js'
import {spaceBetween} from '../src/model/phrases.js'
import {reusedRule, sentencesWith} from '../src/kit/reused.js'
import {examplesSchema, quotesOption, type QuotesOption} from '../src/kit/rule.js'

export interface RepeatedWordsData {
  /** Where the list comes from. */
  source?: string
  /** Words that English says twice on purpose: `had had`, `bye bye`. */
  doubles: Array<string>
  examples?: Array<{from: string; to: string}>
}

export default reusedRule<QuotesOption, RepeatedWordsData, Set<string>>(
  {
    id: 'repeated-words',
    description: 'A word typed twice (`the the`), from retext-repeated-words',
    fixable: true,
    severity: 'warn',
    // Quotes are the speaker's words: a slogan said twice is theirs.
    options: quotesOption('skip'),
    data: {
      defaults: data as RepeatedWordsData,
      schema: {
        type: 'object',
        additionalProperties: false,
        required: ['doubles'],
        properties: {
          source: {type: 'string'},
          doubles: {type: 'array', items: {type: 'string', minLength: 1}, uniqueItems: true},
          examples: examplesSchema
        }
      }
    },
    prepare: (data) => new Set(data.doubles.map((word) => word.toLowerCase()))
  },
  () => retextRepeatedWords(),
  // The plugin keeps the second word (`The the` -> `the`); keep the first's case.
  (message) => {
    const actual = message.actual ?? ''
    if (message.expected?.length === 1) message.expected = [keepCase(actual, message.expected[0]!, {allCaps: false})]
  },
  // It reports a word said twice in a row, so only sentences with one matter.
  sentencesWith((words, index) => index > 0 && words[index]!.lower === words[index - 1]!.lower),
  ({words, article, options, tables}) => {
    const [first, second] = words
    if (!first || !second) return true
    if (options.quotes === 'skip' && (first.inQuote || second.inQuote)) return false
    if (tables.has(first.lower)) return false
    // `build build build`: a run of three or more is said on purpose.
    const repeats = (word: Word | undefined, next: Word | undefined): boolean =>
      word !== undefined && next !== undefined && word.lower === first.lower && next.lower === first.lower && spaceBetween(article.text, word.end, next.start)
    return !repeats(article.words[first.index - 1], first) && !repeats(second, article.words[second.index + 1])
  }
)
