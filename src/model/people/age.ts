/**
 * Whether a person is a child, from how the article introduces them: an age
 * under 18 (`14-year-old Stefan Pakeerah`, `Omar Saleh, 9,`, `aged 14`) or
 * a word for a child before the name (`schoolgirl`, `boy`), unless a word
 * other than a determiner or an age describes it (`bad boy`, `Bond girl`).
 */
import type {Article} from '../article.js'
import type {PeopleTables} from './tables.js'
import type {Mention, Person} from './types.js'

const adulthood = 18
// `, 9,` or `, aged 14` after the name; not `, 15 years after` nor a seed, `(1)`.
const ageAfter = /^(?:, (?:aged )?(\d{1,2})(?=[,;)]| [-–—] )|,? aged (\d{1,2})\b)/

export function isChild(article: Article, tables: PeopleTables, person: Person): boolean {
  return person.mentions.some((mention) => mention.kind === 'full' && introducesChild(article, tables, mention))
}

function introducesChild(article: Article, tables: PeopleTables, mention: Mention): boolean {
  const start = mention.officeStart ?? mention.prefix?.start ?? mention.start
  const [last, previous] = wordsBefore(article.text.slice(Math.max(0, start - 48), start))
  if (last) {
    if (isChildAge(tables, last.word)) return true
    const word = last.word.toLowerCase()
    // `Schoolgirl Amira Haddad` opens a sentence; `Spice Girl Geri` names a band.
    if (tables.childWords.has(word) && (last.word === word || last.sentenceStart)) {
      if (!previous || last.sentenceStart) return true
      const before = previous.word.toLowerCase()
      if (isChildAge(tables, previous.word) || tables.determiners.has(before) || (previous.word === before && tables.functionWords.has(before))) return true
    }
  }
  const end = mention.end + mention.possessive.length
  const age = ageAfter.exec(article.text.slice(end, end + 16))
  return age !== null && Number(age[1] ?? age[2]) < adulthood
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

/** The last two words of `text` (last first), and whether each starts a sentence. */
function wordsBefore(text: string): Array<{word: string; sentenceStart: boolean}> {
  const found: Array<{word: string; sentenceStart: boolean}> = []
  let rest = text
  while (found.length < 2) {
    const trimmed = rest.trimEnd()
    if (trimmed.length === rest.length || trimmed === '') break
    const at = Math.max(trimmed.lastIndexOf(' '), trimmed.lastIndexOf('\n'), trimmed.lastIndexOf('('))
    const preceding = trimmed.slice(0, at + 1).trimEnd()
    found.push({word: trimmed.slice(at + 1), sentenceStart: preceding === '' || trimmed[at] === '\n' || endsSentence(preceding)})
    rest = trimmed.slice(0, at + 1)
  }
  return found
}

/** Whether text ends a sentence: `.`, `!` or `?`, and any closing quote or bracket after it (`so.”`). */
function endsSentence(text: string): boolean {
  let end = text.length - 1
  while (end > 0 && '"”’\')'.includes(text[end]!)) end--
  return '.!?'.includes(text[end]!)
}
