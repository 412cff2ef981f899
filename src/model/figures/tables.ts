/**
 * The figures model's word lists (style data `data.figures`,
 * src/model/defaults.ts) and the look-up tables made from them once per
 * style (src/kit/model.ts).
 */
import {defaultFigures} from '../defaults.js'
import {wordSet, type WordSet} from '../words.js'
import {type Phrases, phrases} from '../phrases.js'

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
  units: Array<string>
  ageWords: Array<string>
  timeWords: Array<string>
  months: Array<string>
  numberedWords: Array<string>
  /** Words that make a sum of money a claim or an estimate (`estimated`, `damage`, `ransom`). */
  claimWords: Array<string>
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
    units: stringList,
    ageWords: stringList,
    timeWords: stringList,
    months: stringList,
    numberedWords: stringList,
    claimWords: stringList
  }
}

export const figuresDefaults = defaultFigures as FiguresData

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

export const startsDigits = 1

export const startsPrefix = 2

export const startsWords = 4

/** The `starts` table of `FigureTables`, from the words (lower case) and currency prefixes (as written). */
function startTable(words: Array<string>, prefixes: Array<string>): Uint8Array {
  const starts = new Uint8Array(0x10000)
  for (let code = 48; code <= 57; code++) starts[code]! |= startsDigits
  // A word starting with a prefix starts, in lower case, as the prefix does.
  for (const prefix of prefixes) starts[prefix.toLowerCase().charCodeAt(0)]! |= startsPrefix
  for (const word of words) starts[word.charCodeAt(0)]! |= startsWords
  return starts
}
