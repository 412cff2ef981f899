/**
 * Build `rules/data/british-spelling-varcon.json` from VarCon
 * (`../shared/varcon/varcon.txt`, Latin-1).
 *
 * Run: `npx tsx scripts/build-british-spelling.ts` (`npm run build:data`).
 * `tests/british-spelling.test.ts` rebuilds the table in memory and
 * fails when the committed file is stale.
 *
 * What is kept (see docs/rules/british-spelling.md, "Data"):
 *
 * - `words`: US forms that VarCon never accepts as British (no `B` tag of any
 *   kind, `B.`, `Bv`, `BV`... included), with the preferred British form: a
 *   string when the `-ise` (B) and Oxford `-ize` (Z) forms are the same,
 *   otherwise `[ise, ize]`, where `null` means the US form is itself correct
 *   in that spelling (`organize` is Oxford spelling).
 * - `senses`: forms that are correct British in one sense and not in another
 *   (program/programme, check/cheque, tire/tyre...), with VarCon's sense note
 *   (`<N>`, `<V>`, `:1`, `computer program`...) and the British form of each
 *   sense (`null`: the form itself is British in that sense). The rule only
 *   flags these where a context rule in the style data decides the sense.
 * - `variants`: forms of `words` that American spelling only has as a
 *   variant (no plain or equal `A` tag on any line: `marshall`, `AV`). A US
 *   writer does not write them for the common word either, so the rule takes
 *   one capitalised at the start of a sentence for a name (`Marshall said`).
 *
 * Data choices: verified clusters above SCOWL level `maxLevel` (70: "can be
 * found in the dictionary") and clusters VarCon has not verified above
 * `maxUnverifiedLevel` (60; unverified level-70 clusters hold junk such as
 * `et` -> `aet`) are left out of `words`/`senses` but still count as
 * evidence that a form is British; forms with spaces and possessives (`’s`,
 * handled by the rule) are left out; a British form must carry a plain or
 * equal tag (`B`, `B.`; `Z`, `Z.`), never a variant.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

/** Highest SCOWL level of a verified cluster that is used. */
export const maxLevel = 70
/** Highest SCOWL level of a cluster VarCon has not verified that is used. */
export const maxUnverifiedLevel = 60

export const varconFolder = fileURLToPath(new URL('../../shared/varcon/', import.meta.url))
export const outputFile = fileURLToPath(new URL('../rules/data/british-spelling-varcon.json', import.meta.url))

/** British form in `-ise` spelling and in Oxford `-ize` spelling. */
export type Forms = string | [string | null, string | null]

export interface Sense {
  /** VarCon's headword and sense note: `program <N>`, `check <N> bank`. */
  sense: string
  /** British form in this sense; `null`: the form itself is British. */
  british: Forms | null
}

export interface VarconTable {
  source: string
  licence: string
  maxLevel: number
  maxUnverifiedLevel: number
  words: Record<string, Forms>
  senses: Record<string, Array<Sense>>
  variants: Record<string, boolean>
  american: Record<string, string>
}

interface Entry {
  word: string
  /** Tags such as `A`, `Bv`, `Z.`. */
  tags: Array<string>
}

interface Line {
  entries: Array<Entry>
  sense: string
  level: number
  verified: boolean
}

/** Parse varcon.txt into lines with their cluster level and sense. */
export function parseVarcon(text: string): Array<Line> {
  const lines: Array<Line> = []
  let headword = ''
  let level = 100
  let verified = false
  for (const raw of text.split('\n')) {
    if (raw.startsWith('##')) continue
    const header = /^# (\S+)( <verified>)?(?: \(level (\d+)\))?/.exec(raw)
    if (header) {
      headword = header[1]!
      verified = header[2] !== undefined
      level = header[3] ? Number(header[3]) : 100
      continue
    }
    const line = raw.replace(/ #.*$/, '').trim()
    if (line === '') continue
    const [words, ...notes] = line.split(' | ')
    const sense = notes
      .map((note) => note.trim())
      .filter((note) => !note.startsWith('--'))
      .join(' | ')
    const entries: Array<Entry> = []
    for (const part of words!.split(' / ')) {
      const colon = part.indexOf(': ')
      if (colon < 0) throw new Error('Unexpected VarCon entry `' + part + '` in line `' + raw + '`')
      entries.push({
        word: part.slice(colon + 2).trim(),
        tags: part
          .slice(0, colon)
          .split(' ')
          .filter((tag) => /^[ABZCD_]/.test(tag))
      })
    }
    const named = headword + (sense ? ' ' + sense : '')
    lines.push({entries, sense: senseTypos[named] ?? named, level, verified})
  }
  return lines
}

/** Typos in VarCon's sense notes, so that all forms of a sense share it. */
const senseTypos: Record<string, string> = {'tire whell': 'tire wheel'}

type Spelling = 'B' | 'Z'

/** Whether `entry` is accepted in `spelling` on its line (any variant level). */
function accepted(entry: Entry, line: Line, spelling: Spelling): boolean {
  if (entry.tags.some((tag) => tag.startsWith(spelling))) return true
  // "If there are no tags with the Z spelling category on the line then B implies Z."
  return spelling === 'Z' && !hasCategory(line, 'Z') && entry.tags.some((tag) => tag.startsWith('B'))
}

function hasCategory(line: Line, category: string): boolean {
  return line.entries.some((entry) => entry.tags.some((tag) => tag.startsWith(category)))
}

/** The preferred form in `spelling` on `line`: a plain or equal tag. */
function preferred(line: Line, spelling: Spelling): string | undefined {
  const category: Spelling = spelling === 'Z' && !hasCategory(line, 'Z') ? 'B' : spelling
  for (const level of ['', '.']) {
    const entry = line.entries.find((entry) => entry.tags.includes(category + level))
    if (entry) return entry.word
  }
  return undefined
}

function usable(word: string): boolean {
  return !word.includes(' ') && !/['\u2019]s?$/.test(word)
}

/** Build the table from the text of varcon.txt and its README. */
export function buildTable(varcon: string, readme: string): VarconTable {
  const lines = parseVarcon(varcon)
  /** Forms American spelling prefers on some line (`A`, `A.`), at any level. */
  const americanPreferred = new Set<string>()
  for (const line of lines) {
    for (const entry of line.entries) {
      if (entry.tags.includes('A') || entry.tags.includes('A.')) americanPreferred.add(entry.word.toLowerCase())
    }
  }

  /** Per form: every line it is on, as a sense with its British form. */
  const found = new Map<string, Array<Sense>>()
  const usForms = new Set<string>()
  for (const line of lines) {
    for (const entry of line.entries) {
      if (!usable(entry.word)) continue
      const key = entry.word.toLowerCase()
      const american = entry.tags.some((tag) => tag.startsWith('A'))
      // Forms are compared and kept lower case (VarCon lists both
      // `Americanization` and `americanization`); the rule keeps the case.
      const ise = accepted(entry, line, 'B') ? null : preferred(line, 'B')?.toLowerCase()
      const ize = accepted(entry, line, 'Z') ? null : preferred(line, 'Z')?.toLowerCase()
      let british: Forms | null
      if (ise === null && ize === null) british = null
      else if (!american || line.level > (line.verified ? maxLevel : maxUnverifiedLevel) || ise === undefined || ize === undefined) continue
      else british = ise === ize ? ise : [ise, ize]
      if (british !== null) usForms.add(key)
      const list = found.get(key) ?? []
      if (!list.some((sense) => sense.sense.toLowerCase() === line.sense.toLowerCase() && same(sense.british, british))) {
        list.push({sense: line.sense, british})
      }
      found.set(key, list)
    }
  }

  const words: Record<string, Forms> = {}
  const senses: Record<string, Array<Sense>> = {}
  const variants: Record<string, boolean> = {}
  for (const key of [...usForms].sort()) {
    const list = found.get(key)!
    const ise = decide(list, 0)
    const ize = decide(list, 1)
    if (ise === 'ambiguous' || ize === 'ambiguous') senses[key] = list
    else words[key] = ise === ize ? ise! : [ise, ize]
    if (words[key] !== undefined && !americanPreferred.has(key)) variants[key] = true
  }

  return {
    american: americanForms(lines),
    source: 'VarCon ' + (/^Version (\S+)/m.exec(readme)?.[1] ?? 'unknown') + ', http://wordlist.aspell.net/ (varcon.txt)',
    licence: copyright(readme),
    maxLevel,
    maxUnverifiedLevel,
    words,
    senses,
    variants
  }
}

/**
 * The other way, for a style with American spelling: British forms (`B` or
 * `Z` on some line) that American spelling never accepts (no `A` tag of any
 * kind on any line), with the one American form VarCon prefers for them.
 * A British form with two American forms (two senses) is left out.
 */
function americanForms(lines: Array<Line>): Record<string, string> {
  const acceptedAmerican = new Set<string>()
  const candidates = new Map<string, Set<string>>()
  for (const line of lines) {
    const american = line.entries.find((entry) => entry.tags.includes('A')) ?? line.entries.find((entry) => entry.tags.includes('A.'))
    for (const entry of line.entries) {
      const key = entry.word.toLowerCase()
      if (entry.tags.some((tag) => tag.startsWith('A'))) {
        acceptedAmerican.add(key)
        continue
      }
      if (!usable(entry.word) || !american || !usable(american.word)) continue
      if (line.level > (line.verified ? maxLevel : maxUnverifiedLevel)) continue
      if (!entry.tags.some((tag) => tag.startsWith('B') || tag.startsWith('Z'))) continue
      const forms = candidates.get(key) ?? new Set<string>()
      forms.add(american.word.toLowerCase())
      candidates.set(key, forms)
    }
  }
  const table: Record<string, string> = {}
  for (const key of [...candidates.keys()].sort()) {
    const forms = candidates.get(key)!
    if (!acceptedAmerican.has(key) && forms.size === 1) table[key] = [...forms][0]!
  }
  return table
}

/**
 * The British form of a US form in one spelling (0: `-ise`, 1: `-ize`):
 * one form, `null` (British as it is), or `ambiguous` (British in one sense
 * and not another, or two British forms).
 */
function decide(list: Array<Sense>, spelling: 0 | 1): string | null | 'ambiguous' {
  const forms = new Set(list.map((sense) => (typeof sense.british === 'string' || sense.british === null ? sense.british : sense.british[spelling])))
  if (forms.size > 1) return 'ambiguous'
  return [...forms][0]!
}

function same(a: Forms | null, b: Forms | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/** VarCon's copyright and permission notices, from the end of its README. */
function copyright(readme: string): string {
  const at = readme.lastIndexOf('\nCopyright\n=========\n')
  if (at < 0) throw new Error('Cannot find the copyright section of the VarCon README')
  return readme
    .slice(at + '\nCopyright\n=========\n'.length)
    .trim()
    .replace(/\n{3,}/g, '\n\n')
}

/** The JSON text of the table, as committed. */
export function buildJson(folder = varconFolder): string {
  const varcon = fs.readFileSync(path.join(folder, 'varcon.txt'), 'latin1')
  const readme = fs.readFileSync(path.join(folder, 'README'), 'latin1')
  const table = buildTable(varcon, readme)
  // One word per line keeps diffs of a new VarCon release readable.
  const body = (object: Record<string, unknown>) =>
    '{\n' +
    Object.entries(object)
      .map(([key, value]) => '    ' + JSON.stringify(key) + ': ' + JSON.stringify(value))
      .join(',\n') +
    '\n  }'
  return (
    '{\n' +
    '  "source": ' + JSON.stringify(table.source) + ',\n' +
    '  "licence": ' + JSON.stringify(table.licence) + ',\n' +
    '  "maxLevel": ' + table.maxLevel + ',\n' +
    '  "maxUnverifiedLevel": ' + table.maxUnverifiedLevel + ',\n' +
    '  "words": ' + body(table.words) + ',\n' +
    '  "senses": ' + body(table.senses) + ',\n' +
    '  "variants": ' + body(table.variants) + ',\n' +
    '  "american": ' + body(table.american) + '\n' +
    '}\n'
  )
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!fs.existsSync(path.join(varconFolder, 'varcon.txt'))) {
    console.error('VarCon not found at ' + varconFolder + ': nothing built')
    process.exit(1)
  }
  fs.writeFileSync(outputFile, buildJson())
  const table = JSON.parse(fs.readFileSync(outputFile, 'utf8')) as VarconTable
  console.log(
    'Wrote ' + path.relative(process.cwd(), outputFile) + ': ' +
      Object.keys(table.words).length + ' words, ' + Object.keys(table.senses).length + ' forms with senses'
  )
}
