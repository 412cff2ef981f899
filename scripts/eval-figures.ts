/**
 * Evaluate `figure-attribution`, `numbers` and `acronyms` on the development
 * corpus (../shared/corpus: british/, american/, mideast/).
 *
 *   npx tsx scripts/eval-figures.ts figures [n]   # figure-attribution findings, with their sentence,
 *                                                 # on n articles (default 20) drawn evenly from the three folders
 *   npx tsx scripts/eval-figures.ts figures-all   # every figure-attribution finding on the three folders
 *   npx tsx scripts/eval-figures.ts numbers [folder]   # numbers findings on a folder (default british), with context
 *   npx tsx scripts/eval-figures.ts acronyms [folder]  # acronyms findings on a folder (default british), with context
 *   npx tsx scripts/eval-figures.ts totals        # finding counts per rule and folder
 *
 * Findings are printed one a line, numbered, for classifying by hand; the
 * classification is recorded in scripts/eval-figures.md.
 * Skips cleanly when ../shared/corpus is absent.
 */
import fs from 'node:fs'
import {fileURLToPath} from 'node:url'
import type {Root} from 'nlcst'
import {unified, type Plugin} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import acronyms from '../rules/acronyms/index.js'
import encoding from '../rules/encoding.js'
import figureAttribution from '../rules/figure-attribution/index.js'
import numbers from '../rules/numbers/index.js'
import {retextHouseStyleParse} from '../src/index.js'

const corpus = fileURLToPath(new URL('../../shared/corpus/', import.meta.url))
if (!fs.existsSync(corpus)) {
  console.log('skipped: ' + corpus + ' is absent')
  process.exit(0)
}

const folders = ['british', 'american', 'mideast']
const rules: Record<string, Plugin<never[], Root>> = {
  'figure-attribution': figureAttribution as never,
  numbers: numbers as never,
  acronyms: acronyms as never,
  encoding: encoding as never
}

function files(folder: string): Array<string> {
  return fs
    .readdirSync(corpus + folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => corpus + folder + '/' + name)
}

async function lint(text: string, ids: Array<string>): Promise<Array<VFileMessage>> {
  const processor = unified().use(retextHouseStyleParse)
  for (const id of ids) processor.use(rules[id]!, ['warn'] as never)
  const file = new VFile({value: text})
  await processor.run(processor.parse(file) as Root, file)
  return file.messages
}

function context(text: string, message: VFileMessage): string {
  const start = message.place && 'start' in message.place ? message.place.start.offset ?? 0 : 0
  const end = message.place && 'start' in message.place ? message.place.end.offset ?? start : start
  const from = Math.max(0, text.lastIndexOf('\n', start - 1) + 1, start - 160)
  const to = Math.min(text.length, end + 80, text.indexOf('\n', end) === -1 ? text.length : text.indexOf('\n', end))
  return (text.slice(from, start) + '[[' + text.slice(start, end) + ']]' + text.slice(end, to)).replace(/\s+/gu, ' ')
}

const [mode = 'totals', countArgument] = process.argv.slice(2)
let number = 0

if (mode === 'figures-all') {
  for (const folder of folders) {
    for (const file of files(folder)) {
      const text = fs.readFileSync(file, 'utf8')
      for (const message of await lint(text, ['figure-attribution'])) {
        console.log(++number + '. ' + file.slice(corpus.length) + ':' + message.line + ':' + message.column + ' ' + message.reason)
        console.log('   ' + context(text, message))
      }
    }
  }
} else if (mode === 'figures') {
  // Articles with at least one finding, drawn evenly from each folder in name order.
  const count = Number(countArgument ?? 20)
  const per = Math.ceil(count / folders.length)
  const chosen: Array<string> = []
  for (const folder of folders) {
    const list: Array<string> = []
    for (const file of files(folder)) {
      if ((await lint(fs.readFileSync(file, 'utf8'), ['figure-attribution'])).length > 0) list.push(file)
    }
    const take = Math.min(per, count - chosen.length, list.length)
    for (let index = 0; index < take; index++) chosen.push(list[Math.floor((index * list.length) / take)]!)
  }
  let total = 0
  for (const file of chosen) {
    const text = fs.readFileSync(file, 'utf8')
    const messages = await lint(text, ['figure-attribution'])
    console.log('## ' + file.slice(corpus.length) + ' (' + messages.length + ')')
    for (const message of messages) {
      total++
      console.log(++number + '. ' + message.line + ':' + message.column + ' ' + message.reason)
      console.log('   ' + context(text, message))
    }
  }
  console.log('\n' + total + ' findings on ' + chosen.length + ' articles')
} else if (mode === 'numbers' || mode === 'acronyms') {
  const byReason = new Map<string, number>()
  for (const file of files(countArgument ?? 'british')) {
    const text = fs.readFileSync(file, 'utf8')
    for (const message of await lint(text, [mode])) {
      const kind = message.reason.replace(/`[^`]*`/gu, 'X')
      byReason.set(kind, (byReason.get(kind) ?? 0) + 1)
      console.log(++number + '. ' + file.slice(corpus.length) + ':' + message.line + ':' + message.column + ' ' + message.reason)
      console.log('   ' + context(text, message))
    }
  }
  console.log('\n' + number + ' findings on ' + files(countArgument ?? 'british').length + ' articles')
  for (const [kind, count] of byReason) console.log(count + '\t' + kind)
} else {
  for (const folder of folders) {
    const counts: Record<string, number> = {}
    for (const file of files(folder)) {
      const text = fs.readFileSync(file, 'utf8')
      for (const message of await lint(text, Object.keys(rules))) counts[message.ruleId!] = (counts[message.ruleId!] ?? 0) + 1
    }
    console.log(folder + ' (' + files(folder).length + ' articles): ' + JSON.stringify(counts))
  }
}
