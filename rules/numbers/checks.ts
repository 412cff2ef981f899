/**
 * How a figure is written, one check a house rule: each returns the
 * finding for `figure`, if it breaks the rule.
 */
import type {Article} from '../../src/model/article.js'
import {keepCase} from '../../src/model/case.js'
import type {Figure, FigureTables} from '../../src/model/figures/index.js'
import {code, type Finding} from '../../src/kit/report.js'
import {afterNumberAbbreviation, bracketed, idiom, inSeries, inTally, listNumber} from './exceptions.js'
import type {Tables} from './tables.js'

/** What every check reads: the article, the style's tables and the figures model's, each value's number word. */
export interface Checking {
  article: Article
  tables: Tables
  figures: FigureTables
  spelt: Map<number, string>
}

export type Check = (checking: Checking, figure: Figure, written: string) => Finding | undefined

/** The finding for `figure`, written `written`, where the house writes `expected`. */
function rewrite(figure: Figure, written: string, expected: string, note: string): Finding {
  return {start: figure.start, end: figure.end, reason: 'Use ' + code(expected) + ', not ' + code(written), note, expected: [expected]}
}

/** Counts (not ages, measurements, dates...) take the one-to-nine rule. */
const counts = new Set<Figure['category']>(['count', 'people', 'casualties', 'toll'])

/** `3` -> `three` (and `Three` at the start of a sentence). */
export const spellOut: Check = ({article, tables, spelt}, figure, written) => {
  if (
    figure.kind === 'digits' && !figure.separators && !figure.decimal && figure.suffix === '' &&
    figure.first === figure.last && figure.value !== undefined && figure.value >= 1 &&
    figure.value < tables.spellOutBelow && counts.has(figure.category) &&
    spelt.has(figure.value) && !inSeries(article, figure) && !inTally(article, figure) && !listNumber(article, figure) &&
    !afterNumberAbbreviation(article, tables, figure) &&
    !/[+=×*/^]/u.test(article.text.charAt(figure.start - 1) + article.text.charAt(figure.end))
  ) {
    const word = spelt.get(figure.value)!
    const expected = figure.startsSentence ? keepCase('A', word) : word
    return rewrite(figure, written, expected, 'House style spells out one to nine; 10 and above are figures.')
  }
  return undefined
}

/** A figure at the start of a sentence: rewording is not ours to do inside a quote. */
export const opensSentence: Check = ({article, tables}, figure) => {
  const small = figure.value !== undefined && figure.value < tables.spellOutBelow && !figure.separators && !figure.decimal
  if (!figure.startsSentence || figure.kind !== 'digits' || figure.inQuote || small || listNumber(article, figure)) return undefined
  if (afterNumberAbbreviation(article, tables, figure) || bracketed(article, figure)) return undefined
  const end = figure.category === 'money' ? figure.spanEnd : figure.end
  return {
    start: figure.start,
    end,
    reason: 'Do not start a sentence with a figure (' + code(article.text.slice(figure.start, end)) + '): rewrite the sentence',
    note: 'No automatic fix: spelling out a large figure or reordering the sentence is the editor’s call.'
  }
}

/** `fifteen` -> `15`. */
export const inFigures: Check = ({tables}, figure, written) => {
  if (
    figure.kind === 'words' && figure.first === figure.last && figure.value !== undefined &&
    figure.value >= tables.spellOutBelow && !figure.startsSentence &&
    figure.first.text === figure.first.text.toLowerCase() && counts.has(figure.category) && !idiom(figure)
  ) {
    return rewrite(figure, written, String(figure.value), 'House style writes 10 and above in figures.')
  }
  return undefined
}

/** `7000` -> `7,000`. */
export const thousands: Check = ({article}, figure, written) => {
  if (
    figure.kind === 'digits' && !figure.decimal && figure.first === figure.last && !figure.separators &&
    figure.suffix === '' && figure.value !== undefined &&
    figure.value >= 1000 && written.length >= 4 && /^\d+$/u.test(written) &&
    // `1967 tourists`, `August 2019`: four figures from 1000 to 2100 may be a year.
    !(written.length === 4 && figure.value <= 2100) &&
    !['year', 'numbered', 'time', 'score', 'date'].includes(figure.category) && !/[\d/#+.:-]$/u.test(article.text.slice(figure.start - 1, figure.start))
  ) {
    const expected = written.replace(/\B(?=(\d{3})+(?!\d))/gu, ',')
    return rewrite(figure, written, expected, 'House style puts thousands separators in figures from 1,000.')
  }
  return undefined
}

/** `September 10th` -> `September 10`. */
export const dateSuffix: Check = ({article}, figure, written) => {
  if (figure.category !== 'date' || !/^(st|nd|rd|th)/u.test(figure.suffix)) return undefined
  const end = figure.end + 2
  return {
    start: figure.start,
    end,
    reason: 'Use ' + code(written) + ', not ' + code(article.text.slice(figure.start, end)) + ' in a date',
    note: 'House style writes dates without ordinal suffixes.',
    expected: [written]
  }
}
