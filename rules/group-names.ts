/**
 * `group-names`: organisations go by the house name ("ISIS", not "ISIL",
 * "Islamic State", "IS fighters" or "Daesh").
 */
import data from './data/group-names.json' with {type: 'json'}
import type {Word} from '../src/model/article.js'
import {isAllCaps, keepCase} from '../src/model/case.js'
import {code} from '../src/kit/report.js'
import {houseStyleRule, quotesOption, examplesSchema} from '../src/kit/rule.js'
import {hasShape, longestOf, shapesOf, withoutPossessive, wordParts} from '../src/model/words.js'

export interface GroupNamesOptions {
  /** Inside direct quotes: `skip` (default: the speaker's words) or `report` (no fix). */
  quotes: 'skip' | 'report'
}

export interface Variant {
  /**
   * `group`: only next to a word that makes it the group ("Isis fighters",
   * "against Isis"), for names that are also people's names. `not-capitals`:
   * not next to a word in capitals ("THIS IS"), for English words.
   */
  context?: 'group' | 'not-capitals'
  /** `never`: not reported inside quotes, whatever the `quotes` option. */
  quotes?: 'never'
}

export interface GroupNamesData {
  groups: Record<string, {variants: Record<string, Variant>; examples?: Array<{from: string; to: string}>}>
  groupWordsAfter: Array<string>
  groupWordsBefore: Array<string>
}

interface Entry extends Variant {
  canonical: string
  variant: string
  words: Array<string>
}

interface Tables {
  /** Variants by their first word, longest first. */
  byFirstWord: Map<string, Array<Entry>>
  /** Shapes of the first words (`shapesOf`; `The` and `the` share one). */
  firstShapes: Uint32Array
  /** The longest first word: no longer part of a word starts a variant. */
  longestFirstWord: number
  /** Every variant and the canonical form, by text: which group each names. */
  groupOf: Map<string, string>
  after: Set<string>
  before: Set<string>
}

interface Match {
  entry: Entry
  start: number
  end: number
  /** Index of the last word of the match. */
  lastWord: number
  /** Hyphen compound part after the match (`held` in `IS-held`). */
  suffix: string
}

const variantSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {context: {enum: ['group', 'not-capitals']}, quotes: {enum: ['never']}}
}

export default houseStyleRule<GroupNamesOptions, GroupNamesData, Tables>(
  {
    id: 'group-names',
    description: 'Organisations go by the house name: `ISIS`, not `ISIL`, `Islamic State` or `Daesh`',
    fixable: true,
    severity: 'error',
    options: quotesOption('skip'),
    data: {
      defaults: data as GroupNamesData,
      schema: {
        type: 'object',
        additionalProperties: false,
        required: ['groups'],
        properties: {
          groups: {
            type: 'object',
            additionalProperties: {
              type: 'object',
              additionalProperties: false,
              required: ['variants'],
              properties: {
                variants: {type: 'object', additionalProperties: variantSchema},
                examples: examplesSchema
              }
            }
          },
          groupWordsAfter: {type: 'array', items: {type: 'string'}},
          groupWordsBefore: {type: 'array', items: {type: 'string'}}
        }
      }
    },
    prepare
  },
  ({article, options, tables, report}) => {
    for (const sentence of article.sentences) {
      const words = sentence.words
      for (let index = 0; index < words.length; index++) {
        const match = findMatch(tables, words, index, article.text)
        if (!match) continue
        absorbBracketedRepeat(tables, match, words, article.text)
        index = match.lastWord
        const word = words[index]!
        const {canonical} = match.entry
        const actual = article.text.slice(match.start, match.end)
        if (word.inQuote && (options.quotes === 'skip' || match.entry.quotes === 'never')) continue
        const expected = keepCase(actual, canonical, {allCaps: false})
        report({
          start: match.start,
          end: match.end,
          reason: 'Use ' + code(canonical) + ', not ' + code(actual),
          note: word.inQuote
            ? 'Inside a direct quote: check with the desk before changing the speaker’s words.'
            : 'The house style names this organisation ' + code(canonical) + '.',
          expected: word.inQuote ? undefined : [expected]
        })
      }
    }
  }
)

function prepare(data: GroupNamesData): Tables {
  const byFirstWord = new Map<string, Array<Entry>>()
  const groupOf = new Map<string, string>()
  for (const [canonical, group] of Object.entries(data.groups)) {
    groupOf.set(canonical, canonical)
    for (const [variant, settings] of Object.entries(group.variants)) {
      groupOf.set(variant, canonical)
      const words = variant.split(' ')
      const entry: Entry = {...settings, canonical, variant, words}
      const list = byFirstWord.get(words[0]!) ?? []
      list.push(entry)
      list.sort((a, b) => b.words.length - a.words.length)
      byFirstWord.set(words[0]!, list)
    }
  }
  return {
    byFirstWord,
    firstShapes: shapesOf(byFirstWord.keys()),
    longestFirstWord: longestOf(byFirstWord.keys()),
    groupOf,
    after: new Set(data.groupWordsAfter.map((word) => word.toLowerCase())),
    before: new Set(data.groupWordsBefore.map((word) => word.toLowerCase()))
  }
}

/**
 * `so-called Islamic State (IS)`: a bracketed short form of the same group
 * right after a match is part of the same finding (one problem, one finding).
 */
function absorbBracketedRepeat(tables: Tables, match: Match, words: Array<Word>, text: string): undefined {
  const next = words[match.lastWord + 1]
  if (!next || match.suffix !== '' || text.slice(match.end, next.start) !== ' (' || text.charAt(next.end) !== ')') return
  if (tables.groupOf.get(next.text) !== match.entry.canonical) return
  match.end = next.end + 1
  match.lastWord++
}

/** The longest variant starting at `words[index]`, if its context allows it. */
function findMatch(tables: Tables, words: Array<Word>, index: number, text: string): Match | undefined {
  const word = words[index]!
  // A word without hyphens has one part: most words start no variant.
  if (!word.text.includes('-')) {
    const stem = withoutPossessive(word.text)
    if (!startsVariant(tables, stem) && !(index === 0 && startsVariant(tables, lowerFirst(stem)))) return undefined
  }
  for (const part of wordParts(word.text, {longest: tables.longestFirstWord})) {
    // `the Islamic State group` also starts a sentence as `The Islamic...`.
    const candidates =
      tables.byFirstWord.get(part.text) ??
      (index === 0 && part.start === 0 ? tables.byFirstWord.get(lowerFirst(part.text)) : undefined)
    if (!candidates) continue
    for (const entry of candidates) {
      const match =
        entry.words.length === 1
          ? {entry, start: word.start + part.start, end: word.start + part.start + part.text.length, lastWord: index, suffix: suffixAfter(word.text, part.start + part.text.length)}
          : part.whole
            ? matchPhrase(entry, words, index, text)
            : undefined
      if (match && inContext(tables, match, words, index)) return match
    }
  }
  return undefined
}

function startsVariant(tables: Tables, word: string): boolean {
  return hasShape(tables.firstShapes, word) && tables.byFirstWord.has(word)
}

function lowerFirst(value: string): string {
  return value.charAt(0).toLowerCase() + value.slice(1)
}

/** Match a several-word variant, each word whole and separated by spaces. */
function matchPhrase(entry: Entry, words: Array<Word>, index: number, text: string): Match | undefined {
  const last = index + entry.words.length - 1
  if (last >= words.length) return undefined
  for (let offset = 1; offset < entry.words.length; offset++) {
    const word = words[index + offset]!
    const previous = words[index + offset - 1]!
    if (!/^[ \t\u00A0]+$/u.test(text.slice(previous.end, word.start))) return undefined
    const expected = entry.words[offset]!
    const isLast = offset === entry.words.length - 1
    const part = isLast ? wordParts(word.text, {longest: expected.length}).find((p) => p.start === 0 && p.text === expected) : undefined
    if (word.text !== expected && !part) return undefined
  }
  const lastWord = words[last]!
  const lastText = entry.words.at(-1)!
  return {
    entry,
    start: words[index]!.start,
    end: lastWord.start + lastText.length,
    lastWord: last,
    suffix: suffixAfter(lastWord.text, lastText.length)
  }
}

/** The hyphen compound part after `end` in `word` (`held` in `IS-held`). */
function suffixAfter(word: string, end: number): string {
  return word.charAt(end) === '-' ? word.slice(end + 1).toLowerCase() : ''
}

function inContext(tables: Tables, match: Match, words: Array<Word>, index: number): boolean {
  const previous = words[index - 1]
  const next = words[match.lastWord + 1]
  const word = words[index]!
  // A variant inside a longer compound, such as `IS` in `ANTI-IS-LIKE`, is
  // looked at with the whole word as its neighbour.
  if (match.entry.context === 'not-capitals') {
    if (match.suffix !== '' && isAllCaps(match.suffix)) return false
    const compoundPrefix = word.text.slice(0, match.start - word.start)
    if (compoundPrefix !== '' && isAllCaps(compoundPrefix)) return false
    return !(previous && isAllCaps(previous.text)) && !(next && isAllCaps(next.text))
  }
  if (match.entry.context === 'group') {
    const before = word.text.slice(0, match.start - word.start).replace(/-$/u, '').toLowerCase()
    return (
      tables.after.has(match.suffix) ||
      (before !== '' && tables.before.has(before)) ||
      (next !== undefined && match.suffix === '' && tables.after.has(next.text.toLowerCase())) ||
      (previous !== undefined && before === '' && tables.before.has(previous.text.toLowerCase()))
    )
  }
  return true
}
