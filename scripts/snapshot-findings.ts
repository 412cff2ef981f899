/**
 * Write every finding of the full lint on the development corpus and the
 * seed articles to a file, one per line (file, rule, offsets, reason, fixes,
 * text), to check that a change meant to be behaviour-neutral (speed work)
 * changes no finding:
 *
 *   npx tsx scripts/snapshot-findings.ts /tmp/before.tsv   # on the old code
 *   npx tsx scripts/snapshot-findings.ts /tmp/after.tsv    # on the new
 *   diff /tmp/before.tsv /tmp/after.tsv
 *
 * Skips cleanly when ../shared is absent.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Root} from 'nlcst'
import {unified} from 'unified'
import {VFile} from 'vfile'
import retextHouseStyle, {retextHouseStyleParse} from '../src/index.js'

const shared = fileURLToPath(new URL('../../shared/', import.meta.url))
const output = process.argv[2]
if (!output) {
  console.error('Usage: npx tsx scripts/snapshot-findings.ts <output.tsv>')
  process.exit(2)
}
if (!fs.existsSync(shared)) {
  console.log('skipped: ' + shared + ' is absent')
  process.exit(0)
}

const folders = ['corpus/british', 'corpus/american', 'corpus/mideast', 'articles'].map((folder) => path.join(shared, folder))
const processor = unified().use(retextHouseStyleParse).use(retextHouseStyle).freeze()
const lines: Array<string> = []
for (const folder of folders) {
  for (const name of fs.readdirSync(folder).filter((file) => file.endsWith('.txt')).sort()) {
    const file = new VFile({value: fs.readFileSync(path.join(folder, name), 'utf8'), path: name})
    await processor.run(processor.parse(file) as Root, file)
    for (const message of file.messages) {
      const place = message.place && 'start' in message.place ? message.place.start.offset + '-' + message.place.end.offset : ''
      lines.push([name, message.ruleId, place, message.reason, JSON.stringify(message.expected ?? null), message.actual].join('\t'))
    }
  }
}
fs.writeFileSync(output, lines.join('\n') + '\n')
console.log(lines.length + ' findings -> ' + output)
