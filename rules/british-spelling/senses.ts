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
const compoundNumbers = new Set(['multi', 'single', 'double', 'triple'])

function isNumber(text: string): boolean {
  return /^\d[\d,.]*$/u.test(text) || numberWords.has(text.toLowerCase())
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
  if (context.compoundNumber && !(previousPart !== undefined && (isNumber(previousPart) || compoundNumbers.has(previousPart.toLowerCase())))) {
    return false
  }
  if (context.forAmount && !/^\s+for\s+(?:US)?[$£€]\s?\d/u.test(article.text.slice(word.end, word.end + 16))) return false
  if (prepared.notAfter && previousText !== undefined && prepared.notAfter.has(previousText)) return false
  if (prepared.notBefore && next !== undefined && prepared.notBefore.has(next)) return false
  if (context.notAfterNumber && numberBefore) return false
  if (prepared.notNear) {
    const paragraph = word.sentence.paragraph.sentences
    const at = paragraph.indexOf(word.sentence)
    for (const sentence of paragraph.slice(Math.max(0, at - 1), at + 2)) {
      for (const other of sentence.words) {
        if (prepared.notNear.has(other.text.replace(possessive, '').toLowerCase())) return false
      }
    }
  }
  return true
}
