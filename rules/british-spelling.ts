/**
 * `british-spelling`: US spellings become British (`center` -> `centre`),
 * from VarCon, with its sense notes: a form that is also British in another
 * sense (`program`, `check`, `tire`, `meter`...) is only flagged where a
 * context rule decides the sense. Proper names are left alone.
 */
import varcon from './data/british-spelling-varcon.json' with {type: 'json'}
import house from './data/british-spelling.json' with {type: 'json'}
import type {Article, Word} from '../src/model/article.js'
import {firstLetterUpper, isAllCaps, keepCase} from '../src/model/case.js'
import {code} from '../src/kit/report.js'
import {houseStyleRule, examplesSchema} from '../src/kit/rule.js'
import {hasShape, longestOf, shapesOf, trimEndOf, withoutPossessive, wordParts} from '../src/model/words.js'

export interface BritishSpellingOptions {
  /** Oxford spelling: `-ize` forms (`organize`) are correct and US forms get them. */
  ize: boolean
  /** Inside direct quotes: `report` (default: spelling is transcription) or `skip`. */
  quotes: 'skip' | 'report'
}

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
  /** It ends a hyphenated compound after a number or `multi`/`single`/`double` (`10-story`). */
  compoundNumber?: boolean
  /** `for` and an amount of money come after it (`a check for $500`). */
  forAmount?: boolean
  notAfter?: Array<string>
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
   * Context rules for forms in `senses`, by a name of the rule's choosing;
   * forms without one are never flagged.
   */
  contexts: Record<string, Context>
  /** Proper names left alone, as written (`Pearl Harbor`, `Labor`); `false` or `null` drops one. */
  names: Record<string, boolean>
  /** Forms never flagged (lower case), such as `percent` (the `numbers` rule's). */
  exclude: Record<string, boolean>
}

interface PreparedContext {
  sense: Sense
  context: Context
  after?: Set<string>
  afterTwo?: Set<string>
  before?: Set<string>
  notAfter?: Set<string>
  notBefore?: Set<string>
  notNear?: Set<string>
}

interface Entry {
  /** British form, when the form is a US spelling in every sense. */
  british?: Forms
  /** Contexts that decide a sense, for forms that are British in another sense. */
  contexts?: Array<PreparedContext>
}

interface Tables {
  /** Lower-cased US form -> what to do: one look-up per word. */
  entries: Map<string, Entry>
  /** Shapes of the forms (`shapesOf`): most words are ruled out before hashing. */
  shapes: Uint32Array
  /** The longest form: no longer part of a word is one. */
  longest: number
  /** Names by each lower-cased word in them. */
  names: Map<string, Array<Array<string>>>
}

const formsSchema = {
  anyOf: [
    {type: 'string'},
    {type: 'array', minItems: 2, maxItems: 2, items: {type: ['string', 'null']}}
  ]
}
const words = {type: 'array', items: {type: 'string'}}

const defaults: BritishSpellingData = {
  words: varcon.words as unknown as Record<string, Forms>,
  senses: varcon.senses as unknown as Record<string, Array<Sense>>,
  ...(house as Omit<BritishSpellingData, 'words' | 'senses'>)
}

export default houseStyleRule<BritishSpellingOptions, BritishSpellingData, Tables>(
  {
    id: 'british-spelling',
    description: 'British spelling: `centre`, not `center`',
    fixable: true,
    severity: 'error',
    options: {
      defaults: {ize: false, quotes: 'report'},
      schema: {
        type: 'object',
        additionalProperties: false,
        properties: {ize: {type: 'boolean'}, quotes: {enum: ['skip', 'report']}}
      }
    },
    data: {
      defaults,
      schema: {
        type: 'object',
        additionalProperties: false,
        required: ['words', 'senses', 'contexts', 'names', 'exclude'],
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
                compoundNumber: {type: 'boolean'},
                forAmount: {type: 'boolean'},
                notAfter: words,
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
    },
    prepare
  },
  ({article, options, tables, report}) => {
    const spelling = options.ize ? 1 : 0
    let names: Set<string> | undefined
    let token: Token | undefined
    for (const sentence of article.sentences) {
      const list = sentence.words
      for (let index = 0; index < list.length; index++) {
        const word = list[index]!
        if (word.inQuote && options.quotes === 'skip') continue
        const found = lookUp(tables, word)
        if (!found) continue
        const {entry, part} = found
        let british: string | null | undefined
        let sense: Sense | undefined
        if (entry.british !== undefined) {
          british = pick(entry.british, spelling)
        } else {
          const context = decidingContext(entry.contexts!, article, list, index, part)
          if (context) {
            sense = context.sense
            british = pick(context.sense.british, spelling)
          }
        }
        if (!british) continue
        token = tokenAround(article.text, word.start, word.end, token)
        if (token.address) continue
        const articleNames = () => (names ??= capitalisedNames(article))
        if (isName(tables, articleNames, article, list, index, part.text)) continue
        const expected = keepCase(part.text, british)
        report({
          start: word.start + part.start,
          end: word.start + part.start + part.text.length,
          reason: 'Use ' + code(expected) + ', not ' + code(part.text),
          note: sense
            ? 'British spelling in this sense (VarCon: ' + sense.sense + ').'
            : 'House style uses British spelling' + (options.ize ? ' (Oxford -ize).' : ' (-ise).'),
          expected: [expected]
        })
      }
    }
  }
)

function prepare(data: BritishSpellingData): Tables {
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
        notAfter: set(context.notAfter),
        notBefore: set(context.notBefore),
        notNear: set(context.notNear)
      })
      entries.set(form, entry)
    }
  }
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
  return {entries, shapes: shapesOf(entries.keys()), longest: longestOf(entries.keys()), names}
}

function listed(table: Record<string, boolean>): Array<string> {
  return Object.keys(table).filter((key) => table[key])
}

function set(list: Array<string> | undefined): Set<string> | undefined {
  return list ? new Set(list.map((word) => word.toLowerCase())) : undefined
}

function pick(forms: Forms | null, spelling: 0 | 1): string | null {
  return forms === null || typeof forms === 'string' ? forms : forms[spelling]
}

interface Part {
  text: string
  /** Offset of the part inside the word. */
  start: number
}

const possessive = /['\u2019]s?$/u

/** The entry for `word`: the whole word, else a hyphen-separated part of it. */
function lookUp(tables: Tables, word: Word): {entry: Entry; part: Part} | undefined {
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

const numberWords = new Set(
  (
    'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen ' +
    'sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety ' +
    'hundred hundreds thousand thousands million dozen dozens half'
  ).split(' ')
)
const compoundNumbers = new Set(['multi', 'single', 'double', 'triple'])

function isNumber(text: string): boolean {
  return /^\d[\d,.]*$/u.test(text) || numberWords.has(text.toLowerCase())
}

/**
 * The first of `contexts` that decides the word's sense. Not `find` with an
 * arrow in the rule's loop: an arrow that reads the loop's `index` makes V8
 * allocate the loop's scope anew for every word (20 MB of the 366 MB a pass
 * over the corpus allocated, measured).
 */
function decidingContext(
  contexts: Array<PreparedContext>,
  article: Article,
  list: Array<Word>,
  index: number,
  part: Part
): PreparedContext | undefined {
  for (const context of contexts) {
    if (decides(context, article, list, index, part)) return context
  }
  return undefined
}

/** Whether `context` holds for the word at `index`. */
function decides(prepared: PreparedContext, article: Article, list: Array<Word>, index: number, part: Part): boolean {
  const {context} = prepared
  const word = list[index]!
  const compound = word.text.slice(0, part.start).split('-').filter(Boolean)
  const previousPart = compound.at(-1)
  const previous = compound.length > 0 ? undefined : list[index - 1]
  const previousText = previous?.text.toLowerCase()
  const following = word.text.slice(part.start + part.text.length).replace(possessive, '')
  const next = following === '' ? list[index + 1]?.text.toLowerCase() : undefined
  const numberBefore =
    previousPart !== undefined ? isNumber(previousPart) : previous !== undefined && isNumber(previous.text)

  if (prepared.after && !(previousText !== undefined && prepared.after.has(previousText))) return false
  if (prepared.afterTwo) {
    const before = list[index - 2]
    if (!previous || !before || !prepared.afterTwo.has(before.text.toLowerCase() + ' ' + previousText)) return false
  }
  if (prepared.before && !(next !== undefined && prepared.before.has(next))) return false
  if (context.afterNumber && !numberBefore) return false
  if (context.compoundNumber && !(previousPart !== undefined && (isNumber(previousPart) || compoundNumbers.has(previousPart.toLowerCase())))) {
    return false
  }
  if (context.forAmount && !/^\s+for\s+(?:US)?[$£€]\s?\d/u.test(article.text.slice(word.end, word.end + 16))) return false
  if (prepared.notAfter && previousText !== undefined && prepared.notAfter.has(previousText)) return false
  if (prepared.notBefore && next !== undefined && prepared.notBefore.has(next)) return false
  if (context.notAfterNumber && numberBefore) return false
  if (prepared.notNear) {
    const paragraph = word.sentence.paragraph.sentences
    const at = paragraph.indexOf(word.sentence)
    for (const sentence of paragraph.slice(Math.max(0, at - 1), at + 2)) {
      for (const other of sentence.words) {
        if (prepared.notNear.has(other.text.replace(possessive, '').toLowerCase())) return false
      }
    }
  }
  return true
}

/** A run of text between white space, and whether it is a URL, e-mail address, hashtag or handle. */
interface Token {
  from: number
  to: number
  address: boolean
}

/**
 * The token around the word from `start` to `end`: `last` again when the
 * word lies in it. Words come in order, so a token is read once however
 * many words it holds (a megabyte with no space held thousands, each of
 * which read it all).
 */
function tokenAround(text: string, start: number, end: number, last: Token | undefined): Token {
  if (last && start >= last.from && end <= last.to) return last
  let from = start
  let to = end
  while (from > 0 && !/\s/u.test(text.charAt(from - 1))) from--
  while (to < text.length && !/\s/u.test(text.charAt(to))) to++
  const token = text.slice(from, to)
  return {from, to, address: /[@#/\\]|www\.|\.[\p{L}\d]/u.test(trimEndOf(token, '.,;:!?)]"\'”’'))}
}

/**
 * Whether the word at `index` is (part of) a proper name: a listed name, or
 * a capitalised word that does not start its sentence (`Lincoln Center`,
 * `Department of Defense`). A capitalised first word is a name when the
 * next word continues a name (`Defense Secretary`, `Center for ...`) or the
 * article capitalises it elsewhere.
 */
function isName(tables: Tables, names: () => Set<string>, article: Article, list: Array<Word>, index: number, part: string): boolean {
  const word = list[index]!
  if (listedName(tables, list, index, part)) return true
  if (!firstLetterUpper(part) || isAllCaps(word.text)) return false
  if (!startsSentence(article, list, index)) return true
  const next = list[index + 1]
  if (next && /^[ \t]+$/u.test(article.text.slice(word.end, next.start))) {
    if (firstLetterUpper(next.text) && !isAllCaps(next.text)) return true
    const after = list[index + 2]
    if (connectors.has(next.text) && after && firstLetterUpper(after.text)) return true
  }
  return names().has(part)
}

const connectors = new Set(['of', 'for', 'and', 'on', 'de'])

/** Whether a word starts its sentence, a quote, or a clause after a colon or dash. */
function startsSentence(article: Article, list: Array<Word>, index: number): boolean {
  const word = list[index]!
  const previous = list[index - 1]
  if (!previous) return true
  return /[:"“‘'(\[\u2013\u2014\n]/u.test(article.text.slice(previous.end, word.start))
}

/** Words the article capitalises where they do not start a sentence. */
function capitalisedNames(article: Article): Set<string> {
  const names = new Set<string>()
  for (const sentence of article.sentences) {
    const list = sentence.words
    for (let index = 1; index < list.length; index++) {
      const word = list[index]!
      if (firstLetterUpper(word.text) && !isAllCaps(word.text) && !startsSentence(article, list, index)) {
        for (const part of word.text.replace(possessive, '').split('-')) names.add(part)
      }
    }
  }
  return names
}

/** Whether the word is in a listed name (`Pearl Harbor`), as written. */
function listedName(tables: Tables, list: Array<Word>, index: number, part: string): boolean {
  const candidates = tables.names.get(part.toLowerCase())
  if (!candidates) return false
  for (const name of candidates) {
    for (let at = 0; at < name.length; at++) {
      if (name[at] !== part) continue
      const first = index - at
      if (first < 0 || first + name.length > list.length) continue
      let matches = true
      for (let offset = 0; offset < name.length && matches; offset++) {
        const text = list[first + offset]!.text
        matches = offset === at || text.replace(possessive, '') === name[offset]
      }
      if (matches) return true
    }
  }
  return false
}
