/**
 * `name-consistency`: one person, one spelling (`Nuri Mehmud`, then
 * `Mr Mehmud`, not `Mr Mahmoud`).
 */
import type {Article, Word} from '../src/model/article.js'
import {getPeople, isSpellingVariant, lowerNameKey, skeleton, type People, type PeopleTables} from '../src/model/people/index.js'
import {startsUpper} from '../src/model/case.js'
import {lowerWithoutPossessive, withoutPossessive} from '../src/model/words.js'
import {code} from '../src/kit/report.js'
import {houseStyleRule, quotesOption} from '../src/kit/rule.js'

export interface NameConsistencyOptions {
  /**
   * Inside direct quotes: `report` (default: spelling inside quotes is
   * transcription and is house-styled) or `skip`.
   */
  quotes: 'skip' | 'report'
}

export default houseStyleRule(
  {
    id: 'name-consistency',
    description: 'One person, one spelling: `Mr Mehmud` after `Nuri Mehmud`, not `Mr Mahmoud`',
    fixable: true,
    severity: 'warn',
    options: quotesOption('report')
  },
  ({article, options, model, report}) => {
    const tables = model.people
    const people = getPeople(article, tables)
    for (const mention of people.mentions) {
      if (!mention.variant || !mention.person || mention.headline) continue
      if (mention.inQuote && options.quotes === 'skip') continue
      const person = mention.person
      const intro = person.introduction
      report({
        start: mention.surnameStart,
        end: mention.surnameEnd,
        reason: 'Use ' + code(person.surname) + ', the spelling at first mention, not ' + code(mention.surname),
        note:
          'First mention: ' +
          code(article.text.slice(intro.start, intro.end)) +
          ' (line ' +
          article.toPoint(intro.start).line +
          '). If these are two people, introduce the second by full name.',
        expected: [person.surname]
      })
    }

    // Places and other names spelt two ways (`Hajin`, then `Hajeen`).
    for (const {word, first} of placeVariants(article, tables, people)) {
      if (word.inQuote && options.quotes === 'skip') continue
      const written = withoutPossessive(word.text)
      const expected = withoutPossessive(first.text)
      report({
        start: word.start,
        end: word.start + written.length,
        reason: 'Use ' + code(expected) + ', the spelling at first mention, not ' + code(written),
        note: 'First mention: line ' + article.toPoint(first.start).line + '.',
        expected: [expected]
      })
    }
  }
)


/**
 * Capitalised single names inside sentences that are another spelling of
 * exactly one earlier name (`Hajeen` after `Hajin`): the same consonants in
 * order, one or two letters apart, neither the other plus an ending
 * (`Iraq`, `Iraqi`), and both used as places (`in Hajin`, `near Hajeen`),
 * as English words that differ in a vowel (`Britain`, `Briton`) are common.
 * People's names are the people model's.
 */
function placeVariants(article: Article, tables: PeopleTables, people: People): Array<{word: Word; first: Word}> {
  const words = article.words
  // One pass over the words: those used as places, and the capitalised words
  // inside sentences that may be a variant (read once all places are known).
  const places = new Set<string>()
  const inside: Array<Word> = []
  for (let index = 1; index < words.length; index++) {
    const previous = words[index - 1]!
    const word = words[index]!
    if (previous.sentence === word.sentence && tables.placeBefore.has(previous.lower)) {
      places.add(lowerWithoutPossessive(word))
    }
    // Shorter than five letters is never a variant (below).
    if (word.text.length >= 5 && startsUpper(word.text) && word.sentence.words[0] !== word) inside.push(word)
  }
  const personal = new Set<string>()
  for (const mention of people.mentions) {
    for (const word of mention.words) personal.add(lowerNameKey(lowerWithoutPossessive(word)))
  }
  const firsts = new Map<string, Word>()
  /**
   * The entries of `firsts` that are places (only they can have variants),
   * in order, by consonant skeleton: a variant has its name's skeleton, and
   * comparing every place with every earlier one grew with the square of a
   * long file's places (80 ms of a 1.4 s pass over the corpus as one file,
   * measured; 36 ms since).
   */
  const placeFirsts = new Map<string, Array<[string, Word]>>()
  const found: Array<{word: Word; first: Word}> = []
  for (const word of inside) {
    const text = withoutPossessive(word.text)
    if (text.length < 5 || tables.notNames.has(text) || tables.givenNames.has(text) || !singleName.test(text)) continue
    if (word.sentence.paragraph.headline) continue
    const key = lowerWithoutPossessive(word)
    if (personal.has(lowerNameKey(key)) || firsts.has(key)) continue
    const place = places.has(key)
    const consonants = place ? skeleton(key) : ''
    const sameSkeleton = place ? placeFirsts.get(consonants) : undefined
    const earlier = (sameSkeleton ?? []).filter(([other]) => !other.startsWith(key) && !key.startsWith(other) && isSpellingVariant(other, key))
    if (earlier.length === 1) {
      found.push({word, first: earlier[0]![1]})
      continue
    }
    firsts.set(key, word)
    if (sameSkeleton) sameSkeleton.push([key, word])
    else if (place) placeFirsts.set(consonants, [[key, word]])
  }
  if (found.length === 0) return []
  // Every later use of a variant, not only the first.
  const variants = new Map(found.map(({word, first}) => [lowerWithoutPossessive(word), first]))
  const uses: Array<{word: Word; first: Word}> = []
  for (const word of words) {
    if (!startsUpper(word.text)) continue
    const first = variants.get(lowerWithoutPossessive(word))
    if (first !== undefined && word.start > first.start && !word.sentence.paragraph.headline) {
      uses.push({word, first})
    }
  }
  return uses
}

/** A capital and lower-case letters (`Hajin`), not `IS` or `al-Bab`. */
const singleName = /^\p{Lu}\p{Ll}+$/u
