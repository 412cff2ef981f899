/**
 * `abbreviations`: abbreviations in the house form. The default style drops
 * the full stops (`U.S.` -> `US`); a style whose table maps the other way
 * (`US` -> `U.S.`, an American agency's) adds them.
 */
import data from './data/abbreviations.json' with {type: 'json'}
import {keepCase} from '../src/model/case.js'
import {code} from '../src/kit/report.js'
import {abbreviationTable, houseStyleRule, quotesOption, type AbbreviationData, type AbbreviationTables} from '../src/kit/rule.js'
import type {Article, Word} from '../src/model/article.js'
import {isAllCaps} from '../src/model/case.js'
import {afterStop, wordParts} from '../src/model/words.js'

export interface AbbreviationsOptions {
  /**
   * Inside direct quotes: `report` (default: full stops are typography, not
   * the speaker's words) or `skip`.
   */
  quotes: 'skip' | 'report'
}

export type AbbreviationsData = AbbreviationData

export default houseStyleRule<AbbreviationsOptions, AbbreviationsData, AbbreviationTables>(
  {
    id: 'abbreviations',
    description: 'Abbreviations in the house form: `US`, not `U.S.` (in the default style)',
    fixable: true,
    severity: 'error',
    options: quotesOption('report'),
    ...abbreviationTable(data)
  },
  ({article, options, tables, report}) => {
    for (const word of article.words) {
      // Most tables only list forms with full stops: a word without one is skipped unread.
      if (!tables.undotted && !word.text.includes('.')) continue
      if (word.inQuote && options.quotes === 'skip') continue
      if (inDateline(article, word)) continue
      for (const part of wordParts(word.text, {longest: tables.longest})) {
        const house = lookUp(tables, part.text)
        if (house === undefined) continue
        const start = word.start + part.start
        // `in the US.` -> `in the U.S.`: the sentence's full stop is the abbreviation's.
        const absorbStop = house.endsWith('.') && part.last && word.start + part.start + part.text.length === word.end && article.text.charAt(word.end) === '.'
        const end = start + part.text.length + (absorbStop ? 1 : 0)
        // `in the U.S.` ends a sentence on the abbreviation's own full stop.
        const keepStop = part.text.endsWith('.') && !house.endsWith('.') && part.last && end === word.end && ['end', 'sentence'].includes(afterStop(article, word))
        const expected = keepCase(part.text, house) + (keepStop ? '.' : '')
        report({
          start,
          end,
          reason: 'Use ' + code(expected) + ', not ' + code(article.text.slice(start, end)),
          note: house.includes('.') ? 'House style writes this abbreviation with full stops.' : 'House style writes abbreviations without full stops.',
          expected: [expected]
        })
        break
      }
    }
  }
)

/**
 * `BIRMINGHAM, Ala. (Reuters) -`: a dateline's place is written the agency's
 * way, abbreviations and all: the word after a place in capitals and a comma
 * at the start of a paragraph.
 */
function inDateline(article: Article, word: Word): boolean {
  const words = word.sentence.paragraph.sentences[0]?.words
  if (!words || word.sentence !== word.sentence.paragraph.sentences[0]) return false
  const at = word.index - words[0]!.index
  if (at < 1 || at > 4) return false
  const place = words[at - 1]!
  return article.text.slice(place.end, word.start) === ', ' && place.text.length > 1 && isAllCaps(place.text)
}

/** The house form of `abbreviation`, also when it starts a sentence (`E.g.`). */
function lookUp(tables: AbbreviationTables, abbreviation: string): string | undefined {
  const exact = tables.abbreviations.get(abbreviation)
  if (exact !== undefined) return exact
  const lowered = abbreviation.charAt(0).toLowerCase() + abbreviation.slice(1)
  return lowered === abbreviation ? undefined : tables.abbreviations.get(lowered)
}
