/**
 * The encoding model: stretches of an article that a bad conversion damaged.
 *
 * Mojibake (`â€™` for `’`) and lost characters (`??`, U+FFFD) are found once
 * per article, so the `encoding` rule reports them and other rules (spelling,
 * names) can leave damaged words to it: one problem, one finding.
 */
import {type Article, perArticle} from './article.js'
import {defaultEncoding} from './defaults.js'

export interface EncodingData {
  /** Mojibake sequence -> the character it stands for. */
  mojibake: Record<string, string>
  /** Sequences that show damage but whose original character is unknown. */
  damaged: Array<string>
}

export interface EncodingTables {
  /** Sequences by first character, longest first. */
  byFirst: Map<string, Array<{from: string; to: string | undefined}>>
  /** Whether a damaged sequence starts with an ASCII character (the built-in ones never do). */
  asciiFirst: boolean
}

export interface Damage {
  start: number
  end: number
  kind: 'mojibake' | 'lost'
  /** The character the sequence stands for, when known. */
  original?: string
  /** How many runs of lost characters this finding stands for (`??  ??`). */
  runs: number
}

export const encodingSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['mojibake'],
  properties: {
    mojibake: {type: 'object', additionalProperties: {type: 'string', minLength: 1}, propertyNames: {minLength: 2}},
    damaged: {type: 'array', items: {type: 'string', minLength: 2}, uniqueItems: true}
  }
}

/** The mojibake tables of a style: `data.encoding` (src/model/defaults.ts). */
export const encodingDefaults = defaultEncoding as EncodingData

export function prepareEncoding(data: EncodingData): EncodingTables {
  const byFirst: EncodingTables['byFirst'] = new Map()
  const add = (from: string, to: string | undefined) => {
    const list = byFirst.get(from.charAt(0)) ?? []
    list.push({from, to})
    list.sort((a, b) => b.from.length - a.from.length)
    byFirst.set(from.charAt(0), list)
  }
  for (const [from, to] of Object.entries(data.mojibake)) add(from, to)
  for (const from of data.damaged ?? []) add(from, undefined)
  return {byFirst, asciiFirst: [...byFirst.keys()].some((first) => first.charCodeAt(0) < 0x80)}
}

/** Damaged stretches of `article`, in order. */
export const getDamage = perArticle<EncodingTables, Array<Damage>>(findDamage)

/** Whether `start..end` overlaps a damaged stretch or touches one inside a word. */
export function isDamaged(damage: Array<Damage>, start: number, end: number): boolean {
  return damage.some((item) => item.start < end && start < item.end)
}

const letter = /[\p{L}\p{N}]/u
const boundary = /[\s"'“”‘’()[\]{}<>.,;:!—–-]/u

function findDamage(article: Article, tables: EncodingTables): Array<Damage> {
  const {text} = article
  const damage: Array<Damage> = []
  for (const paragraph of article.paragraphs) {
    let lastLost: Damage | undefined
    for (let index = paragraph.start; index < paragraph.end; index++) {
      // Most characters are ASCII other than `?`: no table look-up needed.
      const charCode = text.charCodeAt(index)
      if (charCode < 0x80 && charCode !== 0x3f && !tables.asciiFirst) continue
      const character = text.charAt(index)
      const candidates = tables.byFirst.get(character)
      const match = candidates?.find((entry) => text.startsWith(entry.from, index))
      if (match) {
        const item: Damage = {start: index, end: index + match.from.length, kind: 'mojibake', runs: 1}
        if (match.to !== undefined) item.original = match.to
        damage.push(item)
        index = item.end - 1
        continue
      }
      const end = lostRun(text, index, paragraph.end)
      if (end === index) continue
      // Runs separated only by white space are one damaged stretch.
      if (lastLost && /^\s*$/u.test(text.slice(lastLost.end, index))) {
        lastLost.runs++
      } else {
        lastLost = {start: index, end, kind: 'lost', runs: 1}
        damage.push(lastLost)
      }
      index = end - 1
    }
  }
  return damage
}

/**
 * End of a run of lost characters at `index` (or `index` when there is none):
 * U+FFFD anywhere, or two or more question marks that stand alone or sit
 * inside a word (`na??ve`), never after a word as punctuation (`What??`).
 */
function lostRun(text: string, index: number, limit: number): number {
  const character = text.charAt(index)
  if (character === '\uFFFD') {
    let end = index
    while (end < limit && text.charAt(end) === '\uFFFD') end++
    return end
  }
  if (character !== '?' || text.charAt(index - 1) === '?') return index
  let end = index
  while (end < limit && text.charAt(end) === '?') end++
  if (end - index < 2) return index
  const before = index === 0 ? ' ' : text.charAt(index - 1)
  const after = end >= text.length ? ' ' : text.charAt(end)
  const standalone = boundary.test(before) && !letter.test(before) && (boundary.test(after) || end >= limit)
  const inWord = letter.test(before) && letter.test(after)
  const opensWord = boundary.test(before) && letter.test(after)
  return standalone || inWord || opensWord ? end : index
}
