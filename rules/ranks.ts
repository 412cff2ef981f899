/**
 * `ranks`: military and police ranks before a name are abbreviated
 * (`Colonel Sean Ryan` -> `Col Sean Ryan`).
 */
import {keepCase} from '../src/model/case.js'
import {getPeople, peopleRuleData, preparePeople, type PeopleData, type PeopleTables} from '../src/model/people.js'
import {code} from '../src/kit/report.js'
import {houseStyleRule, quotesOption} from '../src/kit/rule.js'

export interface RanksOptions {
  /**
   * Inside direct quotes: `skip` (default: the speaker's words) or `report`.
   */
  quotes: 'skip' | 'report'
}

export interface RanksData {
  /**
   * The people model's word lists; `people.ranks` maps each rank as written
   * to its house form (`Colonel` -> `Col`, `Field Marshal` -> `Field Marshal`).
   */
  people: PeopleData
}

export default houseStyleRule<RanksOptions, RanksData, PeopleTables>(
  {
    id: 'ranks',
    description: 'Ranks before a name are abbreviated: `Col Sean Ryan`, not `Colonel Sean Ryan`',
    fixable: true,
    severity: 'error',
    options: quotesOption('skip'),
    data: peopleRuleData,
    prepare: (data) => preparePeople(data.people)
  },
  ({article, options, tables, report}) => {
    for (const mention of getPeople(article, tables).mentions) {
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
