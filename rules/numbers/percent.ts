/**
 * Percentages the house way (`per cent`, not `percent` or `%`, by default),
 * read from the words: a percentage the
 * figures model does not read as one (`20-25%`, `20 percent-25 per cent`,
 * `a 20-percent rise`) is found too.
 */
import type {Word} from '../../src/model/article.js'
import {keepCase} from '../../src/model/case.js'
import {spaceBetween} from '../../src/model/phrases.js'
import {inWordSet, sentenceStarters, wordParts, type WordPart} from '../../src/model/words.js'
import {code, type Finding} from '../../src/kit/report.js'
import type {Checking} from './checks.js'

/**
 * The percentages not written the house way (`per cent` by default; `%` or
 * `percent` in other styles), each with the house form as the fix.
 */
export function percentages(checking: Checking, skipQuotes: boolean): Array<Finding> {
  const {article, tables} = checking
  const findings: Array<Finding> = []
  const sign = tables.percent !== '%' && inWordSet(tables.variants, '%')
  const perCent = tables.percent !== 'per cent' && inWordSet(tables.variants, 'per cent')
  for (const word of article.words) {
    if (skipQuotes && word.inQuote) continue
    if (sign && endsInDigit(word.text)) {
      const found = percentSign(checking, word)
      if (found) findings.push(found)
    }
    if (perCent && word.lower === 'per') {
      const found = perCentWords(checking, word)
      if (found) findings.push(found)
      continue
    }
    // Most words are one part and no percentage word: looked up before any part is made.
    if (!word.text.includes('-')) {
      if (!inWordSet(tables.variants, word.lower)) continue
      const found = percentWord(checking, word, {text: word.text, start: 0, whole: true, last: true})
      if (found) findings.push(found)
      continue
    }
    for (const part of wordParts(word.text, {longest: tables.longestVariant, segments: 1})) {
      const found = percentWord(checking, word, part)
      if (found) findings.push(found)
    }
  }
  return findings
}

function endsInDigit(text: string): boolean {
  const last = text.charCodeAt(text.length - 1)
  return last >= 48 && last <= 57
}

/** `40%`, `40 %`, `20-25%` -> `40 per cent`. */
function percentSign(checking: Checking, word: Word): Finding | undefined {
  const {article, tables} = checking
  const {text} = article
  const at = text.charAt(word.end) === '%' ? word.end : text.slice(word.end, word.end + 2) === ' %' ? word.end + 1 : -1
  if (at === -1 || inTitle(checking, word, at + 1)) return undefined
  return {
    start: word.end,
    end: at + 1,
    reason: 'Use ' + code(tables.percent) + ', not ' + code('%'),
    note: 'House style writes percentages as ' + code(word.text + ' ' + tables.percent) + '.',
    expected: [' ' + tables.percent]
  }
}

/** `40 per cent` -> `40%` or `40 percent`, after a figure. */
function perCentWords(checking: Checking, word: Word): Finding | undefined {
  const {article} = checking
  const next = article.words[word.index + 1]
  const before = article.words[word.index - 1]
  if (!next || next.lower !== 'cent' || article.text.slice(word.end, next.start) !== ' ') return undefined
  if (!before || !endsInDigit(before.text) || !spaceBetween(article.text, before.end, word.start)) return undefined
  if (inTitle(checking, next, next.end)) return undefined
  return toHouse(checking, before, word.start, next.end, article.text.slice(word.start, next.end), false)
}

/** `percent`, a word or part of one (`percent-25`; `20-percent` -> `20 per cent`). */
function percentWord(checking: Checking, word: Word, part: WordPart): Finding | undefined {
  const {article, tables} = checking
  const lower = part.whole ? word.lower : part.text.toLowerCase()
  if (!inWordSet(tables.variants, lower) || lower === tables.percent) return undefined
  // `100 Percent Fed Up`: a capital inside a sentence is a title's.
  const capitalised = /^\p{Lu}\p{Ll}/u.test(part.text)
  if (capitalised && (part.start > 0 || word.sentence.words[0] !== word)) return undefined
  if (part.whole && inTitle(checking, word, word.end)) return undefined
  const start = word.start + part.start
  const joined = part.start > 0 && endsInDigit(word.text.slice(0, part.start - 1))
  const before = joined ? undefined : article.words[word.index - 1]
  const figure = before && endsInDigit(before.text) && spaceBetween(article.text, before.end, start) ? before : undefined
  return toHouse(checking, figure, start, start + part.text.length, part.text, joined)
}

/**
 * The finding for a percentage word at `start`-`end`: to the house word
 * (`percent` -> `per cent`; `20-percent` -> `20 per cent`), or to a sign
 * closed up to its figure (`40 percent` -> `40%`), which needs the figure.
 */
function toHouse(checking: Checking, figure: Word | undefined, start: number, end: number, written: string, joined: boolean): Finding | undefined {
  const {tables} = checking
  if (tables.percent === '%') {
    if (!joined && !figure) return undefined
    return {
      start: joined ? start - 1 : figure!.end,
      end,
      reason: 'Use ' + code('%') + ', not ' + code(written),
      note: 'House style writes percentages with the sign, closed up: ' + code('40%') + '.',
      expected: ['%']
    }
  }
  const expected = keepCase(written, tables.percent)
  return {
    start: joined ? start - 1 : start,
    end,
    reason: 'Use ' + code(expected) + ', not ' + code(joined ? '-' + written : written),
    note: 'House style writes ' + code(tables.percent) + '.',
    expected: [joined ? ' ' + expected : expected]
  }
}

/**
 * `the host of 100% Homegrown`: a percentage followed by a capitalised word
 * (not a month, a day or a word that starts sentences) is part of a title or
 * a name.
 */
function inTitle({article, tables, figures}: Checking, word: Word, end: number): boolean {
  const next = article.words[word.index + 1]
  if (!next || next.sentence !== word.sentence || !spaceBetween(article.text, end, next.start)) return false
  return /^\p{Lu}\p{Ll}/u.test(next.text) && !sentenceStarters.has(next.text) && !inWordSet(figures.months, next.text) && !inWordSet(tables.weekdays, next.text)
}
