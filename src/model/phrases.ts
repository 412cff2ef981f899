/**
 * Phrases of several words found in an article's words: a table by first
 * word, longest first, matched word by word across white space.
 */
import type {Word} from './article.js'
import {hasShape, possessiveLength, shapesOf} from './words.js'

/** A phrase table: phrases (lower case, split into words) by first word, longest first. */
export interface Phrases {
  byFirst: Map<string, Array<Array<string>>>
  /** Shapes of the first words (see `WordSet`). */
  shapes: Uint32Array
}

/** Index phrases by their first word, lower-cased, longest first. */
export function phrases(list: Array<string>): Phrases {
  const byFirst = new Map<string, Array<Array<string>>>()
  for (const phrase of list) {
    const words = phrase.toLowerCase().split(' ')
    const entries = byFirst.get(words[0]!) ?? []
    entries.push(words)
    entries.sort((a, b) => b.length - a.length)
    byFirst.set(words[0]!, entries)
  }
  return {byFirst, shapes: shapesOf(byFirst.keys())}
}

/** Whether a phrase of `table` starts with `word` (lower case, bare). */
export function startsPhrase(table: Phrases, word: string): boolean {
  return hasShape(table.shapes, word) && table.byFirst.has(word)
}

/** The longest phrase of `table` starting at `words[index]`: its length in words, or 0. */
export function matchPhrase(table: Phrases, words: Array<Word>, index: number, text: string): number {
  const word = words[index]
  if (!word) return 0
  const first = bareWord(word)
  if (!hasShape(table.shapes, first)) return 0
  const candidates = table.byFirst.get(first)
  if (!candidates) return 0
  for (const phrase of candidates) {
    let ok = index + phrase.length <= words.length
    for (let offset = 1; ok && offset < phrase.length; offset++) {
      const next = words[index + offset]!
      ok = bareWord(next) === phrase[offset] && spaceBetween(text, words[index + offset - 1]!.end, next.start)
    }
    if (ok) return phrase.length
  }
  return 0
}

/**
 * A word lower-cased without a possessive (`'s`, `’`) then a trailing full
 * stop: `text.replace(/['’]s?$/u, '').replace(/\.$/u, '').toLowerCase()`,
 * without a regex or a new string for most words (it runs for every word).
 */
export function bareWord(word: Word): string {
  const {text, lower} = word
  // `'`, `’`, `.` and `s` are their own lower case, so a word whose lower
  // case ends in none of them does not either: nothing to trim.
  const last = lower.charCodeAt(lower.length - 1)
  if (last !== 115 /* `s` */ && last !== 39 /* `'` */ && last !== 0x2019 && last !== 46 /* `.` */) return lower
  let end = text.length - possessiveLength(text)
  if (text.charCodeAt(end - 1) === 46 /* `.` */) end--
  return end === text.length ? lower : text.slice(0, end).toLowerCase()
}

const whitespace = /\s/u

/**
 * Whether `text` between `start` and `end` is whitespace, and not empty: what
 * `/^\s+$/u.test(text.slice(start, end))` says, without the slice.
 */
export function spaceBetween(text: string, start: number, end: number): boolean {
  if (end <= start) return false
  for (let index = start; index < end; index++) {
    // A plain space is by far the most common gap.
    if (text.charCodeAt(index) !== 32 && !whitespace.test(text.charAt(index))) return false
  }
  return true
}
