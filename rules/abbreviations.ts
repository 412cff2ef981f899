/**
 * `abbreviations`: no full stops in abbreviations (`U.S.` -> `US`).
 */
import data from './data/abbreviations.json' with {type: 'json'}
import {keepCase} from '../src/model/case.js'
import {code} from '../src/kit/report.js'
import {abbreviationTable, houseStyleRule, quotesOption, type AbbreviationData, type AbbreviationTables} from '../src/kit/rule.js'
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
    description: 'No full stops in abbreviations: `US`, not `U.S.`',
    fixable: true,
    severity: 'error',
    options: quotesOption('report'),
    ...abbreviationTable(data)
  },
  ({article, options, tables, report}) => {
    for (const word of article.words) {
      if (!word.text.includes('.')) continue
      if (word.inQuote && options.quotes === 'skip') continue
      for (const part of wordParts(word.text, {longest: tables.longest})) {
        const house = lookUp(tables, part.text)
        if (house === undefined) continue
        const start = word.start + part.start
        const end = start + part.text.length
        const keepStop = part.last && end === word.end && ['end', 'sentence'].includes(afterStop(article, word))
        const expected = keepCase(part.text, house) + (keepStop ? '.' : '')
        report({
          start,
          end,
          reason: 'Use ' + code(expected) + ', not ' + code(part.text),
          note: 'House style writes abbreviations without full stops.',
          expected: [expected]
        })
        break
      }
    }
  }
)

/** The house form of `abbreviation`, also when it starts a sentence (`E.g.`). */
function lookUp(tables: AbbreviationTables, abbreviation: string): string | undefined {
  const exact = tables.abbreviations.get(abbreviation)
  if (exact !== undefined) return exact
  const lowered = abbreviation.charAt(0).toLowerCase() + abbreviation.slice(1)
  return lowered === abbreviation ? undefined : tables.abbreviations.get(lowered)
}
