/**
 * The style data of `acronyms` (rules/data/acronyms.json) and the sets made
 * from it once per style.
 */

export interface AcronymsData {
  /** Where `dictionary` comes from. */
  source?: string
  /** The notice its source asks copies to carry. */
  licence?: string
  /** The style's own acronyms every reader knows (`UAE`, `ISIS`, `Nato`). */
  wellKnown: Array<string>
  /** Acronyms in the general dictionaries (SCOWL up to level 70), built by scripts/build-acronyms.ts. */
  dictionary?: Array<string>
  /** Small words inside names that initials may skip (`of`, `for`). */
  connectors: Array<string>
  /** Nouns that say what an acronym is (`energy firm DTEK`, `the RIA news agency`, `KPMG plc`). */
  descriptors?: Array<string>
  /** English words written in capitals for emphasis (`this AND that`). */
  englishWords?: Array<string>
  /** Stock exchanges whose tickers follow a colon (`NYSE: KO`): a ticker is not an acronym. */
  exchanges?: Array<string>
}

export interface Tables {
  wellKnown: Set<string>
  connectors: Set<string>
  descriptors: Set<string>
  englishWords: Set<string>
  exchanges: Set<string>
}

const words = {type: 'array', items: {type: 'string', minLength: 1}, uniqueItems: true}

export const dataSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['wellKnown'],
  properties: {
    source: {type: 'string'},
    licence: {type: 'string'},
    wellKnown: {type: 'array', items: {type: 'string', minLength: 2}, uniqueItems: true},
    dictionary: {type: 'array', items: {type: 'string', minLength: 2}, uniqueItems: true},
    connectors: words,
    descriptors: words,
    englishWords: words,
    exchanges: words
  }
}

export function prepare(data: AcronymsData): Tables {
  return {
    wellKnown: new Set([...data.wellKnown, ...(data.dictionary ?? [])].map((item) => item.toUpperCase())),
    connectors: new Set(data.connectors.map((item) => item.toLowerCase())),
    descriptors: new Set((data.descriptors ?? []).map((item) => item.toLowerCase())),
    englishWords: new Set(data.englishWords ?? []),
    exchanges: new Set((data.exchanges ?? []).map((item) => item.toLowerCase()))
  }
}
