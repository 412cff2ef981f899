/**
 * Deciding the sense of a form that is British in another sense
 * (`program`, `check`, `meter`): the first context whose conditions hold
 * around the word.
 */
import type {Article, Word} from '../../src/model/article.js'
import {possessive, type Part, type PreparedContext} from './tables.js'

const numberWords = new Set(
  (
    'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen ' +
    'sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety ' +
    'hundred hundreds thousand thousands million dozen dozens half'
  ).split(' ')
)
const ordinalWords = new Set(
  (
    'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth ' +
    'fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth fortieth fiftieth'
  ).split(' ')
)
const compoundNumbers = new Set(['multi', 'single', 'double', 'triple'])
/** `it’s`, `that’s`: a pronoun and `is`, not a possessive. */
const contracted = new Set(['it', 'that', 'this', 'he', 'she', 'there', 'here', 'what', 'who', 'where', 'how', 'let'])
/** `$500 `, `£1.5m `, `US$2,000-` right before the word. */
const amountBefore = /[$£€]\s?\d[\d,.]*\s?(?:m|bn|k|million|billion)?[\s-]+$/u
/** `for $500`, `for US$2m` right after the word. */
const forAmountAfter = /^\s+for\s+(?:US)?[$£€]\s?\d/u
/** How many words before it `notShortlyAfter` reads (`installed the anti-virus program`). */
const shortly = 3

function isNumber(text: string): boolean {
  return /^\d[\d,.]*$/u.test(text) || numberWords.has(text.toLowerCase())
}

function isOrdinal(text: string): boolean {
  return /^\d+(?:st|nd|rd|th)$/u.test(text) || ordinalWords.has(text.toLowerCase())
}

/** An ordinal before a word: not `first` or `second`, which rank news stories (`the first story`) more than floors. */
function isOrdinalBefore(text: string): boolean {
  const lower = text.toLowerCase()
  return lower !== 'first' && lower !== 'second' && isOrdinal(text)
}

/**
 * The first of `contexts` that decides the word's sense. Not `find` with an
 * arrow in the rule's loop: an arrow that reads the loop's `index` makes V8
 * allocate the loop's scope anew for every word.
 */
export function decidingContext(
  contexts: Array<PreparedContext>,
  article: Article,
  list: Array<Word>,
  index: number,
  part: Part
): PreparedContext | undefined {
  for (const context of contexts) {
    if (decides(context, article, list, index, part)) return context
  }
  return undefined
}

/** Whether `context` holds for the word at `index`. */
function decides(prepared: PreparedContext, article: Article, list: Array<Word>, index: number, part: Part): boolean {
  const {context} = prepared
  const word = list[index]!
  const compound = word.text.slice(0, part.start).split('-').filter(Boolean)
  const previousPart = compound.at(-1)
  const previous = compound.length > 0 ? undefined : list[index - 1]
  const previousText = previous?.text.toLowerCase()
  const following = word.text.slice(part.start + part.text.length).replace(possessive, '')
  const next = following === '' ? list[index + 1]?.text.toLowerCase() : undefined
  const numberBefore =
    previousPart !== undefined ? isNumber(previousPart) : previous !== undefined && isNumber(previous.text)

  if (prepared.after && !(previousText !== undefined && prepared.after.has(previousText))) return false
  if (prepared.afterTwo) {
    const before = list[index - 2]
    if (!previous || !before || !prepared.afterTwo.has(before.text.toLowerCase() + ' ' + previousText)) return false
  }
  if (prepared.before && !(next !== undefined && prepared.before.has(next))) return false
  if (context.afterNumber && !numberBefore) return false
  if (context.afterOrdinal && !(previous !== undefined && isOrdinalBefore(previous.text))) return false
  if (context.afterPossessive && !(previous !== undefined && isPossessive(article, previous, word))) return false
  if (context.afterAmount && !(previous !== undefined && following === '' && amountBefore.test(article.text.slice(Math.max(0, word.start - 24), word.start)))) {
    // `following`: not the head of a compound (`a $50 check-up`).
    return false
  }
  if (
    context.compoundNumber &&
    !(previousPart !== undefined && (isNumber(previousPart) || isOrdinal(previousPart) || compoundNumbers.has(previousPart.toLowerCase())))
  ) {
    return false
  }
  if (context.forAmount && !forAmountAfter.test(article.text.slice(word.end, word.end + 16))) return false
  if (prepared.notAfter && previousText !== undefined && prepared.notAfter.has(previousText)) return false
  if (prepared.notShortlyAfter) {
    for (let at = Math.max(0, index - shortly); at < index; at++) {
      if (prepared.notShortlyAfter.has(list[at]!.lower)) return false
    }
  }
  if (prepared.notBefore && next !== undefined && prepared.notBefore.has(next)) return false
  if (context.notAfterNumber && numberBefore) return false
  if (prepared.near && !nearby(prepared.near, word)) return false
  if (prepared.notNear && nearby(prepared.notNear, word)) return false
  return true
}

/** Whether one of `words` is in the word's sentence or a sentence next to it in its paragraph. */
function nearby(words: Set<string>, word: Word): boolean {
  const paragraph = word.sentence.paragraph.sentences
  const at = paragraph.indexOf(word.sentence)
  for (const sentence of paragraph.slice(Math.max(0, at - 1), at + 2)) {
    for (const other of sentence.words) {
      if (words.has(other.text.replace(possessive, '').toLowerCase())) return true
    }
  }
  return false
}

/** Whether `previous` is a possessive (`car’s`, `drivers’`) right before `word`, not `it’s`. */
function isPossessive(article: Article, previous: Word, word: Word): boolean {
  const text = previous.text
  if (possessive.test(text)) return !contracted.has(text.replace(possessive, '').toLowerCase())
  // A plural possessive's mark is not part of the word (`drivers’ licenses`).
  return /s$/iu.test(text) && /^['\u2019]\s+$/u.test(article.text.slice(previous.end, word.start))
}
