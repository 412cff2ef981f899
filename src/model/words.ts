/**
 * Looking words up in tables: the parts of a written word, and what follows
 * a word that ends in a full stop.
 */
import type {Article, Word} from './article.js'
import {startsUpper} from './case.js'
import {defaultSentenceStarters} from './defaults.js'

export interface WordPart {
  /** The part as written (`IS` in `IS-held`, `al-Qaeda` in `al-Qaeda-linked`). */
  text: string
  /** Offset of the part inside the word. */
  start: number
  /** Whether the part is the whole word (bar a possessive `’s`). */
  whole: boolean
  /** Whether the part ends where the word's text does (bar a possessive). */
  last: boolean
}


/**
 * `text` without a trailing possessive (`’s`, `'s`) or apostrophe, as
 * `text.replace(/['’]s?$/u, '')` does, without a regex or a copy for the
 * words that have none (most of them: this runs for every word).
 */
export function withoutPossessive(text: string): string {
  const length = possessiveLength(text)
  return length === 0 ? text : text.slice(0, -length)
}

/** Length of the possessive ending of `text` (`’s`, `'s`, `’`, `'`), or 0. */
export function possessiveLength(text: string): number {
  const s = text.charCodeAt(text.length - 1) === 0x73 ? 1 : 0
  const code = text.charCodeAt(text.length - 1 - s)
  return code === 0x27 || code === 0x2019 ? s + 1 : 0
}

/** A word in lower case without its possessive ending (`Hajin’s` -> `hajin`). */
export function lowerWithoutPossessive(word: Word): string {
  // Most words have none: their lower case is made already.
  return possessiveLength(word.text) === 0 ? word.lower : withoutPossessive(word.text).toLowerCase()
}

/**
 * `text` without the run of `marks` it ends with. The same as
 * `text.replace(/[marks]+$/u, '')` in linear time: the regex retries at
 * every mark of a long run (quadratic, flagged by recheck).
 */
export function trimEndOf(text: string, marks: string): string {
  let end = text.length
  while (end > 0 && marks.includes(text.charAt(end - 1))) end--
  return end === text.length ? text : text.slice(0, end)
}

/** How long a part of a word may be (`wordParts`): in characters, in segments. */
export interface PartBound {
  /** Characters at most: a table look-up needs no part longer than its longest key. */
  longest?: number
  /** Hyphen-separated segments at most. */
  segments?: number
}

/**
 * Every run of hyphen-separated segments of `word` within `bound`, longest
 * first at each start, with a trailing possessive left off: `al-Qaeda-linked`
 * gives `al-Qaeda-linked`, `al-Qaeda`, `al`, `Qaeda-linked`, `Qaeda`,
 * `linked`.
 *
 * A word of k segments has k(k+1)/2 runs: `a-a-a-…` of 20 KB made 50
 * million and ran V8 out of memory. Callers look parts up in tables, and a
 * part longer than a table's longest key is in none of them, so the bound
 * keeps the parts, and the work, linear in the word's length; the parts
 * within it come in the same order as before.
 */
export function wordParts(word: string, bound: PartBound): Array<WordPart> {
  const longest = bound.longest ?? Number.POSITIVE_INFINITY
  const most = bound.segments ?? Number.POSITIVE_INFINITY
  const stem = withoutPossessive(word)
  const segments: Array<{start: number; end: number}> = []
  let start = 0
  for (let index = 0; index <= stem.length; index++) {
    if (index === stem.length || stem.charCodeAt(index) === 0x2d) {
      if (index > start) segments.push({start, end: index})
      start = index + 1
    }
  }
  const parts: Array<WordPart> = []
  // The last segment a part from `first` may reach; it never moves back.
  let reach = -1
  for (let first = 0; first < segments.length; first++) {
    const from = segments[first]!.start
    reach = Math.max(reach, first - 1)
    while (reach + 1 < segments.length && segments[reach + 1]!.end - from <= longest && reach + 2 - first <= most) reach++
    for (let last = reach; last >= first; last--) {
      const to = segments[last]!.end
      parts.push({
        text: stem.slice(from, to),
        start: from,
        whole: first === 0 && last === segments.length - 1,
        last: last === segments.length - 1
      })
    }
  }
  return parts
}

/** The length of the longest of `words` (0 for none): the `longest` bound of `wordParts` for a table. */
export function longestOf(words: Iterable<string>): number {
  let longest = 0
  for (const word of words) longest = Math.max(longest, word.length)
  return longest
}

/** Capitalised words that start a sentence (`The`, `He`): English, not house style. */
export const sentenceStarters: ReadonlySet<string> = new Set<string>(defaultSentenceStarters)

/**
 * What follows `word`, whose full stop may be an abbreviation's or may also
 * end the sentence (parse-english does not split sentences after `U.S.`):
 * - `end`: the paragraph ends (bar closing quotes and brackets);
 * - `sentence`: a word that starts sentences (`in the U.S. The talks`);
 * - `name`: another capitalised word (`Mr. Ryan`, `U.S. President`);
 * - `other`: anything else.
 */
export function afterStop(article: Article, word: Word): 'end' | 'sentence' | 'name' | 'other' {
  const next = article.words[word.index + 1]
  const paragraph = word.sentence.paragraph
  if (!next || next.sentence.paragraph !== paragraph) {
    return /^[\s"'”’)\]]*$/u.test(article.text.slice(word.end, paragraph.end)) ? 'end' : 'other'
  }
  if (!/^\s+$/u.test(article.text.slice(word.end, next.start))) return 'other'
  if (sentenceStarters.has(next.text)) return 'sentence'
  return startsUpper(next.text) ? 'name' : 'other'
}

/**
 * A set of words with a cheap first test on the first and last characters
 * and the length of each: most words fail it and are never hashed (hashing
 * a word costs as much again as looking it up).
 */
export interface WordSet {
  words: Set<string>
  shapes: Uint32Array
}

export function wordSet(words: Iterable<string>): WordSet {
  const set = new Set(words)
  return {words: set, shapes: shapesOf(set)}
}

export function inWordSet(set: WordSet, word: string): boolean {
  return hasShape(set.shapes, word) && set.words.has(word)
}

/**
 * Bit `n` of `shapes[shape(word)]`: some word is `n` long (31: 31 or more)
 * and starts and ends as `word` does (in their low five bits: `A` as `a`, a
 * few other characters alike too, which only lets more words through).
 */
export function shapesOf(words: Iterable<string>): Uint32Array {
  const shapes = new Uint32Array(1024)
  for (const word of words) shapes[shape(word)]! |= 1 << Math.min(word.length, 31)
  return shapes
}

/** Whether `word` may be one of the words of `shapes`. */
export function hasShape(shapes: Uint32Array, word: string): boolean {
  return ((shapes[shape(word)]! >>> Math.min(word.length, 31)) & 1) === 1
}

function shape(word: string): number {
  // An empty word gives `NaN`, which `& 31` makes 0.
  return ((word.charCodeAt(0) & 31) << 5) | (word.charCodeAt(word.length - 1) & 31)
}
