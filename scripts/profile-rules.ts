/**
 * Time each rule of the full lint over the development corpus, in process,
 * after warm-up rounds: where the time goes, rule by rule (the first rule to
 * read a shared model, such as people or figures, pays for building it).
 *
 *   npm run build && npx tsx scripts/profile-rules.ts [rounds]
 *
 * Reads the built package (dist/). For a function-level view, run
 * `node --import tsx --cpu-prof scripts/profile-rules.ts` and open the
 * profile in Chrome's DevTools. Skips cleanly when ../shared is absent.
 */
import fs from 'node:fs'
import path from 'node:path'
import {performance} from 'node:perf_hooks'
import {fileURLToPath} from 'node:url'
import type {Root} from 'nlcst'
import {unified, type Transformer} from 'unified'
import {VFile} from 'vfile'

const corpus = fileURLToPath(new URL('../../shared/corpus/', import.meta.url))
if (!fs.existsSync(corpus)) {
  console.log('skipped: ' + corpus + ' is absent')
  process.exit(0)
}
const {resolveRules, retextHouseStyleParse, getArticle} = (await import(new URL('../dist/src/index.js', import.meta.url).href)) as typeof import('../src/index.js')

const texts: Array<string> = []
for (const folder of ['british', 'american', 'mideast']) {
  for (const name of fs.readdirSync(path.join(corpus, folder)).filter((file) => file.endsWith('.txt')).sort()) {
    texts.push(fs.readFileSync(path.join(corpus, folder, name), 'utf8'))
  }
}
const megabytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1e6
const parser = unified().use(retextHouseStyleParse)
const rules = resolveRules().map(({rule, severity, options}) => ({
  id: rule.meta.id,
  transform: (rule as unknown as (this: unknown, setting: unknown) => Transformer<Root>).call(unified(), [severity, options])
}))

const rounds = Number(process.argv[2] ?? 6)
let times = new Map<string, number>()
for (let round = 1; round <= rounds; round++) {
  times = new Map()
  const add = (key: string, start: number): void => {
    times.set(key, (times.get(key) ?? 0) + performance.now() - start)
  }
  for (const text of texts) {
    const file = new VFile({value: text, path: 'article.txt'})
    let start = performance.now()
    const tree = parser.parse(file) as Root
    add('(parse)', start)
    start = performance.now()
    getArticle(tree, file)
    add('(article model)', start)
    for (const {id, transform} of rules) {
      start = performance.now()
      await new Promise<void>((resolve, reject) => {
        const result = transform(tree, file, (error) => {
          if (error) reject(error)
          else resolve()
          return undefined
        })
        if (transform.length < 3) Promise.resolve(result).then(() => resolve(), reject)
      })
      add(id, start)
    }
  }
}
const total = [...times.values()].reduce((sum, value) => sum + value, 0)
console.log('last of ' + rounds + ' rounds: ' + total.toFixed(0) + ' ms for ' + megabytes.toFixed(2) + ' MB (' + (megabytes / (total / 1000)).toFixed(2) + ' MB/s)')
for (const [id, ms] of [...times].sort((a, b) => b[1] - a[1])) {
  console.log('  ' + id.padEnd(24) + ms.toFixed(0).padStart(6) + ' ms ' + ((100 * ms) / total).toFixed(1).padStart(5) + '%')
}
