/**
 * Organisations the style knows by name: each house name (`ISIS`) with the
 * other names it goes by (`ISIL`, `Islamic State`, `Daesh`). `group-names`
 * reports the other names; `acronyms` does not take a known name for an
 * acronym to spell out. Style data: `data.groups` (src/model/defaults.ts).
 */
import {defaultGroups} from './defaults.js'
import {longestOf, shapesOf} from './words.js'

export interface Variant {
  /**
   * `group`: only next to a word that makes it the group ("Isis fighters",
   * "against Isis"), for names that are also people's names. `not-capitals`:
   * not next to a word in capitals ("THIS IS"), for English words.
   */
  context?: 'group' | 'not-capitals'
  /** `never`: not reported inside quotes, whatever the `quotes` option. */
  quotes?: 'never'
}

/**
 * House name -> the other names of the organisation, and fixes the tests run
 * (`examples`). `first`: a style that introduces the group by another name
 * (`so-called Islamic State`, then `IS`) gives it here; its variants then
 * list the house name and the first form too, with any context they need.
 */
export type GroupsData = Record<string, {first?: string; variants: Record<string, Variant>; examples?: Array<{from: string; to: string}>}>

export interface GroupEntry extends Variant {
  canonical: string
  /** The form at the group's first mention, when the style has one. */
  first?: string
  variant: string
  words: Array<string>
}

export interface GroupTables {
  /** Variants by their first word, longest first. */
  byFirstWord: Map<string, Array<GroupEntry>>
  /** Shapes of the first words (`shapesOf`; `The` and `the` share one). */
  firstShapes: Uint32Array
  /** The longest first word: no longer part of a word starts a variant. */
  longestFirstWord: number
  /** Every variant and house name, by text: which organisation each names. */
  groupOf: Map<string, string>
}

export const groupsDefaults = defaultGroups as GroupsData

const examples = {
  type: 'array',
  items: {type: 'object', additionalProperties: false, required: ['from', 'to'], properties: {from: {type: 'string'}, to: {type: 'string'}}}
}

export const groupsSchema = {
  type: 'object',
  additionalProperties: {
    type: 'object',
    additionalProperties: false,
    required: ['variants'],
    properties: {
      first: {type: 'string', minLength: 1},
      variants: {
        type: 'object',
        additionalProperties: {
          type: 'object',
          additionalProperties: false,
          properties: {context: {enum: ['group', 'not-capitals']}, quotes: {enum: ['never']}}
        }
      },
      examples
    }
  }
}

export function prepareGroups(data: GroupsData): GroupTables {
  const byFirstWord = new Map<string, Array<GroupEntry>>()
  const groupOf = new Map<string, string>()
  for (const [canonical, group] of Object.entries(data)) {
    groupOf.set(canonical, canonical)
    for (const [variant, settings] of Object.entries(group.variants)) {
      groupOf.set(variant, canonical)
      const words = variant.split(' ')
      const entry: GroupEntry = {...settings, canonical, variant, words}
      if (group.first !== undefined) entry.first = group.first
      const list = byFirstWord.get(words[0]!) ?? []
      list.push(entry)
      list.sort((a, b) => b.words.length - a.words.length)
      byFirstWord.set(words[0]!, list)
    }
  }
  return {byFirstWord, firstShapes: shapesOf(byFirstWord.keys()), longestFirstWord: longestOf(byFirstWord.keys()), groupOf}
}
