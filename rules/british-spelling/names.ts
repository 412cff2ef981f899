/**
 * What `british-spelling` leaves alone: addresses (URLs, e-mail, hashtags,
 * handles) and proper names (`Pearl Harbor`, `Lincoln Center`).
 */
import type {Article, Word} from '../../src/model/article.js'
import {firstLetterUpper, isAllCaps} from '../../src/model/case.js'
import {trimEndOf} from '../../src/model/words.js'
import {possessive, type Tables} from './tables.js'

/** A run of text between white space, and whether it is a URL, e-mail address, hashtag or handle. */
export interface Token {
  from: number
  to: number
  address: boolean
}

/**
 * The token around the word from `start` to `end`: `last` again when the
 * word lies in it. Words come in order, so a token is read once however
 * many words it holds (a long run without spaces holds thousands, and each
 * would read it all).
 */
export function tokenAround(text: string, start: number, end: number, last: Token | undefined): Token {
  if (last && start >= last.from && end <= last.to) return last
  let from = start
  let to = end
  while (from > 0 && !/\s/u.test(text.charAt(from - 1))) from--
  while (to < text.length && !/\s/u.test(text.charAt(to))) to++
  const token = text.slice(from, to)
  return {from, to, address: /[@#/\\]|www\.|\.[\p{L}\d]/u.test(trimEndOf(token, '.,;:!?)]"\'”’'))}
}

/** What the article tells about names, read only when a word needs it. */
export interface NameEvidence {
  /** Words the article capitalises where they do not start a sentence. */
  names(): Set<string>
  /** Speech verbs (the people model's): `Marshall said`. */
  speechVerbs(): ReadonlySet<string>
}

/**
 * Whether the word at `index` is (part of) a proper name: a listed name, or
 * a capitalised word that does not start its sentence (`Lincoln Center`,
 * `Department of Defense`). A capitalised first word is a name when the
 * next word continues a name (`Defense Secretary`, `Center for ...`), when
 * American spelling too has it only as a variant (`Marshall`: the US
 * `marshal` is spelt so), when what follows is what follows a person (a
 * possessive, a speech verb, `, who`), or when the article capitalises it
 * elsewhere.
 */
export function isName(tables: Tables, evidence: NameEvidence, article: Article, list: Array<Word>, index: number, part: string): boolean {
  const word = list[index]!
  if (listedName(tables, list, index, part)) return true
  if (!firstLetterUpper(part) || isAllCaps(word.text)) return false
  if (!startsSentence(article, list, index)) return true
  const next = list[index + 1]
  const spaced = next !== undefined && /^[ \t]+$/u.test(article.text.slice(word.end, next.start))
  if (spaced) {
    if (firstLetterUpper(next.text) && !isAllCaps(next.text)) return true
    const after = list[index + 2]
    if (connectors.has(next.text) && after && firstLetterUpper(after.text)) return true
  }
  if (tables.variants.has(part.toLowerCase())) return true
  if (possessive.test(word.text) || (spaced && evidence.speechVerbs().has(next.lower))) return true
  if (next?.lower === 'who' && /^,\s*$/u.test(article.text.slice(word.end, next.start))) return true
  return evidence.names().has(part)
}

const connectors = new Set(['of', 'for', 'and', 'on', 'de'])

/** Whether a word starts its sentence, a quote, or a clause after a colon or dash. */
function startsSentence(article: Article, list: Array<Word>, index: number): boolean {
  const word = list[index]!
  const previous = list[index - 1]
  if (!previous) return true
  return /[:"“‘'(\[\u2013\u2014\n]/u.test(article.text.slice(previous.end, word.start))
}

/** Words the article capitalises where they do not start a sentence. */
export function capitalisedNames(article: Article): Set<string> {
  const names = new Set<string>()
  for (const sentence of article.sentences) {
    const list = sentence.words
    for (let index = 1; index < list.length; index++) {
      const word = list[index]!
      if (firstLetterUpper(word.text) && !isAllCaps(word.text) && !startsSentence(article, list, index)) {
        for (const part of word.text.replace(possessive, '').split('-')) names.add(part)
      }
    }
  }
  return names
}

/** Whether the word is in a listed name (`Pearl Harbor`), as written. */
function listedName(tables: Tables, list: Array<Word>, index: number, part: string): boolean {
  const candidates = tables.names.get(part.toLowerCase())
  if (!candidates) return false
  for (const name of candidates) {
    for (let at = 0; at < name.length; at++) {
      if (name[at] !== part) continue
      const first = index - at
      if (first < 0 || first + name.length > list.length) continue
      let matches = true
      for (let offset = 0; offset < name.length && matches; offset++) {
        const text = list[first + offset]!.text
        matches = offset === at || text.replace(possessive, '') === name[offset]
      }
      if (matches) return true
    }
  }
  return false
}
