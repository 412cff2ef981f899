/**
 * The style data of `british-spelling`: VarCon's forms and senses
 * (rules/data/british-spelling-varcon.json, made by `npm run build:data`)
 * and the house's contexts, names and exclusions
 * (rules/data/british-spelling.json).
 */
import varcon from '../data/british-spelling-varcon.json' with {type: 'json'}
import house from '../data/british-spelling.json' with {type: 'json'}
import {examplesSchema} from '../../src/kit/rule.js'

/** British form: one for both spellings, or `[ise, ize]` (`null`: correct as it is). */
export type Forms = string | [string | null, string | null]

export interface Sense {
  /** VarCon's headword and sense note: `program <N>`, `tire wheel`. */
  sense: string
  /** British form in this sense; `null`: the form is British in this sense. */
  british: Forms | null
}

/**
 * A context that decides the sense of an ambiguous form. Every condition
 * given must hold; list several contexts for alternatives.
 */
export interface Context {
  /** US forms it applies to (lower case). */
  forms: Array<string>
  /** The VarCon sense it decides (its British form is the fix). */
  sense: string
  /** The word before is one of these. */
  after?: Array<string>
  /** The two words before are one of these (`on the`). */
  afterTwo?: Array<string>
  /** The word after is one of these. */
  before?: Array<string>
  /** A number comes before it (`50 meters`, `10-meter`). */
  afterNumber?: boolean
  /** An ordinal other than `first` and `second` comes before it (`the 10th story`, `the fifth story`). */
  afterOrdinal?: boolean
  /** A possessive comes before it, not `it’s` (`the car’s tires`, `drivers’ licenses`). */
  afterPossessive?: boolean
  /** An amount of money comes before it (`a $1,400 check`). */
  afterAmount?: boolean
  /** It ends a hyphenated compound after a number, an ordinal or `multi`/`single`/`double` (`10-story`, `10th-story`). */
  compoundNumber?: boolean
  /** `for` and an amount of money come after it (`a check for $500`). */
  forAmount?: boolean
  /** One of these words is in the sentence or a sentence next to it in its paragraph. */
  near?: Array<string>
  notAfter?: Array<string>
  /** None of these words is among the three words before it in its sentence (`run the anti-virus program`). */
  notShortlyAfter?: Array<string>
  notBefore?: Array<string>
  /** None of these words is in the sentence or a sentence next to it in its paragraph. */
  notNear?: Array<string>
  notAfterNumber?: boolean
  examples?: Array<{from: string; to: string}>
}

export interface BritishSpellingData {
  /** US form (lower case) -> British form, generated from VarCon. */
  words: Record<string, Forms>
  /** US forms that are British in another sense, generated from VarCon. */
  senses: Record<string, Array<Sense>>
  /**
   * US forms that American spelling too has only as a variant (`marshall`),
   * generated from VarCon: capitalised at the start of a sentence, a name.
   */
  variants: Record<string, boolean>
  /**
   * Context rules for forms in `senses`, by a name of the rule's choosing;
   * forms without one are never flagged.
   */
  contexts: Record<string, Context>
  /** Proper names left alone, as written (`Pearl Harbor`, `Labor`); `false` or `null` drops one. */
  names: Record<string, boolean>
  /** Forms never flagged (lower case), such as `percent` (the `numbers` rule's). */
  exclude: Record<string, boolean>
  /**
   * For the `spelling: 'american'` option: British form (lower case) ->
   * American form, generated from VarCon (forms American spelling never
   * accepts); `null` drops one.
   */
  american: Record<string, string | null>
}

const formsSchema = {
  anyOf: [
    {type: 'string'},
    {type: 'array', minItems: 2, maxItems: 2, items: {type: ['string', 'null']}}
  ]
}
const words = {type: 'array', items: {type: 'string'}}

export const defaults: BritishSpellingData = {
  words: varcon.words as unknown as Record<string, Forms>,
  senses: varcon.senses as unknown as Record<string, Array<Sense>>,
  variants: varcon.variants,
  american: varcon.american,
  ...(house as Omit<BritishSpellingData, 'words' | 'senses' | 'variants' | 'american'>)
}

export const dataSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['words', 'senses', 'variants', 'contexts', 'names', 'exclude', 'american'],
  properties: {
    words: {type: 'object', additionalProperties: formsSchema},
    senses: {
      type: 'object',
      additionalProperties: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['sense', 'british'],
          properties: {sense: {type: 'string'}, british: {anyOf: [formsSchema, {type: 'null'}]}}
        }
      }
    },
    variants: {type: 'object', additionalProperties: {type: 'boolean'}},
    american: {type: 'object', additionalProperties: {type: ['string', 'null']}},
    contexts: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['forms', 'sense'],
        properties: {
          forms: words,
          sense: {type: 'string'},
          after: words,
          afterTwo: words,
          before: words,
          afterNumber: {type: 'boolean'},
          afterOrdinal: {type: 'boolean'},
          afterPossessive: {type: 'boolean'},
          afterAmount: {type: 'boolean'},
          compoundNumber: {type: 'boolean'},
          forAmount: {type: 'boolean'},
          near: words,
          notAfter: words,
          notShortlyAfter: words,
          notBefore: words,
          notNear: words,
          notAfterNumber: {type: 'boolean'},
          examples: examplesSchema
        }
      }
    },
    names: {type: 'object', additionalProperties: {type: 'boolean'}},
    exclude: {type: 'object', additionalProperties: {type: 'boolean'}}
  }
}
