/**
 * The people model's word lists (style data `data.people`,
 * src/model/defaults.ts) and the look-up tables made from them once per
 * style (src/kit/model.ts).
 */
import {defaultNamesBySex, defaultPeople, defaultWorldNamesBySex} from '../defaults.js'
import {figuresDefaults} from '../figures/tables.js'
import {wordSet, type WordSet} from '../words.js'
import {nameKey} from './names.js'
import type {Gender} from './types.js'

export interface PeopleData {
  /** Honorific (without full stop) -> the gender it marks, or `any` (`Dr`). */
  honorifics: Record<string, Gender | 'any'>
  /** Rank as written (full or abbreviated, words separated by a space) -> house form. */
  ranks: Record<string, string>
  /** Words after which `General` is part of an office, not a rank (`Attorney General`). */
  notRankAfter: Array<string>
  /** Words after a rank that make it part of an office (`Lieutenant Governor`). */
  notRankBefore: Array<string>
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
  /** Spelt-out honorifics and their house form (`Professor`: `Prof`). */
  spelledHonorifics: Record<string, string>
  /** Nouns after a surname that make it name something else (`the Trump administration`). */
  attributiveNouns: Array<string>
  /** Countries, cities, regions and their adjectives (`Syria`, `Swedish`): never part of a person's name. */
  places: Array<string>
  /**
   * Particles joined to a name by a hyphen and their house form, which
   * stands apart (`al`: `Al`, so `al-Assad` is `Al Assad`); `null` keeps
   * the particle as written.
   */
  particleForms: Record<string, string | null>
  /** Words after a surname that belong to it (`Jr`, `III`): `Donald Trump Jr` is `Mr Trump Jr`, not Donald Trump. */
  nameSuffixes: Array<string>
  /** Descriptors that introduce someone through another person (`his father, Akhmat Kadyrov`), lower case. */
  relatives: Array<string>
  /** Words after which a capitalised word is a place, not someone's given name (`in Chechnya`), lower case. */
  placeBefore: Array<string>
  /** Pronouns for a thing (`it`, `its`): a name followed by one is a company's (`Walt Disney ... it failed`). */
  thingPronouns: Array<string>
  /**
   * Family names written first (Chinese, Korean: `Xi Jinping`, `Cho
   * Jung-tai`): a full name starting with one is family name first when the
   * article then uses that name alone (`Xi said`).
   */
  familyFirst: Array<string>
  /** Words before an office that go with it when a later mention is shortened (`the`, `former`), lower case. */
  officeModifiers: Array<string>
  /**
   * Words that make the capitalised word after them (or after one lower-case
   * word after them) no reference to a person (`the Strip`, `another top Trump
   * adviser`), lower case.
   */
  determiners: Array<string>
  /**
   * Lower-case words that may stand in a description before a name (`top
   * security official`, `foreign policy aide`), besides descriptors.
   */
  descriptionWords: Array<string>
  /** English function words, lower case: where a description before a name may start (`quoting`, not `met`, may be cut). */
  functionWords: Array<string>
  /**
   * Words never part of a name (`notNames`) that are surnames too (`Theresa
   * May`): one after a given name, or alone with no figure after it and no
   * function word before it (`May said`, not `in May` or `May 18`).
   */
  wordsAlsoNames: Array<string>
  /**
   * Places and nationalities whose people go by their given name (Malay,
   * Indonesian, Thai, Icelandic names): someone introduced after one is `Mr
   * Anwar` later, for `Malaysian Prime Minister Anwar Ibrahim`.
   */
  givenNameFirst: Array<string>
  /**
   * People the press calls by their given name (`Saddam Hussein`, then
   * `Saddam`): their given name alone is right at later mentions, and is the
   * fix for their surname alone.
   */
  knownByGivenName: Array<string>
  /** Words of an armed service's name, which may stand before a rank (`Air Force General John Hyten`). */
  serviceWords: Array<string>
  /**
   * Korean family names (`Kim`, `Moon`), written first before a given name
   * of two short words (`Kim Jong Un`, `Moon Jae In`); some are given names
   * elsewhere (`Kim Kardashian`), so they are not in `familyFirst`.
   */
  koreanFamilyNames: Array<string>
  /** Words after which a name starts a clause as its subject (`that Gordon told her`), lower case. */
  clauseOpeners: Array<string>
  /** Words after which `her` is an object, not a possessive (`told her he`, `asked her about`), lower case. */
  herObjectBefore: Array<string>
  /**
   * Descriptors that follow the title of a work (`Only Fools and Horses
   * star`): a description before one is not cut at a function word inside
   * capitalised words, lower case.
   */
  workDescriptors: Array<string>
  /** Letters with full stops that are places, not a person's initials (`U.S.`; but `J.K. Rowling`). */
  initialsNotNames: Array<string>
  /** Words for a child before a name (`schoolgirl`), lower case: a child is named as the article names them. */
  childWords: Array<string>
  /** Words between the names of a case (`Clinton v. Jones`): the names are the case's. */
  versus: Array<string>
  /** Units of an age (`year` in `14-year-old`), singular, lower case. */
  ageUnits: Array<string>
}

export interface PeopleTables {
  honorifics: Map<string, Gender | 'any'>
  /** The honorifics as written, with and without their full stop (`Mr`, `Mr.`): most words are ruled out by their shape. */
  honorificForms: WordSet
  ranks: Map<string, string>
  /** The most words in a rank (`Lieutenant Colonel`: 2). */
  rankWords: number
  /** First words of the ranks (`Lieutenant`, `Lt`): most words start none. */
  rankStarts: Set<string>
  notRankAfter: Set<string>
  notRankBefore: Set<string>
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
  spelledHonorifics: Map<string, string>
  attributiveNouns: Set<string>
  places: Set<string>
  particleForms: Map<string, string>
  /** Given names by the sex they nearly always mark (`defaultNamesBySex`): gender, and telling a given name from other words. */
  namesBySex: Map<string, Gender>
  /**
   * The names of `namesBySex` only other countries' lists hold: those lists
   * also hold family names (`Seo`, `Pham`), so they do not keep a first word
   * from being read as a family name written first.
   */
  worldNames: Set<string>
  nameSuffixes: Set<string>
  relatives: Set<string>
  placeBefore: Set<string>
  thingPronouns: Set<string>
  familyFirst: Set<string>
  officeModifiers: Set<string>
  determiners: Set<string>
  descriptionWords: Set<string>
  functionWords: Set<string>
  wordsAlsoNames: Set<string>
  givenNameFirst: Set<string>
  knownByGivenName: Set<string>
  serviceWords: Set<string>
  koreanFamilyNames: Set<string>
  clauseOpeners: Set<string>
  herObjectBefore: Set<string>
  workDescriptors: Set<string>
  initialsNotNames: Set<string>
  childWords: Set<string>
  versus: Set<string>
  ageUnits: Set<string>
  numberWords: Map<string, number>
}

let namesBySexTable: Map<string, Gender> | undefined
let worldNamesTable: Set<string> | undefined

/** The given names by sex, made into a table once (they are not style data). */
function namesBySex(): Map<string, Gender> {
  if (!namesBySexTable) {
    namesBySexTable = new Map()
    for (const names of [defaultWorldNamesBySex, defaultNamesBySex]) {
      for (const name of names.male) namesBySexTable.set(name, 'male')
      for (const name of names.female) namesBySexTable.set(name, 'female')
    }
  }
  return namesBySexTable
}

/** The given names only other countries' lists hold (`defaultWorldNamesBySex`), made into a set once. */
function worldNames(): Set<string> {
  if (!worldNamesTable) {
    const recorded = new Set([...defaultNamesBySex.male, ...defaultNamesBySex.female])
    worldNamesTable = new Set([...defaultWorldNamesBySex.male, ...defaultWorldNamesBySex.female].filter((name) => !recorded.has(name)))
  }
  return worldNamesTable
}

/**
 * Turn people data into look-up tables (once per style: src/kit/model.ts).
 * `numberWords`: the figures model's (`data.figures.numberWords`), for ages
 * (`three-year-old`).
 */
export function preparePeople(data: PeopleData, numberWords: Record<string, number> = figuresDefaults.numberWords): PeopleTables {
  const givenNames = new Map<string, Gender>()
  for (const name of data.givenNames.male) givenNames.set(name, 'male')
  for (const name of data.givenNames.female) givenNames.set(name, 'female')
  const ranks = new Map(Object.entries(data.ranks))
  const particles = new Set(data.particles.map((particle) => particle.toLowerCase()))
  return {
    honorifics: new Map(Object.entries(data.honorifics)),
    honorificForms: wordSet(Object.keys(data.honorifics).flatMap((name) => [name, name + '.'])),
    ranks,
    rankWords: Math.max(1, ...[...ranks.keys()].map((rank) => rank.split(' ').length)),
    rankStarts: new Set([...ranks.keys()].map((rank) => rank.split(' ')[0]!)),
    notRankAfter: new Set(data.notRankAfter),
    notRankBefore: new Set(data.notRankBefore),
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
    companyNouns: new Set(data.companyNouns),
    spelledHonorifics: new Map(Object.entries(data.spelledHonorifics)),
    attributiveNouns: new Set(data.attributiveNouns),
    places: new Set(data.places),
    namesBySex: namesBySex(),
    worldNames: worldNames(),
    nameSuffixes: new Set(data.nameSuffixes),
    relatives: new Set(data.relatives),
    placeBefore: new Set(data.placeBefore),
    thingPronouns: new Set(data.thingPronouns),
    familyFirst: new Set(data.familyFirst),
    officeModifiers: new Set(data.officeModifiers),
    determiners: new Set(data.determiners),
    descriptionWords: new Set(data.descriptionWords),
    functionWords: new Set(data.functionWords),
    wordsAlsoNames: new Set(data.wordsAlsoNames),
    givenNameFirst: new Set(data.givenNameFirst),
    knownByGivenName: new Set(data.knownByGivenName),
    serviceWords: new Set(data.serviceWords),
    koreanFamilyNames: new Set(data.koreanFamilyNames),
    clauseOpeners: new Set(data.clauseOpeners),
    herObjectBefore: new Set(data.herObjectBefore),
    workDescriptors: new Set(data.workDescriptors),
    initialsNotNames: new Set(data.initialsNotNames),
    childWords: new Set(data.childWords),
    versus: new Set(data.versus),
    ageUnits: new Set(data.ageUnits),
    numberWords: new Map(Object.entries(numberWords)),
    particleForms: new Map(
      Object.entries(data.particleForms).flatMap(([particle, form]) => (form === null ? [] : [[particle.toLowerCase(), form] as const]))
    )
  }
}

export const wordList = {type: 'array', items: {type: 'string'}}

const genders = {enum: ['male', 'female', 'any']}

/** JSON Schema of `PeopleData`, for the rules that carry it in their data. */
export const peopleSchema = {
  type: 'object',
  additionalProperties: false,
  required: [
    'honorifics', 'ranks', 'notRankAfter', 'notRankBefore', 'titles', 'particles', 'givenNames', 'descriptors',
    'speechVerbs', 'pronouns', 'notNames', 'titleWords', 'notPeopleWords', 'notPeople', 'companyNouns',
    'spelledHonorifics', 'attributiveNouns', 'places', 'particleForms',
    'nameSuffixes', 'relatives', 'placeBefore', 'thingPronouns', 'familyFirst',
    'officeModifiers', 'determiners', 'descriptionWords', 'functionWords', 'wordsAlsoNames', 'givenNameFirst', 'knownByGivenName', 'serviceWords', 'koreanFamilyNames', 'clauseOpeners', 'herObjectBefore', 'workDescriptors', 'initialsNotNames',
    'childWords', 'versus', 'ageUnits'
  ],
  properties: {
    honorifics: {type: 'object', additionalProperties: genders},
    ranks: {type: 'object', additionalProperties: {type: 'string'}},
    notRankAfter: wordList,
    notRankBefore: wordList,
    titles: {type: 'object', additionalProperties: {enum: ['given', 'surname']}},
    particles: wordList,
    givenNames: {
      type: 'object',
      additionalProperties: false,
      required: ['male', 'female'],
      properties: {male: wordList, female: wordList}
    },
    descriptors: {type: 'object', additionalProperties: genders},
    speechVerbs: wordList,
    pronouns: {type: 'object', additionalProperties: {enum: ['male', 'female']}},
    notNames: wordList,
    titleWords: wordList,
    notPeopleWords: wordList,
    notPeople: wordList,
    companyNouns: wordList,
    spelledHonorifics: {type: 'object', additionalProperties: {type: 'string'}},
    attributiveNouns: wordList,
    places: wordList,
    particleForms: {type: 'object', additionalProperties: {type: ['string', 'null']}},
    nameSuffixes: wordList,
    relatives: wordList,
    placeBefore: wordList,
    thingPronouns: wordList,
    familyFirst: wordList,
    officeModifiers: wordList,
    determiners: wordList,
    descriptionWords: wordList,
    functionWords: wordList,
    wordsAlsoNames: wordList,
    givenNameFirst: wordList,
    knownByGivenName: wordList,
    serviceWords: wordList,
    koreanFamilyNames: wordList,
    clauseOpeners: wordList,
    herObjectBefore: wordList,
    workDescriptors: wordList,
    initialsNotNames: wordList,
    childWords: wordList,
    versus: wordList,
    ageUnits: wordList
  }
}

export const peopleDefaults = defaultPeople as PeopleData
