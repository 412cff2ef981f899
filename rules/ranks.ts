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

export interface RanksData {
  /**
   * The rank at a person's first mention: `abbreviated` (default, `Col Sean
   * Ryan`) or `full` (`Colonel Sean Ryan`, then `Col Ryan`: the BBC's way).
   */
  firstMention: 'abbreviated' | 'full'
}

// The ranks are the people model's (style data `people.ranks`): each rank
// as written -> its house form (`Colonel` -> `Col`, `Field Marshal` stays).
export default houseStyleRule<RanksOptions, RanksData, RanksData>(
  {
    id: 'ranks',
    description: 'Ranks before a name are abbreviated: `Col Sean Ryan`, not `Colonel Sean Ryan`',
    fixable: true,
    severity: 'error',
    options: quotesOption('skip'),
    data: {
      defaults: {firstMention: 'abbreviated'},
      schema: {type: 'object', additionalProperties: false, required: ['firstMention'], properties: {firstMention: {enum: ['abbreviated', 'full']}}}
    },
    prepare: (data) => data
  },
  ({article, options, tables, model, report}) => {
    const fullAtFirst = tables.firstMention === 'full'
    for (const mention of getPeople(article, model.people).mentions) {
      const prefix = mention.prefix
      if (prefix?.kind !== 'rank' || !mention.person) continue
      if (mention.inQuote && options.quotes === 'skip') continue
      // `Lt. Col.` is `honorific-punctuation`'s.
      if (prefix.words.some((word) => word.text.endsWith('.'))) continue
      const written = prefix.written
      // A full name (`Gen David Petraeus`) gets its rank spelt out; `Sgt Pepper jacket` is no one's.
      const full = fullAtFirst && mention.first && mention.kind === 'full' ? fullRank(model.people.ranks, prefix.house) : undefined
      const wanted = full ?? prefix.house
      if (written === wanted || (full === undefined && mention.first && fullAtFirst)) continue
      const house = keepCase(written, wanted, {allCaps: false})
      report({
        start: prefix.start,
        end: prefix.end,
        reason: 'Use ' + code(house) + ' before a name' + (full ? ' at first mention' : '') + ', not ' + code(written),
        note: full
          ? 'House style gives the rank in full at first mention (`Colonel Sean Ryan`), abbreviated after (`Col Ryan`).'
          : 'House style abbreviates ranks before a name (`Col Sean Ryan`); a rank without a name stays as it is.',
        expected: [house]
      })
    }
  }
)

/** The rank in full for its house form (`Gen` -> `General`): the longest written form that has it. */
function fullRank(ranks: ReadonlyMap<string, string>, house: string): string | undefined {
  let full: string | undefined
  for (const [written, form] of ranks) {
    if (form === house && written !== house && (full === undefined || written.length > full.length)) full = written
  }
  return full
}
