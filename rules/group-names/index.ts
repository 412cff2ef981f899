/**
 * `group-names`: organisations go by the house name ("ISIS", not "ISIL",
 * "Islamic State", "IS fighters" or "Daesh"); in a style that introduces a
 * group by another name (`so-called Islamic State`, then `IS`), that name
 * at the first mention.
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
    // Groups already named in the body: a style with a first form wants it once.
    const named = new Set<string>()
    for (const sentence of article.sentences) {
      const words = sentence.words
      for (let index = 0; index < words.length; index++) {
        const match = findMatch(tables, words, index, article.text)
        if (!match) continue
        absorbBracketedRepeat(tables, match, words, article.text)
        index = match.lastWord
        const word = words[index]!
        const {canonical, first} = match.entry
        const atFirst = first !== undefined && !named.has(canonical) && !sentence.paragraph.headline
        if (first !== undefined && !sentence.paragraph.headline) named.add(canonical)
        const actual = article.text.slice(match.start, match.end)
        const house = atFirst ? first : canonical
        // `so-called Islamic State (IS)` introduces both forms at once.
        if (actual === house || (atFirst && actual === first + ' (' + canonical + ')')) continue
        if (word.inQuote && (options.quotes === 'skip' || match.entry.quotes === 'never')) continue
        // A first form in lower case (`so-called Islamic State`) takes a capital only to start a sentence.
        const opensSentence = match.start === sentence.words[0]!.start
        const expected = /^\p{Ll}/u.test(house) && !opensSentence ? house : keepCase(actual, house, {allCaps: false})
        report({
          start: match.start,
          end: match.end,
          reason: 'Use ' + code(house) + ', not ' + code(actual) + (atFirst ? ' at first mention' : first === undefined ? '' : ' after the first mention'),
          note: word.inQuote
            ? 'Inside a direct quote: check with the desk before changing the speaker’s words.'
            : first === undefined
              ? 'The house style names this organisation ' + code(canonical) + '.'
              : 'The house style introduces this organisation as ' + code(first) + ', then calls it ' + code(canonical) + '.',
          expected: word.inQuote ? undefined : [expected]
        })
      }
    }
  }
)
