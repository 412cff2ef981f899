/**
 * `sentence-spacing`: one space between sentences (retext-sentence-spacing,
 * reused as it is).
 */
import retextSentenceSpacing from 'retext-sentence-spacing'
import {paragraphsWith, reusedRule} from '../src/kit/reused.js'

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
  // It reports a run of spaces between two sentences that is not the
  // preferred spacing: only paragraphs with one matter.
  paragraphsWith<SentenceSpacingOptions>((paragraph, text, options) => {
    const expected = options.preferred === 'double-space' ? 2 : options.preferred === 'newline' ? 0 : 1
    return paragraph.sentences.some((sentence, index) => {
      const next = paragraph.sentences[index + 1]
      const gap = next ? text.slice(sentence.end, next.start) : ''
      return gap.length !== expected && /^ +$/u.test(gap)
    })
  }),
  // Spaces before a list item (`  ** Natasha Stoynoff`, `  • The`) stand for
  // a line break the copy lost: one space would run the item into the text.
  ({article, end}) => !/^[*•·–-]/u.test(article.text.slice(end, end + 1))
)
