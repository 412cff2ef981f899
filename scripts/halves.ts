/**
 * The tuning and test halves of `../shared/corpus/`: an article belongs to the
 * tuning half when the first hex digit of the SHA-1 of its file name is 0-7.
 * Rules are tuned by reading findings on the tuning half only; the numbers
 * reported are those on the test half.
 */
import {createHash} from 'node:crypto'
import path from 'node:path'

export type Half = 'tune' | 'test'

/** The half an article belongs to, by the SHA-1 of its file name. */
export function halfOf(article: string): Half {
  return firstDigit(article) < 8 ? 'tune' : 'test'
}

/**
 * The half of the people set (`eval/people/`) an article belongs to: its
 * tuning half is the digits 0-b, its test half c-f (why: eval/people/README.md).
 */
export function peopleHalfOf(article: string): Half {
  return firstDigit(article) < 12 ? 'tune' : 'test'
}

function firstDigit(article: string): number {
  return Number.parseInt(createHash('sha1').update(path.basename(article)).digest('hex')[0]!, 16)
}
