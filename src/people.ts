/**
 * The people model: who the article names, how each person was introduced,
 * every later mention, and their inferred gender.
 *
 * Built once per article and word tables (`getPeople`), so the rules
 * `honorifics`, `honorific-punctuation`, `ranks` and `name-consistency` share
 * one reading. The word lists (given names, particles, honorifics, ranks,
 * titles, descriptors, speech verbs, words that make a name a place or an
 * organisation) are style data: `rules/data/people.json`.
 *
 * Precision first: a capitalised run of words is a person only when it is
 * introduced in a person context (an honorific, a rank or a title, a
 * descriptor such as `spokesman`, a speech verb, a known given name), or
 * when the article later calls it `Mr X`. A bare word is a later mention
 * only of a person already tracked.
 */
import people from '../rules/data/people.json' with {type: 'json'}
import {type Article, type Paragraph, type Word, perArticle} from './article.js'
import {isAllCaps} from './case.js'

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
  rankWords: number
  notRankAfter: Set<string>
  titles: Map<string, 'given' | 'surname'>
  particles: Set<string>
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

/** Turn people data into look-up tables. */
export function preparePeople(data: PeopleData): PeopleTables {
  const key = JSON.stringify(data)
  let tables = prepared.get(key)
  if (!tables) {
    const givenNames = new Map<string, Gender>()
    for (const name of data.givenNames.male) givenNames.set(name, 'male')
    for (const name of data.givenNames.female) givenNames.set(name, 'female')
    const ranks = new Map(Object.entries(data.ranks))
    tables = {
      honorifics: new Map(Object.entries(data.honorifics)),
      ranks,
      rankWords: Math.max(1, ...[...ranks.keys()].map((rank) => rank.split(' ').length)),
      notRankAfter: new Set(data.notRankAfter),
      titles: new Map(Object.entries(data.titles)),
      particles: new Set(data.particles.map((particle) => particle.toLowerCase())),
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
    prepared.set(key, tables)
  }
  return tables
}

const prepared = new Map<string, PeopleTables>()
/** The people of `article`, computed once per article and tables. */
export const getPeople = perArticle<PeopleTables, People>(buildPeople)

/** Look-up key of a name: lower case, hyphens as spaces, no full stops. */
export function nameKey(name: string): string {
  return name.toLowerCase().replace(/[.]/g, '').replace(/-/g, ' ').replace(/\s+/g, ' ').trim()
}

/** A prefix without full stops (`Lt. Col.` -> `Lt Col`). */
function bare(text: string): string {
  return text.replace(/\./g, '')
}

const possessiveEnd = /['\u2019]s?$/u

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
  const a = name.toLowerCase()
  const b = variant.toLowerCase()
  if (a === b || a.length < 4 || b.length < 4 || a.charAt(0) !== b.charAt(0)) return false
  if (skeleton(a) !== skeleton(b) || skeleton(a).length < 3) return false
  return distance(a, b) <= 2
}

function skeleton(value: string): string {
  return value
    .replace(/[^\p{L}]/gu, '')
    .replace(/[aeiouy]/g, '')
    .replace(/(.)\1+/g, '$1')
}

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

/** Whether a paragraph is a headline or a label rather than running text. */
export function isHeadline(article: Article, paragraph: Paragraph): boolean {
  const text = article.text.slice(paragraph.start, paragraph.end).trim()
  const words = paragraph.sentences.reduce((sum, sentence) => sum + sentence.words.length, 0)
  return words < 25 && !/[.!?:;][\s"'”’)\]]*$/u.test(text)
}

function buildPeople(article: Article, tables: PeopleTables): People {
  const headlines = new Set(article.paragraphs.filter((paragraph) => isHeadline(article, paragraph)))
  const candidates: Array<Mention> = []
  for (const sentence of article.sentences) {
    for (const run of nameRuns(article, tables, sentence.words)) {
      const mention = readRun(article, tables, run, headlines.has(sentence.paragraph))
      if (mention) candidates.push(mention)
    }
  }

  // Honorifics used anywhere (`Mr X`) mark X as a person whatever the lists say.
  const prefixed = new Set(
    candidates
      .filter(
        (mention) =>
          mention.kind === 'prefixed' &&
          mention.prefix &&
          (mention.prefix.kind === 'honorific' || bare(mention.prefix.written) === mention.prefix.house)
      )
      .map((mention) => nameKey(mention.surname))
  )
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
  const fullKeys = new Set(candidates.filter((mention) => mention.kind === 'full').map((mention) => nameKey(mention.surname)))

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
  const find = (surname: string): Array<Person> => {
    const key = nameKey(surname)
    const exact = bySurname.get(key)
    if (exact) return exact
    // `Assad` for `Bashar al-Assad`: the surname without its particles.
    // Indexed as persons are created (in the same order): filtering every
    // person here was quadratic in the article's length.
    return byCore.get(key) ?? []
  }
  const create = (mention: Mention, evidence: Array<string>, strong: boolean): Person => {
    const person: Person = {
      surname: mention.surname,
      introduction: mention,
      evidence,
      strong,
      ambiguous: false,
      usedBefore: seen.has(nameKey(mention.surname)),
      mentions: []
    }
    if (mention.given) person.given = mention.given
    setPrefix(tables, person, mention)
    mention.first = true
    const key = nameKey(mention.surname)
    const same = bySurname.get(key)
    if (same) {
      person.ambiguous = true
      for (const other of same) other.ambiguous = true
      same.push(person)
    } else bySurname.set(key, [person])
    persons.push(person)
    const coreKey = core(tables, person.surname)
    const sameCore = byCore.get(coreKey)
    if (sameCore) sameCore.push(person)
    else byCore.set(coreKey, [person])
    add(person, mention)
    return person
  }

  for (const mention of candidates) {
    // Headlines write surnames alone (`Mrs Howard gets key role`): only a full name there counts.
    if (mention.headline && mention.kind !== 'full') continue
    if (mention.kind === 'bare') {
      const found = find(mention.surname)
      if (found.length === 1) add(found[0]!, mention)
      else if (found.length === 0) seen.add(nameKey(mention.surname))
      continue
    }

    if (mention.kind === 'prefixed' && mention.prefix?.kind === 'title') {
      // `Sheikh Mohammed`: the later form of `Sheikh Mohammed bin Rashid`.
      const found = persons.filter(
        (person) => person.title && person.given !== undefined && nameKey(person.given) === nameKey(mention.surname)
      )
      const other = found.length === 0 ? find(mention.surname) : found
      if (other.length === 1) add(other[0]!, mention)
      else if (other.length === 0) create(mention, ['title: ' + mention.prefix.house], true)
      continue
    }

    const evidence: Array<string> = []
    // A rank spelt out (`General`, `Private`) may start a name (`General Motors`): not evidence alone.
    const spelt = mention.prefix?.kind === 'rank' && bare(mention.prefix.written) !== mention.prefix.house
    if (mention.prefix && !spelt) evidence.push(mention.prefix.kind + ': ' + mention.prefix.house)
    if (mention.descriptor) evidence.push('descriptor: ' + mention.descriptor)
    if (prefixed.has(nameKey(mention.surname))) evidence.push('honorific later')
    if (mention.given && tables.givenNames.has(mention.given)) evidence.push('given name')
    else if (listed.has(mention) && listHasPerson(tables, candidates, mention)) evidence.push('listed with people')
    // A speech verb alone does not make a name a person (`Swiss Re said`); a he or she does.
    if (evidence.length === 0 && mention.kind === 'full' && pronounAfter(article, tables, mention)) evidence.push('pronoun')
    if (evidence.length === 0) continue
    if (mention.speech) evidence.push('speech verb')
    if (!evidence.includes('pronoun') && pronounAfter(article, tables, mention)) evidence.push('pronoun')
    const strong = evidence.some((item) => item !== 'given name' && item !== 'listed with people')

    const found = find(mention.surname)
    if (mention.kind === 'prefixed') {
      // `Mrs Howard` after `Michael Howard` is someone else.
      const fits = found.filter((person) => fitsHonorific(tables, person, mention))
      if (fits.length > 0) {
        add(pick(fits, mention), mention)
        continue
      }
      const variantOf = variantPerson(persons, mention, fullKeys)
      if (variantOf) {
        mention.variant = true
        add(variantOf, mention)
        continue
      }
      create(mention, evidence, strong)
      continue
    }

    // A full name.
    const same = found.filter((person) =>
      person.given === undefined
        ? compatible(tables, person, mention)
        : mention.given !== undefined && nameKey(person.given) === nameKey(mention.given)
    )
    if (same.length === 1 && nameKey(same[0]!.surname) === nameKey(mention.surname)) {
      const person = same[0]!
      if (person.given === undefined && mention.given) person.given = mention.given
      setPrefix(tables, person, mention)
      if (strong) person.strong = true
      add(person, mention)
      continue
    }
    if (found.length === 0) {
      const variantOf = variantPerson(persons, mention, fullKeys)
      if (variantOf) {
        mention.variant = true
        add(variantOf, mention)
        continue
      }
    }
    create(mention, evidence, strong)
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

/** Whether a listed name stands in a list with a known given name. */
function listHasPerson(tables: PeopleTables, candidates: Array<Mention>, mention: Mention): boolean {
  const at = candidates.indexOf(mention)
  for (const step of [-1, 1]) {
    for (let index = at + step; index >= 0 && index < candidates.length; index += step) {
      const other = candidates[index]!
      if (other.kind !== 'full' || other.words[0]!.sentence !== mention.words[0]!.sentence) break
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

function setPrefix(tables: PeopleTables, person: Person, mention: Mention): undefined {
  const prefix = mention.prefix
  if (!prefix) return
  if (prefix.kind === 'rank') person.rank ??= prefix.house
  else if (prefix.kind === 'title') {
    const pattern = mention.kind === 'full' ? (tables.titles.get(prefix.house) ?? 'surname') : 'surname'
    person.title ??= {house: prefix.house, pattern}
  }
  else if (!['Mr', 'Ms', 'Mrs', 'Miss'].includes(prefix.house)) person.honorific ??= prefix.house
}

/** The person whose surname `mention` spells differently, if exactly one. */
function variantPerson(persons: Array<Person>, mention: Mention, fullKeys: Set<string>): Person | undefined {
  // A name that is somewhere else given in full is someone else.
  if (mention.kind === 'prefixed' && fullKeys.has(nameKey(mention.surname))) return undefined
  const found = persons.filter(
    (person) =>
      person.strong &&
      !person.ambiguous &&
      person.given !== undefined &&
      (mention.kind !== 'full' || (mention.given !== undefined && nameKey(mention.given) === nameKey(person.given))) &&
      isSpellingVariant(person.surname, mention.surname)
  )
  return found.length === 1 ? found[0] : undefined
}

/** The surname without leading particles (`al-Assad` -> `assad`). */
function core(tables: PeopleTables, surname: string): string {
  const parts = nameKey(surname).split(' ')
  while (parts.length > 1 && tables.particles.has(parts[0]!)) parts.shift()
  return parts.join(' ')
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
  const last = mention.words.at(-1)!
  const sentence = last.sentence
  const limit = article.sentences[sentence.index + 1]?.paragraph === sentence.paragraph ? sentence.index + 1 : sentence.index
  for (let index = last.index + 1; index < article.words.length; index++) {
    const word = article.words[index]!
    if (word.sentence.index > limit) return undefined
    if (covering.get(index)?.some((other) => other.person !== mention.person)) {
      return undefined
    }
    if (word.inQuote) continue
    const gender = tables.pronouns.get(word.text.toLowerCase())
    if (gender) {
      const next = article.words[index + 1]
      return [gender, word.text.toLowerCase() + (next && !next.inQuote ? ' ' + next.text : '')]
    }
    // Another capitalised name-like word between: unsure who the pronoun means.
    if (word.sentence.index > sentence.index && /^\p{Lu}/u.test(word.text) && index > word.sentence.words[0]!.index) {
      return undefined
    }
  }
  return undefined
}

/** Runs of adjacent name-like words (capitalised, or particles) in a sentence. */
function nameRuns(article: Article, tables: PeopleTables, words: Array<Word>): Array<Array<Word>> {
  const runs: Array<Array<Word>> = []
  let run: Array<Word> = []
  const flush = () => {
    while (run.length > 0 && !/^\p{Lu}/u.test(run.at(-1)!.text)) run.pop()
    while (run.length > 0 && !/^\p{Lu}/u.test(run[0]!.text)) run.shift()
    if (run.length > 0) runs.push(run)
    run = []
  }
  for (const word of words) {
    const nameLike = isNameLike(tables, word.text)
    const previous = run.at(-1)
    const joined =
      previous !== undefined &&
      /^ $/.test(article.text.slice(previous.end, word.start)) &&
      !possessiveEnd.test(previous.text) &&
      previous.inQuote === word.inQuote
    if (!nameLike || !joined) flush()
    if (nameLike) run.push(word)
  }
  flush()
  return runs
}

function isNameLike(tables: PeopleTables, text: string): boolean {
  if (/\d/.test(text)) return false
  if (/^\p{Lu}/u.test(text)) return true
  const head = text.split('-')[0]!.toLowerCase()
  return tables.particles.has(head) && (!text.includes('-') || /-\p{Lu}/u.test(text))
}

/** Read a run of name-like words as a mention, or nothing. */
function readRun(article: Article, tables: PeopleTables, run: Array<Word>, headline: boolean): Mention | undefined {
  let words = [...run]
  let stripped: 'none' | 'starter' | 'other' = 'none'
  let descriptor: string | undefined

  // Leading words that are not names: `The`, `SDF`, `Europe-based`.
  while (words.length > 0) {
    const text = words[0]!.text
    if (tables.notNames.has(text) && findPrefix(tables, words, 0) === undefined) {
      if (stripped === 'none') stripped = 'starter'
    } else if (isAllCaps(text) || /-\p{Ll}/u.test(text)) {
      stripped = 'other'
    } else break
    words.shift()
  }

  let prefix: Prefix | undefined
  for (let index = 0; index < words.length; index++) {
    const found = findPrefix(tables, words, index)
    if (found) {
      if (index > 0) stripped = 'other'
      prefix = found
      words = words.slice(index + found.words.length)
      break
    }
    // Office words (`Prime Minister`, `Foreign Secretary`) before a name.
    if (!tables.titleWords.has(words[index]!.text)) break
  }

  if (!prefix) {
    let start = 0
    while (start < words.length && tables.titleWords.has(words[start]!.text)) start++
    if (start > 0) {
      const office = words
        .slice(0, start)
        .map((word) => word.text.toLowerCase())
        .map((word) => describes(tables, word))
        .find((word) => word !== undefined)
      descriptor = office ?? words[start - 1]!.text.toLowerCase()
      stripped = 'other'
      words = words.slice(start)
    }
    // `Europe-based Omar Abu Layla`, `Trade Secretary Patricia Hewitt`: the name starts at a given name.
    const given = words.findIndex((word) => tables.givenNames.has(word.text))
    if (given > 0 && words.length - given >= 2) {
      stripped = 'other'
      words = words.slice(given)
    }
  }

  // Names end before a word that is never part of one (`Mr Bali On`).
  const stop = words.findIndex((word) => tables.notNames.has(word.text.replace(possessiveEnd, '')))
  if (stop >= 0) words = words.slice(0, stop)
  // `Tom McCabe MSP`: letters after a name are not part of it.
  while (words.length > 1 && isAllCaps(words.at(-1)!.text.replace(possessiveEnd, ''))) words = words.slice(0, -1)
  if (words.length === 0 || words.length > 4) return undefined
  const texts = words.map((word) => word.text.replace(possessiveEnd, ''))
  if (texts.some((text) => tables.notPeopleWords.has(text) || (isAllCaps(text) && text.length > 1))) return undefined
  if (tables.notPeople.has(nameKey(texts.join(' ')))) return undefined
  if (texts.some((text) => tables.titleWords.has(text))) return undefined

  const last = words.at(-1)!
  const possessive = possessiveEnd.exec(last.text)?.[0] ?? ''
  const end = last.end - possessive.length
  const first = prefix ? prefix.words[0]! : words[0]!
  const before = article.words[first.index - 1]
  const after = article.words[last.index + 1]
  const sameSentence = (word: Word | undefined) => word !== undefined && word.sentence === first.sentence

  if (!descriptor && sameSentence(before)) descriptor = describes(tables, before!.text)
  // `parts maker Robert Bosch`: a company named after someone.
  if (!prefix && sameSentence(before) && tables.companyNouns.has(before!.text.toLowerCase())) return undefined
  if (!descriptor && article.text.charAt(end + possessive.length) === ',') {
    // `Nuri Mehmud, a spokesman for`, `Mr Hussein, Iraq's foreign minister`.
    // The descriptor must not introduce someone else (`, the carmaker's chief executive Helmut Panke`).
    for (let index = last.index + 1; index < Math.min(last.index + 4, article.words.length); index++) {
      const word = article.words[index]!
      if (word.sentence !== last.sentence) break
      const lower = describes(tables, word.text)
      if (lower === undefined) continue
      let next = index + 1
      while (next < article.words.length && describes(tables, article.words[next]!.text)) next++
      const following = article.words[next]
      if (!following || following.sentence !== word.sentence || !/^\p{Lu}/u.test(following.text)) descriptor = lower
      break
    }
  }
  const speech =
    (!possessive && sameSentence(after) && tables.speechVerbs.has(after!.text)) ||
    (sameSentence(before) && tables.speechVerbs.has(before!.text) && stripped === 'none')

  // Where the surname starts: at the first particle after the given name, else the last word.
  let kind: Mention['kind']
  let surnameFrom: number
  if (words.length === 1) {
    kind = prefix ? 'prefixed' : 'bare'
    surnameFrom = 0
  } else if (!prefix && tables.particles.has(texts[0]!.toLowerCase().split('-')[0]!) && words.length === 2) {
    // `Abu Layla said`: a surname with its particle (a bare mention if the person is known).
    kind = 'bare'
    surnameFrom = 0
  } else {
    kind = 'full'
    surnameFrom = words.length - 1
    for (let index = 1; index < words.length; index++) {
      if (tables.particles.has(texts[index]!.toLowerCase().split('-')[0]!)) {
        surnameFrom = index
        break
      }
    }
  }
  if (kind === 'bare' && (stripped === 'other' || (before && /^(the|a|an)$/i.test(before.text) && sameSentence(before)))) {
    return undefined
  }
  if (kind === 'bare' && after && sameSentence(after) && /^\d/.test(after.text) && /^\s+$/.test(article.text.slice(end, after.start))) {
    return undefined
  }

  const surnameWords = words.slice(surnameFrom)
  const mention: Mention = {
    kind,
    start: first.start,
    end,
    surname: article.text.slice(surnameWords[0]!.start, end),
    surnameStart: surnameWords[0]!.start,
    surnameEnd: end,
    possessive,
    inQuote: first.inQuote,
    headline,
    words: prefix ? [...prefix.words, ...words] : words,
    speech,
    first: false,
    variant: false
  }
  if (prefix) mention.prefix = prefix
  if (descriptor) mention.descriptor = descriptor
  if (kind === 'full') mention.given = texts[0]!
  return mention
}

/** The descriptor `text` is (`spokesman`, `co-chairman` -> `chairman`), lower case. */
function describes(tables: PeopleTables, text: string): string | undefined {
  const lower = text.toLowerCase()
  if (tables.descriptors.has(lower)) return lower
  const last = lower.split('-').at(-1)!
  return last !== lower && tables.descriptors.has(last) ? last : undefined
}

/** A he/she pronoun later in the mention's sentence, with no other name between. */
function pronounAfter(article: Article, tables: PeopleTables, mention: Mention): [Gender, string] | undefined {
  if (mention.possessive || mention.inQuote) return undefined
  const last = mention.words.at(-1)!
  for (const word of last.sentence.words.slice(last.sentence.words.indexOf(last) + 1)) {
    if (word.inQuote) continue
    const gender = tables.pronouns.get(word.text.toLowerCase())
    if (gender) {
      const next = article.words[word.index + 1]
      return [gender, word.text.toLowerCase() + (next && next.sentence === word.sentence && !next.inQuote ? ' ' + next.text : '')]
    }
    if (/^\p{Lu}/u.test(word.text)) return undefined
  }
  return undefined
}

/** An honorific, rank or title starting at `words[index]`, longest first. */
function findPrefix(tables: PeopleTables, words: Array<Word>, index: number): Prefix | undefined {
  for (let size = Math.min(tables.rankWords, words.length - index - 1); size >= 1; size--) {
    const slice = words.slice(index, index + size)
    const written = slice.map((word) => bare(word.text)).join(' ')
    const house = tables.ranks.get(written)
    if (house === undefined) continue
    const previous = words[index - 1]
    if (written.startsWith('Gen') && previous && tables.notRankAfter.has(previous.text)) return undefined
    return makePrefix('rank', slice, house)
  }
  if (index + 1 >= words.length) return undefined
  const word = words[index]!
  const honorific = bare(word.text)
  if (tables.honorifics.has(honorific)) return makePrefix('honorific', [word], honorific)
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

/** The `data` of a rule that reads only the people model (ranks, name-consistency). */
export const peopleRuleData = {
  defaults: {people: people as PeopleData},
  schema: {type: 'object', additionalProperties: false, required: ['people'], properties: {people: peopleSchema}}
}
