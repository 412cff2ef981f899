/**
 * How an article defines an acronym: its words spelt out earlier (`Syrian
 * Democratic Forces` for `SDF`, `Marks & Spencer` for `M&S`), in brackets
 * either side of it (`(post-traumatic stress disorder) PTSD`, `TED
 * (technology, entertainment and design)`), after `or`/`called` next to it,
 * or a descriptor or apposition saying what it is (`energy firm DTEK`).
 */
import {perArticle, type Article, type Word} from '../../src/model/article.js'
import {startsUpper} from '../../src/model/case.js'
import {withoutPossessive} from '../../src/model/words.js'
import {ampersand, initialsOf, joint, spells, upTo, type Initials} from './initials.js'
import type {Tables} from './tables.js'

/**
 * Whether words before `word` spell `name`: a name in capitals anywhere
 * earlier (`Syrian Democratic Forces`, `Australian Workers’ Union`), common
 * words in the same sentence (`... post-traumatic stress disorder, and PTSD`),
 * or content words only, one a letter, in an earlier one (`digital rights
 * management`): chance matches of common words are many (`almost no working
 * relationship` for `ANWR`, `destruction of educational infrastructure`).
 */
export function spelledOutBefore(article: Article, tables: Tables, word: Word, name: string): boolean {
  const {initials, byLetter} = initialsIndex(article, tables)
  for (const start of byLetter.get(name.charAt(0)) ?? []) {
    if (start >= word.index) break
    const opening = article.words[start]!
    const tokens = [initials[start]!]
    // Each word gives a character or more: a stretch is at most as long as the name, with small words between.
    for (let index = start + 1; index < word.index && tokens.length < name.length * 3; index++) {
      const gap = joint(article, article.words[index - 1]!, article.words[index]!)
      if (gap === undefined) break
      if (gap === '&') tokens.push(ampersand)
      tokens.push(initials[index]!)
    }
    if (spells(name, upTo(tokens, (token) => token.optional || token.capital))) return true
    if (opening.sentence === word.sentence ? spells(name, tokens) : name.length >= 3 && spells(name, upTo(tokens, (token) => token.content))) return true
  }
  return false
}

/**
 * Every word's initials, and the words that may open a spelt-out name by
 * their first letter (in order), once per article: each unknown acronym
 * looks only at those (a scan of the article per acronym was quadratic).
 */
const initialsIndex = perArticle((article: Article, tables: Tables) => {
  const initials: Array<Initials> = article.words.map((each) => initialsOf(each.text, tables))
  const byLetter = new Map<string, Array<number>>()
  for (const [index, each] of article.words.entries()) {
    if (initials[index]!.optional) continue
    const letter = each.text.charAt(0).toUpperCase()
    const list = byLetter.get(letter)
    if (list) list.push(index)
    else byLetter.set(letter, [index])
  }
  return {initials, byLetter}
})

/** Whether the words from `first` to before `last` (in brackets) spell `name`. */
function bracketSpells(article: Article, tables: Tables, name: string, first: number, last: number): boolean {
  const tokens = article.words.slice(first, last).map((each) => initialsOf(each.text, tables))
  return tokens.some((_, start) => !tokens[start]!.optional && spells(name, tokens, 0, start))
}

/**
 * In brackets after a name (`Kurdish People’s Protection Units (YPG)`), before
 * one (`YPG (People’s Protection Units)`, `TED (technology, entertainment and
 * design)`), after its words in brackets (`(post-traumatic stress disorder)
 * PTSD`), or after `, or`, `called`, `known as`.
 */
export function bracketed(article: Article, tables: Tables, word: Word, offset: number, name: string): boolean {
  const start = word.start + offset
  const end = start + name.length
  if (/\($/u.test(article.text.slice(Math.max(0, start - 2), start))) return article.words[word.index - 1] !== undefined
  // `alternative minimum taxes, or AMT`, `blending credits, called RINs`.
  if (/(,\s+or|known\s+as|called)\s+$/u.test(article.text.slice(Math.max(0, start - 12), start))) return true
  const after = article.text.slice(end, end + 3)
  if (/^ \(\p{Lu}/u.test(after)) return true
  const paragraph = word.sentence.paragraph
  if (/^ \(/u.test(after)) {
    const close = article.text.indexOf(')', end)
    let last = word.index + 1
    while (close !== -1 && close < paragraph.end && article.words[last] !== undefined && article.words[last]!.start < close) last++
    if (bracketSpells(article, tables, name, word.index + 1, last)) return true
  }
  if (!/\)\s*$/u.test(article.text.slice(Math.max(0, start - 3), start))) return false
  const open = article.text.lastIndexOf('(', start)
  if (open < paragraph.start) return false
  let first = word.index
  while (first > 0 && article.words[first - 1]!.start > open) first--
  return first < word.index && bracketSpells(article, tables, name, first, word.index)
}

/**
 * Said what it is: a descriptor next to it (`energy firm DTEK`, `the RIA news
 * agency`, `NTV television`, `KPMG plc`) or an apposition (`DTEK, Ukraine’s
 * largest energy company`, `the EU’s diplomatic arm, the EEAS`).
 */
export function described(article: Article, tables: Tables, word: Word): boolean {
  const words = word.sentence.words
  const position = words.indexOf(word)
  const near = (index: number) => {
    const other = words[index]
    return other !== undefined && tables.descriptors.has(withoutPossessive(other.text).toLowerCase())
  }
  if (near(position - 1)) return true
  // `NTV television`, `the RIA state news agency`, `ZMINA human rights centre`; not
  // `BJP-led coalition`, which says what leads, not what it is.
  const alone = !withoutPossessive(word.text).includes('-')
  for (let index = position + 1; alone && index <= position + 3 && index < words.length; index++) {
    if (!/^\s+$/u.test(article.text.slice(words[index - 1]!.end, words[index]!.start))) break
    if (near(index)) return true
  }
  // `the pay-TV channel Canal Plus and TPS`: a descriptor a few words before, over a list
  // (in lower case: `Syrian Democratic Forces and the YPG` is a name, then another).
  const lowerNear = (index: number) => near(index) && !startsUpper(words[index]!.text)
  if (lowerNear(position - 3) || lowerNear(position - 4)) {
    const between = article.text.slice(words[Math.max(0, position - 4)]!.end, word.start)
    if (/\band\b/u.test(between)) return true
  }
  const after = article.text.slice(word.end, word.end + 40)
  const before = article.text.slice(Math.max(word.sentence.start, word.start - 6), word.start)
  return /^,\s+(the|a|an|\p{Lu}\p{L}*['’]s)\s/u.test(after) || /,\s+(the\s+)?$/u.test(before)
}
