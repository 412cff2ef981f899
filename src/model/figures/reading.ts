/**
 * Reading a figure from the words of a sentence: digits with separators and
 * decimals, money with its currency, spelt-out numbers, vague quantities,
 * and the multipliers after them (`3 million`, `$3bn`).
 */
import type {Word} from '../article.js'
import {inWordSet} from '../words.js'
import {bareWord, spaceBetween} from '../phrases.js'
import {type FigureTables, startsDigits, startsPrefix, startsWords} from './tables.js'
import type {Figure, SentenceScan} from './types.js'

const gluedMultiplier = /^(bn|m|mn|k|tn)(?![a-z])/u

/** The figure that starts at `scan.words[index]`, if any. */
export function readNumber(scan: SentenceScan, index: number): Figure | undefined {
  const {tables} = scan
  const word = scan.words[index]!
  // Most words are not numbers: their first character rules them out before
  // anything is sliced, matched or looked up (this runs for every word).
  const start = tables.starts[word.lower.charCodeAt(0)] ?? 0
  if (start === 0) return undefined
  const prefix = start & startsPrefix ? currencyPrefix(tables, word.text) : ''
  let figure: Figure | undefined
  // `start` is that of the lower case: only a digit lower-cases to a digit.
  if (prefix !== '' || start & startsDigits) {
    figure = readDigits(scan, word, word.text.slice(prefix.length))
  } else if (start & startsWords) {
    figure = readWords(scan, index)
  }
  if (!figure) return undefined
  if (prefix !== '') figure.category = 'money'
  readMultipliers(scan, figure)
  return figure
}

/** The currency prefix `text` starts with, followed by a digit (`Dh5`), or an empty string. */
function currencyPrefix(tables: FigureTables, text: string): string {
  // Most words sharing a first letter with a prefix (`Dubai`, `and`) have
  // no digit where a prefix would end: no need to try each prefix.
  if (!digitAtSome(text, tables.prefixLengths)) return ''
  for (const candidate of tables.currencyPrefixes) {
    if (isDigit(text.charCodeAt(candidate.length)) && text.startsWith(candidate)) return candidate
  }
  return ''
}

function digitAtSome(text: string, positions: Array<number>): boolean {
  for (const position of positions) if (isDigit(text.charCodeAt(position))) return true
  return false
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

/** Digits (`7,000`, `3.5`, `10th`, `5bn`) from `body`, which starts with one. */
function readDigits(scan: SentenceScan, word: Word, body: string): Figure {
  let end = numberEnd(body)
  let number = body.slice(0, end)
  let suffix = body.slice(end)
  let last = word
  let separators = false
  // `7,000` is three words to the parser: `7`, `,`, `000`.
  while (suffix === '') {
    const next = scan.words[last.index - scan.offset + 1]
    if (!next || next.start !== last.end + 1 || scan.text.charCodeAt(last.end) !== 44 /* `,` */ || !thousandsGroup(next.text)) break
    end = numberEnd(next.text)
    number += next.text.slice(0, end)
    suffix = next.text.slice(end)
    last = next
    separators = true
  }
  const figure = base(scan, word, last, word.start, last.end - suffix.length, Number(number), 'digits', suffix)
  figure.separators = separators
  figure.decimal = number.includes('.')
  return figure
}

/**
 * The end of the number `text` starts with: digits, then maybe a decimal
 * point and more digits (what `/^\d+(?:\.\d+)?/u` matches, without a match
 * array).
 */
function numberEnd(text: string): number {
  let end = digitsEnd(text, 0)
  if (text.charCodeAt(end) === 46 /* `.` */ && isDigit(text.charCodeAt(end + 1))) end = digitsEnd(text, end + 1)
  return end
}

function digitsEnd(text: string, start: number): number {
  let end = start
  while (isDigit(text.charCodeAt(end))) end++
  return end
}

/** Whether `text` starts with exactly three digits: a group after a thousands separator. */
function thousandsGroup(text: string): boolean {
  return digitsEnd(text, 0) === 3
}

/** A number in words (`three`, `twenty-five`) or a vague quantity (`hundreds`). */
function readWords(scan: SentenceScan, index: number): Figure | undefined {
  const {tables, words} = scan
  const word = words[index]!
  const lower = word.lower
  // Most words here only share a first letter with a number: one look-up
  // says so unless the word is hyphenated or loses a possessive or stop.
  if (!inWordSet(tables.figureWords, lower) && !lower.includes('-') && bareWord(word) === lower) return undefined
  const value = tables.numberWords.get(lower)
  if (value !== undefined) return base(scan, word, word, word.start, word.end, value, 'words', '')
  // `twenty-five`: tens, a hyphen, units.
  const hyphen = lower.indexOf('-')
  if (hyphen >= 0 && !lower.includes('-', hyphen + 1)) {
    const tens = tables.numberWords.get(lower.slice(0, hyphen))
    const units = tables.numberWords.get(lower.slice(hyphen + 1))
    if (tens !== undefined && tens >= 20 && units !== undefined && units < 10) {
      return base(scan, word, word, word.start, word.end, tens + units, 'words', '')
    }
  }
  if (!inWordSet(tables.vague, bareWord(word)) || (word.text !== lower && index !== 0)) return undefined
  const next = words[index + 1]
  // `tens` and `scores` are quantities only in `tens of`, `scores of`.
  if ((lower === 'tens' || lower === 'scores') && next?.text !== 'of') return undefined
  const figure = base(scan, word, word, word.start, word.end, undefined, 'vague', '')
  // `tens of thousands`, `hundreds of thousands`.
  const after = words[index + 2]
  if (next?.text === 'of' && after && inWordSet(tables.vague, after.text)) {
    figure.last = after
    figure.end = after.end
    figure.spanEnd = after.end
  }
  return figure
}

/** `3 million`, `two hundred`, `5 bn`, `$3bn`: multiply the value. */
function readMultipliers(scan: SentenceScan, figure: Figure): undefined {
  const {multipliers} = scan.tables
  let next = scan.words[figure.last.index - scan.offset + 1]
  while (
    next &&
    figure.suffix === '' &&
    figure.kind !== 'vague' &&
    multipliers.has(next.lower) &&
    spaceBetween(scan.text, figure.last.end, next.start)
  ) {
    if (figure.value !== undefined) figure.value *= multipliers.get(next.lower)!
    figure.last = next
    figure.end = next.end
    figure.spanEnd = next.end
    next = scan.words[figure.last.index - scan.offset + 1]
  }
  const glued = figure.suffix === '' ? null : gluedMultiplier.exec(figure.suffix)
  if (glued && figure.value !== undefined) figure.value *= multipliers.get(glued[1]!) ?? 1
}

function base(
  scan: SentenceScan,
  first: Word,
  last: Word,
  start: number,
  end: number,
  value: number | undefined,
  kind: Figure['kind'],
  suffix: string
): Figure {
  const {text, sentence} = scan
  return {
    start,
    end,
    spanEnd: end,
    text: text.slice(start, end),
    value,
    kind,
    separators: false,
    decimal: false,
    suffix,
    first,
    last,
    sentence,
    category: 'count',
    contested: false,
    startsSentence: first === scan.words[0] && /^[\s"'“‘([$£€]*$/u.test(text.slice(sentence.start, start)),
    inQuote: first.inQuote
  }
}

/** The currency symbol `textBefore` ends with (`$`, `£`), if any. */
export function currencySymbol(tables: FigureTables, textBefore: string): string | undefined {
  for (const candidate of tables.currencySymbols) {
    if (textBefore.endsWith(candidate)) return candidate
  }
  return undefined
}
