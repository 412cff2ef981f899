/**
 * `group-names`: organisations go by the house name ("ISIS", not "ISIL",
 * "Islamic State", "IS fighters" or "Daesh").
 *
 * `matching.ts` finds the variants and decides their context.
 */
import data from '../data/group-names.json' with {type: 'json'}
import {keepCase} from '../../src/model/case.js'
import {code} from '../../src/kit/report.js'
import {houseStyleRule, quotesOption} from '../../src/kit/rule.js'
import {absorbBracketedRepeat, findMatch, type Tables} from './matching.js'

export interface GroupNamesOptions {
  /** Inside direct quotes: `skip` (default: the speaker's words) or `report` (no fix). */
  quotes: 'skip' | 'report'
}

/**
 * The organisations and their names are the model's (style data `data.groups`,
 * src/model/groups.ts); the words that make an ambiguous name the group's
 * are this rule's.
 */
export interface GroupNamesData {
  /** Words after a name that make it the group's (`Isis fighters`). */
  groupWordsAfter: Array<string>
  /** Words before a name that make it the group's (`against Isis`). */
  groupWordsBefore: Array<string>
}

export default houseStyleRule<GroupNamesOptions, GroupNamesData, Omit<Tables, 'groups'>>(
  {
    id: 'group-names',
    description: 'Organisations go by the house name: `ISIS`, not `ISIL`, `Islamic State` or `Daesh`',
    fixable: true,
    severity: 'error',
    options: quotesOption('skip'),
    data: {
      defaults: data as GroupNamesData,
      schema: {
        type: 'object',
        additionalProperties: false,
        properties: {
          groupWordsAfter: {type: 'array', items: {type: 'string'}},
          groupWordsBefore: {type: 'array', items: {type: 'string'}}
        }
      }
    },
    prepare: (data) => ({
      after: new Set(data.groupWordsAfter.map((word) => word.toLowerCase())),
      before: new Set(data.groupWordsBefore.map((word) => word.toLowerCase()))
    })
  },
  ({article, options, tables: own, model, report}) => {
    const tables: Tables = {groups: model.groups, ...own}
    for (const sentence of article.sentences) {
      const words = sentence.words
      for (let index = 0; index < words.length; index++) {
        const match = findMatch(tables, words, index, article.text)
        if (!match) continue
        absorbBracketedRepeat(tables, match, words, article.text)
        index = match.lastWord
        const word = words[index]!
        const {canonical} = match.entry
        const actual = article.text.slice(match.start, match.end)
        if (word.inQuote && (options.quotes === 'skip' || match.entry.quotes === 'never')) continue
        const expected = keepCase(actual, canonical, {allCaps: false})
        report({
          start: match.start,
          end: match.end,
          reason: 'Use ' + code(canonical) + ', not ' + code(actual),
          note: word.inQuote
            ? 'Inside a direct quote: check with the desk before changing the speaker’s words.'
            : 'The house style names this organisation ' + code(canonical) + '.',
          expected: word.inQuote ? undefined : [expected]
        })
      }
    }
  }
)
