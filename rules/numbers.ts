/**
 * `numbers`: one to nine in words, 10 and above in figures (except ages,
 * percentages, measurements, dates, times, scores and numbered things); no
 * figure at the start of a sentence; `per cent`; thousands separators from
 * 1,000; no ordinal suffix on dates.
 */
import data from './data/numbers.json' with {type: 'json'}
import type {Article} from '../src/model/article.js'
import {keepCase} from '../src/model/case.js'
import {getFigures, type Figure, type FigureTables} from '../src/model/figures/index.js'
import {bareWord} from '../src/model/phrases.js'
import {inWordSet, wordSet, type WordSet} from '../src/model/words.js'
import {code} from '../src/kit/report.js'
import {houseStyleRule, quotesOption} from '../src/kit/rule.js'

export interface NumbersOptions {
  /** Inside direct quotes: `report` (default: how numbers are written is transcription) or `skip`. */
  quotes: 'skip' | 'report'
}

export interface NumbersData {
  /** The house way to write a percentage (`per cent`). */
  percent: string
  /** Other ways, reported with the house form as the fix (`percent`, `%`). */
  percentVariants: Array<string>
  /** Counts below this are spelt out (10: one to nine in words). */
  spellOutBelow: number
  examples?: Array<{from: string; to: string}>
}

interface Tables extends NumbersData {
  /** `percentVariants`, looked up for every word. */
  variants: WordSet
}

/** Counts (not ages, measurements, dates...) take the one-to-nine rule. */
const counts = new Set<Figure['category']>(['count', 'people', 'casualties', 'toll'])

export default houseStyleRule<NumbersOptions, NumbersData, Tables>(
  {
    id: 'numbers',
    description: 'One to nine in words, 10 and above in figures; `per cent`; `7,000`; `September 10`',
    fixable: true,
    severity: 'warn',
    options: quotesOption('report'),
    data: {
      defaults: data as NumbersData,
      schema: {
        type: 'object',
        additionalProperties: false,
        required: ['percent'],
        properties: {
          percent: {type: 'string', minLength: 1},
          percentVariants: {type: 'array', items: {type: 'string', minLength: 1}, uniqueItems: true},
          spellOutBelow: {type: 'integer', minimum: 1, maximum: 100},
          examples: {
            type: 'array',
            items: {type: 'object', additionalProperties: false, required: ['from', 'to'], properties: {from: {type: 'string'}, to: {type: 'string'}}}
          }
        }
      }
    },
    prepare: (data) => ({...data, variants: wordSet(data.percentVariants)})
  },
  ({article, options, tables, model, report}) => {
    const figures = model.figures
    const spelt = speltNumbers(figures)

    for (const figure of getFigures(article, figures)) {
      if (figure.inQuote && options.quotes === 'skip') continue
      const written = article.text.slice(figure.start, figure.end)

      // `3` -> `three` (and `Three` at the start of a sentence).
      if (
        figure.kind === 'digits' && !figure.separators && !figure.decimal && figure.suffix === '' &&
        figure.first === figure.last && figure.value !== undefined && figure.value >= 1 &&
        figure.value < tables.spellOutBelow && counts.has(figure.category) &&
        spelt.has(figure.value) && !inSeries(article, figure) && !listNumber(article, figure) &&
        !/[+=×*/^]/u.test(article.text.charAt(figure.start - 1) + article.text.charAt(figure.end))
      ) {
        const word = spelt.get(figure.value)!
        const expected = figure.startsSentence ? keepCase('A', word) : word
        report({
          start: figure.start,
          end: figure.end,
          reason: 'Use ' + code(expected) + ', not ' + code(written),
          note: 'House style spells out one to nine; 10 and above are figures.',
          expected: [expected]
        })
        continue
      }

      // A figure at the start of a sentence.
      // Rewording is not ours to do inside a quote.
      if (figure.startsSentence && figure.kind === 'digits' && !figure.inQuote && !(figure.value !== undefined && figure.value < tables.spellOutBelow && !figure.separators && !figure.decimal) && !listNumber(article, figure)) {
        const end = figure.category === 'money' ? figure.spanEnd : figure.end
        report({
          start: figure.start,
          end,
          reason: 'Do not start a sentence with a figure (' + code(article.text.slice(figure.start, end)) + '): rewrite the sentence',
          note: 'No automatic fix: spelling out a large figure or reordering the sentence is the editor’s call.'
        })
      }

      // `fifteen` -> `15`.
      if (
        figure.kind === 'words' && figure.first === figure.last && figure.value !== undefined &&
        figure.value >= tables.spellOutBelow && !figure.startsSentence &&
        figure.first.text === figure.first.text.toLowerCase() && counts.has(figure.category) && !idiom(article, figure)
      ) {
        report({
          start: figure.start,
          end: figure.end,
          reason: 'Use ' + code(String(figure.value)) + ', not ' + code(written),
          note: 'House style writes 10 and above in figures.',
          expected: [String(figure.value)]
        })
      }

      // `7000` -> `7,000`.
      if (
        figure.kind === 'digits' && !figure.decimal && figure.first === figure.last && !figure.separators &&
        figure.suffix === '' && figure.value !== undefined &&
        figure.value >= 1000 && written.length >= 4 && /^\d+$/u.test(written) &&
        // `1967 tourists`, `August 2019`: four figures from 1000 to 2100 may be a year.
        !(written.length === 4 && figure.value <= 2100) &&
        !['year', 'numbered', 'time', 'score', 'date'].includes(figure.category) && !/[\d/#+.:-]$/u.test(article.text.slice(figure.start - 1, figure.start))
      ) {
        const expected = written.replace(/\B(?=(\d{3})+(?!\d))/gu, ',')
        report({
          start: figure.start,
          end: figure.end,
          reason: 'Use ' + code(expected) + ', not ' + code(written),
          note: 'House style puts thousands separators in figures from 1,000.',
          expected: [expected]
        })
      }

      // `September 10th` -> `September 10`.
      if (figure.category === 'date' && /^(st|nd|rd|th)/u.test(figure.suffix)) {
        const end = figure.end + 2
        const expected = written
        report({
          start: figure.start,
          end,
          reason: 'Use ' + code(expected) + ', not ' + code(article.text.slice(figure.start, end)) + ' in a date',
          note: 'House style writes dates without ordinal suffixes.',
          expected: [expected]
        })
      }

      // `40%` -> `40 per cent`.
      if (figure.percent && figure.percent.written === '%' && inWordSet(tables.variants, '%')) {
        report({
          start: figure.end,
          end: figure.percent.end,
          reason: 'Use ' + code(tables.percent) + ', not ' + code('%'),
          note: 'House style writes percentages as ' + code(figure.text + ' ' + tables.percent) + '.',
          expected: [' ' + tables.percent]
        })
      }
    }

    // `percent` -> `per cent`, wherever it is.
    for (const word of article.words) {
      if (word.inQuote && options.quotes === 'skip') continue
      const lower = word.lower
      if (!inWordSet(tables.variants, lower) || lower === tables.percent) continue
      const expected = keepCase(word.text, tables.percent)
      report({
        start: word.start,
        end: word.end,
        reason: 'Use ' + code(expected) + ', not ' + code(word.text),
        note: 'House style writes ' + code(tables.percent) + '.',
        expected: [expected]
      })
    }
  }
)

const speltByTables = new WeakMap<FigureTables, Map<number, string>>()

/** Each value's number word (`3` -> `three`), the first listed for it. */
function speltNumbers(figures: FigureTables): Map<number, string> {
  let spelt = speltByTables.get(figures)
  if (!spelt) {
    spelt = new Map()
    for (const [word, value] of figures.numberWords) if (!spelt.has(value)) spelt.set(value, word)
    speltByTables.set(figures, spelt)
  }
  return spelt
}

/** `between 5 and 15`, `5 of the 12`: figures in a series with one of 10 or more stay figures. */
function inSeries(article: Article, figure: Figure): boolean {
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
function listNumber(article: Article, figure: Figure): boolean {
  return figure.startsSentence && /^[.)]/u.test(article.text.slice(figure.end, figure.end + 1))
}

/** `one in ten`, `nine out of ten`, `ten times`: figures of speech stay in words. */
function idiom(article: Article, figure: Figure): boolean {
  const words = figure.sentence.words
  const position = figure.first.index - words[0]!.index
  const before = words.slice(Math.max(0, position - 3), position).map((word) => bareWord(word)).join(' ')
  const next = words[position + 1]
  const after = next ? bareWord(next) : ''
  return /\b(in|out of|top|of the)$/u.test(before) || /^(times|fold|to|or|commandments)$/u.test(after)
}
