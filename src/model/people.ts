/**
 * The people model: who the article names, how each person was introduced,
 * every later mention, and their inferred gender.
 *
 * Built once per article and word tables (`getPeople`), so the rules
 * `honorifics`, `honorific-punctuation`, `ranks` and `name-consistency` share
 * one reading. The word lists (given names, particles, honorifics, ranks,
 * titles, descriptors, speech verbs, words that make a name a place or an
 * organisation) are style data: `data.people` (src/model/defaults.ts), one
 * block for every rule that reads the people model.
 *
 * Precision first: a capitalised run of words is a person only when it is
 * introduced in a person context (an honorific, a rank or a title, a
 * descriptor such as `spokesman`, a speech verb, a known given name), or
 * when the article later calls it `Mr X`. A bare word is a later mention
 * only of a person already tracked.
 */
import {type Article, type Paragraph, type Word, perArticle} from './article.js'
import {isAllCaps, startsUpper} from './case.js'
import {defaultPeople} from './defaults.js'
import {isSpace} from '../parse/text.js'
import {possessiveLength, withoutPossessive} from './words.js'

export type Gender = 'male' | 'female'

export interface PeopleData {
  /** Honorific (without full stop) -> the gender it marks, or `any` (`Dr`). */
  honorifics: Record<string, Gender | 'any'>
  /** Rank as written (full or abbreviated, words separated by a space) -> house form. */
  ranks: Record<string, string>
  /** Words after which `General` is part of an office, not a rank (`Attorney General`). */
  notRankAfter: Array<string>
  /**
   * Royal and religious titles -> what follows them at later mentions:
   * `given` (`Sheikh Mohammed`) or `surname` (`Lord Falconer`).
   */
  titles: Record<string, 'given' | 'surname'>
  /** Surname particles, lower case (`abu`, `al`, `bin`, `van`). */
  particles: Array<string>
  /** Known given names by gender. */
  givenNames: {male: Array<string>; female: Array<string>}
  /** Words that introduce a person (`spokesman`), with the gender they mark. */
  descriptors: Record<string, Gender | 'any'>
  /** Verbs that make a name next to them a speaker (`said`). */
  speechVerbs: Array<string>
  /** Pronouns and the gender they mark. */
  pronouns: Record<string, Gender>
  /** Capitalised words that are never part of a name (`The`, `Monday`, `May`). */
  notNames: Array<string>
  /** Capitalised office words before a name (`Prime Minister`, `Foreign Secretary`). */
  titleWords: Array<string>
  /** Words that make a capitalised run a place or an organisation (`Observatory`). */
  notPeopleWords: Array<string>
  /** Whole names that are not people (`Abu Dhabi`, `Morgan Stanley`). */
  notPeople: Array<string>
  /** Nouns before a name that make it a company (`parts maker Robert Bosch`), lower case. */
  companyNouns: Array<string>
}

export interface PeopleTables {
  honorifics: Map<string, Gender | 'any'>
  ranks: Map<string, string>
  /** The most words in a rank (`Lieutenant Colonel`: 2). */
  rankWords: number
  /** First words of the ranks (`Lieutenant`, `Lt`): most words start none. */
  rankStarts: Set<string>
  notRankAfter: Set<string>
  titles: Map<string, 'given' | 'surname'>
  particles: Set<string>
  /**
   * Whether an ASCII character (by code) starts a particle: most lower-case
   * words start with none, so their lower case need not be read (a word
   * starting with a hyphen has an empty head, which only an empty particle
   * matches).
   */
  particleStarts: Array<boolean>
  givenNames: Map<string, Gender>
  descriptors: Map<string, Gender | 'any'>
  speechVerbs: Set<string>
  pronouns: Map<string, Gender>
  notNames: Set<string>
  titleWords: Set<string>
  notPeopleWords: Set<string>
  notPeople: Set<string>
  companyNouns: Set<string>
}

export interface Prefix {
  kind: 'honorific' | 'rank' | 'title'
  /** As written, full stops included (`Mr.`, `Lieutenant Colonel`). */
  written: string
  /** House form (`Mr`, `Lt Col`). */
  house: string
  start: number
  end: number
  words: Array<Word>
}

export interface Mention {
  /**
   * `full`: given name and surname (`Mustafa Bali`, `Col Sean Ryan`);
   * `prefixed`: honorific, rank or title and one name (`Mr Bali`, `Sheikh Mohammed`);
   * `bare`: the surname alone (`Bali`, `Abu Layla`).
   */
  kind: 'full' | 'prefixed' | 'bare'
  /** Span of the whole mention, prefix included, possessive ending excluded. */
  start: number
  end: number
  prefix?: Prefix
  given?: string
  surname: string
  surnameStart: number
  surnameEnd: number
  /** The possessive ending as written (`’s`), or an empty string. */
  possessive: string
  inQuote: boolean
  /** In a headline or other line that is not running text. */
  headline: boolean
  words: Array<Word>
  /** A descriptor right before or after the name (`SDF spokesman`), lower case. */
  descriptor?: string
  /** A speech verb right before or after the name. */
  speech: boolean
  person?: Person
  /** The person's first mention. */
  first: boolean
  /** The name is a spelling variant of the person's (`Mahmoud` for `Mehmud`). */
  variant: boolean
}

export interface Person {
  /** Given name as first written (absent when only `Mr X` is known). */
  given?: string
  /** Surname with its particles, as first written (`Abu Layla`). */
  surname: string
  /** The mention that introduced them. */
  introduction: Mention
  /** Why this is a person: `descriptor: spokesman`, `rank: Col`, `speech verb`, `given name`, `honorific`. */
  evidence: Array<string>
  /** Whether there is more than a given name to go on. */
  strong: boolean
  rank?: string
  /** Royal or religious title and its later pattern. */
  title?: {house: string; pattern: 'given' | 'surname'}
  /** `Dr`, `Prof` or `Rev`, when introduced with one. */
  honorific?: string
  gender?: Gender
  genderEvidence?: string
  /** Another person in the article has the same surname. */
  ambiguous: boolean
  /** The surname stood alone before the person was introduced (`Disney` the company, then `Roy Disney`). */
  usedBefore: boolean
  mentions: Array<Mention>
}

export interface People {
  persons: Array<Person>
  mentions: Array<Mention>
}

/** Turn people data into look-up tables (once per style: src/kit/model.ts). */
export function preparePeople(data: PeopleData): PeopleTables {
  const givenNames = new Map<string, Gender>()
  for (const name of data.givenNames.male) givenNames.set(name, 'male')
  for (const name of data.givenNames.female) givenNames.set(name, 'female')
  const ranks = new Map(Object.entries(data.ranks))
  const particles = new Set(data.particles.map((particle) => particle.toLowerCase()))
  return {
    honorifics: new Map(Object.entries(data.honorifics)),
    ranks,
    rankWords: Math.max(1, ...[...ranks.keys()].map((rank) => rank.split(' ').length)),
    rankStarts: new Set([...ranks.keys()].map((rank) => rank.split(' ')[0]!)),
    notRankAfter: new Set(data.notRankAfter),
    titles: new Map(Object.entries(data.titles)),
    particles,
    particleStarts: Array.from({length: 128}, (_, code) =>
      [...particles].some((particle) => (particle === '' ? code === 45 : particle.charCodeAt(0) === code))
    ),
    givenNames,
    descriptors: new Map(Object.entries(data.descriptors).map(([word, gender]) => [word.toLowerCase(), gender])),
    speechVerbs: new Set(data.speechVerbs),
    pronouns: new Map(Object.entries(data.pronouns)),
    notNames: new Set(data.notNames),
    titleWords: new Set(data.titleWords),
    notPeopleWords: new Set(data.notPeopleWords),
    notPeople: new Set(data.notPeople.map((name) => nameKey(name))),
    companyNouns: new Set(data.companyNouns)
  }
}

/** The people of `article`, computed once per article and tables. */
export const getPeople = perArticle<PeopleTables, People>(buildPeople)

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
function bare(text: string): string {
  return text.includes('.') ? text.replace(/\./g, '') : text
}

// The text and word checks below run for every word of every article: they
// answer ASCII with character codes and leave the rest to the regular
// expressions they stand for.

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

function hasDigit(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    if (isDigit(text.charCodeAt(index))) return true
  }
  return false
}

/** A compound with a lower-case part (`Europe-based`). */
function hasLowerCompound(text: string): boolean {
  return text.includes('-') && /-\p{Ll}/u.test(text)
}

/** Whether `text` starts with a particle (`al`, `Abu`, `al-Assad`). */
function isParticle(tables: PeopleTables, text: string): boolean {
  const lower = text.toLowerCase()
  const hyphen = lower.indexOf('-')
  return tables.particles.has(hyphen === -1 ? lower : lower.slice(0, hyphen))
}

/** The house form of a later mention of `person`: `Mr Bali`, `Col Ryan`, `Sheikh Mohammed`. */
export function houseForms(person: Person): Array<string> {
  if (person.title) {
    const name = person.title.pattern === 'given' && person.given ? person.given : person.surname
    return [person.title.house + ' ' + name]
  }
  if (person.rank) return [person.rank + ' ' + person.surname]
  if (person.honorific) return [person.honorific + ' ' + person.surname]
  if (person.gender === 'male') return ['Mr ' + person.surname]
  if (person.gender === 'female') return ['Ms ' + person.surname]
  return ['Mr ' + person.surname, 'Ms ' + person.surname]
}

/** Whether `variant` looks like another spelling of `name` (`Mahmoud`, `Mehmud`). */
export function isSpellingVariant(name: string, variant: string): boolean {
  return isLowerSpellingVariant(name.toLowerCase(), variant.toLowerCase())
}

/** `isSpellingVariant` of two names in lower case, for callers that compare one name with many. */
function isLowerSpellingVariant(a: string, b: string): boolean {
  if (a === b || a.length < 4 || b.length < 4 || a.charCodeAt(0) !== b.charCodeAt(0)) return false
  // Cheap before the regexes: more than two letters longer is more than two edits away.
  if (Math.abs(a.length - b.length) > 2) return false
  const consonants = skeleton(a)
  if (consonants !== skeleton(b) || consonants.length < 3) return false
  return distance(a, b) <= 2
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

function buildPeople(article: Article, tables: PeopleTables): People {
  const candidates = readNames(article, tables)
  // Every step below looks people up by surname: key each candidate's once.
  const keys = candidates.map((mention) => surnameKey(mention))

  // Honorifics used anywhere (`Mr X`) mark X as a person whatever the lists say.
  const prefixed = new Set<string>()
  const fullKeys = new Set<string>()
  for (let index = 0; index < candidates.length; index++) {
    const mention = candidates[index]!
    const prefix = mention.prefix
    if (mention.kind === 'prefixed' && prefix && (prefix.kind === 'honorific' || bare(prefix.written) === prefix.house)) {
      prefixed.add(keys[index]!)
    }
    if (mention.kind === 'full') fullKeys.add(keys[index]!)
  }
  // `Reveta Bowers, Stanley Gold and Raymond Watson`: a name listed with people is a person.
  const listed = new Set<Mention>()
  for (let index = 1; index < candidates.length; index++) {
    const a = candidates[index - 1]!
    const b = candidates[index]!
    if (a.kind !== 'full' || b.kind !== 'full' || a.words[0]!.sentence !== b.words[0]!.sentence) continue
    if (!/^(?:,|,? and|,? &) $/.test(article.text.slice(a.end + a.possessive.length, b.start))) continue
    listed.add(a)
    listed.add(b)
  }

  const persons: Array<Person> = []
  /** Surnames seen standing alone before anyone had them. */
  const seen = new Set<string>()
  const bySurname = new Map<string, Array<Person>>()
  const mentions: Array<Mention> = []
  const add = (person: Person, mention: Mention) => {
    mention.person = person
    person.mentions.push(mention)
    mentions.push(mention)
  }
  const byCore = new Map<string, Array<Person>>()
  const find = (key: string): Array<Person> => {
    const exact = bySurname.get(key)
    if (exact) return exact
    // `Assad` for `Bashar al-Assad`: the surname without its particles.
    // Indexed as persons are created (in the same order): filtering every
    // person here was quadratic in the article's length.
    return byCore.get(key) ?? []
  }
  const create = (mention: Mention, key: string, evidence: Array<string>, strong: boolean): Person => {
    const person: Person = {
      surname: mention.surname,
      introduction: mention,
      evidence,
      strong,
      ambiguous: false,
      usedBefore: seen.has(key),
      mentions: []
    }
    if (mention.given) person.given = mention.given
    setPrefix(tables, person, mention)
    mention.first = true
    const same = bySurname.get(key)
    if (same) {
      person.ambiguous = true
      for (const other of same) other.ambiguous = true
      same.push(person)
    } else bySurname.set(key, [person])
    persons.push(person)
    const coreKey = core(tables, key)
    const sameCore = byCore.get(coreKey)
    if (sameCore) sameCore.push(person)
    else byCore.set(coreKey, [person])
    add(person, mention)
    return person
  }

  for (let index = 0; index < candidates.length; index++) {
    const mention = candidates[index]!
    const key = keys[index]!
    // Headlines write surnames alone (`Mrs Howard gets key role`): only a full name there counts.
    if (mention.headline && mention.kind !== 'full') continue
    if (mention.kind === 'bare') {
      const found = find(key)
      if (found.length === 1) add(found[0]!, mention)
      else if (found.length === 0) seen.add(key)
      continue
    }

    if (mention.kind === 'prefixed' && mention.prefix?.kind === 'title') {
      // `Sheikh Mohammed`: the later form of `Sheikh Mohammed bin Rashid`.
      const found = persons.filter((person) => person.title && person.given !== undefined && nameKey(person.given) === key)
      const other = found.length === 0 ? find(key) : found
      if (other.length === 1) add(other[0]!, mention)
      else if (other.length === 0) create(mention, key, ['title: ' + mention.prefix.house], true)
      continue
    }

    const evidence: Array<string> = []
    // A rank spelt out (`General`, `Private`) may start a name (`General Motors`): not evidence alone.
    const spelt = mention.prefix?.kind === 'rank' && bare(mention.prefix.written) !== mention.prefix.house
    if (mention.prefix && !spelt) evidence.push(mention.prefix.kind + ': ' + mention.prefix.house)
    if (mention.descriptor) evidence.push('descriptor: ' + mention.descriptor)
    if (prefixed.has(key)) evidence.push('honorific later')
    if (mention.given && tables.givenNames.has(mention.given)) evidence.push('given name')
    else if (listed.has(mention) && listHasPerson(tables, candidates, index)) evidence.push('listed with people')
    // A speech verb alone does not make a name a person (`Swiss Re said`); a he or she does.
    if (evidence.length === 0 && mention.kind === 'full' && pronounAfter(article, tables, mention)) evidence.push('pronoun')
    if (evidence.length === 0) continue
    if (mention.speech) evidence.push('speech verb')
    if (!evidence.includes('pronoun') && pronounAfter(article, tables, mention)) evidence.push('pronoun')
    const strong = evidence.some((item) => item !== 'given name' && item !== 'listed with people')

    const found = find(key)
    if (mention.kind === 'prefixed') {
      // `Mrs Howard` after `Michael Howard` is someone else.
      const fits = found.filter((person) => fitsHonorific(tables, person, mention))
      if (fits.length > 0) {
        add(pick(fits, mention), mention)
        continue
      }
      const variantOf = variantPerson(persons, mention, key, fullKeys)
      if (variantOf) {
        mention.variant = true
        add(variantOf, mention)
        continue
      }
      create(mention, key, evidence, strong)
      continue
    }

    // A full name.
    const givenKey = mention.given === undefined ? undefined : nameKey(mention.given)
    const same = found.filter((person) =>
      person.given === undefined
        ? compatible(tables, person, mention)
        : givenKey !== undefined && nameKey(person.given) === givenKey
    )
    if (same.length === 1 && nameKey(same[0]!.surname) === key) {
      const person = same[0]!
      if (person.given === undefined && mention.given) person.given = mention.given
      setPrefix(tables, person, mention)
      if (strong) person.strong = true
      add(person, mention)
      continue
    }
    if (found.length === 0) {
      const variantOf = variantPerson(persons, mention, key, fullKeys)
      if (variantOf) {
        mention.variant = true
        add(variantOf, mention)
        continue
      }
    }
    create(mention, key, evidence, strong)
  }

  const covering = coveringMentions(article, mentions)
  for (const person of persons) {
    person.strong ||= person.mentions.some(
      (mention) => mention.speech || mention.prefix !== undefined || mention.descriptor || pronounAfter(article, tables, mention)
    )
    inferGender(article, tables, person, covering)
  }

  mentions.sort((a, b) => a.start - b.start)
  return {persons, mentions}
}

/** `nameKey` of a mention's surname; a one-word surname as the word was written has its lower case made already. */
function surnameKey(mention: Mention): string {
  const word = mention.words[mention.words.length - 1]!
  return mention.surname === word.text ? lowerNameKey(word.lower) : nameKey(mention.surname)
}

/** Whether the listed name `candidates[at]` stands in a list with a known given name. */
function listHasPerson(tables: PeopleTables, candidates: Array<Mention>, at: number): boolean {
  const sentence = candidates[at]!.words[0]!.sentence
  for (const step of [-1, 1]) {
    for (let index = at + step; index >= 0 && index < candidates.length; index += step) {
      const other = candidates[index]!
      if (other.kind !== 'full' || other.words[0]!.sentence !== sentence) break
      if (other.given && tables.givenNames.has(other.given)) return true
    }
  }
  return false
}

/** Whether a full name can be the person so far known as `Mr X` (`Mrs Howard` is not `Michael Howard`). */
function compatible(tables: PeopleTables, person: Person, mention: Mention): boolean {
  const given = mention.given ? tables.givenNames.get(mention.given) : undefined
  if (!given) return true
  return person.mentions.every((other) => {
    const marked = other.prefix?.kind === 'honorific' ? tables.honorifics.get(other.prefix.house) : undefined
    return marked === undefined || marked === 'any' || marked === given
  })
}

/** Whether a prefixed mention's honorific fits the person's given name (`Mrs` does not fit `Michael`). */
function fitsHonorific(tables: PeopleTables, person: Person, mention: Mention): boolean {
  const marked = mention.prefix?.kind === 'honorific' ? tables.honorifics.get(mention.prefix.house) : undefined
  const given = person.given ? tables.givenNames.get(person.given) : undefined
  return marked === undefined || marked === 'any' || given === undefined || marked === given
}

/** Of several people with one surname, the one a prefixed mention means. */
function pick(found: Array<Person>, mention: Mention): Person {
  return found.find((person) => person.rank !== undefined && mention.prefix?.house === person.rank) ?? found.at(-1)!
}

/** Honorifics that say nothing but gender: a person introduced with one keeps no honorific. */
const plainHonorifics = new Set(['Mr', 'Ms', 'Mrs', 'Miss'])

function setPrefix(tables: PeopleTables, person: Person, mention: Mention): undefined {
  const prefix = mention.prefix
  if (!prefix) return
  if (prefix.kind === 'rank') person.rank ??= prefix.house
  else if (prefix.kind === 'title') {
    const pattern = mention.kind === 'full' ? (tables.titles.get(prefix.house) ?? 'surname') : 'surname'
    person.title ??= {house: prefix.house, pattern}
  }
  else if (!plainHonorifics.has(prefix.house)) person.honorific ??= prefix.house
}

/** The person whose surname `mention` (keyed `key`) spells differently, if exactly one. */
function variantPerson(persons: Array<Person>, mention: Mention, key: string, fullKeys: Set<string>): Person | undefined {
  // A name that is somewhere else given in full is someone else.
  if (mention.kind === 'prefixed' && fullKeys.has(key)) return undefined
  const full = mention.kind === 'full'
  const givenKey = full && mention.given !== undefined ? nameKey(mention.given) : undefined
  // A full name is a variant only of someone with the same given name.
  if (full && givenKey === undefined) return undefined
  const surname = mention.surname.toLowerCase()
  let found: Person | undefined
  for (const person of persons) {
    if (!person.strong || person.ambiguous || person.given === undefined) continue
    if (!isLowerSpellingVariant(person.surname.toLowerCase(), surname)) continue
    if (full && nameKey(person.given) !== givenKey) continue
    if (found) return undefined
    found = person
  }
  return found
}

/** The surname key without leading particles (`al assad` -> `assad`). */
function core(tables: PeopleTables, key: string): string {
  let start = 0
  for (;;) {
    const space = key.indexOf(' ', start)
    if (space === -1 || !tables.particles.has(key.slice(start, space))) break
    start = space + 1
  }
  return start === 0 ? key : key.slice(start)
}

/**
 * The mentions whose span covers each word (by word index). `nextPronoun`
 * asks this for every word it passes; scanning every mention instead made
 * the people model quadratic in the article's length (98 s for 3 MB).
 */
function coveringMentions(article: Article, mentions: Array<Mention>): Map<number, Array<Mention>> {
  const covering = new Map<number, Array<Mention>>()
  const words = article.words
  for (const mention of mentions) {
    // The first word starting at or after the mention's start (words are in order).
    let low = 0
    let high = words.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (words[middle]!.start < mention.start) low = middle + 1
      else high = middle
    }
    for (let index = low; index < words.length && words[index]!.start < mention.end; index++) {
      const list = covering.get(index)
      if (list) list.push(mention)
      else covering.set(index, [mention])
    }
  }
  return covering
}

function inferGender(article: Article, tables: PeopleTables, person: Person, covering: Map<number, Array<Mention>>): undefined {
  const found: Array<[number, Gender, string]> = []
  for (const mention of person.mentions) {
    const gender = mention.prefix?.kind === 'honorific' ? tables.honorifics.get(mention.prefix.house) : undefined
    if (gender && gender !== 'any') found.push([0, gender, mention.prefix!.house + ' ' + mention.surname])
    const described = mention.descriptor ? tables.descriptors.get(mention.descriptor) : undefined
    if (described && described !== 'any') found.push([1, described, mention.descriptor!])
    if (mention.inQuote || mention.possessive) continue
    const pronoun = nextPronoun(article, tables, mention, covering)
    if (pronoun) found.push([3, pronoun[0], pronoun[1]])
  }
  const given = person.given ? tables.givenNames.get(person.given) : undefined
  if (given) found.push([2, given, 'given name ' + person.given])
  found.sort((a, b) => a[0] - b[0])
  const best = found[0]
  if (!best) return
  // Conflicting evidence of the same strength: leave it unknown.
  if (found.some((other) => other[0] === best[0] && other[1] !== best[1])) return
  person.gender = best[1]
  person.genderEvidence = best[2]
}

/** The first pronoun after `mention` in its sentence or the next, with no other person between. */
function nextPronoun(
  article: Article,
  tables: PeopleTables,
  mention: Mention,
  covering: Map<number, Array<Mention>>
): [Gender, string] | undefined {
  const words = article.words
  const last = mention.words.at(-1)!
  const sentence = last.sentence
  const limit = article.sentences[sentence.index + 1]?.paragraph === sentence.paragraph ? sentence.index + 1 : sentence.index
  for (let index = last.index + 1; index < words.length; index++) {
    const word = words[index]!
    if (word.sentence.index > limit) return undefined
    const others = covering.get(index)
    if (others && coversSomeoneElse(others, mention.person)) return undefined
    if (word.inQuote) continue
    const gender = tables.pronouns.get(word.lower)
    if (gender) {
      const next = words[index + 1]
      return [gender, word.lower + (next && !next.inQuote ? ' ' + next.text : '')]
    }
    // Another capitalised name-like word between: unsure who the pronoun means.
    if (word.sentence.index > sentence.index && startsUpper(word.text) && index > word.sentence.words[0]!.index) {
      return undefined
    }
  }
  return undefined
}

function coversSomeoneElse(mentions: Array<Mention>, person: Person | undefined): boolean {
  for (const other of mentions) if (other.person !== person) return true
  return false
}

/**
 * Every mention a name could be, in order: runs of adjacent name-like words
 * (capitalised, or particles) in a sentence, each read by `readRun`. Runs
 * are spans of the article's words, so no run is copied out that is not a
 * name.
 */
function readNames(article: Article, tables: PeopleTables): Array<Mention> {
  const words = article.words
  const candidates: Array<Mention> = []
  /** Index of the first word of the current run, or -1. */
  let start = -1
  /** The paragraph of the last run and whether it is a headline, asked once per paragraph. */
  let paragraph: Paragraph | undefined
  let headline = false
  for (let index = 0; index <= words.length; index++) {
    const word = words[index]
    const nameLike = word !== undefined && isNameLike(tables, word)
    if (start !== -1 && (!nameLike || !isJoined(article.text, words[index - 1]!, word!))) {
      let from = start
      let to = index
      // A name starts and ends with a capital, not a particle.
      while (to > from && !startsUpper(words[to - 1]!.text)) to--
      while (from < to && !startsUpper(words[from]!.text)) from++
      if (from < to) {
        if (words[from]!.sentence.paragraph !== paragraph) {
          paragraph = words[from]!.sentence.paragraph
          headline = paragraph.headline
        }
        const mention = readRun(article, tables, from, to, headline)
        if (mention) candidates.push(mention)
      }
      start = -1
    }
    if (nameLike && start === -1) start = index
  }
  return candidates
}

/**
 * Whether `word` continues the name of `previous`: same sentence, one space
 * between, no possessive, same side of a quote.
 */
function isJoined(text: string, previous: Word, word: Word): boolean {
  return (
    word.start - previous.end === 1 &&
    previous.sentence === word.sentence &&
    text.charCodeAt(previous.end) === 32 &&
    possessiveLength(previous.text) === 0 &&
    previous.inQuote === word.inQuote
  )
}

function isNameLike(tables: PeopleTables, word: Word): boolean {
  const text = word.text
  if (startsUpper(text)) return !hasDigit(text)
  // Lower case: only a particle (`al`, `bin`), alone or before a capital (`al-Assad`).
  const code = text.charCodeAt(0)
  if (code < 128 && !tables.particleStarts[code]) return false
  const lower = word.lower
  const hyphen = lower.indexOf('-')
  if (!tables.particles.has(hyphen === -1 ? lower : lower.slice(0, hyphen))) return false
  return !hasDigit(text) && (hyphen === -1 || /-\p{Lu}/u.test(text))
}

/**
 * Read a run of name-like words, `article.words[from]` to
 * `article.words[to - 1]`, as a mention, or nothing. `from` and `to` narrow
 * as leading and trailing words turn out not to be part of the name.
 */
function readRun(article: Article, tables: PeopleTables, from: number, to: number, headline: boolean): Mention | undefined {
  const words = article.words
  let stripped: 'none' | 'starter' | 'other' = 'none'
  let descriptor: string | undefined

  // Leading words that are not names: `The`, `SDF`, `Europe-based`.
  while (from < to) {
    const text = words[from]!.text
    if (tables.notNames.has(text) && findPrefix(tables, words, from, to, from) === undefined) {
      if (stripped === 'none') stripped = 'starter'
    } else if (isAllCaps(text) || hasLowerCompound(text)) {
      stripped = 'other'
    } else break
    from++
  }

  let prefix: Prefix | undefined
  for (let index = from; index < to; index++) {
    const found = findPrefix(tables, words, from, to, index)
    if (found) {
      if (index > from) stripped = 'other'
      prefix = found
      from = index + found.words.length
      break
    }
    // Office words (`Prime Minister`, `Foreign Secretary`) before a name.
    if (!tables.titleWords.has(words[index]!.text)) break
  }

  if (!prefix) {
    let start = from
    while (start < to && tables.titleWords.has(words[start]!.text)) start++
    if (start > from) {
      descriptor = officeDescriptor(tables, words, from, start)
      stripped = 'other'
      from = start
    }
    // `Europe-based Omar Abu Layla`, `Trade Secretary Patricia Hewitt`: the name starts at a given name
    // (the first one, with a word after it, and not the first word).
    if (to - from >= 3 && !tables.givenNames.has(words[from]!.text)) {
      for (let given = from + 1; given < to; given++) {
        if (!tables.givenNames.has(words[given]!.text)) continue
        if (to - given >= 2) {
          stripped = 'other'
          from = given
        }
        break
      }
    }
  }

  // Names end before a word that is never part of one (`Mr Bali On`).
  for (let index = from; index < to; index++) {
    if (tables.notNames.has(withoutPossessive(words[index]!.text))) {
      to = index
      break
    }
  }
  // `Tom McCabe MSP`: letters after a name are not part of it.
  while (to - from > 1 && isAllCaps(withoutPossessive(words[to - 1]!.text))) to--
  if (to === from || to - from > 4) return undefined
  const texts: Array<string> = []
  for (let index = from; index < to; index++) {
    const text = withoutPossessive(words[index]!.text)
    // A place or organisation word (`Observatory`), an office, letters (`SDF`): not a person.
    if (tables.notPeopleWords.has(text) || tables.titleWords.has(text) || isAllCaps(text)) return undefined
    texts.push(text)
  }
  // One word without a possessive (most runs): its key is its lower case, already made.
  const key =
    texts.length === 1 && texts[0] === words[from]!.text ? lowerNameKey(words[from]!.lower) : nameKey(texts.join(' '))
  if (tables.notPeople.has(key)) return undefined

  const last = words[to - 1]!
  const possessive = last.text.slice(last.text.length - possessiveLength(last.text))
  const end = last.end - possessive.length
  const first = prefix ? prefix.words[0]! : words[from]!
  const before = inSentence(words[first.index - 1], first)
  const after = inSentence(words[last.index + 1], first)

  // Where the surname starts: at the first particle after the given name, else the last word.
  let kind: Mention['kind']
  let surnameFrom: number
  if (to - from === 1) {
    kind = prefix ? 'prefixed' : 'bare'
    surnameFrom = 0
  } else if (!prefix && isParticle(tables, texts[0]!) && to - from === 2) {
    // `Abu Layla said`: a surname with its particle (a bare mention if the person is known).
    kind = 'bare'
    surnameFrom = 0
  } else {
    kind = 'full'
    surnameFrom = texts.length - 1
    for (let index = 1; index < texts.length; index++) {
      if (isParticle(tables, texts[index]!)) {
        surnameFrom = index
        break
      }
    }
  }
  if (kind === 'bare' && (stripped === 'other' || (before && isArticleWord(before.lower)))) {
    return undefined
  }
  if (
    kind === 'bare' &&
    after &&
    isDigit(after.text.charCodeAt(0)) &&
    /^\s+$/.test(article.text.slice(end, after.start))
  ) {
    return undefined
  }

  if (!descriptor && before) descriptor = describes(tables, before.lower)
  // `parts maker Robert Bosch`: a company named after someone.
  if (!prefix && before && tables.companyNouns.has(before.lower)) return undefined
  if (!descriptor && article.text.charCodeAt(end + possessive.length) === 44) {
    // `Nuri Mehmud, a spokesman for`, `Mr Hussein, Iraq's foreign minister`.
    descriptor = descriptorAfter(article, tables, last) ?? descriptor
  }
  const speech =
    (!possessive && after !== undefined && tables.speechVerbs.has(after.text)) ||
    (before !== undefined && tables.speechVerbs.has(before.text) && stripped === 'none')

  const name = words.slice(from, to)
  const surnameStart = name[surnameFrom]!.start
  const mention: Mention = {
    kind,
    start: first.start,
    end,
    surname: article.text.slice(surnameStart, end),
    surnameStart,
    surnameEnd: end,
    possessive,
    inQuote: first.inQuote,
    headline,
    words: prefix ? [...prefix.words, ...name] : name,
    speech,
    first: false,
    variant: false
  }
  if (prefix) mention.prefix = prefix
  if (descriptor) mention.descriptor = descriptor
  if (kind === 'full') mention.given = texts[0]!
  return mention
}

/** `word`, if it is in the sentence of `other`. */
function inSentence(word: Word | undefined, other: Word): Word | undefined {
  return word !== undefined && word.sentence === other.sentence ? word : undefined
}

function isArticleWord(lower: string): boolean {
  return lower === 'the' || lower === 'a' || lower === 'an'
}

/** What office words (`Foreign Secretary`) make of the person: a descriptor among them, else the last, lower case. */
function officeDescriptor(tables: PeopleTables, words: Array<Word>, from: number, to: number): string {
  for (let index = from; index < to; index++) {
    const found = describes(tables, words[index]!.lower)
    if (found !== undefined) return found
  }
  return words[to - 1]!.lower
}

/**
 * A descriptor just after the comma after a name (`Nuri Mehmud, a spokesman
 * for`). It must not introduce someone else (`, the carmaker's chief
 * executive Helmut Panke`).
 */
function descriptorAfter(article: Article, tables: PeopleTables, last: Word): string | undefined {
  const words = article.words
  const limit = Math.min(last.index + 4, words.length)
  for (let index = last.index + 1; index < limit; index++) {
    const word = words[index]!
    if (word.sentence !== last.sentence) return undefined
    const lower = describes(tables, word.lower)
    if (lower === undefined) continue
    let next = index + 1
    while (next < words.length && describes(tables, words[next]!.lower)) next++
    const following = words[next]
    if (!following || following.sentence !== word.sentence || !startsUpper(following.text)) return lower
    return undefined
  }
  return undefined
}

/** The descriptor a lower-case word is (`spokesman`, `co-chairman` -> `chairman`). */
function describes(tables: PeopleTables, lower: string): string | undefined {
  if (tables.descriptors.has(lower)) return lower
  const hyphen = lower.lastIndexOf('-')
  if (hyphen === -1) return undefined
  const last = lower.slice(hyphen + 1)
  return tables.descriptors.has(last) ? last : undefined
}

/** Whether a he or she follows later in the mention's sentence, with no other name between. */
function pronounAfter(article: Article, tables: PeopleTables, mention: Mention): boolean {
  if (mention.possessive || mention.inQuote) return false
  const last = mention.words.at(-1)!
  const words = last.sentence.words
  // Sentences hold consecutive words of the article.
  const at = words[last.index - words[0]!.index] === last ? last.index - words[0]!.index : words.indexOf(last)
  for (let index = at + 1; index < words.length; index++) {
    const word = words[index]!
    if (word.inQuote) continue
    if (tables.pronouns.get(word.lower)) return true
    if (startsUpper(word.text)) return false
  }
  return false
}

/** An honorific, rank or title starting at `words[index]`, longest first, in the name `words[from]` to `words[to - 1]`. */
function findPrefix(tables: PeopleTables, words: Array<Word>, from: number, to: number, index: number): Prefix | undefined {
  const head = bare(words[index]!.text)
  // Most words start no rank: skip building the longer forms.
  if (tables.rankStarts.has(head)) {
    for (let size = Math.min(tables.rankWords, to - index - 1); size >= 1; size--) {
      let written = head
      for (let next = index + 1; next < index + size; next++) written += ' ' + bare(words[next]!.text)
      const house = tables.ranks.get(written)
      if (house === undefined) continue
      const previous = index > from ? words[index - 1] : undefined
      if (written.startsWith('Gen') && previous && tables.notRankAfter.has(previous.text)) return undefined
      return makePrefix('rank', words.slice(index, index + size), house)
    }
  }
  if (index + 1 >= to) return undefined
  const word = words[index]!
  if (tables.honorifics.has(head)) return makePrefix('honorific', [word], head)
  if (tables.titles.has(word.text)) return makePrefix('title', [word], word.text)
  return undefined
}

function makePrefix(kind: Prefix['kind'], words: Array<Word>, house: string): Prefix {
  return {
    kind,
    written: words.map((word) => word.text).join(' '),
    house,
    start: words[0]!.start,
    end: words.at(-1)!.end,
    words
  }
}

const words = {type: 'array', items: {type: 'string'}}
const genders = {enum: ['male', 'female', 'any']}

/** JSON Schema of `PeopleData`, for the rules that carry it in their data. */
export const peopleSchema = {
  type: 'object',
  additionalProperties: false,
  required: [
    'honorifics', 'ranks', 'notRankAfter', 'titles', 'particles', 'givenNames', 'descriptors',
    'speechVerbs', 'pronouns', 'notNames', 'titleWords', 'notPeopleWords', 'notPeople', 'companyNouns'
  ],
  properties: {
    honorifics: {type: 'object', additionalProperties: genders},
    ranks: {type: 'object', additionalProperties: {type: 'string'}},
    notRankAfter: words,
    titles: {type: 'object', additionalProperties: {enum: ['given', 'surname']}},
    particles: words,
    givenNames: {
      type: 'object',
      additionalProperties: false,
      required: ['male', 'female'],
      properties: {male: words, female: words}
    },
    descriptors: {type: 'object', additionalProperties: genders},
    speechVerbs: words,
    pronouns: {type: 'object', additionalProperties: {enum: ['male', 'female']}},
    notNames: words,
    titleWords: words,
    notPeopleWords: words,
    notPeople: words,
    companyNouns: words
  }
}

export const peopleDefaults = defaultPeople as PeopleData
