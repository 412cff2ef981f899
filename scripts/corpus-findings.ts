/**
 * List every finding of some rules on the development corpus, with context,
 * for classifying by hand.
 *
 *   npx tsx scripts/corpus-findings.ts <folder: british|american|mideast> [rule-id,...]
 *
 * Skips cleanly when ../shared/corpus is absent.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {unified} from 'unified'
import {VFile} from 'vfile'
import retextHouseStyle, {retextHouseStyleParse, rules} from '../src/index.js'

const corpus = fileURLToPath(new URL('../../shared/corpus/', import.meta.url))
const [folder = 'british', only] = process.argv.slice(2)
const root = path.join(corpus, folder)
if (!fs.existsSync(root)) {
  console.log('skipped: ' + root + ' is absent')
  process.exit(0)
}

const wanted = only ? new Set(only.split(',')) : undefined
const settings = Object.fromEntries(rules.map((rule) => [rule.meta.id, !wanted || wanted.has(rule.meta.id) ? 'warn' : 'off'])) as Record<string, 'warn' | 'off'>
const processor = unified().use(retextHouseStyleParse).use(retextHouseStyle, {rules: settings})

let words = 0
let count = 0
const files = fs.readdirSync(root).filter((name) => name.endsWith('.txt')).sort()
for (const name of files) {
  const text = fs.readFileSync(path.join(root, name), 'utf8')
  words += text.split(/\s+/u).filter(Boolean).length
  const file = new VFile({value: text, path: name})
  await processor.run(processor.parse(file), file)
  for (const message of file.messages) {
    count++
    const place = message.place && 'start' in message.place ? message.place : undefined
    const start = place?.start.offset ?? 0
    const end = place?.end.offset ?? start
    const context = (text.slice(Math.max(0, start - 50), start) + '[[' + text.slice(start, end) + ']]' + text.slice(end, end + 50)).replaceAll(/\s+/gu, ' ')
    console.log([name + ':' + message.line + ':' + message.column, message.ruleId, JSON.stringify(message.expected ?? null), context].join('\t'))
  }
}
console.log('# ' + count + ' findings in ' + files.length + ' files, ' + words + ' words (' + ((count / words) * 1000).toFixed(2) + ' per 1,000 words)')
