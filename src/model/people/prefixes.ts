/**
 * What stands before and after a name: an honorific, rank or title before
 * it, a descriptor (`SDF spokesman`) or a pronoun after it.
 */
import type {Article, Word} from '../article.js'
import {startsUpper} from '../case.js'
import {bare} from './names.js'
import type {PeopleTables} from './tables.js'
import type {Gender, Mention, Prefix} from './types.js'

/**
 * The word right before a mention, office and prefix included (`appoint` in
 * `appoint Democratic Lieutenant Governor Tina Smith`), in its sentence.
 */
export function wordBeforeMention(article: Article, mention: Mention): Word | undefined {
  // A mention's words start with its prefix's.
  let first = mention.words[0]!
  const start = mention.officeStart ?? first.start
  while (first.index > 0 && first.start > start) first = article.words[first.index - 1]!
  const before = article.words[first.index - 1]
  return before?.sentence === first.sentence ? before : undefined
}

/** What office words (`Foreign Secretary`) make of the person: a descriptor among them, else the last, lower case. */
export function officeDescriptor(tables: PeopleTables, words: Array<Word>, from: number, to: number): string {
  for (let index = from; index < to; index++) {
    const found = describes(tables, words[index]!.lower)
    if (found !== undefined) return found
  }
  return words[to - 1]!.lower
}

/**
 * A descriptor just after the comma after a name (`Nuri Mehmud, a spokesman
 * for`). It must not introduce someone else (`, the carmaker's chief
 * executive Helmut Panke`).
 */
export function descriptorAfter(article: Article, tables: PeopleTables, last: Word): string | undefined {
  const words = article.words
  // After `a` or `the`, a longer description (`a 51-year-old top security official`):
  // past the first three words, up to a function word (`the then chairwoman` is within them).
  const described = tables.determiners.has(words[last.index + 1]?.lower ?? '')
  const limit = Math.min(last.index + (described ? 7 : 4), words.length)
  for (let index = last.index + 1; index < limit; index++) {
    const word = words[index]!
    if (word.sentence !== last.sentence) return undefined
    const lower = describes(tables, word.lower)
    if (lower === undefined) {
      if (index >= last.index + 4 && tables.functionWords.has(word.lower)) return undefined
      continue
    }
    let next = index + 1
    while (next < words.length && describes(tables, words[next]!.lower)) next++
    const following = words[next]
    // `Nguyen, his mother and his brother`: a list, not who Nguyen is.
    if (following && (following.lower === 'and' || following.lower === 'or') && following.sentence === word.sentence) return undefined
    if (!following || following.sentence !== word.sentence || !startsUpper(following.text)) return lower
    return undefined
  }
  return undefined
}

/** The descriptor a lower-case word is (`spokesman`, `co-chairman` -> `chairman`). */
export function describes(tables: PeopleTables, lower: string): string | undefined {
  if (tables.descriptors.has(lower)) return lower
  const hyphen = lower.lastIndexOf('-')
  if (hyphen === -1) return undefined
  const last = lower.slice(hyphen + 1)
  return tables.descriptors.has(last) ? last : undefined
}

/** Whether a he or she follows later in the mention's sentence, with no other name between. */
export function pronounAfter(tables: PeopleTables, mention: Mention): boolean {
  return pronounGenderAfter(tables, mention) !== undefined
}

/** The gender of the he or she that follows later in the mention's sentence, with no other name between. */
export function pronounGenderAfter(tables: PeopleTables, mention: Mention): Gender | undefined {
  const pronoun = pronounWordAfter(tables, mention)
  return pronoun === undefined ? undefined : tables.pronouns.get(pronoun)
}

/** Whether an `it` or `its` follows the mention as a he or she would (`Walt Disney has settled charges that it failed`). */
export function thingPronounAfter(tables: PeopleTables, mention: Mention): boolean {
  const pronoun = pronounWordAfter(tables, mention)
  return pronoun !== undefined && tables.thingPronouns.has(pronoun)
}

/**
 * The first pronoun for a person or a thing later in the mention's sentence,
 * with no other name between, lower case; read once per mention, as the
 * people model asks it of one mention for several reasons.
 */
function pronounWordAfter(tables: PeopleTables, mention: Mention): string | undefined {
  if (mention.pronoun === undefined) mention.pronoun = findPronounAfter(tables, mention) ?? null
  return mention.pronoun ?? undefined
}

function findPronounAfter(tables: PeopleTables, mention: Mention): string | undefined {
  if (mention.possessive || mention.inQuote) return undefined
  const last = mention.words.at(-1)!
  const words = last.sentence.words
  // Sentences hold consecutive words of the article.
  const at = words[last.index - words[0]!.index] === last ? last.index - words[0]!.index : words.indexOf(last)
  for (let index = at + 1; index < words.length; index++) {
    const word = words[index]!
    if (word.inQuote) continue
    if (tables.pronouns.has(word.lower) || tables.thingPronouns.has(word.lower)) return word.lower
    if (startsUpper(word.text)) return undefined
  }
  return undefined
}

/** An honorific, rank or title starting at `words[index]`, longest first, in the name `words[from]` to `words[to - 1]`. */
export function findPrefix(tables: PeopleTables, words: Array<Word>, from: number, to: number, index: number): Prefix | undefined {
  const head = bare(words[index]!.text)
  // Most words start no rank: skip building the longer forms.
  if (tables.rankStarts.has(head)) {
    for (let size = Math.min(tables.rankWords, to - index - 1); size >= 1; size--) {
      let written = head
      for (let next = index + 1; next < index + size; next++) written += ' ' + bare(words[next]!.text)
      const house = tables.ranks.get(written)
      if (house === undefined) continue
      const previous = index > from ? words[index - 1] : undefined
      if (written.startsWith('Gen') && previous && tables.notRankAfter.has(previous.text)) return undefined
      // `Lieutenant Governor Tina Smith`: an office.
      const following = words[index + size]
      if (following && index + size < to - 1 && tables.notRankBefore.has(following.text)) return undefined
      return makePrefix('rank', words.slice(index, index + size), house)
    }
  }
  if (index + 1 >= to) return undefined
  const word = words[index]!
  if (tables.honorifics.has(head)) return makePrefix('honorific', [word], head)
  const spelled = tables.spelledHonorifics.get(word.text)
  if (spelled) return makePrefix('honorific', [word], spelled)
  if (tables.titles.has(word.text)) return makePrefix('title', [word], word.text)
  return undefined
}

function makePrefix(kind: Prefix['kind'], words: Array<Word>, house: string): Prefix {
  return {
    kind,
    written: words.map((word) => word.text).join(' '),
    house,
    start: words[0]!.start,
    end: words.at(-1)!.end,
    words
  }
}
