/**
 * What a figure counts: people, casualties, money, a percentage, a poll, a
 * toll (contested), or a date, year, time, age, ordinal, score, measure or
 * numbered thing (not), from the words around it and its sentence.
 */
import type {Word} from '../article.js'
import {inWordSet, trimEndOf, type WordSet} from '../words.js'
import {type Phrases, bareWord, matchPhrase, spaceBetween, startsPhrase} from '../phrases.js'
import {currencySymbol, isDigit} from './reading.js'
import {contested, type Category, type Figure, type SentenceScan} from './types.js'

const casualtyVerbBefore = /^(killing|killed|wounding|injuring|executing|executed|kidnapping|abducting|detaining|arresting|displacing|evacuating)$/u

const listed = new Set<Category>(['numbered', 'date', 'measure', 'age', 'time', 'score', 'year'])

/**
 * Figures in a list or range share what they count: `Key Stages 1, 3 and 4`,
 * `6 or 7 January`, `from 6 to 9 January`, `Nord Stream 1 and 2`.
 */
export function shareCategory(previous: Figure | undefined, figure: Figure): undefined {
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
export function classify(scan: SentenceScan, figure: Figure): undefined {
  categorise(scan, figure)
  settleContested(scan, figure)
}

/** Whether `figure` is contested, once its category is known. */
function settleContested(scan: SentenceScan, figure: Figure): undefined {
  // A sum of money is contested when the sentence makes it a claim or an
  // estimate (`an estimated $3bn`, `$5m in damage`), not when it is a
  // matter of record (`a $6bn deal`, `profits of $284m`).
  if (figure.category === 'money') figure.contested = sentenceHas(scan, 'claim')
  // A percentage is contested when it measures people (`40 per cent of
  // voters`) or a poll, not rates, prices or shares.
  if (figure.category === 'percent') figure.contested = sentenceHas(scan, 'people') || sentenceHas(scan, 'poll')
  // `one by one`, `one of the men`: `one` is rarely a count anyone disputes.
  if (figure.kind === 'words' && figure.value === 1) figure.contested = false
  const small = figure.value !== undefined && figure.value < 10 && figure.kind !== 'vague'
  // Small counts of people are contested only when someone died or was hurt.
  if (small && figure.category === 'people') figure.contested = casualtyNear(scan, figure)
  // `the two men`, `his two older brothers`: people the story already knows, not a count.
  if (small && (figure.category === 'people' || figure.category === 'casualties') && definiteBefore.test(wordAt(scan, figure.first.index - 1)?.lower ?? '')) {
    figure.contested = false
  }
}

const definiteBefore = /^(the|these|those|both|his|her|their|its|our|my|your)$/u

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
  if (after && inWordSet(tables.currencyWords, afterLower) && spacedAfter) {
    return setCategory(figure, convertedMeasure(scan, after.end) ? 'measure' : 'money', after.end)
  }
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

/** A conversion in brackets to a unit (`80 pounds (36kg)`): the word before it was a weight, not money. */
const bracketedNumber = /^\s*\(\s*(?:about |around |some )?\d[\d.,]*\s*(\p{L}+)/u

function convertedMeasure(scan: SentenceScan, end: number): boolean {
  const unit = bracketedNumber.exec(scan.text.slice(end, end + 40))?.[1]
  return unit !== undefined && inWordSet(scan.tables.units, unit.toLowerCase())
}

/** A count: of people, of casualties, a toll, a poll, or just a count. */
function classifyCount(scan: SentenceScan, figure: Figure): undefined {
  const counted = peopleAfter(scan, figure)
  if (counted) {
    setCategory(figure, 'people', counted.end)
    if (casualtyNear(scan, figure)) figure.category = 'casualties'
  } else if (casualtyNear(scan, figure)) {
    setCategory(figure, 'casualties')
  } else if (sentenceHas(scan, 'toll')) {
    setCategory(figure, 'toll')
  } else if (figure.kind === 'vague' && sentenceHas(scan, 'poll')) {
    setCategory(figure, 'poll')
  } else {
    setCategory(figure, 'count')
  }
}

/**
 * Words that end the run between a number and what it counts: verbs,
 * prepositions and the words that open another clause (`82 reception
 * centres while police...` counts centres, not police).
 */
const notBeforeCounted = /^(was|were|is|are|have|has|had|been|will|would|to|in|on|at|from|into|across|during|against|through|and|or|but|nor|yet|so|for|with|by|since|than|after|before|until|who|which|that|while|whereas|although|though|because|as|when|where|whether|if|unless)$/u

/** A plural noun (`centres`, `sides`), not a singular ending in `s` (`class`, `virus`, `crisis`, `news`). */
const pluralNoun = /^\p{Ll}{2,}[^suiw]s$/u

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
    // A plural noun ends the noun phrase (`two sides exchanged prisoners`), unless `of` follows (`three coachloads of people`).
    if (pluralNoun.test(word.text) && wordAt(scan, index + 1)?.text !== 'of') return undefined
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

/**
 * Whether the sentence holds a word of a kind, read once a sentence: a claim
 * or an estimate (`estimated`, `damage`), a people noun (`voters`), a toll
 * (`death toll`), a poll word (`survey`).
 */
function sentenceHas(scan: SentenceScan, kind: 'claim' | 'people' | 'toll' | 'poll'): boolean {
  scan[kind] ??=
    kind === 'poll'
      ? wordInSentence(scan, scan.tables.poll)
      : phraseInSentence(scan, kind === 'claim' ? scan.tables.claimWords : scan.tables[kind])
  return scan[kind]
}
