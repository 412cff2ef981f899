/**
 * `repeated-words`: `the the` (retext-repeated-words, reused as it is).
 */
import retextRepeatedWords from 'retext-repeated-words'
import {keepCase} from '../src/model/case.js'
import {reusedRule, sentencesWith} from '../src/kit/reused.js'

export default reusedRule(
  {
    id: 'repeated-words',
    description: 'A word typed twice (`the the`), from retext-repeated-words',
    fixable: true,
    severity: 'warn',
    options: {defaults: {}, schema: {type: 'object', additionalProperties: false, properties: {}}}
  },
  () => retextRepeatedWords(),
  // The plugin keeps the second word (`The the` -> `the`); keep the first's case.
  (message) => {
    const actual = message.actual ?? ''
    if (message.expected?.length === 1) message.expected = [keepCase(actual, message.expected[0]!, {allCaps: false})]
  },
  // It reports a word said twice in a row, so only sentences with one matter.
  sentencesWith((words, index) => index > 0 && words[index]!.lower === words[index - 1]!.lower)
)
