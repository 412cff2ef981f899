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
 * Precision first: a full name is a person only on the article's evidence,
 * its own (an honorific, a rank or a title, a descriptor such as
 * `spokesman`, `, who` or an age after it, a known given name, a list of
 * people) or that of the other mentions of its surname (a speech verb or a
 * possessive with the surname alone, a he or she after it, `Mr X`). A
 * surname or a given name alone is a later mention only of someone already
 * introduced; a name the article calls `it` is no one.
 *
 * The folder, by concern: `reading.ts` finds the names in the text,
 * `prefixes.ts` what stands before and after them, `identity.ts` who is
 * who, `gender.ts` their gender, `names.ts` keys and spellings, `tables.ts`
 * the word lists, `types.ts` what is found.
 */
import {perArticle} from '../article.js'
import {buildPeople} from './identity.js'
import type {PeopleTables} from './tables.js'
import type {People} from './types.js'

/** The people of `article`, computed once per article and tables. */
export const getPeople = perArticle<PeopleTables, People>(buildPeople)

export {houseForms, houseParticles, isSpellingVariant, laterName, particleAt, lowerNameKey, nameKey, skeleton} from './names.js'
export {isKnownGiven} from './reading.js'
export {peopleDefaults, peopleSchema, preparePeople, type PeopleData, type PeopleTables} from './tables.js'
export type {Gender, Mention, People, Person, Prefix} from './types.js'
