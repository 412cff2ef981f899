/**
 * Finding a variant of a group's name in a sentence: the longest variant
 * starting at a word or a part of a compound (`IS-held`), in a context
 * that makes it the group's.
 */
import type {Word} from '../../src/model/article.js'
import {isAllCaps} from '../../src/model/case.js'
import type {GroupEntry, GroupTables} from '../../src/model/groups.js'
import {hasShape, withoutPossessive, wordParts} from '../../src/model/words.js'

export interface Tables {
  groups: GroupTables
  after: Set<string>
  before: Set<string>
}

export interface Match {
  entry: GroupEntry
  start: number
  end: number
  /** Index of the last word of the match. */
  lastWord: number
  /** Hyphen compound part after the match (`held` in `IS-held`). */
  suffix: string
}

/**
 * `so-called Islamic State (IS)`: a bracketed short form of the same group
 * right after a match is part of the same finding (one problem, one finding).
 */
export function absorbBracketedRepeat(tables: Tables, match: Match, words: Array<Word>, text: string): undefined {
  const next = words[match.lastWord + 1]
  if (!next || match.suffix !== '' || text.slice(match.end, next.start) !== ' (' || text.charAt(next.end) !== ')') return
  if (tables.groups.groupOf.get(next.text) !== match.entry.canonical) return
  match.end = next.end + 1
  match.lastWord++
}

/** The longest variant starting at `words[index]`, if its context allows it. */
export function findMatch(tables: Tables, words: Array<Word>, index: number, text: string): Match | undefined {
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
