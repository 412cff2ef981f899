/**
 * Who is who: the mentions found in an article (src/model/people/reading.ts)
 * made into people, each later mention given to the person it names.
 */
import type {Article, Word} from '../article.js'
import {withoutPossessive} from '../words.js'
import {isChild} from './age.js'
import {coveringMentions, inferGender} from './gender.js'
import {bare, isLowerSpellingVariant, lowerNameKey, nameKey, skeleton, withoutMarks} from './names.js'
import {pronounAfter, pronounGenderAfter, thingPronounAfter, wordBeforeMention} from './prefixes.js'
import {isKnownGiven, readNames} from './reading.js'
import type {PeopleTables} from './tables.js'
import type {Mention, People, Person, Prefix} from './types.js'

export function buildPeople(article: Article, tables: PeopleTables): People {
  const candidates = readNames(article, tables)
  /** Surnames the article uses without the given name somewhere outside headlines (`Trump said`, `Mr Adams`). */
  const alone = new Set<string>()
  for (const mention of candidates) {
    if ((mention.kind === 'bare' || mention.kind === 'prefixed') && !mention.headline) alone.add(nameKey(mention.surname))
  }
  familyNamesFirst(tables, candidates, alone)
  // Every step below looks people up by surname: key each candidate's once.
  const keys = candidates.map((mention) => surnameKey(mention))

  // Honorifics used anywhere (`Mr X`) mark X as a person whatever the lists say.
  const prefixed = new Set<string>()
  const fullKeys = new Set<string>()
  for (let index = 0; index < candidates.length; index++) {
    const mention = candidates[index]!
    const prefix = mention.prefix
    // Not a title before a given name (`Pope Francis` says nothing of `Honour Francis`).
    if (mention.kind === 'prefixed' && prefix && !titleBeforeGiven(tables, prefix) && (prefix.kind === 'honorific' || bare(prefix.written) === prefix.house)) {
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

  const support = supportBySurname(tables, candidates, keys, fullKeys)
  const givenSupport = supportByGivenName(article, tables, candidates, keys)

  const persons: Array<Person> = []
  /** Each surname's mentions standing alone before anyone had it (read only if someone gets it). */
  const seen = new Map<string, Array<Mention>>()
  const bySurname = new Map<string, Array<Person>>()
  const mentions: Array<Mention> = []
  /** Bare surnames that more than one person had when they were read. */
  const unresolved: Array<{mention: Mention; persons: Array<Person>}> = []
  /** Names the article turned out to call `it`. */
  const removed = new Set<Person>()
  const add = (person: Person, mention: Mention) => {
    mention.person = person
    person.mentions.push(mention)
    mentions.push(mention)
  }
  /**
   * Adds a given name standing alone (`Sanaa said`) to the one person
   * introduced with it, when no one else shares their surname (`Adam` is how
   * an article tells one Kadyrov from another).
   */
  const addByGivenName = (mention: Mention, key: string): boolean => {
    const named = byGiven.get(key)
    if (!named || named.length !== 1) return false
    // `in Chechnya`, `the young Vladimir`: a place, or the person described.
    const first = mention.words[0]!
    const before = article.words[first.index - 1]
    // `next to Sanaa’s stall` once the article calls her Sanaa: hers, not the city's.
    const calledSo = mention.possessive !== '' && named.length === 1 && named[0]!.mentions.some((earlier) => earlier.kind === 'given')
    if (before && ((tables.placeBefore.has(before.lower) && !calledSo) || before.lower === 'the' || (article.words[first.index - 2]?.lower === 'the' && /^ +$/.test(article.text.slice(before.end, first.start))))) return false
    // `Recruit the right colleagues, Robert, and`: someone spoken to.
    if (article.text.slice(first.start - 2, first.start) === ', ' && /^[,.!?]/u.test(article.text.slice(mention.end + mention.possessive.length))) return false
    const person = named[0]!
    // `Sanaa Khreiss`, not `Mobutu Sese Seko`: with a middle name, the first may be the one the person goes by.
    const intro = person.introduction
    const nameWords = intro.words.length - (intro.prefix ? intro.prefix.words.length : 0)
    // `Tamim said` for `Sheikh Tamim bin Hamad Al Thani`: a title that goes with the given name is called by it.
    const titledByGiven = person.title?.pattern === 'given'
    if (!person.strong || (!titledByGiven && nameWords !== 1 + person.surname.split(' ').length)) return false
    if ((bySurname.get(nameKey(person.surname))?.length ?? 0) !== 1 || (person.title && !titledByGiven)) return false
    mention.kind = 'given'
    add(person, mention)
    return true
  }
  /** Adds a mention to the person whose name it spells another way, if any. */
  const addToVariant = (mention: Mention, key: string): boolean => {
    const variantOf = variantPerson(sameConsonants(mention), mention, key, fullKeys)
    if (!variantOf) return false
    mention.variant = true
    add(variantOf, mention)
    return true
  }
  /**
   * People by a name between their given name and surname, where the article
   * never uses the surname alone (`Vallejo` for `Jose Carles Vallejo Calderon`:
   * Spanish names go by the first of two surnames).
   */
  const byInner = new Map<string, Array<Person>>()
  /** The one person whose inner name `mention` is, now known by it: their surname for later forms. */
  const addByInnerName = (mention: Mention, key: string): boolean => {
    const named = byInner.get(key)
    if (!named || named.length !== 1 || (bySurname.get(key)?.length ?? 0) > 0) return false
    const person = named[0]!
    person.calledBy = mention.surname
    bySurname.set(key, [person])
    add(person, mention)
    return true
  }
  const byCore = new Map<string, Array<Person>>()
  /**
   * People by the consonants of their surname without accents (`variantKey`):
   * looking for another spelling among all people was quadratic in a long
   * file's length.
   */
  const bySkeleton = new Map<string, Array<Person>>()
  /** The people whose surname may be another spelling of `mention`'s. */
  const sameConsonants = (mention: Mention): Array<Person> => bySkeleton.get(variantKey(mention.surname)) ?? []
  /** People by the key of their given name (`sanaa`), as they are introduced. */
  const byGiven = new Map<string, Array<Person>>()
  const indexGiven = (person: Person) => {
    const key = nameKey(person.given!)
    const same = byGiven.get(key)
    if (same) same.push(person)
    else byGiven.set(key, [person])
  }
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
      // Twice: `Disney` the company before `Roy Disney`; once may be a standfirst's `Trump`.
      usedBefore: (seen.get(key)?.filter((earlier) => !personLike(tables, earlier)).length ?? 0) >= 2,
      mentions: []
    }
    if (mention.given) {
      person.given = mention.given
      indexGiven(person)
      if (introducedAfter(article, tables.givenNameFirst, mention)) person.goesByGiven = true
      // (A person's, said, owned or aged: not `Chelsea won` before `Chelsea Clinton`.)
      if (mention.kind === 'full' && seen.get(nameKey(mention.given))?.some((earlier) => personLike(tables, earlier))) person.knownByGiven = true
    }
    setPrefix(tables, person, mention)
    // `Saddam Hussein` is `Saddam` (a title or rank would come first: `Sheikh Mohammed`).
    if (mention.given && !person.title && !person.rank && tables.knownByGivenName.has(mention.given + ' ' + mention.surname)) {
      person.knownByGiven = true
      person.givenAlone = true
    }
    mention.first = true
    const same = bySurname.get(key)
    if (same) {
      person.ambiguous = true
      for (const other of same) other.ambiguous = true
      same.push(person)
    } else bySurname.set(key, [person])
    persons.push(person)
    const skeletonKey = variantKey(person.surname)
    const sameSkeleton = bySkeleton.get(skeletonKey)
    if (sameSkeleton) sameSkeleton.push(person)
    else bySkeleton.set(skeletonKey, [person])
    if (mention.kind === 'full' && !alone.has(key)) {
      for (const word of innerNames(tables, mention)) {
        const innerKey = nameKey(word)
        const same = byInner.get(innerKey)
        if (same) same.push(person)
        else byInner.set(innerKey, [person])
      }
    }
    for (const shortKey of shortKeys(tables, key)) {
      const sameCore = byCore.get(shortKey)
      if (sameCore) sameCore.push(person)
      else byCore.set(shortKey, [person])
    }
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
      if (found.length === 1) {
        // The only one with the surname so far: sure, whoever comes later.
        add(found[0]!, mention)
      } else if (found.length > 1) unresolved.push({mention, persons: [...found]})
      else if (addByGivenName(mention, key) || addByInnerName(mention, key)) continue
      // `Orban said` after `Viktor Orbán`, `Zelenskiy’s` after `Volodymyr Zelenskyy`: another
      // spelling, read as one only where it acts as a person's name would (a short word is too often another).
      else if (personLike(tables, mention) && (mention.surname.length >= 7 || hasAccentVariant(sameConsonants(mention), mention)) && addToVariant(mention, key)) continue
      // `Disney` (the company), then `Roy Disney`; not `Biden, 82,` before `Joe Biden`.
      else if (found.length === 0) {
        const earlier = seen.get(key)
        if (earlier) earlier.push(mention)
        else seen.set(key, [mention])
      }
      continue
    }

    if (mention.kind === 'prefixed' && mention.prefix?.kind === 'title') {
      // `Sheikh Mohammed`: the later form of `Sheikh Mohammed bin Rashid`.
      const found = (byGiven.get(key) ?? []).filter((person) => person.title)
      const other = found.length === 0 ? find(key) : found
      if (other.length === 1) add(other[0]!, mention)
      else if (other.length === 0) create(mention, key, ['title: ' + mention.prefix.house], true)
      continue
    }

    const evidence = evidenceOf(tables, candidates, index, listed)
    if (prefixed.has(key)) evidence.push('honorific later')
    // A name with nothing around it (`Volodymyr Zelenskyy insisted`) is a
    // person when another mention of the surname says so (`Zelenskyy said`).
    if (mention.kind === 'full' && !evidence.some((item) => item !== 'given name')) {
      // (`Rachid Dennawi arranges sweets`, then `Rachid, 45,`: the given name alone says so.)
      const shared = support.get(withoutMarks(key)) ?? (mention.given === undefined ? undefined : givenSupport.get(nameKey(mention.given)))
      if (shared) evidence.push(...[...shared].map((item) => 'elsewhere: ' + item))
    }
    // `General Petraeus` after `Gen David Petraeus`: a spelt-out rank is no evidence
    // alone (`General Motors`), but the person is known, with that rank.
    if (evidence.length === 0 && mention.kind === 'prefixed' && mention.prefix?.kind === 'rank') {
      const ranked = find(key).filter((person) => person.rank === mention.prefix!.house)
      if (ranked.length === 1) add(ranked[0]!, mention)
      continue
    }
    if (evidence.length === 0) continue
    if (mention.speech) evidence.push('speech verb')
    if (!evidence.includes('pronoun') && pronounAfter(tables, mention)) evidence.push('pronoun')
    const strong = evidence.some((item) => item !== 'given name' && item !== 'listed with people')

    const found = find(key)
    if (mention.kind === 'prefixed') {
      // `Mrs Howard` after `Michael Howard` is someone else.
      const fits = found.filter((person) => fitsHonorific(tables, person, mention))
      if (fits.length > 0) {
        add(pick(fits, mention), mention)
        continue
      }
      // `Mr Anwar` for `Anwar Ibrahim`, who goes by his given name.
      const byGivenName = (byGiven.get(key) ?? []).filter((person) => person.goesByGiven)
      if (byGivenName.length === 1) {
        add(byGivenName[0]!, mention)
        continue
      }
      if (found.length === 0 && addByInnerName(mention, key)) continue
      if (!addToVariant(mention, key)) create(mention, key, evidence, strong)
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
      if (person.given === undefined && mention.given) {
        person.given = mention.given
        indexGiven(person)
      }
      setPrefix(tables, person, mention)
      if (strong) person.strong = true
      add(person, mention)
      continue
    }
    // `Parreñas Shimizu said` after `Celine Parreñas Shimizu`: a surname of two words, alone.
    const tail = same.length === 0 && !mention.prefix && !isKnownGiven(tables, mention.given ?? '') ? tailOf(found, mention) : undefined
    if (tail) {
      mention.kind = 'bare'
      delete mention.given
      mention.surnameStart = mention.start
      mention.surname = article.text.slice(mention.start, mention.end)
      tail.calledBy = mention.surname
      add(tail, mention)
      continue
    }
    // `Volydymyr Zelenskyy` after `Volodymyr Zelenskyy`: the given name misspelt, not a second Zelenskyy.
    const respelt = same.length === 0 && givenKey !== undefined ? respeltGiven(tables, found, key, mention.given!) : undefined
    if (respelt) {
      add(respelt, mention)
      continue
    }
    if (found.length === 0 && addToVariant(mention, key)) continue
    create(mention, key, evidence, strong)
  }

  // A name known only by its given name and called `it` is a company's (`Walt Disney`).
  for (let index = persons.length - 1; index >= 0; index--) {
    const person = persons[index]!
    if (person.strong || !person.mentions.some((mention) => thingPronounAfter(tables, mention))) continue
    persons.splice(index, 1)
    removed.add(person)
    const key = nameKey(person.surname)
    const rest = (bySurname.get(key) ?? []).filter((other) => other !== person)
    bySurname.set(key, rest)
    if (rest.length === 1) rest[0]!.ambiguous = false
    // Its surname stood alone before someone who has it (`Disney`, then `Roy Disney`).
    for (const other of rest) {
      if (person.mentions.some((mention) => mention.kind === 'bare' && mention.start < other.introduction.start)) other.usedBefore = true
    }
  }
  if (removed.size > 0) {
    const kept = mentions.filter((mention) => !mention.person || !removed.has(mention.person))
    mentions.length = 0
    mentions.push(...kept)
  }

  const covering = coveringMentions(article, mentions)
  for (const person of persons) {
    inferGender(article, tables, person, covering)
    // Only a later mention is named otherwise for a child.
    if (person.mentions.length > 1 && isChild(article, tables, person)) person.child = true
  }

  // A surname two people share (`Himanshi Narwal` and `Vinay Narwal`): a he
  // or she after it tells them apart; otherwise it stays unresolved.
  const ambiguous: Array<{mention: Mention; persons: Array<Person>}> = []
  for (const item of unresolved) {
    item.persons = item.persons.filter((person) => !removed.has(person))
    if (item.persons.length === 0) continue
    const gender = pronounGenderAfter(tables, item.mention)
    // The ones the he or she can mean (`Vinay` is no she; `Himanshi`, gender unknown, may be).
    let fitting = gender === undefined ? item.persons : item.persons.filter((person) => person.gender !== (gender === 'male' ? 'female' : 'male'))
    // `Ramzan Kadyrov`, then `his father, Akhmat Kadyrov`: the surname alone is the one not named as a relative.
    if (fitting.length > 1) fitting = fitting.filter((person) => !tables.relatives.has(person.introduction.descriptor ?? ''))
    if (fitting.length === 1) {
      if (gender && !fitting[0]!.gender) {
        fitting[0]!.gender = gender
        fitting[0]!.genderEvidence = article.text.slice(item.mention.start, item.mention.end) + ' … ' + (gender === 'male' ? 'he' : 'she')
      }
      add(fitting[0]!, item.mention)
      fitting[0]!.mentions.sort((a, b) => a.start - b.start)
    } else ambiguous.push(item)
  }

  mentions.sort((a, b) => a.start - b.start)
  return {persons, mentions, ambiguous}
}

/**
 * What a mention says by itself about the name being a person's: a prefix,
 * a descriptor, a known given name, a list of people, a he or she after a
 * full name.
 */
function evidenceOf(tables: PeopleTables, candidates: Array<Mention>, index: number, listed: Set<Mention>): Array<string> {
  const mention = candidates[index]!
  const evidence: Array<string> = []
  // A rank spelt out (`General`, `Private`) may start a name (`General Motors`): not evidence alone.
  const spelt = mention.prefix?.kind === 'rank' && bare(mention.prefix.written) !== mention.prefix.house
  if (mention.prefix && !spelt) evidence.push(mention.prefix.kind + ': ' + mention.prefix.house)
  if (mention.descriptor) evidence.push('descriptor: ' + mention.descriptor)
  if (mention.apposition) evidence.push('apposition: ' + mention.apposition)
  if (mention.given && isKnownGiven(tables, mention.given)) evidence.push('given name')
  else if (listed.has(mention) && listHasPerson(tables, candidates, index)) evidence.push('listed with people')
  // A speech verb alone does not make a name a person (`Swiss Re said`); a he or she does.
  if (evidence.length === 0 && mention.kind === 'full' && pronounAfter(tables, mention)) evidence.push('pronoun')
  return evidence
}

/**
 * What the mentions of each surname say about it being a person's, outside
 * headlines: a prefix, a descriptor, a he or she after it, and a surname
 * standing alone as people's do (organisations are shortened by their first
 * word, `Novo` for `Novo Nordisk`) with a speech verb (`Zelenskyy said`) or
 * a possessive (`Musk's`).
 */
function supportBySurname(
  tables: PeopleTables,
  candidates: Array<Mention>,
  keys: Array<string>,
  fullKeys: Set<string>
): Map<string, Set<string>> {
  // Keyed without accents: `Orban said` speaks for `Viktor Orbán`.
  const support = new Map<string, Set<string>>()
  const note = (key: string, item: string) => noteSupport(support, key, item)
  const fullKeysWithoutMarks = new Set([...fullKeys].map((key) => withoutMarks(key)))
  for (const [index, mention] of candidates.entries()) {
    const key = withoutMarks(keys[index]!)
    // Only surnames someone is named with in full can use the support.
    if (mention.headline || !fullKeysWithoutMarks.has(key)) continue
    const prefix = mention.prefix
    if (prefix && prefix.kind !== 'rank' && !titleBeforeGiven(tables, prefix)) note(key, prefix.kind + ': ' + prefix.house)
    if (mention.descriptor) note(key, 'descriptor: ' + mention.descriptor)
    if (mention.apposition) note(key, 'apposition: ' + mention.apposition)
    if (mention.kind === 'full') continue
    if (pronounAfter(tables, mention)) note(key, 'pronoun')
    if (mention.kind === 'bare' && mention.speech) note(key, 'speech verb')
    if (mention.kind === 'bare' && mention.possessive) note(key, 'possessive')
  }
  return support
}

/**
 * What given names standing alone say about being a person's, where a full
 * name starts with them: `, who` or an age after them, or a he or she after
 * them as the subject (features call people by their given name: `Rachid,
 * 45,`). Not a speech verb or a possessive, which organisations have too.
 */
function supportByGivenName(article: Article, tables: PeopleTables, candidates: Array<Mention>, keys: Array<string>): Map<string, Set<string>> {
  const givenKeys = new Set<string>()
  for (const mention of candidates) {
    // Not a nationality or place (`Ukrainian PoWs`), nor letters (`PC Pro`).
    const given = mention.given
    if (mention.kind === 'full' && !mention.headline && given !== undefined && /^\p{Lu}\p{Ll}+$/u.test(given) && !tables.places.has(given)) givenKeys.add(nameKey(given))
  }
  const support = new Map<string, Set<string>>()
  /** Known given names standing alone as a subject (`Rachid has built`), counted by key. */
  const subjects = new Map<string, number>()
  /** Given names the article also uses as a place's or an institution's (`at Harvard`, `in Florida`). */
  const placed = new Set<string>()
  for (const [index, mention] of candidates.entries()) {
    const key = keys[index]!
    if (mention.kind !== 'bare' || mention.headline || mention.inQuote || !givenKeys.has(key)) continue
    // Not a speech verb: organisations speak too (`Harvard said`, for `Harvard Yard`);
    // and a he or she only after the name as a subject, not a place (`At Harvard, he studied`).
    const previous = wordBeforeMention(article, mention)?.lower
    // A subject starts its sentence or follows a word that is not a function word (`in`, `at`, `of`).
    const subject = previous === undefined || !tables.functionWords.has(previous)
    const item = mention.apposition ? 'apposition: ' + mention.apposition : subject && pronounAfter(tables, mention) ? 'pronoun' : undefined
    if (item !== undefined) noteSupport(support, key, 'given name alone: ' + item)
    if (previous !== undefined && (tables.placeBefore.has(previous) || previous === 'at')) placed.add(key)
    // As a clause's subject: first in its sentence or after a comma (`Over time, Rachid has built`), not `a central Florida district`.
    else if ((previous === undefined || /,\s*$/.test(article.text.slice(mention.start - 3, mention.start))) && !mention.possessive && isKnownGiven(tables, mention.surname)) {
      subjects.set(key, (subjects.get(key) ?? 0) + 1)
    }
  }
  // A known given name the article calls someone by, again and again, and never a place's.
  for (const [key, count] of subjects) if (count >= 2 && !placed.has(key)) noteSupport(support, key, 'given name alone: again')
  return support
}

function noteSupport(support: Map<string, Set<string>>, key: string, item: string): undefined {
  const found = support.get(key)
  if (found) found.add(item)
  else support.set(key, new Set([item]))
}

/**
 * What every spelling or accent variant of a surname shares
 * (`isLowerSpellingVariant`): its consonants without accents, doubles as one.
 */
function variantKey(surname: string): string {
  return skeleton(withoutMarks(surname.toLowerCase()))
}

/** Whether someone's surname is `mention`'s but for accents (`Orbán`, `Orban`), among the people of its `variantKey`. */
function hasAccentVariant(persons: Array<Person>, mention: Mention): boolean {
  const surname = withoutMarks(mention.surname)
  return persons.some((person) => person.surname !== mention.surname && withoutMarks(person.surname) === surname)
}

/** Whether a bare surname reads as a person's: said, owned, aged or followed by he or she. */
function personLike(tables: PeopleTables, mention: Mention): boolean {
  return mention.speech || mention.possessive !== '' || mention.apposition !== undefined || pronounAfter(tables, mention)
}

/**
 * Full names written family name first (`Xi Jinping`, `Cho Jung-tai`): a
 * first word that is a family name written first (`familyFirst`, or any
 * before a hyphenated given name, `Jung-tai`), that is no known given name,
 * and that the article uses alone (`Xi said`, `Mr Xi`: `alone`) while it never
 * uses the last word alone. The mention's surname becomes its first word.
 */
function familyNamesFirst(tables: PeopleTables, candidates: Array<Mention>, alone: Set<string>): undefined {
  for (const mention of candidates) {
    if (mention.kind !== 'full' || !mention.given || mention.prefix?.kind === 'title') continue
    const skip = mention.prefix ? mention.prefix.words.length : 0
    if (mention.words.length - skip < 2) continue
    const first = mention.words[skip]!
    if (!tables.familyFirst.has(first.text) && !syllabicGivenName(tables, first, mention.words.slice(skip + 1))) continue
    if (isKnownGiven(tables, first.text) && !tables.worldNames.has(first.text)) continue
    if (!alone.has(nameKey(first.text)) || alone.has(nameKey(mention.surname))) continue
    const rest = mention.words.slice(skip + 1).map((word) => withoutPossessive(word.text)).join(' ')
    mention.given = rest
    mention.surname = first.text
    mention.surnameStart = first.start
    mention.surnameEnd = first.end
  }
}

/**
 * A given name of two syllables written as Korean ones are: `Jong-un`, or
 * `Jong Un` (short words) after a Korean family name (`Kim`, which is
 * someone's given name too: `Kim Kardashian`).
 */
function syllabicGivenName(tables: PeopleTables, family: Word, words: Array<Word>): boolean {
  if (words[0]!.text.includes('-') && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(words[0]!.text)) return true
  return tables.koreanFamilyNames.has(family.text) && words.length === 2 && words.every((word) => /^\p{Lu}\p{Ll}{1,4}$/u.test(withoutPossessive(word.text)))
}

/** A title before a given name (`Pope Francis`, `Sheikh Mohammed`): it says nothing of a surname. */
function titleBeforeGiven(tables: PeopleTables, prefix: Prefix | undefined): boolean {
  return prefix?.kind === 'title' && tables.titles.get(prefix.house) === 'given'
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

/**
 * Honorifics a house gives anyone of that gender: a person introduced with
 * one keeps none of their own (`Mrs` and `Miss` are kept: the article chose
 * them, and they are never guessed).
 */
const plainHonorifics = new Set(['Mr', 'Ms'])

/** Whether one of the four words before `mention` (or its office), in its sentence, is in `places` (`Malaysian Prime Minister Anwar Ibrahim`). */
function introducedAfter(article: Article, places: Set<string>, mention: Mention): boolean {
  const first = mention.words[0]!
  const from = Math.min(first.start, mention.officeStart ?? first.start)
  for (let index = first.index - 1; index >= 0; index--) {
    const word = article.words[index]!
    if (word.sentence !== first.sentence || (index < first.index - 4 && word.start < from)) break
    if (places.has(withoutPossessive(word.text))) return true
  }
  return false
}

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

/**
 * The one person with the surname keyed `key` whose given name `given` spells
 * another way (`Volodymr` for `Volodymyr`), if exactly one. Two given names
 * the lists both know are two people (`Daniel` and `Daniela`).
 */
function respeltGiven(tables: PeopleTables, found: Array<Person>, key: string, given: string): Person | undefined {
  // `Jon` is not a misspelt `John`.
  if (isKnownGiven(tables, given)) found = found.filter((person) => !isKnownGiven(tables, person.given ?? ''))
  const lower = given.toLowerCase()
  const respelt = found.filter((person) => person.given !== undefined && nameKey(person.surname) === key && isLowerSpellingVariant(person.given.toLowerCase(), lower))
  return respelt.length === 1 ? respelt[0] : undefined
}

/** The one person whose full name, as introduced, ends with all of `mention`'s words, if exactly one. */
function tailOf(found: Array<Person>, mention: Mention): Person | undefined {
  const words = mention.words.map((word) => withoutPossessive(word.text))
  const ending = found.filter((person) => {
    const intro = person.introduction
    if (intro.kind !== 'full') return false
    const named = intro.words.slice(intro.prefix ? intro.prefix.words.length : 0).map((word) => withoutPossessive(word.text))
    return named.length > words.length && words.every((word, index) => named[named.length - words.length + index] === word)
  })
  return ending.length === 1 ? ending[0] : undefined
}

/**
 * The names between a full name's given name and its surname that could be
 * what the article calls the person (`Vallejo` in `Jose Carles Vallejo
 * Calderon`): capitalised, and no given name or particle.
 */
function innerNames(tables: PeopleTables, mention: Mention): Array<string> {
  const skip = mention.prefix ? mention.prefix.words.length : 0
  const inner: Array<string> = []
  for (let index = skip + 1; index < mention.words.length; index++) {
    const word = mention.words[index]!
    if (word.start >= mention.surnameStart) break
    if (/^\p{Lu}\p{Ll}{2,}$/u.test(word.text) && !isKnownGiven(tables, word.text) && !tables.particles.has(word.lower)) inner.push(word.text)
  }
  return inner
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

/**
 * The shorter forms a later mention may use of a surname key: without its
 * leading particles (`al assad` -> `assad`), and for a name of several
 * particles, its last part (`bin hamad al thani` -> `al thani`).
 */
function shortKeys(tables: PeopleTables, key: string): Array<string> {
  const keys = [core(tables, key)]
  const words = key.split(' ')
  for (let index = words.length - 2; index > 0; index--) {
    if (!tables.particles.has(words[index]!)) continue
    const tail = words.slice(index).join(' ')
    if (!keys.includes(tail)) keys.push(tail)
    break
  }
  return keys
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
