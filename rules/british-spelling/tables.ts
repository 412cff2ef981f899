/**
 * The look-up tables of `british-spelling`, made once per style from its
 * data: one entry per US form, found for a word or a part of a compound.
 */
import type {Word} from '../../src/model/article.js'
import {code} from '../../src/kit/report.js'
import {hasShape, longestOf, shapesOf, withoutPossessive, wordParts} from '../../src/model/words.js'
import type {BritishSpellingData, Context, Forms, Sense} from './data.js'

export interface PreparedContext {
  sense: Sense
  context: Context
  after?: Set<string>
  afterTwo?: Set<string>
  before?: Set<string>
  near?: Set<string>
  notAfter?: Set<string>
  notShortlyAfter?: Set<string>
  notBefore?: Set<string>
  notNear?: Set<string>
}

export interface Entry {
  /** British form, when the form is a US spelling in every sense. */
  british?: Forms
  /** Contexts that decide a sense, for forms that are British in another sense. */
  contexts?: Array<PreparedContext>
}

export interface Tables {
  /** Lower-cased US form -> what to do: one look-up per word. */
  entries: Map<string, Entry>
  /** Shapes of the forms (`shapesOf`): most words are ruled out before hashing. */
  shapes: Uint32Array
  /** The longest form: no longer part of a word is one. */
  longest: number
  /** Names by each lower-cased word in them. */
  names: Map<string, Array<Array<string>>>
  /** US forms that American spelling too has only as a variant (`marshall`). */
  variants: Set<string>
  /** The same look-up the other way, for American spelling: made when first asked for. */
  american: () => Tables
}

export function prepare(data: BritishSpellingData): Tables {
  const exclude = new Set(listed(data.exclude).map((form) => form.toLowerCase()))
  const entries = new Map<string, Entry>()
  for (const [form, british] of Object.entries(data.words)) {
    if (!exclude.has(form)) entries.set(form, {british})
  }
  for (const context of Object.values(data.contexts)) {
    for (const form of context.forms) {
      const sense = data.senses[form]?.find((sense) => sense.sense === context.sense)
      if (!sense || sense.british === null) {
        throw new Error(
          'Invalid style data for `british-spelling`: no VarCon sense ' + code(context.sense) + ' with a British form for ' + code(form)
        )
      }
      if (exclude.has(form)) continue
      const entry = entries.get(form) ?? {contexts: []}
      entry.contexts?.push({
        sense,
        context,
        after: set(context.after),
        afterTwo: set(context.afterTwo),
        before: set(context.before),
        near: set(context.near),
        notAfter: set(context.notAfter),
        notShortlyAfter: set(context.notShortlyAfter),
        notBefore: set(context.notBefore),
        notNear: set(context.notNear)
      })
      entries.set(form, entry)
    }
  }
  const variants = new Set(listed(data.variants).map((form) => form.toLowerCase()))
  let american: Tables | undefined
  const tables: Tables = {
    entries,
    shapes: shapesOf(entries.keys()),
    longest: longestOf(entries.keys()),
    names: namesOf(data, entries),
    variants,
    american: () => (american ??= americanTables(data))
  }
  return tables
}

/** British form -> American form, as entries of the same shape. */
function americanTables(data: BritishSpellingData): Tables {
  const entries = new Map<string, Entry>()
  for (const [form, american] of Object.entries(data.american)) {
    if (american) entries.set(form, {british: american})
  }
  const tables: Tables = {
    entries,
    shapes: shapesOf(entries.keys()),
    longest: longestOf(entries.keys()),
    names: namesOf(data, entries),
    variants: new Set(),
    american: () => tables
  }
  return tables
}

/** The listed names, by each of their words that is a form to look up. */
function namesOf(data: BritishSpellingData, entries: Map<string, Entry>): Map<string, Array<Array<string>>> {
  const names = new Map<string, Array<Array<string>>>()
  for (const name of listed(data.names)) {
    const parts = name.split(' ')
    for (const part of parts) {
      const key = part.toLowerCase()
      if (!entries.has(key)) continue
      const list = names.get(key) ?? []
      list.push(parts)
      names.set(key, list)
    }
  }
  return names
}

function listed(table: Record<string, boolean>): Array<string> {
  return Object.keys(table).filter((key) => table[key])
}

function set(list: Array<string> | undefined): Set<string> | undefined {
  return list ? new Set(list.map((word) => word.toLowerCase())) : undefined
}

export function pick(forms: Forms | null, spelling: 0 | 1): string | null {
  return forms === null || typeof forms === 'string' ? forms : forms[spelling]
}

export interface Part {
  text: string
  /** Offset of the part inside the word. */
  start: number
}

export const possessive = /['\u2019]s?$/u

/** The entry for `word`: the whole word, else a hyphen-separated part of it. */
export function lookUp(tables: Tables, word: Word): {entry: Entry; part: Part} | undefined {
  const text = word.text
  if (!text.includes('-')) {
    const stem = withoutPossessive(text)
    const entry = entryOf(tables, stem === text ? word.lower : stem.toLowerCase())
    return entry ? {entry, part: {text: stem, start: 0}} : undefined
  }
  // The whole compound (a form may have a hyphen), then each segment alone:
  // a run of some of its segments is never a form.
  const segments = wordParts(text, {segments: 1})
  if (segments.length > 1) {
    const start = segments[0]!.start
    const last = segments.at(-1)!
    const whole = {text: text.slice(start, last.start + last.text.length), start}
    const entry = whole.text.length <= tables.longest ? entryOf(tables, whole.text.toLowerCase()) : undefined
    if (entry) return {entry, part: whole}
  }
  for (const part of segments) {
    const entry = entryOf(tables, part.text.toLowerCase())
    if (entry) return {entry, part}
  }
  return undefined
}

function entryOf(tables: Tables, form: string): Entry | undefined {
  return hasShape(tables.shapes, form) ? tables.entries.get(form) : undefined
}
