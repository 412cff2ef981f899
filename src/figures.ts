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
import {type Article, type Sentence, type Word, perArticle} from './article.js'
import {ruleData} from './rule.js'
import type {Style} from './style.js'
import {trimEndOf} from './words.js'
import data from '../rules/data/figure-attribution.json' with {type: 'json'}

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

export interface AttributionsData {
  /** Words and phrases that name a source: `said`, `according to`... */
  sources: Array<string>
  /** Vague attribution: `is said to`, `reportedly`... */
  weak: Array<string>
  /** Words standing for a source without naming it (`he said`). */
  pronouns: Array<string>
  /** Words between a source's name and its verb (`Mr Bali on Wednesday said`). */
  skipBeforeVerb: Array<string>
  determiners: Array<string>
}

/** The data of the `figure-attribution` rule: the figures and attributions models read it. */
export interface FigureAttributionData {
  figures: FiguresData
  attributions: AttributionsData
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

/** A phrase table keyed by first word (lower case), longest first. */
export type Phrases = Map<string, Array<Array<string>>>

export interface FigureTables {
  numberWords: Map<string, number>
  multipliers: Map<string, number>
  vague: Set<string>
  approximators: Phrases
  people: Phrases
  casualtyWords: Set<string>
  toll: Phrases
  poll: Set<string>
  currencySymbols: Set<string>
  currencyPrefixes: Array<string>
  currencyWords: Set<string>
  units: Set<string>
  age: Phrases
  timeWords: Set<string>
  months: Set<string>
  numberedWords: Set<string>
  claimWords: Phrases
  attributions: {
    sources: Phrases
    weak: Phrases
    pronouns: Set<string>
    skipBeforeVerb: Set<string>
    determiners: Set<string>
  }
}

const stringList = {type: 'array', items: {type: 'string', minLength: 1}, uniqueItems: true}
const numberMap = {type: 'object', additionalProperties: {type: 'number'}}

export const figureAttributionSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['figures', 'attributions'],
  properties: {
    figures: {
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
    },
    attributions: {
      type: 'object',
      additionalProperties: false,
      properties: {
        sources: stringList,
        weak: stringList,
        pronouns: stringList,
        skipBeforeVerb: stringList,
        determiners: stringList
      }
    }
  }
}

export const figureAttributionDefaults = data as FigureAttributionData

/** Index phrases by their first word, lower-cased, longest first. */
export function phrases(list: Array<string>): Phrases {
  const table: Phrases = new Map()
  for (const phrase of list) {
    const words = phrase.toLowerCase().split(' ')
    const entries = table.get(words[0]!) ?? []
    entries.push(words)
    entries.sort((a, b) => b.length - a.length)
    table.set(words[0]!, entries)
  }
  return table
}

/** The longest phrase of `table` starting at `words[index]`: its length in words, or 0. */
export function matchPhrase(table: Phrases, words: Array<Word>, index: number, text: string): number {
  const word = words[index]
  if (!word) return 0
  const candidates = table.get(bare(word.text))
  if (!candidates) return 0
  for (const phrase of candidates) {
    let ok = index + phrase.length <= words.length
    for (let offset = 1; ok && offset < phrase.length; offset++) {
      const next = words[index + offset]!
      ok = bare(next.text) === phrase[offset] && /^\s+$/u.test(text.slice(words[index + offset - 1]!.end, next.start))
    }
    if (ok) return phrase.length
  }
  return 0
}

/** A word lower-cased without a possessive or trailing full stop. */
export function bare(word: string): string {
  // Most words end in none of `'`, `’`, `s`, `.`: skip the two replacements (a hot spot).
  const last = word.at(-1)
  if (last !== "'" && last !== '\u2019' && last !== 's' && last !== '.') return word.toLowerCase()
  return word.replace(/['\u2019]s?$/u, '').replace(/\.$/u, '').toLowerCase()
}

export function prepareFigures(data: FigureAttributionData): FigureTables {
  const figures = data.figures
  const lower = (list: Array<string>) => new Set(list.map((item) => item.toLowerCase()))
  return {
    numberWords: new Map(Object.entries(figures.numberWords)),
    multipliers: new Map(Object.entries(figures.multipliers)),
    vague: lower(figures.vagueQuantities),
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
    months: new Set(figures.months),
    numberedWords: lower(figures.numberedWords),
    claimWords: phrases(figures.claimWords),
    attributions: {
      sources: phrases(data.attributions.sources),
      weak: phrases(data.attributions.weak),
      pronouns: lower(data.attributions.pronouns),
      skipBeforeVerb: lower(data.attributions.skipBeforeVerb),
      determiners: lower(data.attributions.determiners)
    }
  }
}

const figureMeta = {
  id: 'figure-attribution',
  data: {defaults: figureAttributionDefaults, schema: figureAttributionSchema}
}
const tablesByStyle = new WeakMap<Style, FigureTables>()

/** The figures tables of `style` (for rules other than `figure-attribution`). */
export function figureTables(style: Style): FigureTables {
  let tables = tablesByStyle.get(style)
  if (!tables) {
    tables = prepareFigures(ruleData(figureMeta as never, style) as FigureAttributionData)
    tablesByStyle.set(style, tables)
  }
  return tables
}

const contested = new Set<Category>(['people', 'casualties', 'money', 'percent', 'poll', 'toll'])
/** Every figure in `article`, in order. */
export const getFigures = perArticle<FigureTables, Array<Figure>>((article, tables) =>
  article.sentences.flatMap((sentence) => sentenceFigures(article, tables, sentence))
)

const digits = /^(\d+(?:\.\d+)?)(.*)$/su

function sentenceFigures(article: Article, tables: FigureTables, sentence: Sentence): Array<Figure> {
  const {text} = article
  const words = sentence.words
  const found: Array<Figure> = []
  for (let index = 0; index < words.length; index++) {
    const figure = readNumber(article, tables, words, index)
    if (!figure) continue
    classify(article, tables, figure, words)
    shareCategory(found.at(-1), figure)
    found.push(figure)
    index = figure.last.index - words[0]!.index
  }
  return found

  function readNumber(article: Article, tables: FigureTables, words: Array<Word>, index: number): Figure | undefined {
    const word = words[index]!
    let prefix = ''
    let body = word.text
    for (const candidate of tables.currencyPrefixes) {
      if (body.startsWith(candidate) && /^\d/u.test(body.slice(candidate.length))) {
        prefix = candidate
        body = body.slice(candidate.length)
        break
      }
    }
    let figure: Figure | undefined
    const match = digits.exec(body)
    if (match) {
      let number = match[1]!
      let suffix = match[2]!
      let last = word
      let separators = false
      // `7,000` is three words to the parser: `7`, `,`, `000`.
      while (suffix === '') {
        const next = words[last.index - words[0]!.index + 1]
        if (!next || text.slice(last.end, next.start) !== ',' || !/^\d{3}(?!\d)/u.test(next.text)) break
        const more = /^(\d{3}(?:\.\d+)?)(.*)$/su.exec(next.text)!
        number += more[1]!
        suffix = more[2]!
        last = next
        separators = true
      }
      const value = Number(number)
      figure = base(word, last, word.start, last.end - suffix.length, value, 'digits', suffix)
      figure.separators = separators || /,/u.test(number)
      figure.decimal = number.includes('.')
      if (prefix) figure.suffix = suffix
    } else {
      const lower = word.text.toLowerCase()
      const parts = lower.includes('-') ? lower.split('-') : undefined
      const wordValue = tables.numberWords.get(lower)
      if (wordValue !== undefined) {
        figure = base(word, word, word.start, word.end, wordValue, 'words', '')
      } else if (
        parts?.length === 2 &&
        (tables.numberWords.get(parts[0]!) ?? 0) >= 20 &&
        (tables.numberWords.get(parts[1]!) ?? 10) < 10
      ) {
        figure = base(word, word, word.start, word.end, tables.numberWords.get(parts[0]!)! + tables.numberWords.get(parts[1]!)!, 'words', '')
      } else if (tables.vague.has(bare(word.text)) && (word.text === word.text.toLowerCase() || index === 0)) {
        const next = words[index + 1]
        // `tens` and `scores` are quantities only in `tens of`, `scores of`.
        if ((lower === 'tens' || lower === 'scores') && next?.text !== 'of') return undefined
        figure = base(word, word, word.start, word.end, undefined, 'vague', '')
        // `tens of thousands`, `hundreds of thousands`.
        const after = words[index + 2]
        if (next?.text === 'of' && after && tables.vague.has(after.text)) {
          figure.last = after
          figure.end = after.end
          figure.spanEnd = after.end
        }
      } else if (/^(\d+)(st|nd|rd|th)$/u.test(word.text)) {
        return undefined
      }
    }
    if (!figure) return undefined
    if (prefix) figure.category = 'money'
    // `3 million`, `two hundred`, `5 bn`.
    let next = words[figure.last.index - words[0]!.index + 1]
    while (
      next &&
      figure.suffix === '' &&
      figure.kind !== 'vague' &&
      tables.multipliers.has(next.text.toLowerCase()) &&
      /^\s+$/u.test(text.slice(figure.last.end, next.start))
    ) {
      if (figure.value !== undefined) figure.value *= tables.multipliers.get(next.text.toLowerCase())!
      figure.last = next
      figure.end = next.end
      figure.spanEnd = next.end
      next = words[figure.last.index - words[0]!.index + 1]
    }
    const glued = /^(bn|m|mn|k|tn)(?![a-z])/u.exec(figure.suffix)
    if (glued && figure.value !== undefined) figure.value *= tables.multipliers.get(glued[1]!) ?? 1
    return figure
  }

  function base(first: Word, last: Word, start: number, end: number, value: number | undefined, kind: Figure['kind'], suffix: string): Figure {
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
      startsSentence: /^[\s"'“‘([$£€]*$/u.test(text.slice(sentence.start, start)) && first === sentence.words[0],
      inQuote: first.inQuote
    }
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
    const middle = words[words.indexOf(figure.first) - 1]
    if (!middle || !/^(and|or|to)$/u.test(middle.text)) return
  }
  for (const [from, to] of [[previous, figure], [figure, previous]] as const) {
    if (listed.has(from.category) && to.category === 'count') {
      to.category = from.category
      to.contested = false
    }
  }
}

/** Decide what `figure` counts, from the words around it. */
function classify(article: Article, tables: FigureTables, figure: Figure, words: Array<Word>): undefined {
  const {text} = article
  const offset = words[0]!.index
  const at = (index: number) => words[index - offset]
  const before = at(figure.first.index - 1)
  const after = at(figure.last.index + 1)
  const suffix = trimEndOf(figure.suffix.toLowerCase(), '.,;:!?')
  const glue = (word: Word | undefined, left: number) => (word ? text.slice(left, word.start) : '')
  const spaced = (word: Word | undefined, left: number) => word !== undefined && /^\s+$/u.test(glue(word, left))
  const charBefore = text.slice(Math.max(0, figure.start - 3), figure.start)
  const textAfter = text.slice(figure.end, figure.end + 3)
  const afterLower = after ? bare(after.text) : ''
  const beforeLower = before ? bare(before.text) : ''

  const set = (category: Category, spanEnd?: number): undefined => {
    figure.category = category
    if (spanEnd !== undefined && spanEnd > figure.spanEnd) figure.spanEnd = spanEnd
    figure.contested = contested.has(category)
  }
  const finish = (_classified: undefined): undefined => {
    // A sum of money is contested when the sentence makes it a claim or an
    // estimate (`an estimated $3bn`, `$5m in damage`), not when it is a
    // matter of record (`a $6bn deal`, `profits of $284m`).
    if (figure.category === 'money') figure.contested = words.some((_, index) => matchPhrase(tables.claimWords, words, index, text) > 0)
    // A percentage is contested when it measures people (`40 per cent of
    // voters`) or a poll, not rates, prices or shares.
    if (figure.category === 'percent') {
      figure.contested = words.some((_, index) => matchPhrase(tables.people, words, index, text) > 0 || tables.poll.has(bare(words[index]!.text)))
    }
    // `one by one`, `one of the men`: `one` is rarely a count anyone disputes.
    if (figure.kind === 'words' && figure.value === 1) figure.contested = false
    // Small counts of people are contested only when someone died or was hurt.
    if (figure.category === 'people' && figure.value !== undefined && figure.value < 10 && figure.kind !== 'vague') {
      figure.contested = casualtyNear()
    }
  }

  // Percentages: `40%`, `40 per cent`, `40 percent`.
  if (/^\s?%/u.test(textAfter) && figure.kind === 'digits') {
    const sign = text.indexOf('%', figure.end)
    figure.percent = {start: sign, end: sign + 1, written: '%'}
    return finish(set('percent', sign + 1))
  }
  if (after && spaced(after, figure.last.end) && (afterLower === 'percent' || afterLower === 'per' || afterLower === 'percentage')) {
    const next = at(after.index + 1)
    if (afterLower === 'percent') figure.percent = {start: after.start, end: after.end, written: after.text}
    const end = afterLower === 'per' && next && bare(next.text) === 'cent' ? next.end : afterLower === 'percent' ? after.end : next && /^points?$/u.test(next.text) ? next.end : undefined
    if (end !== undefined) return finish(set('percent', end))
  }
  // Money: `$3bn`, `£5`, `Dh5 million`, `5 dollars`.
  const symbol = [...tables.currencySymbols].find((candidate) => charBefore.endsWith(candidate))
  if (figure.category === 'money' || symbol !== undefined) {
    if (symbol !== undefined) figure.start -= symbol.length
    // `$1.13bn`: the figure runs to the end of the word.
    return finish(set('money', /^(bn|m|mn|k|tn)?$/u.test(suffix) ? figure.last.end : undefined))
  }
  if (after && tables.currencyWords.has(afterLower) && spaced(after, figure.last.end)) return finish(set('money', after.end))
  if (figure.kind === 'vague') {
    return finish(classifyCount())
  }
  // Ordinals, times, scores, ages glued to the digits.
  if (/^(st|nd|rd|th)\b/u.test(suffix)) {
    return finish(set(monthNear() ? 'date' : 'ordinal'))
  }
  if (/^(am|pm|a\.m\.|p\.m\.|gmt|bst|hrs|h)$/u.test(suffix) || /^:\d/u.test(textAfter) || /\d[:.]$/u.test(charBefore)) {
    return finish(set('time'))
  }
  if (after && tables.timeWords.has(afterLower) && spaced(after, figure.last.end)) return finish(set('time'))
  if (/^-(year|month|week|day)s?-old/u.test(suffix)) return finish(set('age'))
  if (/^[-–]\d/u.test(suffix) || /^[-–]\d/u.test(textAfter) || /\d[-–]$/u.test(charBefore)) {
    return finish(set(figure.value !== undefined && figure.value >= 1000 && figure.value <= 2100 && !figure.separators ? 'year' : 'score'))
  }
  if (/^s\b/u.test(suffix) && figure.value !== undefined && figure.value >= 1000) return finish(set('year'))
  if (/^[a-z]/u.test(suffix) && !/^(bn|m|mn|k|tn)$/u.test(suffix)) return finish(set('measure'))
  if (/^-/u.test(suffix)) {
    return finish(set(tables.units.has(suffix.slice(1).split('-')[0]!) ? 'measure' : 'count'))
  }
  // Ages: `aged 5`, `5 years old`, `Isis Hewitt, 34, said`.
  if (tables.age.has(beforeLower) || (after && /^(years?|months?|weeks?)$/u.test(afterLower) && /^\s+old\b/u.test(text.slice(after.end, after.end + 5)))) {
    return finish(set('age'))
  }
  if (
    before && figure.value !== undefined && figure.value < 120 && figure.kind === 'digits' &&
    text.slice(before.end, figure.start) === ', ' && /^,/u.test(textAfter) && /^\p{L}/u.test(before.text)
  ) {
    return finish(set('age'))
  }
  // Dates and years.
  if (monthNear() && figure.value !== undefined && figure.value <= 31 && !figure.decimal) return finish(set('date'))
  if (figure.kind === 'digits' && !figure.separators && !figure.decimal && figure.value !== undefined && figure.value >= 1000 && figure.value <= 2100 && figure.text.length === 4) {
    // `August 2019 killed five`, `in 2019 people...`: after a month or a preposition it is a year.
    if (!peopleAfter() || (before !== undefined && (tables.months.has(before.text) || /^(in|since|by|until|from|of|during)$/u.test(beforeLower)))) {
      return finish(set('year'))
    }
  }
  // Measurements and durations: `50 square kilometres`, `48 hours`.
  if (after && spaced(after, figure.last.end) && tables.units.has(afterLower)) {
    // `10 times as many`, `3 points` in a poll are still counts of a kind, but not contested.
    return finish(set('measure'))
  }
  // Numbered things: `No 3`, `Article 5`, `Boeing 747`, `10 Downing Street`.
  const nameBefore = before !== undefined && /^\p{Lu}/u.test(before.text) && !tables.months.has(before.text) && !tables.approximators.has(beforeLower) &&
    (before !== words[0] || !/^(the|a|an|about|some|only|just|and|but|all|another|with|by|in|on|at|for|from|of|to|nearly|almost|around|over|under|up|at|least|more|less|fewer|than|as|many|after|before|since|until|by|when|while|if|so|then|there|these|those|its|their|his|her|our|my|your)$/u.test(beforeLower))
  // `2 Wikid Records`: a figure that starts a name.
  const nameAfter = after !== undefined && figure.value !== undefined && figure.value < 10 && figure.first !== words[0] && /^\p{Lu}\p{Ll}/u.test(after.text) && spaced(after, figure.last.end) && !tables.months.has(after.text)
  if ((before && tables.numberedWords.has(beforeLower) || nameBefore || nameAfter) && figure.kind === 'digits') {
    return finish(set('numbered'))
  }
  if (after && /^\p{Lu}/u.test(after.text) && /^(street|road|avenue|lane|square|place|drive|way|st|rd)$/iu.test(at(after.index + 1)?.text ?? after.text)) {
    return finish(set('numbered'))
  }
  return finish(classifyCount())

  function classifyCount(): undefined {
    const counted = peopleAfter()
    if (counted) {
      set('people', counted.end)
      if (casualtyNear()) figure.category = 'casualties'
    } else if (casualtyNear()) {
      set('casualties')
    } else if (tollInSentence()) {
      set('toll')
    } else if (figure.kind === 'vague' && pollInSentence()) {
      set('poll')
    } else {
      set('count')
    }
  }

  /** A people noun within four words after the number (`2,000 families`, `hundreds of foreign fighters`). */
  function peopleAfter(): Word | undefined {
    let previous = figure.last
    for (let index = figure.last.index + 1; index <= figure.last.index + 4; index++) {
      const word = at(index)
      if (!word || !/^[\s]+$/u.test(text.slice(previous.end, word.start))) return undefined
      const length = matchPhrase(tables.people, words, index - offset, text)
      if (length > 0) return at(index + length - 1)
      const lower = bare(word.text)
      if (tables.units.has(lower) || tables.currencyWords.has(lower) || tables.months.has(word.text)) return undefined
      if (/^\d/u.test(word.text) || tables.numberWords.has(lower)) return undefined
      // Only adjectives, names and `of` stand between a number and what it counts.
      if (tables.casualtyWords.has(lower) && index === figure.last.index + 1) return word
      if (/^(was|were|is|are|have|has|had|been|will|would|to|in|on|at|from|and|or|but|for|with|by|since|than|after|before|who|which|that)$/u.test(lower)) return undefined
      previous = word
    }
    return undefined
  }

  /** A casualty word near the number: `300 killed`, `killing 12`, `died`. */
  function casualtyNear(): boolean {
    for (let index = figure.first.index - 3; index <= figure.last.index + 6; index++) {
      if (index >= figure.first.index && index <= figure.last.index) continue
      const word = at(index)
      if (!word) continue
      const lower = bare(word.text)
      // Before the figure only a verb acting on it counts (`killing 12`, not `missing two facts`).
      if (index < figure.first.index ? casualtyVerbBefore.test(lower) : tables.casualtyWords.has(lower)) return true
    }
    return false
  }

  function tollInSentence(): boolean {
    return words.some((_, index) => matchPhrase(tables.toll, words, index, text) > 0)
  }

  function pollInSentence(): boolean {
    return words.some((word) => tables.poll.has(bare(word.text)))
  }

  function monthNear(): boolean {
    return (before !== undefined && tables.months.has(before.text.replace(/\.$/u, ''))) ||
      (after !== undefined && tables.months.has(after.text.replace(/[.,]$/u, ''))) ||
      (after?.text === 'of' && tables.months.has(at(after.index + 1)?.text ?? ''))
  }
}
