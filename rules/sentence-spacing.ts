/**
 * `sentence-spacing`: one space between sentences (retext-sentence-spacing,
 * reused as it is).
 */
import retextSentenceSpacing from 'retext-sentence-spacing'
import {reusedRule, sentenceLeaves} from '../src/reused.js'

export interface SentenceSpacingOptions {
  /** Spaces between sentences: `space` (default), `double-space` or `newline`. */
  preferred: 'space' | 'double-space' | 'newline'
}

export default reusedRule<SentenceSpacingOptions>(
  {
    id: 'sentence-spacing',
    description: 'One space between sentences, from retext-sentence-spacing',
    fixable: true,
    severity: 'warn',
    options: {
      defaults: {preferred: 'space'},
      schema: {type: 'object', additionalProperties: false, properties: {preferred: {enum: ['space', 'double-space', 'newline']}}}
    }
  },
  (options) => retextSentenceSpacing(options),
  undefined,
  // It reads only what sits between sentences.
  sentenceLeaves
)
