/**
 * Benchmark the house-style lint against its peers over the same text, and
 * check that it scales linearly (issue #8).
 *
 * Run: `npm run bench` (`tsx scripts/bench.ts`), options:
 *   --rounds <n>    timed rounds per contender (default 5; the median is kept:
 *                   on a shared machine a single round can take twice as long)
 *   --only <part>   `peers`, `scaling` or `cold` (default: all three)
 *   --sizes <list>  scaling sizes in MB (default `0.1,1,10`)
 *   --json <file>   also write the results as JSON
 *
 * Contenders, over the development corpus (`../shared/corpus/**\/*.txt`),
 * once per article and once over all articles concatenated (blank lines
 * between):
 *   - `parse-whole`: retext-english parsing the whole text in one go;
 *   - `parse-paragraphs`: our parser (`parseParagraphs`, retext-english one
 *     paragraph at a time), what the lint uses;
 *   - `house-style`: parsing plus the full lint, every rule on;
 *   - `textlint-prh-50` and `textlint-prh-full`: textlint 14 with
 *     textlint-rule-prh, a 50-entry dictionary and one as large as our term
 *     tables (VarCon spelling pairs, group names, abbreviations), written as
 *     prh YAML to a temporary folder;
 *   - `alex`: alex's plain-text check.
 * Each measurement runs in a child process of its own (so peak RSS is that
 * contender's), which does one untimed warm-up pass and then one timed pass;
 * the rounds take turns across contenders so that a burst of load on a
 * shared machine hits them all alike. Throughput is reported in MB/s and as
 * ratios to textlint+prh (50 entries) and to parsing alone (per paragraph).
 *
 * Scaling: inputs of 0.1, 1 and 10 MB (corpus articles repeated, one file),
 * linted by the built CLI in a plain Node process per size: time and peak
 * RSS. Cold start: the built CLI (`dist/bin/house-style.mjs`) on one
 * article, median wall time. The house-style contenders run the built
 * package too (`npm run build` first; `npm run bench` does).
 *
 * Skips cleanly (exit 0) when `../shared/corpus` is absent.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {performance} from 'node:perf_hooks'
import process from 'node:process'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {parseArgs} from 'node:util'
import type {Root} from 'nlcst'
import {unified} from 'unified'
import {VFile} from 'vfile'

const root = fileURLToPath(new URL('../', import.meta.url))
const corpus = path.join(root, '..', 'shared', 'corpus')
const self = fileURLToPath(import.meta.url)
/** The built package (`npm run build`): what users run, not the sources through tsx. */
const built = pathToFileURL(path.join(root, 'dist') + path.sep).href

const contenders = ['parse-whole', 'parse-paragraphs', 'house-style', 'textlint-prh-50', 'textlint-prh-full', 'alex'] as const
type Contender = (typeof contenders)[number]
type Mode = 'articles' | 'concatenated'

interface Sample {
  ms: number
  bytes: number
  maxRssMiB: number
  findings: number
}

/** Every corpus article, in a stable order. */
function corpusTexts(): Array<string> {
  const texts: Array<string> = []
  for (const sub of fs.readdirSync(corpus).sort()) {
    const dir = path.join(corpus, sub)
    if (!fs.statSync(dir).isDirectory()) continue
    for (const name of fs.readdirSync(dir).sort()) {
      if (name.endsWith('.txt')) texts.push(fs.readFileSync(path.join(dir, name), 'utf8'))
    }
  }
  return texts
}

// ---------------------------------------------------------------------------
// Child process: run one contender (or one scaling size), print a JSON line.

async function makeRunner(contender: Contender, prhFolder: string): Promise<(text: string) => Promise<number>> {
  switch (contender) {
    case 'parse-whole': {
      const {default: retextEnglish} = await import('retext-english')
      const processor = unified().use(retextEnglish)
      return async (text) => (processor.parse(text).children.length > 0 ? 0 : 0)
    }
    case 'parse-paragraphs': {
      const {parseParagraphs} = (await import(built + 'src/parse/plain.js')) as typeof import('../src/parse/plain.js')
      return async (text) => (parseParagraphs(text).children.length > 0 ? 0 : 0)
    }
    case 'house-style': {
      const {default: retextHouseStyle} = (await import(built + 'src/index.js')) as typeof import('../src/index.js')
      const pieces = (await import(built + 'src/engine/pieces.js')) as typeof import('../src/engine/pieces.js')
      const {memoryHooks} = (await import(built + 'src/cli/memory.js')) as typeof import('../src/cli/memory.js')
      // Parsed and linted as the CLI does: a long file in pieces, with its tuning.
      pieces.setPieceHooks(memoryHooks)
      const processor = unified().use(pieces.retextHouseStylePieces, {segmentSize: pieces.defaultSegmentSize}).use(retextHouseStyle).freeze()
      return async (text) => {
        const file = new VFile({value: text, path: 'article.txt'})
        await processor.run(processor.parse(file) as Root, file)
        return file.messages.length
      }
    }
    case 'textlint-prh-50':
    case 'textlint-prh-full': {
      const {TextlintKernel} = await import('@textlint/kernel')
      const {default: textPlugin} = await import('@textlint/textlint-plugin-text')
      const prhModule = 'textlint-rule-prh' // untyped: imported by name
      const prh = ((await import(prhModule)) as {default: unknown}).default
      const kernel = new TextlintKernel()
      const dictionary = path.join(prhFolder, contender === 'textlint-prh-50' ? 'prh-50.yml' : 'prh-full.yml')
      const options = {
        ext: '.txt',
        filePath: path.join(prhFolder, 'article.txt'),
        plugins: [{pluginId: 'text', plugin: textPlugin}],
        rules: [{ruleId: 'prh', rule: prh, options: {rulePaths: [dictionary]}}]
      }
      return async (text) => (await kernel.lintText(text, options as never)).messages.length
    }
    case 'alex': {
      const {text: alexText} = await import('alex')
      return async (text) => alexText(text).messages.length
    }
  }
}

async function child(contender: Contender, mode: Mode, prhFolder: string): Promise<Sample> {
  const articles = corpusTexts()
  const inputs = mode === 'articles' ? articles : [articles.join('\n\n')]
  const run = await makeRunner(contender, prhFolder)
  for (const text of inputs) await run(text) // warm-up
  const start = performance.now()
  let findings = 0
  for (const text of inputs) findings += await run(text)
  const ms = performance.now() - start
  const bytes = inputs.reduce((sum, text) => sum + Buffer.byteLength(text), 0)
  return {ms, bytes, maxRssMiB: process.resourceUsage().maxRSS / 1024, findings}
}

/** The scaling input: corpus articles repeated up to `megabytes` MB, one file. */
function scalingText(megabytes: number): string {
  const articles = corpusTexts()
  const target = megabytes * 1e6
  const parts: Array<string> = []
  let size = 0
  for (let index = 0; size < target; index++) {
    const text = articles[index % articles.length]!
    parts.push(text)
    size += Buffer.byteLength(text) + 2
  }
  return parts.join('\n\n')
}

/**
 * Scaling: the built CLI on one file of `megabytes` MB, in a plain Node
 * process (no tsx), timed and its peak RSS taken by the process itself.
 */
function scalingRun(megabytes: number, folder: string): Sample {
  const file = path.join(folder, 'scaling-' + megabytes + '.txt')
  const text = scalingText(megabytes)
  fs.writeFileSync(file, text)
  const cli = path.join(root, 'dist', 'bin', 'house-style.mjs')
  // `--max-size` and `--max-findings` off: the point is to lint the big file whole.
  const code = [
    'const start = performance.now()',
    'process.argv.splice(2, 0, "--no-config", "--max-size", "1000", "--max-findings", "100000000", "--report", "json", ' + JSON.stringify(file) + ')',
    'process.on("exit", () => process.stderr.write("\\n@@" + JSON.stringify({ms: performance.now() - start, maxRssMiB: process.resourceUsage().maxRSS / 1024}) + "\\n"))',
    'await import(' + JSON.stringify(pathToFileURL(cli).href) + ')'
  ].join('\n')
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', code], {encoding: 'utf8', maxBuffer: 1 << 30})
  const line = result.stderr.split('\n').find((text) => text.startsWith('@@'))
  if (!line) throw new Error('scaling run of ' + megabytes + ' MB failed: ' + result.stderr.slice(0, 2000))
  const report = JSON.parse(result.stdout) as Array<{messages: Array<unknown>}>
  const {ms, maxRssMiB} = JSON.parse(line.slice(2)) as {ms: number; maxRssMiB: number}
  fs.rmSync(file)
  return {ms, bytes: Buffer.byteLength(text), maxRssMiB, findings: report[0]?.messages.length ?? 0}
}

// ---------------------------------------------------------------------------
// Parent.

/** prh YAML dictionaries: 50 entries, and all our term tables. */
function writePrhDictionaries(folder: string): {small: number; full: number} {
  const read = (name: string): Record<string, unknown> =>
    JSON.parse(fs.readFileSync(path.join(root, 'rules', 'data', name), 'utf8')) as Record<string, unknown>
  const entries: Array<{expected: string; pattern: string}> = []
  const varcon = read('british-spelling-varcon.json') as {words: Record<string, [string | null, ...Array<unknown>]>}
  for (const [american, [british]] of Object.entries(varcon.words)) {
    if (british) entries.push({expected: british, pattern: american})
  }
  const groupsFile = path.join(root, 'src', 'model', 'data', 'groups.json')
  const groups = JSON.parse(fs.readFileSync(groupsFile, 'utf8')) as Record<string, {variants: Record<string, unknown>}>
  for (const [name, group] of Object.entries(groups)) {
    for (const variant of Object.keys(group.variants)) if (variant !== name) entries.push({expected: name, pattern: variant})
  }
  const abbreviations = read('abbreviations.json') as {abbreviations: Record<string, string>}
  for (const [from, to] of Object.entries(abbreviations.abbreviations)) entries.push({expected: to, pattern: from})
  const yaml = (list: Array<{expected: string; pattern: string}>): string =>
    'version: 1\nrules:\n' +
    list
      .map((entry) => '  - expected: ' + JSON.stringify(entry.expected) + '\n    pattern: ' + JSON.stringify(asRegex(entry.pattern)) + '\n')
      .join('')
  // prh escapes `-` in string patterns and then compiles them with the `u`
  // flag, which rejects `\-` (`sweep-stake`): give it regex patterns instead.
  const asRegex = (pattern: string): string => '/' + pattern.replaceAll(/[.*+?^${}()|[\]\\/]/gu, '\\$&') + '/'
  // The 50-entry dictionary: common words, so it does find things.
  const common = ['color', 'center', 'organization', 'program', 'defense', 'labor', 'favor', 'honor', 'neighbor', 'analyze']
  const small = [
    ...entries.filter((entry) => common.includes(entry.pattern)),
    ...entries.filter((entry) => !common.includes(entry.pattern))
  ].slice(0, 50)
  fs.writeFileSync(path.join(folder, 'prh-50.yml'), yaml(small))
  fs.writeFileSync(path.join(folder, 'prh-full.yml'), yaml(entries))
  return {small: small.length, full: entries.length}
}

function spawnChild(args: Array<string>): Sample {
  const result = spawnSync(process.execPath, ['--import', 'tsx', self, ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 24
  })
  if (result.status !== 0) throw new Error('child ' + args.join(' ') + ' failed: ' + result.stderr)
  const line = result.stdout.trim().split('\n').pop()!
  return JSON.parse(line) as Sample
}

function median(values: Array<number>): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

function machine(): string {
  const cpus = os.cpus()
  return (
    (cpus[0]?.model ?? 'unknown CPU') + ', ' + cpus.length + ' CPUs, ' + (os.totalmem() / 2 ** 30).toFixed(1) + ' GiB RAM, ' +
    os.type() + ' ' + os.release() + ', Node ' + process.versions.node
  )
}

function load(): string {
  return os.loadavg().map((value) => value.toFixed(2)).join(' ')
}

async function main(): Promise<undefined> {
  const {values} = parseArgs({
    options: {
      child: {type: 'string'},
      mode: {type: 'string'},
      prh: {type: 'string'},
      rounds: {type: 'string', default: '5'},
      only: {type: 'string'},
      sizes: {type: 'string', default: '0.1,1,10'},
      json: {type: 'string'}
    }
  })

  if (values.child) {
    const sample = await child(values.child as Contender, values.mode as Mode, values.prh ?? '')
    process.stdout.write(JSON.stringify(sample) + '\n')
    return
  }

  if (!fs.existsSync(corpus)) {
    console.log('bench: ../shared/corpus is absent, nothing to measure')
    return
  }
  const rounds = Math.max(1, Number(values.rounds))
  const parts = values.only ? [values.only] : ['peers', 'scaling', 'cold']
  const results: Record<string, unknown> = {machine: machine(), loadBefore: load(), rounds}
  console.log('machine: ' + machine())
  console.log('load average (1, 5, 15 min) before: ' + load())

  if (parts.includes('peers')) {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'house-style-bench-'))
    const sizes = writePrhDictionaries(folder)
    console.log('prh dictionaries: ' + sizes.small + ' and ' + sizes.full + ' entries in ' + folder)
    const samples = new Map<string, Array<Sample>>()
    for (let round = 1; round <= rounds; round++) {
      for (const mode of ['articles', 'concatenated'] as const) {
        for (const contender of contenders) {
          const sample = spawnChild(['--child', contender, '--mode', mode, '--prh', folder])
          const key = contender + ' ' + mode
          samples.set(key, [...(samples.get(key) ?? []), sample])
          console.log('  round ' + round + ' ' + key.padEnd(32) + (sample.ms / 1000).toFixed(2).padStart(8) + ' s ' + sample.maxRssMiB.toFixed(0).padStart(6) + ' MiB (load ' + load() + ')')
        }
      }
    }
    fs.rmSync(folder, {recursive: true, force: true})
    const rows: Array<Record<string, number | string>> = []
    for (const mode of ['articles', 'concatenated'] as const) {
      const speed = (contender: Contender): number => {
        const list = samples.get(contender + ' ' + mode)!
        return list[0]!.bytes / 1e6 / (median(list.map((sample) => sample.ms)) / 1000)
      }
      const prh50 = speed('textlint-prh-50')
      const parse = speed('parse-paragraphs')
      console.log('\n' + mode + ' (' + (samples.get('house-style ' + mode)![0]!.bytes / 1e6).toFixed(2) + ' MB, median of ' + rounds + '):')
      console.log('  contender              MB/s   x textlint+prh-50   x parse/paragraph   peak RSS MiB   findings')
      for (const contender of contenders) {
        const list = samples.get(contender + ' ' + mode)!
        const mbs = speed(contender)
        const rss = median(list.map((sample) => sample.maxRssMiB))
        rows.push({mode, contender, mbPerS: mbs, vsPrh50: mbs / prh50, vsParse: mbs / parse, maxRssMiB: rss, findings: list[0]!.findings})
        console.log(
          '  ' + contender.padEnd(20) + mbs.toFixed(2).padStart(7) + (mbs / prh50).toFixed(2).padStart(20) +
            (mbs / parse).toFixed(2).padStart(20) + rss.toFixed(0).padStart(15) + String(list[0]!.findings).padStart(11)
        )
      }
    }
    results['peers'] = rows
  }

  if (parts.includes('scaling')) {
    const sizes = values.sizes.split(',').map(Number)
    const rows: Array<Record<string, number>> = []
    console.log('\nscaling (the built CLI, dist/bin/house-style.mjs, on one file per size; time from its start, peak RSS):')
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'house-style-scaling-'))
    for (const size of sizes) {
      const sample = scalingRun(size, folder)
      rows.push({megabytes: sample.bytes / 1e6, seconds: sample.ms / 1000, mbPerS: sample.bytes / 1e6 / (sample.ms / 1000), maxRssMiB: sample.maxRssMiB})
      console.log(
        '  ' + (sample.bytes / 1e6).toFixed(2).padStart(6) + ' MB ' + (sample.ms / 1000).toFixed(2).padStart(8) + ' s ' +
          (sample.bytes / 1e6 / (sample.ms / 1000)).toFixed(2).padStart(6) + ' MB/s ' + sample.maxRssMiB.toFixed(0).padStart(6) + ' MiB peak RSS (load ' + load() + ')'
      )
    }
    for (let index = 1; index < rows.length; index++) {
      const growth = rows[index]!['seconds']! / rows[index - 1]!['seconds']!
      const sizeGrowth = rows[index]!['megabytes']! / rows[index - 1]!['megabytes']!
      console.log('  ' + rows[index - 1]!['megabytes']!.toFixed(1) + ' -> ' + rows[index]!['megabytes']!.toFixed(1) + ' MB: time x' + growth.toFixed(2) + ' for size x' + sizeGrowth.toFixed(2))
    }
    results['scaling'] = rows
  }

  if (parts.includes('cold')) {
    const cli = path.join(root, 'dist', 'bin', 'house-style.mjs')
    if (!fs.existsSync(cli)) {
      console.log('\ncold start: dist/bin/house-style.mjs is missing, run `npm run build` first')
    } else {
      const article = path.join(corpus, 'british', fs.readdirSync(path.join(corpus, 'british')).filter((name) => name.endsWith('.txt')).sort()[0]!)
      const times: Array<number> = []
      for (let run = 0; run < 7; run++) {
        const start = performance.now()
        try {
          execFileSync(process.execPath, [cli, '--no-config', '--report', 'json', article], {stdio: 'ignore'})
        } catch {
          // Exit code 1 means findings; the time is what counts.
        }
        times.push(performance.now() - start)
      }
      console.log('\ncold start (node dist/bin/house-style.mjs on ' + path.basename(article) + ', median of 7): ' + median(times).toFixed(0) + ' ms (min ' + Math.min(...times).toFixed(0) + ' ms)')
      results['coldStartMs'] = {median: median(times), min: Math.min(...times)}
    }
  }

  results['loadAfter'] = load()
  console.log('\nload average after: ' + load())
  if (values.json) fs.writeFileSync(values.json, JSON.stringify(results, null, 2) + '\n')
}

await main()
