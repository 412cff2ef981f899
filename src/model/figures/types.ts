/**
 * What the figures model finds: each figure, what it counts, and the
 * sentence being read for them (src/model/figures/index.ts).
 */
import type {Sentence, Word} from '../article.js'
import type {FigureTables} from './tables.js'

export type Category =
  | 'people'
  | 'casualties'
  | 'money'
  | 'percent'
  | 'poll'
  | 'toll'
  | 'date'
  | 'year'
  | 'time'
  | 'age'
  | 'ordinal'
  | 'measure'
  | 'score'
  | 'numbered'
  | 'count'

/** The categories whose figures need a source. */
export const contested = new Set<Category>(['people', 'casualties', 'money', 'percent', 'poll', 'toll'])

export interface Figure {
  /** Offset of the number as written (`2,000`, `$3bn`, `hundreds`, `twenty-five`). */
  start: number
  end: number
  /** End of the figure with what it counts (`2,000 families`, `40 per cent`). */
  spanEnd: number
  /** The number as written. */
  text: string
  /** Its value, when it has one (`hundreds` has none). */
  value: number | undefined
  kind: 'digits' | 'words' | 'vague'
  /** Whether the digits carry thousands separators or a decimal point. */
  separators: boolean
  decimal: boolean
  /** Letters or signs glued after the digits (`th`, `bn`, `pm`, `-year-old`). */
  suffix: string
  first: Word
  last: Word
  sentence: Sentence
  category: Category
  contested: boolean
  /** Whether it is the first thing in its sentence. */
  startsSentence: boolean
  inQuote: boolean
  /** Offsets of a percent written `%` or `percent` after it, for `numbers`. */
  percent?: {start: number; end: number; written: string}
}

/**
 * One sentence being read for figures. What the sentence says as a whole (a
 * claim word, a people noun, a poll, a toll) is read on the first figure
 * that asks, not again for every figure.
 */
export interface SentenceScan {
  text: string
  tables: FigureTables
  sentence: Sentence
  words: Array<Word>
  /** Article index of the sentence's first word: `words[word.index - offset]` is `word`. */
  offset: number
  claim?: boolean
  people?: boolean
  poll?: boolean
  toll?: boolean
}
