/**
 * How far linting the corpus as one long file (in pieces, as the CLI lints
 * plain text over 128 KiB) strays from linting it article by article: the
 * findings of each article, shifted to where it sits in the one file, are
 * compared with the one file's (rule, offset, reason). Each piece is an
 * article to the rules that remember first mentions, so the fewer findings
 * differ, the better the pieces fall between articles.
 *
 *   npx tsx scripts/piece-agreement.ts [--size <KiB>]   # piece size, default 128
 *
 * Skips cleanly when ../shared is absent.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import type {Root} from 'nlcst'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {defaultSegmentSize, retextHouseStylePieces} from '../src/engine/pieces.js'
import retextHouseStyle from '../src/index.js'
import {segments} from '../src/parse/segments.js'

const {values} = parseArgs({options: {size: {type: 'string'}}})
const size = values.size === undefined ? defaultSegmentSize : Number(values.size) * 1024
const corpus = fileURLToPath(new URL('../../shared/corpus/', import.meta.url))
if (!fs.existsSync(corpus)) {
  console.log('skipped: ' + corpus + ' is absent')
  process.exit(0)
}

// In the order `npm run bench` joins them.
const articles: Array<string> = []
for (const folder of fs.readdirSync(corpus).sort()) {
  const dir = path.join(corpus, folder)
  if (!fs.statSync(dir).isDirectory()) continue
  for (const name of fs.readdirSync(dir).filter((file) => file.endsWith('.txt')).sort()) {
    articles.push(fs.readFileSync(path.join(dir, name), 'utf8'))
  }
}

const processor = unified().use(retextHouseStylePieces, {segmentSize: size}).use(retextHouseStyle).freeze()
const key = (message: VFileMessage, shift: number): string => {
  const start = message.place && 'start' in message.place ? message.place.start.offset : undefined
  return message.ruleId + '\t' + ((start ?? 0) + shift) + '\t' + message.reason
}

const perArticle = new Set<string>()
let shift = 0
for (const text of articles) {
  for (const message of await lint(text)) perArticle.add(key(message, shift))
  shift += text.length + 2
}
const whole = articles.join('\n\n')
const oneFile = new Set((await lint(whole)).map((message) => key(message, 0)))
const onlyOneFile = [...oneFile].filter((item) => !perArticle.has(item))
const onlyPerArticle = [...perArticle].filter((item) => !oneFile.has(item))

console.log('piece size ' + size / 1024 + ' KiB: ' + segments(whole, size).length + ' pieces of the corpus as one file (' + articles.length + ' articles)')
console.log('findings: ' + perArticle.size + ' article by article, ' + oneFile.size + ' as one file')
console.log('differing: ' + (onlyOneFile.length + onlyPerArticle.length) + ' (' + onlyOneFile.length + ' only in the one file: ' + byRule(onlyOneFile) + '; ' + onlyPerArticle.length + ' only article by article: ' + byRule(onlyPerArticle) + ')')

async function lint(text: string): Promise<Array<VFileMessage>> {
  const file = new VFile({value: text, path: 'article.txt'})
  await processor.run(processor.parse(file) as Root, file)
  return file.messages
}

function byRule(keys: Array<string>): string {
  const counts = new Map<string, number>()
  for (const item of keys) {
    const rule = item.split('\t')[0]!
    counts.set(rule, (counts.get(rule) ?? 0) + 1)
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([rule, count]) => rule + ' ' + count).join(', ') || 'none'
}
