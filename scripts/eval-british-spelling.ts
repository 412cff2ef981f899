/**
 * Evaluate `british-spelling` on the development corpus (`../shared/corpus`).
 *
 * Run: `npx tsx scripts/eval-british-spelling.ts [--sample 50] [--seed 1]`
 *
 * - british/: published British copy, so every finding is a candidate false
 *   alarm; all are printed with their context for classification.
 * - american/: US copy; prints findings per 1,000 words and a random sample
 *   of findings (fixed seed) with their context, to check by hand.
 *
 * Skips cleanly (exit 0) when the corpus is absent.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Root} from 'nlcst'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {retextHouseStyleParse} from '../src/index.js'
import britishSpelling from '../rules/british-spelling/index.js'

export const corpus = fileURLToPath(new URL('../../shared/corpus/', import.meta.url))

export interface Found {
  file: string
  line: number
  column: number
  actual: string
  expected: string
  context: string
}

/** Lint every `.txt` file of a corpus folder; returns findings and word count. */
export async function lintFolder(folder: string): Promise<{found: Array<Found>; words: number; files: number}> {
  const processor = unified().use(retextHouseStyleParse).use(britishSpelling)
  const found: Array<Found> = []
  let words = 0
  const names = fs.readdirSync(folder).filter((name) => name.endsWith('.txt')).sort()
  for (const name of names) {
    const value = fs.readFileSync(path.join(folder, name), 'utf8')
    words += value.split(/\s+/u).filter(Boolean).length
    const file = new VFile({value, path: name})
    await processor.run(processor.parse(file) as Root, file)
    for (const message of file.messages) {
      const offset = message.place && 'start' in message.place ? (message.place.start.offset ?? 0) : 0
      found.push({
        file: name,
        line: message.line ?? 0,
        column: message.column ?? 0,
        actual: message.actual ?? '',
        expected: message.expected?.[0] ?? '',
        context: value.slice(Math.max(0, offset - 50), offset + 50).replace(/\s+/gu, ' ')
      })
    }
  }
  return {found, words, files: names.length}
}

function show(item: Found): string {
  return item.file + ':' + item.line + ':' + item.column + '  ' + item.actual + ' -> ' + item.expected + '  | …' + item.context + '…'
}

/** Deterministic sample (mulberry32). */
function sample<T>(list: Array<T>, size: number, seed: number): Array<T> {
  let state = seed >>> 0
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const copy = [...list]
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1))
    ;[copy[index], copy[other]] = [copy[other]!, copy[index]!]
  }
  return copy.slice(0, size)
}

async function main(): Promise<undefined> {
  if (!fs.existsSync(corpus)) {
    console.log('Corpus not found at ' + corpus + ': skipped')
    return
  }
  const argument = (name: string, fallback: number) => {
    const at = process.argv.indexOf(name)
    return at >= 0 ? Number(process.argv[at + 1]) : fallback
  }
  const size = argument('--sample', 50)
  const seed = argument('--seed', 1)

  const british = await lintFolder(path.join(corpus, 'british'))
  console.log('## british/: ' + british.files + ' files, ' + british.words + ' words, ' + british.found.length + ' findings')
  console.log('   (' + ((british.found.length / british.words) * 50_000).toFixed(2) + ' per 50,000 words; every one is a candidate false alarm)')
  for (const item of british.found) console.log('  ' + show(item))

  const american = await lintFolder(path.join(corpus, 'american'))
  console.log('\n## american/: ' + american.files + ' files, ' + american.words + ' words, ' + american.found.length + ' findings')
  console.log('   (' + ((american.found.length / american.words) * 1000).toFixed(2) + ' findings per 1,000 words)')
  const counts = new Map<string, number>()
  for (const item of american.found) counts.set(item.actual.toLowerCase(), (counts.get(item.actual.toLowerCase()) ?? 0) + 1)
  console.log('   by form: ' + [...counts].sort((a, b) => b[1] - a[1]).map(([form, count]) => form + ' ' + count).join(', '))
  console.log('\n## sample of ' + Math.min(size, american.found.length) + ' american/ findings (seed ' + seed + ')')
  for (const item of sample(american.found, size, seed)) console.log('  ' + show(item))
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main()
