/**
 * Figures the one-to-nine rule leaves as written: in a series with a
 * larger figure, a tally, numbering a list or a thing, or in a figure of
 * speech; and what only looks like a sentence opening with a figure.
 */
import type {Article} from '../../src/model/article.js'
import type {Figure} from '../../src/model/figures/index.js'
import {bareWord, spaceBetween} from '../../src/model/phrases.js'
import {inWordSet} from '../../src/model/words.js'
import type {Tables} from './tables.js'

/** `between 5 and 15`, `5 of the 12`: figures in a series with one of 10 or more stay figures. */
export function inSeries(article: Article, figure: Figure): boolean {
  const words = figure.sentence.words
  const position = figure.first.index - words[0]!.index
  for (let index = Math.max(0, position - 4); index <= Math.min(words.length - 1, position + 4); index++) {
    const word = words[index]!
    if (index === position) continue
    if (/^\d/u.test(word.text) && (Number.parseFloat(word.text) >= 10 || /,\d{3}/u.test(article.text.slice(word.start, word.end + 4)))) {
      const between = words.slice(Math.min(index, position) + 1, Math.max(index, position)).map((item) => bareWord(item))
      if (between.length <= 3 && between.every((item) => /^(and|or|to|of|out|the|from|between|than|in|nor)$/u.test(item))) return true
      if (between.length === 0) return true
    }
  }
  return false
}

const digitsOnly = /^\d+$/u

/**
 * `4 of 9` (from the field), `3 of 4`: two figures joined by `of` alone are
 * a tally, which the house keeps in figures as it does scores.
 */
export function inTally(article: Article, figure: Figure): boolean {
  const words = article.words
  const joined = (left: number): boolean => {
    const [first, of, second] = [words[left], words[left + 1], words[left + 2]]
    return first !== undefined && of?.lower === 'of' && second !== undefined && digitsOnly.test(first.text) && digitsOnly.test(second.text) &&
      spaceBetween(article.text, first.end, of.start) && spaceBetween(article.text, of.end, second.start)
  }
  return figure.first === figure.last && (joined(figure.first.index) || joined(figure.first.index - 2))
}

/**
 * `the No. 2 Democrat`: the parser ends a sentence at the abbreviation's full
 * stop, so the figure looks like a count opening a sentence; it numbers a thing.
 */
export function afterNumberAbbreviation(article: Article, tables: Tables, figure: Figure): boolean {
  const before = article.words[figure.first.index - 1]
  return before !== undefined && article.text.slice(before.end, figure.start).trimEnd() === '.' && inWordSet(tables.numberAbbreviations, before.lower)
}

/** `[1139 EST] - Together...`: a figure in brackets at a sentence's start labels it (a time, a reference). */
export function bracketed(article: Article, figure: Figure): boolean {
  const before = article.text.charAt(figure.start - 1)
  return before === '[' || before === '('
}

/** A numbered list item at the start of a paragraph: `1.` or `2)`. */
export function listNumber(article: Article, figure: Figure): boolean {
  return figure.startsSentence && /^[.)]/u.test(article.text.slice(figure.end, figure.end + 1))
}

/** `one in ten`, `nine out of ten`, `ten times`: figures of speech stay in words. */
export function idiom(figure: Figure): boolean {
  const words = figure.sentence.words
  const position = figure.first.index - words[0]!.index
  const before = words.slice(Math.max(0, position - 3), position).map((word) => bareWord(word)).join(' ')
  const next = words[position + 1]
  const after = next ? bareWord(next) : ''
  return /\b(in|out of|top|of the)$/u.test(before) || /^(times|fold|to|or|commandments)$/u.test(after)
}
