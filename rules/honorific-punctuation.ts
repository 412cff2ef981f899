/**
 * `honorific-punctuation`: no full stop after abbreviated titles and ranks
 * (`Mr.` -> `Mr`, `Lt. Col.` -> `Lt Col`).
 */
import data from './data/honorific-punctuation.json' with {type: 'json'}
import type {Article, Word} from '../src/article.js'
import {code} from '../src/report.js'
import {houseStyleRule, quotesOption} from '../src/rule.js'

export interface HonorificPunctuationOptions {
  /**
   * Inside direct quotes: `report` (default: the full stop is typography,
   * not the speaker's words) or `skip`.
   */
  quotes: 'skip' | 'report'
}

export interface HonorificPunctuationData {
  /** Abbreviation as written (one or two words) -> house form. */
  abbreviations: Record<string, string>
  /**
   * Capitalised words that start a sentence: an abbreviation followed by one
   * of them ends its sentence, and its full stop stays.
   */
  sentenceStarters: Array<string>
}

interface Tables {
  abbreviations: Map<string, string>
  sentenceStarters: Set<string>
}

export default houseStyleRule<HonorificPunctuationOptions, HonorificPunctuationData, Tables>(
  {
    id: 'honorific-punctuation',
    description: 'No full stop after abbreviated titles and ranks: `Mr`, not `Mr.`',
    fixable: true,
    severity: 'error',
    options: quotesOption('report'),
    data: {
      defaults: data,
      schema: {
        type: 'object',
        additionalProperties: false,
        required: ['abbreviations', 'sentenceStarters'],
        properties: {
          abbreviations: {type: 'object', additionalProperties: {type: 'string'}},
          sentenceStarters: {type: 'array', items: {type: 'string'}}
        }
      }
    },
    prepare: (data) => ({
      abbreviations: new Map(Object.entries(data.abbreviations)),
      sentenceStarters: new Set(data.sentenceStarters)
    })
  },
  ({article, options, tables, report}) => {
    const words = article.words
    for (let index = 0; index < words.length; index++) {
      const word = words[index]!
      if (!word.text.endsWith('.')) continue
      if (word.inQuote && options.quotes === 'skip') continue
      // Two-word forms first (`Lt. Col.`), then one word (`Mr.`).
      const next = words[index + 1]
      const pair = next && adjacent(article, word, next) ? word.text + ' ' + next.text : undefined
      let last = word
      let house = pair === undefined ? undefined : tables.abbreviations.get(pair)
      if (house === undefined) house = tables.abbreviations.get(word.text)
      else last = next!
      if (house === undefined || !beforeName(article, tables, last)) continue
      report({
        start: word.start,
        end: last.end,
        reason: 'Use ' + code(house) + ', not ' + code(article.text.slice(word.start, last.end)),
        note: 'House style writes honorifics and ranks without full stops.',
        expected: [house]
      })
      index = last.index
    }
  }
)

function adjacent(article: Article, a: Word, b: Word): boolean {
  return a.sentence.paragraph === b.sentence.paragraph && /^ $/.test(article.text.slice(a.end, b.start))
}

/**
 * Whether a name follows `word` in the same paragraph: a capitalised word
 * that does not start a new sentence (then the full stop ends the sentence
 * and stays).
 */
function beforeName(article: Article, tables: Tables, word: Word): boolean {
  const next = article.words[word.index + 1]
  if (!next || next.sentence.paragraph !== word.sentence.paragraph) return false
  if (!/^\s+$/u.test(article.text.slice(word.end, next.start))) return false
  return /^\p{Lu}/u.test(next.text) && !tables.sentenceStarters.has(next.text)
}
