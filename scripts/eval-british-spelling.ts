/**
 * `british-spelling` on the tuning half of `../shared/corpus` (all folders):
 * findings per folder and by form, then every finding with its context, to
 * judge by hand while tuning. The test half is left for
 * `scripts/precision.ts` and is never read here.
 *
 * Run: `npx tsx scripts/eval-british-spelling.ts [--form program]`
 *
 * Skips cleanly (exit 0) when the corpus is absent.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Root} from 'nlcst'
import {unified} from 'unified'
import {VFile} from 'vfile'
import retextHouseStyleParse from '../src/parse/formats.js'
import britishSpelling from '../rules/british-spelling/index.js'
import {halfOf} from './halves.js'

export const corpus = fileURLToPath(new URL('../../shared/corpus/', import.meta.url))
const folders = ['british', 'american', 'mideast', 'gulf']

export interface Found {
  file: string
  offset: number
  actual: string
  expected: string
  context: string
}

/** Lint the tuning-half `.txt` files of a corpus folder; returns findings and word count. */
export async function lintTuningHalf(folder: string): Promise<{found: Array<Found>; words: number; files: number}> {
  const processor = unified().use(retextHouseStyleParse).use(britishSpelling)
  const found: Array<Found> = []
  let words = 0
  const names = fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.txt') && halfOf(name) === 'tune')
    .sort()
  for (const name of names) {
    const value = fs.readFileSync(path.join(folder, name), 'utf8')
    words += value.split(/\s+/u).filter(Boolean).length
    const file = new VFile({value, path: name})
    await processor.run(processor.parse(file) as Root, file)
    for (const message of file.messages) {
      const place = message.place && 'start' in message.place ? message.place : undefined
      const start = place?.start.offset ?? 0
      const end = place?.end.offset ?? start
      found.push({
        file: path.basename(folder) + '/' + name,
        offset: start,
        actual: message.actual ?? '',
        expected: message.expected?.[0] ?? '',
        context: (value.slice(Math.max(0, start - 90), start) + '[[' + value.slice(start, end) + ']]' + value.slice(end, end + 60)).replaceAll(/\s+/gu, ' ')
      })
    }
  }
  return {found, words, files: names.length}
}

async function main(): Promise<undefined> {
  if (!fs.existsSync(corpus)) {
    console.log('Corpus not found at ' + corpus + ': skipped')
    return
  }
  const at = process.argv.indexOf('--form')
  const form = at >= 0 ? process.argv[at + 1]?.toLowerCase() : undefined
  const all: Array<Found> = []
  for (const folder of folders) {
    const root = path.join(corpus, folder)
    if (!fs.existsSync(root)) continue
    const {found, words, files} = await lintTuningHalf(root)
    console.log(folder + '/ (tuning half): ' + files + ' files, ' + words + ' words, ' + found.length + ' findings')
    all.push(...found)
  }
  const counts = new Map<string, number>()
  for (const item of all) counts.set(item.actual.toLowerCase(), (counts.get(item.actual.toLowerCase()) ?? 0) + 1)
  console.log('by form: ' + [...counts].sort((a, b) => b[1] - a[1]).map(([each, count]) => each + ' ' + count).join(', '))
  for (const item of all) {
    if (form && item.actual.toLowerCase() !== form) continue
    console.log([item.file, item.offset, item.actual + ' -> ' + item.expected, item.context].join('\t'))
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main()
