/**
 * `group-names`: organisations go by the house name ("ISIS", not "ISIL",
 * "Islamic State", "IS fighters" or "Daesh").
 */
import data from './data/group-names.json' with {type: 'json'}
import type {Word} from '../src/model/article.js'
import {isAllCaps, keepCase} from '../src/model/case.js'
import type {GroupEntry, GroupTables} from '../src/model/groups.js'
import {code} from '../src/kit/report.js'
import {houseStyleRule, quotesOption} from '../src/kit/rule.js'
import {hasShape, withoutPossessive, wordParts} from '../src/model/words.js'

export interface GroupNamesOptions {
  /** Inside direct quotes: `skip` (default: the speaker's words) or `report` (no fix). */
  quotes: 'skip' | 'report'
}

/**
 * The organisations and their names are the model's (style data `groups`,
 * src/model/groups.ts); the words that make an ambiguous name the group's
 * are this rule's.
 */
export interface GroupNamesData {
  /** Words after a name that make it the group's (`Isis fighters`). */
  groupWordsAfter: Array<string>
  /** Words before a name that make it the group's (`against Isis`). */
  groupWordsBefore: Array<string>
}

interface Tables {
  groups: GroupTables
  after: Set<string>
  before: Set<string>
}

interface Match {
  entry: GroupEntry
  start: number
  end: number
  /** Index of the last word of the match. */
  lastWord: number
  /** Hyphen compound part after the match (`held` in `IS-held`). */
  suffix: string
}

export default houseStyleRule<GroupNamesOptions, GroupNamesData, Omit<Tables, 'groups'>>(
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
        properties: {
          groupWordsAfter: {type: 'array', items: {type: 'string'}},
          groupWordsBefore: {type: 'array', items: {type: 'string'}}
        }
      }
    },
    prepare: (data) => ({
      after: new Set(data.groupWordsAfter.map((word) => word.toLowerCase())),
      before: new Set(data.groupWordsBefore.map((word) => word.toLowerCase()))
    })
  },
  ({article, options, tables: own, model, report}) => {
    const tables: Tables = {groups: model.groups, ...own}
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

/**
 * `so-called Islamic State (IS)`: a bracketed short form of the same group
 * right after a match is part of the same finding (one problem, one finding).
 */
function absorbBracketedRepeat(tables: Tables, match: Match, words: Array<Word>, text: string): undefined {
  const next = words[match.lastWord + 1]
  if (!next || match.suffix !== '' || text.slice(match.end, next.start) !== ' (' || text.charAt(next.end) !== ')') return
  if (tables.groups.groupOf.get(next.text) !== match.entry.canonical) return
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
  for (const part of wordParts(word.text, {longest: tables.groups.longestFirstWord})) {
    // `the Islamic State group` also starts a sentence as `The Islamic...`.
    const candidates =
      tables.groups.byFirstWord.get(part.text) ??
      (index === 0 && part.start === 0 ? tables.groups.byFirstWord.get(lowerFirst(part.text)) : undefined)
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
  return hasShape(tables.groups.firstShapes, word) && tables.groups.byFirstWord.has(word)
}

function lowerFirst(value: string): string {
  return value.charAt(0).toLowerCase() + value.slice(1)
}

/**
 * Match a several-word variant, each word whole and separated by spaces.
 * Not src/model/phrases.ts: a variant matches as spelt (`IS` is not `is`)
 * and its last word may begin a compound (`Islamic State-held`).
 */
function matchPhrase(entry: GroupEntry, words: Array<Word>, index: number, text: string): Match | undefined {
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
