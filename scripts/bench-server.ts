/**
 * Latency of the language server as a user feels it: from a `didChange` to
 * the `publishDiagnostics` for that version, on a 1,500-word article with
 * every rule on, over 100 one-character edits (after 10 to warm up).
 *
 *   npm run build && npx tsx scripts/bench-server.ts [article.txt]
 *
 * Drives the built binary (`dist/bin/house-style-language-server.mjs`) over stdio. The default
 * article is the seed draft (../shared/articles/hajin-unedited.txt) repeated
 * to 1,500 words. Target: p95 <= 30 ms.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {LspClient} from '../tests/server-client.js'

// The built package, as the server runs it (`npm run build` first; `npm run bench:server` does).
const {rules} = (await import(new URL('../dist/src/index.js', import.meta.url).href)) as typeof import('../src/index.js')
const {lintDocument} = (await import(new URL('../dist/src/server-lint.js', import.meta.url).href)) as typeof import('../src/server-lint.js')

const words = 1500
const edits = 100
const warmUp = 10
const target = 30

const seed = fileURLToPath(new URL('../../shared/articles/hajin-unedited.txt', import.meta.url))
const source = process.argv[2] ?? seed
if (!fs.existsSync(source)) {
  console.error('No article at ' + source + ': pass one as the first argument.')
  process.exit(2)
}

const article = toLength(fs.readFileSync(source, 'utf8'), words)
const folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'house-style-bench-')))
// Every rule on: the rules that are off by default become warnings.
const allOn = Object.fromEntries(rules.map((rule) => [rule.meta.id, rule.meta.severity === 'off' ? 'warn' : rule.meta.severity]))
fs.writeFileSync(path.join(folder, '.housestylerc.json'), JSON.stringify({rules: allOn}))
const uri = pathToFileURL(path.join(folder, 'article.txt')).href

const client = new LspClient(folder)
await client.initialize(folder)
client.open(uri, article)
const first = await client.diagnostics(uri)

const latencies: Array<number> = []
let cpuAtStart = 0
const lines = article.split('\n')
// Lines with text: typing on a blank line would merge paragraphs.
const typed = lines.flatMap((value, line) => (value.trim() === '' ? [] : [line]))
let text = article
for (let index = 0; index < warmUp + edits; index++) {
  const version = index + 2
  // Type one character at the end of a line, moving through the article.
  const line = typed[(index * 7) % typed.length]!
  const character = lines[line]!.length
  lines[line] += 'x'
  text = lines.join('\n')
  const published = client.diagnostics(uri, (message) => message.version === version)
  const sent = performance.now()
  client.notify('textDocument/didChange', {
    textDocument: {uri, version},
    contentChanges: [{range: {start: {line, character}, end: {line, character}}, text: 'x'}]
  })
  await published
  if (index >= warmUp) latencies.push(performance.now() - sent)
  if (index === warmUp - 1) cpuAtStart = cpuTime(client.process.pid)
}
const cpuPerEdit = (cpuTime(client.process.pid) - cpuAtStart) / edits
await client.shutdown()

// The same lints in this process, without the server around them: what is
// left over is the server's share (JSON-RPC, scheduling, diagnostics).
const filePath = path.join(folder, 'article.txt')
const lintOnly: Array<number> = []
for (let index = 0; index < warmUp + edits; index++) {
  const started = performance.now()
  await lintDocument({filePath, languageId: 'plaintext', text: text + 'x'.repeat(index)})
  if (index >= warmUp) lintOnly.push(performance.now() - started)
}

const p95 = percentile([...latencies].sort((a, b) => a - b), 95)
console.log(
  [
    'article: ' + path.basename(source) + ', ' + countWords(text) + ' words, ' + first.diagnostics.length + ' findings, ' + rules.length + ' rules on',
    'edits: ' + edits + ' (after ' + warmUp + ' to warm up)',
    'didChange -> publishDiagnostics: ' + summary(latencies) + ' (target p95 <= ' + target + ' ms: ' + (p95 <= target ? 'met' : 'missed') + ')',
    'lint alone, in process:          ' + summary(lintOnly),
    'server CPU time per edit (mean): ' + (Number.isNaN(cpuPerEdit) ? 'n/a (no /proc)' : cpuPerEdit.toFixed(1) + ' ms'),
    'load average: ' + os.loadavg().map((load) => load.toFixed(2)).join(' ') + ' on ' + os.availableParallelism() + ' CPUs'
  ].join('\n')
)

/**
 * CPU time (user + system) a process has used, in ms, from /proc (Linux);
 * unlike wall time it does not grow when other processes take the CPUs.
 */
function cpuTime(pid: number | undefined): number {
  try {
    const stat = fs.readFileSync('/proc/' + pid + '/stat', 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    // Fields 14 and 15 of stat(5) (utime, stime), in clock ticks of 10 ms.
    return (Number(fields[11]) + Number(fields[12])) * 10
  } catch {
    return Number.NaN
  }
}

function summary(values: Array<number>): string {
  const sorted = [...values].sort((a, b) => a - b)
  return 'p50 ' + percentile(sorted, 50).toFixed(1) + ' ms, p95 ' + percentile(sorted, 95).toFixed(1) + ' ms, max ' + sorted.at(-1)!.toFixed(1) + ' ms'
}

/** `text` repeated (paragraph by paragraph) and cut to `count` words. */
function toLength(text: string, count: number): string {
  const paragraphs = text.trim().split(/\n\s*\n/)
  const result: Array<string> = []
  let total = 0
  for (let index = 0; total < count; index++) {
    const paragraph = paragraphs[index % paragraphs.length]!
    const taken = paragraph.split(/\s+/).slice(0, count - total)
    result.push(taken.join(' '))
    total += taken.length
  }
  return result.join('\n\n') + '\n'
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}

function percentile(sorted: ReadonlyArray<number>, rank: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((rank / 100) * sorted.length) - 1)]!
}
