/**
 * Whether a person is a child, from how the article introduces them: an age
 * under 18 (`14-year-old Stefan Pakeerah`, `Omar Saleh, 9,`, `aged 14`) or
 * a word for a child before the name (`schoolgirl`, `boy`), unless a word
 * other than a determiner or an age describes it (`bad boy`, `Bond girl`).
 */
import type {Article} from '../article.js'
import {wordBeforeMention} from './prefixes.js'
import {isSentenceStart} from './reading.js'
import type {PeopleTables} from './tables.js'
import type {Mention, Person} from './types.js'

const adulthood = 18
// `, aged 14` after the name (`, 9,` is the people model's age apposition); not a seed, `(1)`.
const agedAfter = /^,? aged (\d{1,2})\b/

export function isChild(article: Article, tables: PeopleTables, person: Person): boolean {
  return person.mentions.some((mention) => mention.kind === 'full' && introducesChild(article, tables, mention))
}

function introducesChild(article: Article, tables: PeopleTables, mention: Mention): boolean {
  const last = wordBeforeMention(article, mention)
  if (last) {
    if (isChildAge(tables, last.text)) return true
    // `Schoolgirl Amira Haddad` opens a sentence; `Spice Girl Geri` names a band.
    const opens = isSentenceStart(last)
    if (tables.childWords.has(last.lower) && (last.text === last.lower || opens)) {
      if (opens) return true
      const previous = article.words[last.index - 1]!
      if (isChildAge(tables, previous.text) || tables.determiners.has(previous.lower) || (previous.text === previous.lower && tables.functionWords.has(previous.lower))) return true
    }
  }
  const end = mention.end + mention.possessive.length
  // `, 9,`, as the reading found it (not `, 15 years after`).
  if (mention.apposition === 'age') return Number.parseInt(article.text.slice(end + 2, end + 5), 10) < adulthood
  const aged = agedAfter.exec(article.text.slice(end, end + 12))
  return aged !== null && Number(aged[1]) < adulthood
}

/** Whether a word is an age under 18 (`14-year-old`, `Three-year-old`, `six-month-old`). */
function isChildAge(tables: PeopleTables, word: string): boolean {
  const parts = word.toLowerCase().split('-')
  if (parts.length !== 3 || parts[2] !== 'old') return false
  const unit = parts[1]!.endsWith('s') ? parts[1]!.slice(0, -1) : parts[1]!
  if (!tables.ageUnits.has(unit)) return false
  if (unit !== 'year') return true
  const years = /^\d{1,2}$/.test(parts[0]!) ? Number(parts[0]) : tables.numberWords.get(parts[0]!)
  return years !== undefined && years < adulthood
}
