/**
 * The style data of `acronyms` (rules/data/acronyms.json) and the sets made
 * from it once per style.
 */

export interface AcronymsData {
  /** Acronyms every reader knows (`US`, `UN`, `BBC`). */
  wellKnown: Array<string>
  /** Small words inside names that initials may skip (`of`, `for`). */
  connectors: Array<string>
  /** Nouns that say what an acronym is (`energy firm DTEK`, `the RIA news agency`). */
  descriptors?: Array<string>
  /** English words written in capitals for emphasis (`this AND that`). */
  englishWords?: Array<string>
}

export interface Tables {
  wellKnown: Set<string>
  connectors: Set<string>
  descriptors: Set<string>
  englishWords: Set<string>
}

export const dataSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['wellKnown'],
  properties: {
    wellKnown: {type: 'array', items: {type: 'string', minLength: 2}, uniqueItems: true},
    connectors: {type: 'array', items: {type: 'string', minLength: 1}, uniqueItems: true},
    descriptors: {type: 'array', items: {type: 'string', minLength: 1}, uniqueItems: true},
    englishWords: {type: 'array', items: {type: 'string', minLength: 1}, uniqueItems: true}
  }
}

export function prepare(data: AcronymsData): Tables {
  return {
    wellKnown: new Set(data.wellKnown.map((item) => item.toUpperCase())),
    connectors: new Set(data.connectors),
    descriptors: new Set((data.descriptors ?? []).map((item) => item.toLowerCase())),
    englishWords: new Set(data.englishWords ?? [])
  }
}
