/**
 * `encoding`: text a bad conversion damaged: mojibake (`â€™` for `’`) and
 * lost characters (`??`, U+FFFD).
 */
import {getDamage} from '../src/model/encoding.js'
import {code} from '../src/kit/report.js'
import {houseStyleRule} from '../src/kit/rule.js'

export type EncodingOptions = Record<string, never>

// Its tables are the model's (style data `data.encoding`): other rules leave damaged text to it.
export default houseStyleRule<EncodingOptions, object, undefined>(
  {
    id: 'encoding',
    description: 'Text damaged by a bad conversion: mojibake (`â€™`) and lost characters (`??`)',
    fixable: true,
    severity: 'error',
    options: {defaults: {}, schema: {type: 'object', additionalProperties: false, properties: {}}},
    damagedText: 'report'
  },
  ({article, model, report}) => {
    for (const damage of getDamage(article, model.encoding)) {
      const actual = article.text.slice(damage.start, damage.end)
      if (damage.kind === 'mojibake' && damage.original !== undefined) {
        report({
          start: damage.start,
          end: damage.end,
          reason: 'Use ' + code(damage.original) + ', not the damaged ' + code(actual),
          note: 'A conversion read UTF-8 text as Windows-1252; this sequence is the character ' + code(damage.original) + '.',
          expected: [damage.original]
        })
      } else if (damage.kind === 'mojibake') {
        report({
          start: damage.start,
          end: damage.end,
          reason: 'Restore the character damaged into ' + code(actual) + ' from the original copy',
          note: 'A conversion damaged this character and the original cannot be told from what is left, so there is no automatic fix.'
        })
      } else {
        report({
          start: damage.start,
          end: damage.end,
          reason:
            'Restore the characters lost at ' + code(actual) +
            (damage.runs > 1 ? ' (and ' + (damage.runs - 1) + ' more run' + (damage.runs > 2 ? 's' : '') + ' just after)' : '') +
            ' from the original copy',
          note: 'A conversion replaced characters it could not encode; the originals are unknown, so there is no automatic fix.'
        })
      }
    }
  }
)
