/**
 * Figures the one-to-nine rule leaves as written: in a series with a
 * larger figure, numbering a list, or in a figure of speech.
 */
import type {Article} from '../../src/model/article.js'
import type {Figure} from '../../src/model/figures/index.js'
import {bareWord} from '../../src/model/phrases.js'

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
