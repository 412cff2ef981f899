/**
 * Names as keys and spellings: the look-up key of a name, whether two
 * names are spellings of one (`Mehmud`, `Mahmoud`), and the house form of
 * a later mention (`Mr Bali`, `Col Ryan`).
 */
import {isSpace} from '../../parse/text.js'
import type {PeopleTables} from './tables.js'
import type {Person} from './types.js'

/** Look-up key of a name: lower case, hyphens as spaces, no full stops. */
export function nameKey(name: string): string {
  return lowerNameKey(name.toLowerCase())
}

/** `nameKey` of a name already in lower case. */
export function lowerNameKey(lower: string): string {
  // Most names are their own key; the people model asks for thousands of them.
  if (isPlainKey(lower)) return lower
  return lower.replace(/[.]/g, '').replace(/-/g, ' ').replace(/\s+/g, ' ').trim()
}

/** Whether a lower-case name has no full stop, no hyphen and no white space but single spaces between words. */
function isPlainKey(lower: string): boolean {
  const last = lower.length - 1
  for (let index = 0; index <= last; index++) {
    const code = lower.charCodeAt(index)
    if (code === 32) {
      if (index === 0 || index === last || lower.charCodeAt(index - 1) === 32) return false
    } else if (code === 45 || code === 46 || isSpace(code)) return false
  }
  return true
}

/** A prefix without full stops (`Lt. Col.` -> `Lt Col`). */
export function bare(text: string): string {
  return text.includes('.') ? text.replace(/\./g, '') : text
}

/** The house form of a later mention of `person`: `Mr Bali`, `Col Ryan`, `Sheikh Mohammed`. */
export function houseForms(person: Person, tables: PeopleTables): Array<string> {
  if (person.givenAlone && person.given) return [person.given]
  const surname = person.goesByGiven && person.given ? person.given : houseParticles(tables, laterName(person))
  if (person.title) {
    const name = person.title.pattern === 'given' && person.given ? person.given : surname
    return [person.title.house + ' ' + name]
  }
  if (person.rank) return [person.rank + ' ' + surname]
  if (person.honorific) return [person.honorific + ' ' + surname]
  if (person.gender === 'male') return ['Mr ' + surname]
  if (person.gender === 'female') return ['Ms ' + surname]
  return ['Mr ' + surname, 'Ms ' + surname]
}

/** The name a person's later mentions take: the surname, or the one the article calls them by. */
export function laterName(person: Person): string {
  return person.calledBy ?? person.surname
}

/** Where a word starts with a particle joined by a hyphen (`al-Assad`), the particle's house form and its length with the hyphen. */
export function particleAt(tables: PeopleTables, word: string): {form: string; length: number} | undefined {
  const hyphen = word.indexOf('-')
  if (hyphen < 1 || hyphen > 4 || !/^\p{Lu}/u.test(word.slice(hyphen + 1))) return undefined
  const form = tables.particleForms.get(word.slice(0, hyphen).toLowerCase())
  return form === undefined ? undefined : {form, length: hyphen + 1}
}

/** A name with its hyphenated particles in house form (`Bashar al-Assad` -> `Bashar Al Assad`). */
export function houseParticles(tables: PeopleTables, name: string): string {
  if (tables.particleForms.size === 0 || !name.includes('-')) return name
  return name
    .split(' ')
    .map((word) => {
      const particle = particleAt(tables, word)
      return particle ? particle.form + ' ' + word.slice(particle.length) : word
    })
    .join(' ')
}

/** Whether `variant` looks like another spelling of `name` (`Mahmoud`, `Mehmud`). */
export function isSpellingVariant(name: string, variant: string): boolean {
  return isLowerSpellingVariant(name.toLowerCase(), variant.toLowerCase())
}

/** `isSpellingVariant` of two names in lower case, for callers that compare one name with many. */
export function isLowerSpellingVariant(a: string, b: string): boolean {
  if (a === b || a.length < 4 || b.length < 4) return false
  // `Orban` for `Orbán`: the same letters but for their accents.
  if (a.length === b.length && (hasMark(a) || hasMark(b)) && withoutMarks(a) === withoutMarks(b)) return true
  if (a.charCodeAt(0) !== b.charCodeAt(0)) return false
  // Cheap before the regexes: more than two letters longer is more than two edits away.
  if (Math.abs(a.length - b.length) > 2) return false
  const consonants = skeleton(a)
  if (consonants !== skeleton(b) || consonants.length < 3) return false
  return distance(a, b) <= 2
}

/** Whether a lower-case name has a letter outside ASCII (most have none). */
function hasMark(value: string): boolean {
  for (let index = 0; index < value.length; index++) if (value.charCodeAt(index) > 127) return true
  return false
}

/** The name with its accents taken off (`orbán` -> `orban`). */
export function withoutMarks(value: string): string {
  return hasMark(value) ? value.normalize('NFD').replace(/\p{M}/gu, '') : value
}

/**
 * A name's consonants in order, doubles as one: a spelling variant has its
 * name's skeleton. What `value.replace(/[^\p{L}]/gu, '').replace(/[aeiouy]/g,
 * '').replace(/(.)\1+/g, '$1')` gives, without three regexes for every
 * place name of an article (a property test compares them).
 */
export function skeleton(value: string): string {
  let result = ''
  let last = -1
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code < 128) {
      const letter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
      if (!letter || lowerVowels.has(code)) continue
      if (code !== last) result += value.charAt(index)
      last = code
      continue
    }
    const point = value.codePointAt(index)!
    const units = point > 0xffff ? 2 : 1
    if (anyLetter.test(String.fromCodePoint(point))) {
      for (let unit = index; unit < index + units; unit++) {
        if (value.charCodeAt(unit) !== last) result += value.charAt(unit)
        last = value.charCodeAt(unit)
      }
    }
    index += units - 1
  }
  return result
}

const lowerVowels = new Set([...'aeiouy'].map((vowel) => vowel.charCodeAt(0)))

const anyLetter = /^\p{L}$/u

function distance(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
    }
    previous = current
  }
  return previous[b.length]!
}
