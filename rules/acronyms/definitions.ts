/**
 * How an article defines an acronym: the name spelt out earlier (its
 * initials, `Syrian Democratic Forces` for `SDF`), in brackets or after
 * `or`/`called` next to it, or a descriptor or apposition saying what it
 * is (`energy firm DTEK`).
 */
import type {Article, Word} from '../../src/model/article.js'
import {isAllCaps, startsUpper} from '../../src/model/case.js'
import type {Tables} from './tables.js'

export function startsRun(word: Word): boolean {
  return startsUpper(word.text)
}

export function continuesRun(article: Article, run: Array<Word>, word: Word, tables: Tables): boolean {
  const last = run.at(-1)
  if (!last || !blanksBetween(article.text, last.end, word.start)) return false
  return startsRun(word) || tables.connectors.has(word.text)
}

/** Whether `text` from `start` to `end` is one or more spaces or tabs. */
function blanksBetween(text: string, start: number, end: number): boolean {
  if (end <= start) return false
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code !== 0x20 && code !== 0x09) return false
  }
  return true
}

/** Add the initials of every stretch of `run` that starts and ends with a capital. */
export function addInitials(run: Array<Word>, defined: Set<string>, tables: Tables): undefined {
  const words = run.map((word) => word.text.replace(/['’]s$/u, ''))
  for (let first = 0; first < words.length; first++) {
    if (tables.connectors.has(words[first]!)) continue
    let short = ''
    let long = ''
    for (let last = first; last < words.length; last++) {
      const text = words[last]!
      const initial = isAllCaps(text) ? text : text.split('-').map((part) => part.charAt(0)).join('').toUpperCase()
      long += initial.charAt(0) === '' ? '' : initial
      if (tables.connectors.has(text)) continue
      short += initial
      if (last > first) {
        defined.add(short)
        defined.add(long)
      }
    }
  }
}

/** `Kurdish People’s Protection Units (YPG)` or `YPG (People’s Protection Units)`. */
export function bracketed(article: Article, word: Word, offset: number, length: number): boolean {
  const start = word.start + offset
  const before = article.text.slice(Math.max(0, start - 2), start)
  const after = article.text.slice(start + length, start + length + 3)
  // `digital video recorders (DVRs)`, `Kurdish People’s Protection Units (YPG)`,
  // `alternative minimum taxes, or AMT`, `blending credits, called RINs`.
  if (/\($/u.test(before)) return article.words[word.index - 1] !== undefined
  if (/(,\s+or|known\s+as|called)\s+$/u.test(article.text.slice(Math.max(0, start - 12), start))) return true
  return /^ \(\p{Lu}/u.test(after)
}

/**
 * Said what it is: a descriptor next to it (`energy firm DTEK`, `the RIA news
 * agency`, `NTV television`) or an apposition (`DTEK, Ukraine’s largest energy
 * company`, `the EU’s diplomatic arm, the EEAS`).
 */
export function described(article: Article, tables: Tables, word: Word): boolean {
  const words = word.sentence.words
  const position = words.indexOf(word)
  const near = (index: number) => {
    const other = words[index]
    return other !== undefined && tables.descriptors.has(other.text.toLowerCase().replace(/['’]s$/u, ''))
  }
  if (near(position - 1)) return true
  // `NTV television`, `the RIA state news agency`, `ZMINA human rights centre`.
  for (let index = position + 1; index <= position + 3 && index < words.length; index++) {
    if (!/^\s+$/u.test(article.text.slice(words[index - 1]!.end, words[index]!.start))) break
    if (near(index)) return true
  }
  // `Canal Plus and TPS`: a descriptor a few words before, over a list.
  if (near(position - 3) || near(position - 4)) {
    const between = article.text.slice(words[Math.max(0, position - 4)]!.end, word.start)
    if (/\band\b/u.test(between)) return true
  }
  const after = article.text.slice(word.end, word.end + 40)
  const before = article.text.slice(Math.max(word.sentence.start, word.start - 6), word.start)
  return /^,\s+(the|a|an|\p{Lu}\p{L}*['’]s)\s/u.test(after) || /,\s+(the\s+)?$/u.test(before)
}
