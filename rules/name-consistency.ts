/**
 * `name-consistency`: one person, one spelling (`Nuri Mehmud`, then
 * `Mr Mehmud`, not `Mr Mahmoud`).
 */
import type {Article, Word} from '../src/article.js'
import {isAllCaps} from '../src/case.js'
import {getPeople, isHeadline, isSpellingVariant, nameKey, peopleRuleData, preparePeople, type People, type PeopleData, type PeopleTables} from '../src/people.js'
import {code} from '../src/report.js'
import {houseStyleRule, quotesOption} from '../src/rule.js'

export interface NameConsistencyOptions {
  /**
   * Inside direct quotes: `report` (default: spelling inside quotes is
   * transcription and is house-styled) or `skip`.
   */
  quotes: 'skip' | 'report'
}

export interface NameConsistencyData {
  /** The people model's word lists. */
  people: PeopleData
}

export default houseStyleRule<NameConsistencyOptions, NameConsistencyData, PeopleTables>(
  {
    id: 'name-consistency',
    description: 'One person, one spelling: `Mr Mehmud` after `Nuri Mehmud`, not `Mr Mahmoud`',
    fixable: true,
    severity: 'warn',
    options: quotesOption('report'),
    data: peopleRuleData,
    prepare: (data) => preparePeople(data.people)
  },
  ({article, options, tables, report}) => {
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
      const written = word.text.replace(possessive, '')
      report({
        start: word.start,
        end: word.start + written.length,
        reason: 'Use ' + code(first.text.replace(possessive, '')) + ', the spelling at first mention, not ' + code(written),
        note: 'First mention: line ' + article.toPoint(first.start).line + '.',
        expected: [first.text.replace(possessive, '')]
      })
    }
  }
)

const possessive = /['\u2019]s?$/u

/** Words after which a capitalised word is a place (`in Hajin`). */
const placeBefore = new Set(['in', 'near', 'from', 'around', 'outside', 'into', 'to', 'towards', 'across', 'inside', 'of'])

/**
 * Capitalised single names inside sentences that are another spelling of
 * exactly one earlier name (`Hajeen` after `Hajin`): the same consonants in
 * order, one or two letters apart, neither the other plus an ending
 * (`Iraq`, `Iraqi`), and both used as places (`in Hajin`, `near Hajeen`),
 * as English words that differ in a vowel (`Britain`, `Briton`) are common.
 * People's names are the people model's.
 */
function placeVariants(article: Article, tables: PeopleTables, people: People): Array<{word: Word; first: Word}> {
  const personal = new Set<string>()
  for (const mention of people.mentions) {
    for (const word of mention.words) personal.add(nameKey(word.text.replace(possessive, '')))
  }
  const places = new Set<string>()
  for (const word of article.words) {
    const previous = article.words[word.index - 1]
    if (previous && previous.sentence === word.sentence && placeBefore.has(previous.text)) {
      places.add(word.text.replace(possessive, '').toLowerCase())
    }
  }
  const firsts = new Map<string, Word>()
  const found: Array<{word: Word; first: Word}> = []
  for (const paragraph of article.paragraphs) {
    if (isHeadline(article, paragraph)) continue
    for (const sentence of paragraph.sentences) {
      for (const word of sentence.words.slice(1)) {
        const text = word.text.replace(possessive, '')
        if (!/^\p{Lu}\p{Ll}+$/u.test(text) || text.length < 5 || isAllCaps(text)) continue
        if (tables.notNames.has(text) || tables.givenNames.has(text) || personal.has(nameKey(text))) continue
        const key = text.toLowerCase()
        if (firsts.has(key)) continue
        const earlier = places.has(key)
          ? [...firsts.entries()].filter(
              ([other]) => places.has(other) && !other.startsWith(key) && !key.startsWith(other) && isSpellingVariant(other, key)
            )
          : []
        if (earlier.length === 1) {
          found.push({word, first: earlier[0]![1]})
          continue
        }
        firsts.set(key, word)
      }
    }
  }
  // Every later use of a variant, not only the first.
  const variants = new Map(found.map(({word, first}) => [word.text.replace(possessive, '').toLowerCase(), first]))
  return article.words
    .filter((word) => {
      const first = variants.get(word.text.replace(possessive, '').toLowerCase())
      return first !== undefined && /^\p{Lu}/u.test(word.text) && word.start > first.start && !isHeadline(article, word.sentence.paragraph)
    })
    .map((word) => ({word, first: variants.get(word.text.replace(possessive, '').toLowerCase())!}))
}
