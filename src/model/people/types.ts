/**
 * What the people model finds: people, their mentions and the prefixes
 * before their names (src/model/people/index.ts).
 */
import type {Word} from '../article.js'

export type Gender = 'male' | 'female'

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
   * `bare`: the surname alone (`Bali`, `Abu Layla`);
   * `given`: the given name alone of someone introduced in full (`Sanaa` for `Sanaa Khreiss`).
   */
  kind: 'full' | 'prefixed' | 'bare' | 'given'
  /** Span of the whole mention, prefix included, possessive ending excluded. */
  start: number
  end: number
  prefix?: Prefix
  /**
   * Where an office or a place's possessive before the name starts (`US President` in `US President Donald Trump`,
   * `Russia’s` in `Russia’s Vladimir Putin`), replaced with the name at a later mention.
   */
  officeStart?: number
  /** The pronoun (`he`, `she`, `it`) that follows in the sentence, read once (`null`: none); see `pronounWordAfter`. */
  pronoun?: string | null
  /** `, who` or an age (`, 82,`) after the name: only people have them. */
  apposition?: 'who' | 'age'
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
  /** Surname with its particles, as first written (`Abu Layla`): the key the person is found by. */
  surname: string
  /**
   * The name the article calls them by where it is not the surname, for the later form: a name
   * before the surname (`Vallejo` for `Jose Carles Vallejo Calderon`), or a surname of two words
   * (`Parreñas Shimizu`).
   */
  calledBy?: string
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
  /** Called by the given name at later mentions (`Mr Anwar` for `Anwar Ibrahim`, a Malaysian). */
  goesByGiven?: boolean
  gender?: Gender
  genderEvidence?: string
  /** Introduced as a child (`14-year-old Stefan Pakeerah`): named as the article names them. */
  child?: boolean
  /**
   * Known by the given name: called by it alone before the full name came
   * (`Kayahan`, then `whose full name was Kayahan Acar`), or one the press
   * calls so (`Saddam Hussein`: `data.people.knownByGivenName`).
   */
  knownByGiven?: boolean
  /** Called by the given name alone, with no honorific, as the press calls them (`Saddam`). */
  givenAlone?: boolean
  /** Another person in the article has the same surname. */
  ambiguous: boolean
  /** The surname stood alone before the person was introduced (`Disney` the company, then `Roy Disney`). */
  usedBefore: boolean
  mentions: Array<Mention>
}

export interface People {
  persons: Array<Person>
  mentions: Array<Mention>
  /** Bare surnames that could be any of several people (`Narwal` when two Narwals are named). */
  ambiguous: Array<{mention: Mention; persons: Array<Person>}>
}
