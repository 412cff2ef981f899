/**
 * Capitals that are not an acronym to spell out: a line of capitals, an
 * English word in capitals, part of a name or model, a long word in
 * capitals, a tag or ticker, a section label.
 */
import type {Article, Word} from '../../src/model/article.js'
import {isAllCaps} from '../../src/model/case.js'
import {withoutPossessive} from '../../src/model/words.js'
import type {Tables} from './tables.js'

/** Whether `name`, at `offset` in `word`, is capitals that are not an acronym. */
export function notAnAcronym(article: Article, tables: Tables, word: Word, offset: number, name: string): boolean {
  if (shouting(word, tables) || tables.englishWords.has(name) || partOfName(article, word, offset, name.length)) return true
  // Six capitals or more without `&` are a word in capitals (`PERMANENCE:`), not an acronym;
  // `#MAGA`, `@POTUS`, `.SPX` and `EUR=` are tags and tickers.
  if (name.length >= 6 && !name.includes('&')) return true
  if (/[#@.]$/u.test(article.text.charAt(word.start - 1)) || /^=/u.test(article.text.charAt(word.end))) return true
  if (ticker(article, tables, word)) return true
  // `BONDS:` heads a section of a market report.
  return /^:/u.test(article.text.charAt(word.end)) && word === word.sentence.words[0]
}

/** A ticker after its exchange and a colon: `(NYSE: KO)`, `Nasdaq:AAPL`. */
function ticker(article: Article, tables: Tables, word: Word): boolean {
  const previous = article.words[word.index - 1]
  if (previous === undefined || !/^:\s*$/u.test(article.text.slice(previous.end, word.start))) return false
  return tables.exchanges.has(previous.lower)
}

/**
 * Capitals that belong to a name or a model rather than stand for one:
 * initials (`JD Vance`, `AC Milan`, `HMS Belfast`), models (`Nintendo DS`,
 * `KN-23`, `DALL-E`), units after a figure (`40 GB`).
 */
function partOfName(article: Article, word: Word, offset: number, length: number): boolean {
  const after = article.text.slice(word.start + offset + length, word.start + offset + length + 2)
  const rest = article.text.slice(word.start + offset + length, word.end)
  if (/^-\d/u.test(after) || /^-[A-Z0-9-]*\d/u.test(rest) || /^-[A-Z]+$/u.test(rest)) return true
  const next = article.words[word.index + 1]
  const previous = article.words[word.index - 1]
  const whole = offset === 0 && length === word.text.replace(/['’]s$/u, '').length
  if (!whole) return false
  if (next && /^(I|II|III|IV|V|VI|VII|VIII|IX|X)$/u.test(next.text)) return true
  if (length <= 5 && next && next.sentence === word.sentence && /^ $/u.test(article.text.slice(word.end, next.start)) && /^\p{Lu}\p{Ll}/u.test(next.text)) return true
  if (previous && previous.sentence === word.sentence && /^ $/u.test(article.text.slice(previous.end, word.start))) {
    if (/^\d/u.test(previous.text)) return true
    // `Nintendo DS`, `Canon’s EOS`, but not `Kurdish YPG`.
    if (/^\p{Lu}\p{Ll}/u.test(previous.text) && previous !== word.sentence.words[0] && !/(ish|ian|an|ese|i)$/u.test(previous.text)) return true
  }
  return false
}

/** A word in a line of capitals (`THIS IS THE END`, `ANXIETY IN HIGH-TAX STATES`) is not an acronym. */
function shouting(word: Word, tables: Tables): boolean {
  const words = word.sentence.words
  const capitals = words.filter((item) => isAllCaps(item.text)).length
  if (words.length >= 3 && capitals / words.length > 0.5) return true
  const position = words.indexOf(word)
  return [words[position - 1], words[position + 1]].some(
    (item) => {
      if (item === undefined || !isAllCaps(item.text) || item.text.includes('.')) return false
      const bare = withoutPossessive(item.text)
      // `NOW` is on the dictionary list too (a women's group) but next to capitals it is a word.
      return tables.englishWords.has(bare) || !tables.wellKnown.has(bare)
    }
  )
}
