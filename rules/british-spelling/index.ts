/**
 * `british-spelling`: US spellings become British (`center` -> `centre`), or,
 * with `spelling: 'american'`, British spellings American,
 * from VarCon, with its sense notes: a form that is also British in another
 * sense (`program`, `check`, `tire`, `meter`...) is only flagged where a
 * context rule decides the sense. Proper names are left alone.
 *
 * The folder: `data.ts` the style data, `tables.ts` the look-up,
 * `senses.ts` the contexts, `names.ts` what is left alone.
 */
import {keepCase} from '../../src/model/case.js'
import {code} from '../../src/kit/report.js'
import {houseStyleRule} from '../../src/kit/rule.js'
import {dataSchema, defaults, type BritishSpellingData, type Sense} from './data.js'
import {capitalisedNames, isName, tokenAround, type NameEvidence, type Token} from './names.js'
import {decidingContext} from './senses.js'
import {lookUp, pick, prepare, type Tables} from './tables.js'

export interface BritishSpellingOptions {
  /**
   * `british` (default), or `american` for a style with US spelling: the
   * rule turns round and British forms get the American one
   * (`centre` -> `center`), from the same VarCon data.
   */
  spelling: 'british' | 'american'
  /** Oxford spelling: `-ize` forms (`organize`) are correct and US forms get them. */
  ize: boolean
  /** Inside direct quotes: `report` (default: spelling is transcription) or `skip`. */
  quotes: 'skip' | 'report'
}

export default houseStyleRule<BritishSpellingOptions, BritishSpellingData, Tables>(
  {
    id: 'british-spelling',
    description: 'British spelling: `centre`, not `center` (or the other way, with `spelling: american`)',
    fixable: true,
    severity: 'error',
    options: {
      defaults: {spelling: 'british', ize: false, quotes: 'report'},
      schema: {
        type: 'object',
        additionalProperties: false,
        properties: {spelling: {enum: ['british', 'american']}, ize: {type: 'boolean'}, quotes: {enum: ['skip', 'report']}}
      }
    },
    data: {defaults, schema: dataSchema},
    prepare
  },
  ({article, options, tables: british, model, report}) => {
    const american = options.spelling === 'american'
    const tables = american ? british.american() : british
    const spelling = options.ize ? 1 : 0
    let names: Set<string> | undefined
    const evidence: NameEvidence = {names: () => (names ??= capitalisedNames(article)), speechVerbs: () => model.people.speechVerbs}
    let token: Token | undefined
    for (const sentence of article.sentences) {
      const list = sentence.words
      for (let index = 0; index < list.length; index++) {
        const word = list[index]!
        if (word.inQuote && options.quotes === 'skip') continue
        const found = lookUp(tables, word)
        if (!found) continue
        const {entry, part} = found
        let british: string | null | undefined
        let sense: Sense | undefined
        if (entry.british !== undefined) {
          british = pick(entry.british, spelling)
        } else {
          const context = decidingContext(entry.contexts!, article, list, index, part)
          if (context) {
            sense = context.sense
            british = pick(context.sense.british, spelling)
          }
        }
        if (!british) continue
        token = tokenAround(article.text, word.start, word.end, token)
        if (token.address) continue
        if (isName(tables, evidence, article, list, index, part.text)) continue
        const expected = keepCase(part.text, british)
        report({
          start: word.start + part.start,
          end: word.start + part.start + part.text.length,
          reason: 'Use ' + code(expected) + ', not ' + code(part.text),
          note: american
            ? 'House style uses American spelling.'
            : sense
              ? 'British spelling in this sense (VarCon: ' + sense.sense + ').'
              : 'House style uses British spelling' + (options.ize ? ' (Oxford -ize).' : ' (-ise).'),
          expected: [expected]
        })
      }
    }
  }
)
