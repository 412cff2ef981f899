/**
 * `indefinite-article`: `a` or `an` by the sound of the next word
 * (retext-indefinite-article), except where the house knows the sound
 * better (`a unilateral`) or the article is a typo (`such as a as a`).
 */
import retextIndefiniteArticle from 'retext-indefinite-article'
import data from './data/indefinite-article.json' with {type: 'json'}
import {aroundWords, reusedRule} from '../src/kit/reused.js'
import {examplesSchema, quotesOption, type QuotesOption} from '../src/kit/rule.js'

export interface IndefiniteArticleData {
  /** Where the lists come from. */
  source?: string
  /** Beginnings of words written with a vowel but said with a consonant sound: `unilateral` (`you-`), `eu`. */
  consonantSounds: Array<string>
  /** Words no article comes before: an article before one is a typo (`a as a`, `a an`), not a choice of `a` or `an`. */
  functionWords: Array<string>
  examples?: Array<{from: string; to: string}>
}

interface Tables {
  consonantSounds: Array<string>
  functionWords: Set<string>
}

const words = {type: 'array', items: {type: 'string', minLength: 1}, uniqueItems: true}

export default reusedRule<QuotesOption, IndefiniteArticleData, Tables>(
  {
    id: 'indefinite-article',
    description: '`a` or `an` by the sound of the next word, from retext-indefinite-article',
    fixable: true,
    severity: 'warn',
    // Inside direct quotes: `skip` (default: the speaker's words) or `report`.
    options: quotesOption('skip'),
    data: {
      defaults: data as IndefiniteArticleData,
      schema: {
        type: 'object',
        additionalProperties: false,
        required: ['consonantSounds', 'functionWords'],
        properties: {source: {type: 'string'}, consonantSounds: words, functionWords: words, examples: examplesSchema}
      }
    },
    prepare: (data) => ({
      consonantSounds: data.consonantSounds.map((beginning) => beginning.toLowerCase()),
      functionWords: new Set(data.functionWords.map((word) => word.toLowerCase()))
    })
  },
  () => retextIndefiniteArticle(),
  undefined,
  // It checks from each `a` and `an`, reading up to three siblings after it
  // (white space, a quote mark or bracket, the next word).
  aroundWords((word) => word.lower === 'a' || word.lower === 'an', 3),
  ({words: [article], article: {words}, options, tables}) => {
    if (article?.inQuote && options.quotes === 'skip') return false
    const next = article ? words[article.index + 1] : undefined
    if (!article || !next || next.sentence !== article.sentence) return true
    // `such as a as a must-pass bill`: a word typed twice, not an article to change.
    if (next.text === next.lower && tables.functionWords.has(next.lower)) return false
    // The plugin reads a vowel letter as a vowel sound when it does not know the word
    // (its finding on `a` wants `an`: read from the word, as the fix is set after the filter runs).
    const wantsAn = article.lower === 'a'
    return !(wantsAn && tables.consonantSounds.some((beginning) => next.lower.startsWith(beginning)))
  }
)
