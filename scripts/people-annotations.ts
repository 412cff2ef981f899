/**
 * Check and place the hand annotations of people in `eval/people/`.
 *
 *   npx tsx scripts/people-annotations.ts <annotation.tsv> ...   # fill in offsets, check every row
 *   npx tsx scripts/people-annotations.ts --all                   # every annotation file
 *
 * An annotation file is named after its article (`eval/people/gulf/<name>.tsv`
 * for `../shared/corpus/gulf/<name>.txt`) and lists every mention of every
 * person in the order they appear. A row whose offset is empty is placed at
 * the next occurrence of its `written` text after the end of the row before it, and the
 * file is rewritten with the offset filled in. The script then warns about
 * any occurrence of a person's surname that no row covers (a mention left
 * out shifts every row after it). See eval/people/README.md for the columns.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const evalFolder = fileURLToPath(new URL('../eval/people/', import.meta.url))
export const corpusFolder = fileURLToPath(new URL('../../shared/corpus/', import.meta.url))
export const unseenEval = fileURLToPath(new URL('../eval/people-unseen/', import.meta.url))
export const unseenCorpus = fileURLToPath(new URL('../.cache/people-unseen/', import.meta.url))

export const kinds = ['first', 'later', 'possessive', 'quoted', 'heading', 'attributive', 'non-person'] as const
export type Kind = (typeof kinds)[number]
export const columns = ['offset', 'written', 'house', 'kind', 'person', 'flags', 'note'] as const

export interface Annotation {
  /** -1 while a row could not be placed (reported as a problem, kept in the file). */
  offset: number
  written: string
  /** The house form of `written`; `?` for "report it, with no fix". */
  house: string
  kind: Kind
  person: string
  flags: Array<string>
  note: string
}

/**
 * The article an annotation file is about: in `../shared/corpus/`, or, for
 * `eval/people-unseen/`, as `scripts/unseen-corpus.ts` rebuilt it.
 */
export function articleOf(file: string): string {
  const unseen = path.relative(unseenEval, path.resolve(file))
  if (!unseen.startsWith('..')) return path.join(unseenCorpus, unseen.replace(/\.tsv$/, '.txt'))
  const relative = path.relative(evalFolder, path.resolve(file))
  return path.join(corpusFolder, relative.replace(/\.tsv$/, '.txt'))
}

/** The annotation files of `eval/people/` (or of another set: `eval/people-unseen/`). */
export function annotationFiles(root = evalFolder): Array<string> {
  const found: Array<string> = []
  for (const folder of fs.readdirSync(root, {withFileTypes: true})) {
    if (!folder.isDirectory()) continue
    for (const name of fs.readdirSync(path.join(root, folder.name)).sort()) {
      if (name.endsWith('.tsv')) found.push(path.join(root, folder.name, name))
    }
  }
  return found
}

/** Read an annotation file; rows without an offset are placed in `text`. */
export function readAnnotations(file: string, text: string): {rows: Array<Annotation>; problems: Array<string>} {
  const lines = fs.readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#'))
  const problems: Array<string> = []
  const rows: Array<Annotation> = []
  let cursor = 0
  for (const [index, line] of lines.entries()) {
    const cells = line.split('\t')
    if (index === 0 && cells[0] === 'offset') continue
    const where = path.basename(file) + ' row ' + (index + 1)
    if (cells.length < 5) {
      problems.push(where + ': fewer than 5 columns: ' + JSON.stringify(line))
      continue
    }
    const [offsetCell = '', written = '', house = '', kind = '', person = '', flags = '', note = ''] = cells
    if (!(kinds as ReadonlyArray<string>).includes(kind)) problems.push(where + ': unknown kind ' + JSON.stringify(kind))
    let offset = offsetCell.trim() === '' ? -1 : Number(offsetCell)
    if (offset >= 0 && text.slice(offset, offset + written.length) !== written) {
      problems.push(where + ': ' + JSON.stringify(written) + ' is not at ' + offset + ', placed again')
      offset = -1
    }
    if (offset < 0) {
      offset = text.indexOf(written, cursor)
      if (offset < 0) problems.push(where + ': ' + JSON.stringify(written) + ' not found after offset ' + cursor + ', kept unplaced')
    }
    if (offset >= 0) cursor = offset + written.length
    rows.push({
      offset,
      written,
      house,
      kind: kind as Kind,
      person,
      flags: flags.split(/[ ,]+/).filter(Boolean),
      note
    })
  }
  const placed = rows.filter((row) => row.offset >= 0).sort((a, b) => a.offset - b.offset)
  for (const [index, row] of placed.entries()) {
    const next = placed[index + 1]
    if (next && next.offset < row.offset + row.written.length) {
      problems.push(path.basename(file) + ': ' + JSON.stringify(next.written) + ' at ' + next.offset + ' overlaps ' + JSON.stringify(row.written) + ' at ' + row.offset)
    }
  }
  return {rows, problems}
}

export function writeAnnotations(file: string, rows: Array<Annotation>): void {
  const lines = [columns.join('\t')]
  for (const row of rows) {
    lines.push([row.offset < 0 ? '' : row.offset, row.written, row.house, row.kind, row.person, row.flags.join(' '), row.note].join('\t'))
  }
  fs.writeFileSync(file, lines.join('\n') + '\n')
}

/** Occurrences of each annotated surname that no row covers. */
export function uncovered(text: string, rows: Array<Annotation>): Array<string> {
  const warnings: Array<string> = []
  const surnames = new Set<string>()
  for (const row of rows) {
    if (row.kind === 'non-person' || row.kind === 'attributive') continue
    const words = row.person.split(/\s+/)
    const last = words.at(-1)
    if (last && /^\p{Lu}/u.test(last) && last.length > 2) surnames.add(last)
  }
  for (const surname of surnames) {
    const pattern = new RegExp('(?<![\\p{L}\\p{M}])' + surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '(?![\\p{L}\\p{M}])', 'gu')
    for (const match of text.matchAll(pattern)) {
      const at = match.index
      const covered = rows.some((row) => row.offset <= at && at < row.offset + row.written.length)
      if (!covered) {
        const context = text.slice(Math.max(0, at - 40), at + surname.length + 30).replace(/\s+/g, ' ')
        warnings.push('no row covers ' + JSON.stringify(surname) + ' at ' + at + ': …' + context + '…')
      }
    }
  }
  return warnings
}

function main(): void {
  const arguments_ = process.argv.slice(2)
  const files = arguments_.includes('--all') ? annotationFiles() : arguments_.map((file) => path.resolve(file))
  if (files.length === 0) {
    console.error('usage: npx tsx scripts/people-annotations.ts <annotation.tsv> ... | --all')
    process.exit(2)
  }
  let failed = false
  for (const file of files) {
    const article = articleOf(file)
    if (!fs.existsSync(article)) {
      console.log(file + ': no article at ' + article)
      failed = true
      continue
    }
    const text = fs.readFileSync(article, 'utf8')
    const {rows, problems} = readAnnotations(file, text)
    writeAnnotations(file, rows)
    const warnings = uncovered(text, rows)
    const name = path.relative(process.cwd(), file)
    console.log(name + ': ' + rows.length + ' rows, ' + problems.length + ' problems, ' + warnings.length + ' warnings')
    for (const line of [...problems, ...warnings]) console.log('  ' + line)
    if (problems.length > 0) failed = true
  }
  process.exit(failed ? 1 : 0)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) main()
