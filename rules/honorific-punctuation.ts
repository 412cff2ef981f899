/**
 * `honorific-punctuation`: no full stop after abbreviated titles and ranks
 * (`Mr.` -> `Mr`, `Lt. Col.` -> `Lt Col`).
 */
import data from './data/honorific-punctuation.json' with {type: 'json'}
import type {Article, Word} from '../src/model/article.js'
import {code} from '../src/kit/report.js'
import {abbreviationTable, houseStyleRule, quotesOption, type AbbreviationData, type AbbreviationTables} from '../src/kit/rule.js'
import {afterStop} from '../src/model/words.js'

export interface HonorificPunctuationOptions {
  /**
   * Inside direct quotes: `report` (default: the full stop is typography,
   * not the speaker's words) or `skip`.
   */
  quotes: 'skip' | 'report'
}

export type HonorificPunctuationData = AbbreviationData

export default houseStyleRule<HonorificPunctuationOptions, HonorificPunctuationData, AbbreviationTables>(
  {
    id: 'honorific-punctuation',
    description: 'No full stop after abbreviated titles and ranks: `Mr`, not `Mr.`',
    fixable: true,
    severity: 'error',
    options: quotesOption('report'),
    ...abbreviationTable(data)
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
      // A full stop that also ends the sentence stays: only one before a name goes.
      if (house === undefined || afterStop(article, last) !== 'name') continue
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
