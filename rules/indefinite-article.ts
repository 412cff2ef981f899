/**
 * `indefinite-article`: `a` or `an` by the sound of the next word
 * (retext-indefinite-article, reused as it is).
 */
import retextIndefiniteArticle from 'retext-indefinite-article'
import {aroundWords, reusedRule} from '../src/kit/reused.js'

export default reusedRule(
  {
    id: 'indefinite-article',
    description: '`a` or `an` by the sound of the next word, from retext-indefinite-article',
    fixable: true,
    severity: 'warn',
    options: {defaults: {}, schema: {type: 'object', additionalProperties: false, properties: {}}}
  },
  () => retextIndefiniteArticle(),
  undefined,
  // It checks from each `a` and `an`, reading up to three siblings after it
  // (white space, a quote mark or bracket, the next word).
  aroundWords((word) => word.lower === 'a' || word.lower === 'an', 3)
)
