/**
 * `ranks`: military and police ranks before a name are abbreviated
 * (`Colonel Sean Ryan` -> `Col Sean Ryan`).
 */
import {keepCase} from '../src/model/case.js'
import {getPeople} from '../src/model/people/index.js'
import {code} from '../src/kit/report.js'
import {houseStyleRule, quotesOption} from '../src/kit/rule.js'

export interface RanksOptions {
  /**
   * Inside direct quotes: `skip` (default: the speaker's words) or `report`.
   */
  quotes: 'skip' | 'report'
}

// The ranks are the people model's (style data `people.ranks`): each rank
// as written -> its house form (`Colonel` -> `Col`, `Field Marshal` stays).
export default houseStyleRule(
  {
    id: 'ranks',
    description: 'Ranks before a name are abbreviated: `Col Sean Ryan`, not `Colonel Sean Ryan`',
    fixable: true,
    severity: 'error',
    options: quotesOption('skip')
  },
  ({article, options, model, report}) => {
    for (const mention of getPeople(article, model.people).mentions) {
      const prefix = mention.prefix
      if (prefix?.kind !== 'rank' || !mention.person) continue
      if (mention.inQuote && options.quotes === 'skip') continue
      const written = prefix.written.replace(/\./g, '')
      // Abbreviated already (`Lt. Col.` is `honorific-punctuation`'s), or never abbreviated.
      if (written === prefix.house || prefix.words.some((word) => word.text.endsWith('.'))) continue
      const house = keepCase(written, prefix.house, {allCaps: false})
      report({
        start: prefix.start,
        end: prefix.end,
        reason: 'Use ' + code(house) + ' before a name, not ' + code(prefix.written),
        note: 'House style abbreviates ranks before a name (`Col Sean Ryan`); a rank without a name stays as it is.',
        expected: [house]
      })
    }
  }
)
