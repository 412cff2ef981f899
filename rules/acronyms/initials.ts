/**
 * Initials: what each word of a name gives (`Marks & Spencer` gives `M&S`,
 * `post-traumatic` `PT` or `P`, `of` its letter or nothing), and whether a
 * stretch of words spells an acronym.
 */
import type {Article, Word} from '../../src/model/article.js'
import {isAllCaps, startsUpper} from '../../src/model/case.js'
import {withoutPossessive} from '../../src/model/words.js'
import type {Tables} from './tables.js'

/**
 * What a word gives the initials: one of `choices`, or nothing when
 * `optional` (`of`, `&`); whether it is `capital`ised, and a `content` word
 * (not a small one, four letters or more).
 */
export interface Initials {
  choices: Array<string>
  optional: boolean
  capital: boolean
  content: boolean
}

export const ampersand: Initials = {choices: ['&'], optional: true, capital: false, content: false}

export function initialsOf(text: string, tables: Tables): Initials {
  const bare = withoutPossessive(text)
  const first = bare.charAt(0).toUpperCase()
  const lower = bare.toLowerCase()
  if (tables.connectors.has(lower)) return {choices: lower === 'and' ? [first, '&'] : [first], optional: true, capital: false, content: false}
  const capital = startsUpper(bare)
  const content = bare.length >= 4
  // `US Army` gives `USA`; `post-traumatic` gives `PT` or `P`.
  if (bare.length > 1 && isAllCaps(bare)) return {choices: [bare, first], optional: false, capital, content}
  const parts = bare.split('-').filter((part) => part !== '')
  if (parts.length > 1) return {choices: [parts.map((part) => part.charAt(0).toUpperCase()).join(''), first], optional: false, capital, content}
  return {choices: [first], optional: false, capital, content}
}

/**
 * Whether a stretch of `tokens` from `index` spells `name` from `at`: every
 * word gives its initials, small words and `&` may give none, the last word
 * is not a small one, and two words give at least (`UFC` alone spells nothing).
 * `failed` keeps the states already tried, so a long run of small words costs
 * no more than a pass (`A and A and A...` for `A&A&A...`).
 */
export function spells(name: string, tokens: Array<Initials>, at = 0, index = 0, given = 0, failed = new Set<number>()): boolean {
  const token = tokens[index]
  const state = ((at * tokens.length + index) << 1) | (given > 0 ? 1 : 0)
  if (token === undefined || failed.has(state)) return false
  for (const choice of token.choices) {
    if (!name.startsWith(choice, at)) continue
    const next = at + choice.length
    if (next === name.length ? !token.optional && given >= 1 : spells(name, tokens, next, index + 1, given + 1, failed)) return true
  }
  if (at > 0 && token.optional && spells(name, tokens, at, index + 1, given, failed)) return true
  failed.add(state)
  return false
}

/** `&` when `Marks & Spencer` joins two words, `''` for blanks (`Workers’ Union` too), else `undefined`. */
export function joint(article: Article, previous: Word, next: Word): string | undefined {
  if (previous.sentence !== next.sentence) return undefined
  const between = article.text.slice(previous.end, next.start)
  if (/^['’]?[ \t]+$/u.test(between)) return ''
  return /^[ \t]+&[ \t]+$/u.test(between) ? '&' : undefined
}

/** The tokens before the first that fails `test`. */
export function upTo(tokens: Array<Initials>, test: (token: Initials) => boolean): Array<Initials> {
  const end = tokens.findIndex((token) => !test(token))
  return end === -1 ? tokens : tokens.slice(0, end)
}
