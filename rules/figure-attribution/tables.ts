/**
 * The style data `figure-attribution.attributions` and `.context`, and the
 * phrase tables made from them once per style.
 */
import {phrases, type Phrases} from '../../src/model/phrases.js'
import {wordSet, type WordSet} from '../../src/model/words.js'

/** Style data `figure-attribution.attributions`. */
export interface AttributionsData {
  /** Words and phrases that name a source: `said`, `according to`... */
  sources: Array<string>
  /** Vague attribution: `is said to`, `reportedly`... */
  weak: Array<string>
  /** Words standing for a source without naming it (`he said`). */
  pronouns: Array<string>
  /** Words between a source's name and its verb (`Mr Bali on Wednesday said`). */
  skipBeforeVerb: Array<string>
  determiners: Array<string>
}

export interface AttributionTables {
  sources: Phrases
  weak: Phrases
  pronouns: WordSet
  skipBeforeVerb: WordSet
  determiners: WordSet
}

/** Style data `figure-attribution.context`: when a figure is not news, or is the speaker's own. */
export interface ContextData {
  /** Words that keep a dated sentence's figures news (`has killed`, `since 2014`, `so far`). */
  ongoing: Array<string>
  /** Words before `have` that make it no present perfect (`to have been`, `would have`). */
  notOngoingAfter: Array<string>
  /** Phrases that date a sentence by the year of the one before (`that year`, `the same year`). */
  datedBack: Array<string>
  /** First-person words as written (`I`, `we`): a clause with one is the speaker's testimony. */
  firstPerson: Array<string>
  /** Words that open another clause (`but`, `while`), as a comma or a semicolon does. */
  clauseBreaks: Array<string>
}

export interface ContextTables {
  ongoing: Phrases
  notOngoingAfter: WordSet
  datedBack: Phrases
  firstPerson: Set<string>
  clauseBreaks: WordSet
}

const stringList = {type: 'array', items: {type: 'string', minLength: 1}, uniqueItems: true}

export const attributionsSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {sources: stringList, weak: stringList, pronouns: stringList, skipBeforeVerb: stringList, determiners: stringList}
}

export const contextSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {ongoing: stringList, notOngoingAfter: stringList, datedBack: stringList, firstPerson: stringList, clauseBreaks: stringList}
}

export function prepareContext(data: ContextData): ContextTables {
  return {
    ongoing: phrases(data.ongoing),
    notOngoingAfter: wordSet(data.notOngoingAfter.map((item) => item.toLowerCase())),
    datedBack: phrases(data.datedBack),
    firstPerson: new Set(data.firstPerson),
    clauseBreaks: wordSet(data.clauseBreaks.map((item) => item.toLowerCase()))
  }
}

export function prepareAttributions(data: AttributionsData): AttributionTables {
  const lower = (list: Array<string>) => wordSet(list.map((item) => item.toLowerCase()))
  return {
    sources: phrases(data.sources),
    weak: phrases(data.weak),
    pronouns: lower(data.pronouns),
    skipBeforeVerb: lower(data.skipBeforeVerb),
    determiners: lower(data.determiners)
  }
}
