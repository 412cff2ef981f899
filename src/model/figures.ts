/**
 * The figures model: every number or quantity word in an article, with what
 * it counts.
 *
 * Digits with separators (`7,000`), decimals, money (`$3bn`, `Dh5 million`),
 * percentages (`40 per cent`), spelt-out numbers (`three`, `twenty-five`) and
 * vague quantities (`hundreds`, `dozens`) are found once per article and
 * classified: contested (people, casualties, money, percentages, polls, a
 * death toll) or not (dates, years, times, durations, ages, ordinals,
 * numbered things, scores, measurements). `figure-attribution` asks which
 * contested figures lack a source; `numbers` asks how each is written.
 */
import {type Sentence, type Word, perArticle} from './article.js'
import {defaultFigures} from './defaults.js'
import {hasShape, inWordSet, possessiveLength, shapesOf, trimEndOf, wordSet, type WordSet} from './words.js'

/** The figures tables of a style: `data.figures` (src/model/defaults.ts). */
export interface FiguresData {
  numberWords: Record<string, number>
  multipliers: Record<string, number>
  vagueQuantities: Array<string>
  approximators: Array<string>
  people: Array<string>
  casualtyWords: Array<string>
  tollWords: Array<string>
  pollWords: Array<string>
  currencySymbols: Array<string>
  currencyPrefixes: Array<string>
  currencyWords: Array<string>
  percentWords: Array<string>
  units: Array<string>
  ageWords: Array<string>
  timeWords: Array<string>
  months: Array<string>
  numberedWords: Array<string>
  /** Words that make a sum of money a claim or an estimate (`estimated`, `damage`, `ransom`). */
  claimWords: Array<string>
}

export type Category =
  | 'people'
  | 'casualties'
  | 'money'
  | 'percent'
  | 'poll'
  | 'toll'
  | 'date'
  | 'year'
  | 'time'
  | 'age'
  | 'ordinal'
  | 'measure'
  | 'score'
  | 'numbered'
  | 'count'

export interface Figure {
  /** Offset of the number as written (`2,000`, `$3bn`, `hundreds`, `twenty-five`). */
  start: number
  end: number
  /** End of the figure with what it counts (`2,000 families`, `40 per cent`). */
  spanEnd: number
  /** The number as written. */
  text: string
  /** Its value, when it has one (`hundreds` has none). */
  value: number | undefined
  kind: 'digits' | 'words' | 'vague'
  /** Whether the digits carry thousands separators or a decimal point. */
  separators: boolean
  decimal: boolean
  /** Letters or signs glued after the digits (`th`, `bn`, `pm`, `-year-old`). */
  suffix: string
  first: Word
  last: Word
  sentence: Sentence
  category: Category
  contested: boolean
  /** Whether it is the first thing in its sentence. */
  startsSentence: boolean
  inQuote: boolean
  /** Offsets of a percent written `%` or `percent` after it, for `numbers`. */
  percent?: {start: number; end: number; written: string}
}

/** A phrase table: phrases (lower case, split into words) by first word, longest first. */
export interface Phrases {
  byFirst: Map<string, Array<Array<string>>>
  /** Shapes of the first words (see `WordSet`). */
  shapes: Uint32Array
}

export interface FigureTables {
  numberWords: Map<string, number>
  /**
   * What a word whose lower case starts with a character (a UTF-16 code
   * unit) may be: `startsDigits`, `startsPrefix` (a currency prefix, `dh`
   * for `Dh`), `startsWords` (a number word or a vague quantity). Most words
   * are none of these: one array read rules them out.
   */
  starts: Uint8Array
  /** Number words and vague quantities, for a quick `no`. */
  figureWords: WordSet
  /** Lengths of the currency prefixes, longest first: where a digit must be for one to match. */
  prefixLengths: Array<number>
  multipliers: Map<string, number>
  vague: WordSet
  approximators: Phrases
  people: Phrases
  casualtyWords: WordSet
  toll: Phrases
  poll: WordSet
  currencySymbols: Set<string>
  currencyPrefixes: Array<string>
  currencyWords: WordSet
  units: WordSet
  age: Phrases
  timeWords: WordSet
  months: WordSet
  numberedWords: WordSet
  claimWords: Phrases
}

const stringList = {type: 'array', items: {type: 'string', minLength: 1}, uniqueItems: true}
const numberMap = {type: 'object', additionalProperties: {type: 'number'}}

export const figuresSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    numberWords: numberMap,
    multipliers: numberMap,
    vagueQuantities: stringList,
    approximators: stringList,
    people: stringList,
    casualtyWords: stringList,
    tollWords: stringList,
    pollWords: stringList,
    currencySymbols: stringList,
    currencyPrefixes: stringList,
    currencyWords: stringList,
    percentWords: stringList,
    units: stringList,
    ageWords: stringList,
    timeWords: stringList,
    months: stringList,
    numberedWords: stringList,
    claimWords: stringList
  }
}

export const figuresDefaults = defaultFigures as FiguresData

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
function startsPhrase(table: Phrases, word: string): boolean {
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

/** Turn the figures data into look-up tables (once per style: src/kit/model.ts). */
export function prepareFigures(figures: FiguresData): FigureTables {
  const lower = (list: Array<string>) => wordSet(list.map((item) => item.toLowerCase()))
  const vague = lower(figures.vagueQuantities)
  const numberWords = new Map(Object.entries(figures.numberWords))
  return {
    numberWords,
    starts: startTable([...numberWords.keys(), ...vague.words], figures.currencyPrefixes),
    figureWords: wordSet([...numberWords.keys(), ...vague.words]),
    prefixLengths: [...new Set(figures.currencyPrefixes.map((prefix) => prefix.length))].sort((a, b) => b - a),
    multipliers: new Map(Object.entries(figures.multipliers)),
    vague,
    approximators: phrases(figures.approximators),
    people: phrases(figures.people),
    casualtyWords: lower(figures.casualtyWords),
    toll: phrases(figures.tollWords),
    poll: lower(figures.pollWords),
    currencySymbols: new Set(figures.currencySymbols),
    currencyPrefixes: [...figures.currencyPrefixes].sort((a, b) => b.length - a.length),
    currencyWords: lower(figures.currencyWords),
    units: lower(figures.units),
    age: phrases(figures.ageWords),
    timeWords: lower(figures.timeWords),
    months: wordSet(figures.months),
    numberedWords: lower(figures.numberedWords),
    claimWords: phrases(figures.claimWords)
  }
}

const contested = new Set<Category>(['people', 'casualties', 'money', 'percent', 'poll', 'toll'])

/**
 * One sentence being read for figures. What the sentence says as a whole (a
 * claim word, a people noun, a poll, a toll) is read on the first figure
 * that asks, not again for every figure.
 */
interface SentenceScan {
  text: string
  tables: FigureTables
  sentence: Sentence
  words: Array<Word>
  /** Article index of the sentence's first word: `words[word.index - offset]` is `word`. */
  offset: number
  claim?: boolean
  people?: boolean
  poll?: boolean
  toll?: boolean
}

/** Every figure in `article`, in order. */
export const getFigures = perArticle<FigureTables, Array<Figure>>((article, tables) => {
  const found: Array<Figure> = []
  for (const sentence of article.sentences) {
    const words = sentence.words
    if (words.length === 0) continue
    sentenceFigures({text: article.text, tables, sentence, words, offset: words[0]!.index}, found)
  }
  return found
})

function sentenceFigures(scan: SentenceScan, found: Array<Figure>): undefined {
  let previous: Figure | undefined
  for (let index = 0; index < scan.words.length; index++) {
    const figure = readNumber(scan, index)
    if (!figure) continue
    classify(scan, figure)
    shareCategory(previous, figure)
    found.push(figure)
    previous = figure
    index = figure.last.index - scan.offset
  }
}

const gluedMultiplier = /^(bn|m|mn|k|tn)(?![a-z])/u

/** The figure that starts at `scan.words[index]`, if any. */
function readNumber(scan: SentenceScan, index: number): Figure | undefined {
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

const startsDigits = 1
const startsPrefix = 2
const startsWords = 4

/** The `starts` table of `FigureTables`, from the words (lower case) and currency prefixes (as written). */
function startTable(words: Array<string>, prefixes: Array<string>): Uint8Array {
  const starts = new Uint8Array(0x10000)
  for (let code = 48; code <= 57; code++) starts[code]! |= startsDigits
  // A word starting with a prefix starts, in lower case, as the prefix does.
  for (const prefix of prefixes) starts[prefix.toLowerCase().charCodeAt(0)]! |= startsPrefix
  for (const word of words) starts[word.charCodeAt(0)]! |= startsWords
  return starts
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

function isDigit(code: number): boolean {
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

const casualtyVerbBefore = /^(killing|killed|wounding|injuring|executing|executed|kidnapping|abducting|detaining|arresting|displacing|evacuating)$/u
const listed = new Set<Category>(['numbered', 'date', 'measure', 'age', 'time', 'score', 'year'])

/**
 * Figures in a list or range share what they count: `Key Stages 1, 3 and 4`,
 * `6 or 7 January`, `from 6 to 9 January`, `Nord Stream 1 and 2`.
 */
function shareCategory(previous: Figure | undefined, figure: Figure): undefined {
  if (!previous || previous.sentence !== figure.sentence || previous.kind !== figure.kind) return
  const between = figure.first.index - previous.last.index
  if (between > 2) return
  if (between === 2) {
    const words = figure.sentence.words
    const middle = words[figure.first.index - words[0]!.index - 1]
    if (!middle || !/^(and|or|to)$/u.test(middle.text)) return
  }
  passCategory(previous, figure)
  passCategory(figure, previous)
}

function passCategory(from: Figure, to: Figure): undefined {
  if (listed.has(from.category) && to.category === 'count') {
    to.category = from.category
    to.contested = false
  }
}

/** Decide what `figure` counts, from the words around it. */
function classify(scan: SentenceScan, figure: Figure): undefined {
  categorise(scan, figure)
  settleContested(scan, figure)
}

/** Whether `figure` is contested, once its category is known. */
function settleContested(scan: SentenceScan, figure: Figure): undefined {
  // A sum of money is contested when the sentence makes it a claim or an
  // estimate (`an estimated $3bn`, `$5m in damage`), not when it is a
  // matter of record (`a $6bn deal`, `profits of $284m`).
  if (figure.category === 'money') figure.contested = claimInSentence(scan)
  // A percentage is contested when it measures people (`40 per cent of
  // voters`) or a poll, not rates, prices or shares.
  if (figure.category === 'percent') figure.contested = peopleInSentence(scan) || pollInSentence(scan)
  // `one by one`, `one of the men`: `one` is rarely a count anyone disputes.
  if (figure.kind === 'words' && figure.value === 1) figure.contested = false
  // Small counts of people are contested only when someone died or was hurt.
  if (figure.category === 'people' && figure.value !== undefined && figure.value < 10 && figure.kind !== 'vague') {
    figure.contested = casualtyNear(scan, figure)
  }
}

function setCategory(figure: Figure, category: Category, spanEnd?: number): undefined {
  figure.category = category
  if (spanEnd !== undefined && spanEnd > figure.spanEnd) figure.spanEnd = spanEnd
  figure.contested = contested.has(category)
}

/** The word at article index `index`, if it is in the sentence. */
function wordAt(scan: SentenceScan, index: number): Word | undefined {
  return scan.words[index - scan.offset]
}

/** Whether `word` follows `left` (an offset) after whitespace only. */
function spacedFrom(scan: SentenceScan, left: number, word: Word | undefined): boolean {
  return word !== undefined && spaceBetween(scan.text, left, word.start)
}

const noNameBefore = /^(the|a|an|about|some|only|just|and|but|all|another|with|by|in|on|at|for|from|of|to|nearly|almost|around|over|under|up|at|least|more|less|fewer|than|as|many|after|before|since|until|by|when|while|if|so|then|there|these|those|its|their|his|her|our|my|your)$/u

// What `categorise` looks for in the digits' suffix and the signs around them.
const percentSign = /^\s?%/u
const points = /^points?$/u
const moneySuffix = /^(bn|m|mn|k|tn)?$/u
const ordinalSuffix = /^(st|nd|rd|th)\b/u
const timeSuffix = /^(am|pm|a\.m\.|p\.m\.|gmt|bst|hrs|h)$/u
const colonDigit = /^:\d/u
const digitColonEnd = /\d[:.]$/u
const ageSuffix = /^-(year|month|week|day)s?-old/u
const dashDigit = /^[-–]\d/u
const digitDashEnd = /\d[-–]$/u
const decadeSuffix = /^s\b/u
const letterSuffix = /^[a-z]/u
const multiplierSuffix = /^(bn|m|mn|k|tn)$/u
const hyphenSuffix = /^-/u
const ageUnits = /^(years?|months?|weeks?)$/u
const oldAfter = /^\s+old\b/u
const commaStart = /^,/u
const startsWithLetter = /^\p{L}/u
const yearPrepositions = /^(in|since|by|until|from|of|during)$/u
const capitalFirst = /^\p{Lu}/u
const capitalisedFirst = /^\p{Lu}\p{Ll}/u
const streetWords = /^(street|road|avenue|lane|square|place|drive|way|st|rd)$/iu

/** The category of `figure`, from the words and signs around it. */
function categorise(scan: SentenceScan, figure: Figure): undefined {
  const {text, tables, words} = scan
  const before = wordAt(scan, figure.first.index - 1)
  const after = wordAt(scan, figure.last.index + 1)
  const suffix = trimEndOf(figure.suffix.toLowerCase(), '.,;:!?')
  const charBefore = text.slice(Math.max(0, figure.start - 3), figure.start)
  const textAfter = text.slice(figure.end, figure.end + 3)
  const afterLower = after ? bareWord(after) : ''
  const beforeLower = before ? bareWord(before) : ''
  const spacedAfter = spacedFrom(scan, figure.last.end, after)

  // Percentages: `40%`, `40 per cent`, `40 percent`.
  if (percentSign.test(textAfter) && figure.kind === 'digits') {
    const sign = text.indexOf('%', figure.end)
    figure.percent = {start: sign, end: sign + 1, written: '%'}
    return setCategory(figure, 'percent', sign + 1)
  }
  if (after && spacedAfter && (afterLower === 'percent' || afterLower === 'per' || afterLower === 'percentage')) {
    const next = wordAt(scan, after.index + 1)
    if (afterLower === 'percent') figure.percent = {start: after.start, end: after.end, written: after.text}
    const end = afterLower === 'per' && next && bareWord(next) === 'cent' ? next.end : afterLower === 'percent' ? after.end : next && points.test(next.text) ? next.end : undefined
    if (end !== undefined) return setCategory(figure, 'percent', end)
  }
  // Money: `$3bn`, `£5`, `Dh5 million`, `5 dollars`.
  const symbol = currencySymbol(tables, charBefore)
  if (figure.category === 'money' || symbol !== undefined) {
    if (symbol !== undefined) figure.start -= symbol.length
    // `$1.13bn`: the figure runs to the end of the word.
    return setCategory(figure, 'money', moneySuffix.test(suffix) ? figure.last.end : undefined)
  }
  if (after && inWordSet(tables.currencyWords, afterLower) && spacedAfter) return setCategory(figure, 'money', after.end)
  if (figure.kind === 'vague') return classifyCount(scan, figure)
  // Ordinals, times, scores, ages glued to the digits.
  if (ordinalSuffix.test(suffix)) {
    return setCategory(figure, monthNear(scan, before, after) ? 'date' : 'ordinal')
  }
  if (timeSuffix.test(suffix) || colonDigit.test(textAfter) || digitColonEnd.test(charBefore)) {
    return setCategory(figure, 'time')
  }
  if (after && inWordSet(tables.timeWords, afterLower) && spacedAfter) return setCategory(figure, 'time')
  if (ageSuffix.test(suffix)) return setCategory(figure, 'age')
  if (dashDigit.test(suffix) || dashDigit.test(textAfter) || digitDashEnd.test(charBefore)) {
    return setCategory(figure, figure.value !== undefined && figure.value >= 1000 && figure.value <= 2100 && !figure.separators ? 'year' : 'score')
  }
  if (decadeSuffix.test(suffix) && figure.value !== undefined && figure.value >= 1000) return setCategory(figure, 'year')
  if (letterSuffix.test(suffix) && !multiplierSuffix.test(suffix)) return setCategory(figure, 'measure')
  if (hyphenSuffix.test(suffix)) {
    return setCategory(figure, inWordSet(tables.units, suffix.slice(1).split('-')[0]!) ? 'measure' : 'count')
  }
  // Ages: `aged 5`, `5 years old`, `Isis Hewitt, 34, said`.
  if (startsPhrase(tables.age, beforeLower) || (after && ageUnits.test(afterLower) && oldAfter.test(text.slice(after.end, after.end + 5)))) {
    return setCategory(figure, 'age')
  }
  if (
    before && figure.value !== undefined && figure.value < 120 && figure.kind === 'digits' &&
    text.slice(before.end, figure.start) === ', ' && commaStart.test(textAfter) && startsWithLetter.test(before.text)
  ) {
    return setCategory(figure, 'age')
  }
  // Dates and years.
  if (monthNear(scan, before, after) && figure.value !== undefined && figure.value <= 31 && !figure.decimal) return setCategory(figure, 'date')
  if (figure.kind === 'digits' && !figure.separators && !figure.decimal && figure.value !== undefined && figure.value >= 1000 && figure.value <= 2100 && figure.text.length === 4) {
    // `August 2019 killed five`, `in 2019 people...`: after a month or a preposition it is a year.
    if (!peopleAfter(scan, figure) || (before !== undefined && (inWordSet(tables.months, before.text) || yearPrepositions.test(beforeLower)))) {
      return setCategory(figure, 'year')
    }
  }
  // Measurements and durations: `50 square kilometres`, `48 hours`.
  if (after && spacedAfter && inWordSet(tables.units, afterLower)) {
    // `10 times as many`, `3 points` in a poll are still counts of a kind, but not contested.
    return setCategory(figure, 'measure')
  }
  // Numbered things: `No 3`, `Article 5`, `Boeing 747`, `10 Downing Street`.
  const nameBefore = before !== undefined && capitalFirst.test(before.text) && !inWordSet(tables.months, before.text) && !startsPhrase(tables.approximators, beforeLower) &&
    (before !== words[0] || !noNameBefore.test(beforeLower))
  // `2 Wikid Records`: a figure that starts a name.
  const nameAfter = after !== undefined && figure.value !== undefined && figure.value < 10 && figure.first !== words[0] && capitalisedFirst.test(after.text) && spacedAfter && !inWordSet(tables.months, after.text)
  if ((before && inWordSet(tables.numberedWords, beforeLower) || nameBefore || nameAfter) && figure.kind === 'digits') {
    return setCategory(figure, 'numbered')
  }
  if (after && capitalFirst.test(after.text) && streetWords.test(wordAt(scan, after.index + 1)?.text ?? after.text)) {
    return setCategory(figure, 'numbered')
  }
  return classifyCount(scan, figure)
}

/** A count: of people, of casualties, a toll, a poll, or just a count. */
function classifyCount(scan: SentenceScan, figure: Figure): undefined {
  const counted = peopleAfter(scan, figure)
  if (counted) {
    setCategory(figure, 'people', counted.end)
    if (casualtyNear(scan, figure)) figure.category = 'casualties'
  } else if (casualtyNear(scan, figure)) {
    setCategory(figure, 'casualties')
  } else if (tollInSentence(scan)) {
    setCategory(figure, 'toll')
  } else if (figure.kind === 'vague' && pollInSentence(scan)) {
    setCategory(figure, 'poll')
  } else {
    setCategory(figure, 'count')
  }
}

/** Words that end the run between a number and what it counts. */
const notBeforeCounted = /^(was|were|is|are|have|has|had|been|will|would|to|in|on|at|from|and|or|but|for|with|by|since|than|after|before|who|which|that)$/u

/** A people noun within four words after the number (`2,000 families`, `hundreds of foreign fighters`). */
function peopleAfter(scan: SentenceScan, figure: Figure): Word | undefined {
  const {tables, words, text, offset} = scan
  let previous = figure.last
  for (let index = figure.last.index + 1; index <= figure.last.index + 4; index++) {
    const word = wordAt(scan, index)
    if (!word || !spaceBetween(text, previous.end, word.start)) return undefined
    const length = matchPhrase(tables.people, words, index - offset, text)
    if (length > 0) return wordAt(scan, index + length - 1)
    const lower = bareWord(word)
    if (inWordSet(tables.units, lower) || inWordSet(tables.currencyWords, lower) || inWordSet(tables.months, word.text)) return undefined
    if (isDigit(word.text.charCodeAt(0)) || tables.numberWords.has(lower)) return undefined
    // Only adjectives, names and `of` stand between a number and what it counts.
    if (inWordSet(tables.casualtyWords, lower) && index === figure.last.index + 1) return word
    if (notBeforeCounted.test(lower)) return undefined
    previous = word
  }
  return undefined
}

/** A casualty word near the number: `300 killed`, `killing 12`, `died`. */
function casualtyNear(scan: SentenceScan, figure: Figure): boolean {
  for (let index = figure.first.index - 3; index <= figure.last.index + 6; index++) {
    if (index >= figure.first.index && index <= figure.last.index) continue
    const word = wordAt(scan, index)
    if (!word) continue
    const lower = bareWord(word)
    // Before the figure only a verb acting on it counts (`killing 12`, not `missing two facts`).
    if (index < figure.first.index ? casualtyVerbBefore.test(lower) : inWordSet(scan.tables.casualtyWords, lower)) return true
  }
  return false
}

/** A month just before or after the number (`6 January`, `March 3`, `the 5th of May`). */
function monthNear(scan: SentenceScan, before: Word | undefined, after: Word | undefined): boolean {
  const {months} = scan.tables
  return (before !== undefined && inWordSet(months, before.text.replace(/\.$/u, ''))) ||
    (after !== undefined && inWordSet(months, after.text.replace(/[.,]$/u, ''))) ||
    (after?.text === 'of' && inWordSet(months, wordAt(scan, after.index + 1)?.text ?? ''))
}

/** The currency symbol `textBefore` ends with (`$`, `£`), if any. */
function currencySymbol(tables: FigureTables, textBefore: string): string | undefined {
  for (const candidate of tables.currencySymbols) {
    if (textBefore.endsWith(candidate)) return candidate
  }
  return undefined
}

/** Whether a phrase of `table` starts at some word of the sentence. */
function phraseInSentence(scan: SentenceScan, table: Phrases): boolean {
  for (let index = 0; index < scan.words.length; index++) {
    if (matchPhrase(table, scan.words, index, scan.text) > 0) return true
  }
  return false
}

/** Whether a word of `set` is in the sentence. */
function wordInSentence(scan: SentenceScan, set: WordSet): boolean {
  for (const word of scan.words) if (inWordSet(set, bareWord(word))) return true
  return false
}

/** A word that makes a sum a claim or an estimate (`estimated`, `damage`). */
function claimInSentence(scan: SentenceScan): boolean {
  scan.claim ??= phraseInSentence(scan, scan.tables.claimWords)
  return scan.claim
}

/** A people noun anywhere in the sentence (`voters`, `residents`). */
function peopleInSentence(scan: SentenceScan): boolean {
  scan.people ??= phraseInSentence(scan, scan.tables.people)
  return scan.people
}

/** A toll (`death toll`, `body count`). */
function tollInSentence(scan: SentenceScan): boolean {
  scan.toll ??= phraseInSentence(scan, scan.tables.toll)
  return scan.toll
}

/** A poll word (`poll`, `survey`, `respondents`). */
function pollInSentence(scan: SentenceScan): boolean {
  scan.poll ??= wordInSentence(scan, scan.tables.poll)
  return scan.poll
}
