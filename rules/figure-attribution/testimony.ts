/**
 * First-person testimony, for `figure-attribution`: a figure in a clause
 * whose speaker says `I` or `we` (`I saw 30 bodies`, `we counted 40 dead`)
 * is the speaker's own account, attributed by being told in the first
 * person, as a quote is.
 *
 * The clause is the run of words around the figure up to a comma,
 * semicolon, colon, bracket or dash, or a word that opens another clause
 * (`but`, `while`): in `3,000 civilians dead, but we won`, the dead are not
 * the speaker's testimony.
 */
import type {Article, Word} from '../../src/model/article.js'
import type {Figure} from '../../src/model/figures/index.js'
import {bareWord} from '../../src/model/phrases.js'
import {inWordSet} from '../../src/model/words.js'
import type {ContextTables} from './tables.js'

/** Punctuation between two words that ends a clause. */
const clauseMark = /[,;:()[\]–—]|\s-\s/u

/** Whether `figure` is told in the first person, outside quotes. */
export function inTestimony(article: Article, figure: Figure, context: ContextTables): boolean {
  const {words} = figure.sentence
  const offset = words[0]!.index
  const first = figure.first.index - offset
  const last = figure.last.index - offset
  for (let index = first - 1; index >= 0; index--) {
    if (broken(article, words[index]!, words[index + 1]!) || ends(context, words[index]!)) break
    if (speaks(context, words[index]!)) return true
  }
  for (let index = last + 1; index < words.length; index++) {
    if (broken(article, words[index - 1]!, words[index]!) || ends(context, words[index]!)) break
    if (speaks(context, words[index]!)) return true
  }
  return false
}

function broken(article: Article, left: Word, right: Word): boolean {
  return clauseMark.test(article.text.slice(left.end, right.start))
}

function ends(context: ContextTables, word: Word): boolean {
  return inWordSet(context.clauseBreaks, bareWord(word))
}

/** `I`, `we`, and `I’ve`, `we’re`. */
function speaks(context: ContextTables, word: Word): boolean {
  return !word.inQuote && context.firstPerson.has(word.text.split(contraction, 1)[0]!)
}

const contraction = /['’]/u
