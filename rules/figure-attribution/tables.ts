/**
 * The style data `figure-attribution.attributions` and the phrase tables
 * made from it once per style.
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

const stringList = {type: 'array', items: {type: 'string', minLength: 1}, uniqueItems: true}

export const attributionsSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {sources: stringList, weak: stringList, pronouns: stringList, skipBeforeVerb: stringList, determiners: stringList}
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
