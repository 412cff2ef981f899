/**
 * `per cent`, not `percent` or `%`, read from the words: a percentage the
 * figures model does not read as one (`20-25%`, `20 percent-25 per cent`,
 * `a 20-percent rise`) is found too.
 */
import type {Word} from '../../src/model/article.js'
import {keepCase} from '../../src/model/case.js'
import {spaceBetween} from '../../src/model/phrases.js'
import {inWordSet, sentenceStarters, wordParts, type WordPart} from '../../src/model/words.js'
import {code, type Finding} from '../../src/kit/report.js'
import type {Checking} from './checks.js'

/** The `percent` and `%` of the article, each with the house form as the fix. */
export function percentages(checking: Checking, skipQuotes: boolean): Array<Finding> {
  const {article, tables} = checking
  const findings: Array<Finding> = []
  const sign = inWordSet(tables.variants, '%')
  for (const word of article.words) {
    if (skipQuotes && word.inQuote) continue
    if (sign && endsInDigit(word.text)) {
      const found = percentSign(checking, word)
      if (found) findings.push(found)
    }
    const parts: Array<WordPart> = word.text.includes('-')
      ? wordParts(word.text, {longest: tables.longestVariant, segments: 1})
      : [{text: word.text, start: 0, whole: true, last: true}]
    for (const part of parts) {
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

/** `percent`, a word or part of one (`percent-25`; `20-percent` -> `20 per cent`). */
function percentWord(checking: Checking, word: Word, part: WordPart): Finding | undefined {
  const {tables} = checking
  const lower = part.whole ? word.lower : part.text.toLowerCase()
  if (!inWordSet(tables.variants, lower) || lower === tables.percent) return undefined
  // `100 Percent Fed Up`: a capital inside a sentence is a title's.
  const capitalised = /^\p{Lu}\p{Ll}/u.test(part.text)
  if (capitalised && (part.start > 0 || word.sentence.words[0] !== word)) return undefined
  if (part.whole && inTitle(checking, word, word.end)) return undefined
  const start = word.start + part.start
  const expected = keepCase(part.text, tables.percent)
  const joined = part.start > 0 && endsInDigit(word.text.slice(0, part.start - 1))
  return {
    start: joined ? start - 1 : start,
    end: start + part.text.length,
    reason: 'Use ' + code(expected) + ', not ' + code(joined ? '-' + part.text : part.text),
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
