/**
 * The style data of `numbers` (rules/data/numbers.json) and the tables made
 * from it once per style.
 */
import type {FigureTables} from '../../src/model/figures/index.js'
import {examplesSchema} from '../../src/kit/rule.js'
import {longestOf, wordSet, type WordSet} from '../../src/model/words.js'

export interface NumbersData {
  /** The house way to write a percentage (`per cent`). */
  percent: string
  /** Other ways, reported with the house form as the fix (`percent`, `%`). */
  percentVariants: Array<string>
  /** Counts below this are spelt out (10: one to nine in words). */
  spellOutBelow: number
  /** Abbreviations for "number" after which a figure is numbered, not counted (`No. 2`), without their full stop. */
  numberAbbreviations: Array<string>
  /** Capitalised words that follow a percentage outside a title (`up 3% Monday`): the days. */
  weekdays: Array<string>
  examples?: Array<{from: string; to: string}>
}

export interface Tables extends Omit<NumbersData, 'numberAbbreviations' | 'weekdays'> {
  /** `percentVariants`, looked up for every word. */
  variants: WordSet
  /** The longest of them: no longer part of a word is one. */
  longestVariant: number
  numberAbbreviations: WordSet
  weekdays: WordSet
}

export const dataSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['percent', 'numberAbbreviations', 'weekdays'],
  properties: {
    percent: {type: 'string', minLength: 1},
    percentVariants: {type: 'array', items: {type: 'string', minLength: 1}, uniqueItems: true},
    spellOutBelow: {type: 'integer', minimum: 1, maximum: 100},
    numberAbbreviations: {type: 'array', items: {type: 'string', minLength: 1}, uniqueItems: true},
    weekdays: {type: 'array', items: {type: 'string', minLength: 1}, uniqueItems: true},
    examples: examplesSchema
  }
}

export function prepare(data: NumbersData): Tables {
  return {
    ...data,
    variants: wordSet(data.percentVariants),
    longestVariant: longestOf(data.percentVariants),
    numberAbbreviations: wordSet(data.numberAbbreviations.map((word) => word.toLowerCase())),
    weekdays: wordSet(data.weekdays)
  }
}

const speltByTables = new WeakMap<FigureTables, Map<number, string>>()

/** Each value's number word (`3` -> `three`), the first listed for it. */
export function speltNumbers(figures: FigureTables): Map<number, string> {
  let spelt = speltByTables.get(figures)
  if (!spelt) {
    spelt = new Map()
    for (const [word, value] of figures.numberWords) if (!spelt.has(value)) spelt.set(value, word)
    speltByTables.set(figures, spelt)
  }
  return spelt
}
