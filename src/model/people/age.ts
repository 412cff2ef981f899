/**
 * Whether a person is a child, from how the article introduces them: an age
 * under 18 (`14-year-old Stefan Pakeerah`, `Alan Kurdi, 3,`, `aged 14`) or
 * a word for a child before the name (`schoolgirl`, `boy`).
 */
import type {Article} from '../article.js'
import type {PeopleTables} from './tables.js'
import type {Mention, Person} from './types.js'

// English numerals up to the age of majority, as ages are spelt (`three-year-old`).
const spelledAges = new Map(
  ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen'].map(
    (word, index) => [word, index + 1]
  )
)
const adulthood = 18
const ageWord = /^(\d{1,2}|[a-z]+)-(year|month|week|day)s?-old$/
const ageAfter = /^(?:, (?:aged )?| \(| aged )(\d{1,2})\b/

export function isChild(article: Article, tables: PeopleTables, person: Person): boolean {
  return person.mentions.some((mention) => mention.kind === 'full' && introducesChild(article, tables, mention))
}

function introducesChild(article: Article, tables: PeopleTables, mention: Mention): boolean {
  const start = mention.officeStart ?? mention.prefix?.start ?? mention.start
  const before = wordsBefore(article.text.slice(Math.max(0, start - 48), start))
  const [last, previous] = before
  if (last) {
    if (childAge(last.word)) return true
    // `Schoolgirl Amira Haddad`, `14-year-old boy Stefan`; but not `Spice Girl Geri`.
    const word = last.word.toLowerCase()
    if (tables.childWords.has(word) && (last.word === word || last.sentenceStart)) return true
    if (tables.childWords.has(word) && previous && childAge(previous.word)) return true
  }
  const end = mention.end + mention.possessive.length
  const age = ageAfter.exec(article.text.slice(end, end + 12))
  return age !== null && Number(age[1]) < adulthood
}

/** Whether a word is an age under 18 (`14-year-old`, `three-year-old`, `six-month-old`). */
function childAge(word: string): boolean {
  const aged = ageWord.exec(word)
  if (!aged) return false
  if (aged[2] !== 'year') return true
  const years = /^\d/.test(aged[1]!) ? Number(aged[1]) : spelledAges.get(aged[1]!)
  return years !== undefined && years < adulthood
}

/** The last two words of `text` (last first), and whether each starts a sentence. */
function wordsBefore(text: string): Array<{word: string; sentenceStart: boolean}> {
  const found: Array<{word: string; sentenceStart: boolean}> = []
  let rest = text
  while (found.length < 2) {
    const trimmed = rest.trimEnd()
    if (trimmed.length === rest.length || trimmed === '') break
    const at = Math.max(trimmed.lastIndexOf(' '), trimmed.lastIndexOf('\n'), trimmed.lastIndexOf('('))
    const preceding = trimmed.slice(0, at + 1).trimEnd()
    const sentenceStart = preceding === '' || '.!?'.includes(preceding.at(-1)!) || trimmed[at] === '\n'
    found.push({word: trimmed.slice(at + 1), sentenceStart})
    rest = trimmed.slice(0, at + 1)
  }
  return found
}
