/**
 * Benchmark `british-spelling` over the development corpus, as a ratio to
 * parsing alone.
 *
 * Run: `npx tsx scripts/bench-british-spelling.ts [--rounds 7]`
 *
 * Times, per round over every corpus file (median of the rounds, after a
 * warm-up round; the three tasks take turns in each round): parsing alone;
 * parsing plus a rule that does nothing (the rule framework and the article
 * model every rule shares); parsing plus `british-spelling`. The rule's own
 * work is also timed on trees parsed once, whose article model is cached
 * (the rule minus the empty rule, both on those trees), which is less noisy.
 * Skips cleanly when `../shared/corpus` is absent.
 */
import fs from 'node:fs'
import path from 'node:path'
import {performance} from 'node:perf_hooks'
import {fileURLToPath} from 'node:url'
import type {Root} from 'nlcst'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {retextHouseStyleParse} from '../src/index.js'
import {houseStyleRule} from '../src/kit/rule.js'
import britishSpelling from '../rules/british-spelling/index.js'

export const corpus = fileURLToPath(new URL('../../shared/corpus/', import.meta.url))

export interface BenchResult {
  files: number
  words: number
  /** Milliseconds per round: parsing alone. */
  parse: number
  /** Parsing and a rule that does nothing (framework and article model). */
  framework: number
  /** Parsing and running the rule (model included). */
  rule: number
  /** `rule / parse`: the rule's cost as a multiple of parsing alone. */
  ratio: number
  /** The rule's own work on parsed trees with a cached model, over `parse`. */
  ownRatio: number
}

/** Read every corpus text. */
export function corpusTexts(folder = corpus): Array<string> {
  const texts: Array<string> = []
  for (const sub of fs.readdirSync(folder).sort()) {
    const dir = path.join(folder, sub)
    if (!fs.statSync(dir).isDirectory()) continue
    for (const name of fs.readdirSync(dir).sort()) {
      if (name.endsWith('.txt')) texts.push(fs.readFileSync(path.join(dir, name), 'utf8'))
    }
  }
  return texts
}

/** Run the benchmark; `undefined` when the corpus is absent. */
export async function benchBritishSpelling(rounds = 7): Promise<BenchResult | undefined> {
  if (!fs.existsSync(corpus)) return undefined
  const texts = corpusTexts()
  const parser = unified().use(retextHouseStyleParse)
  const empty = houseStyleRule(
    {
      id: 'british-spelling',
      description: 'Nothing: the cost of the framework and the article model',
      fixable: false,
      severity: 'warn',
      options: {defaults: {}, schema: {type: 'object'}},
      data: {defaults: {}, schema: {type: 'object'}},
      prepare: () => undefined
    },
    ({article}) => {
      void article.words.length
    }
  )
  const framework = unified().use(retextHouseStyleParse).use(empty)
  const linter = unified().use(retextHouseStyleParse).use(britishSpelling)

  const parse = async () => {
    for (const value of texts) parser.parse(new VFile({value}))
  }
  const lintWith = (processor: typeof linter) => async () => {
    for (const value of texts) {
      const file = new VFile({value})
      await processor.run(processor.parse(file) as Root, file)
    }
  }
  const parsed = texts.map((value) => {
    const file = new VFile({value})
    return {tree: linter.parse(file) as Root, file}
  })
  const runOnParsed = (processor: typeof linter) => async () => {
    for (const {tree, file} of parsed) await processor.run(tree, file)
  }
  const tasks = [parse, lintWith(framework), lintWith(linter), runOnParsed(framework), runOnParsed(linter)]
  const times: Array<Array<number>> = [[], [], [], [], []]
  for (let round = -1; round < rounds; round++) {
    for (const [index, task] of tasks.entries()) {
      const start = performance.now()
      await task()
      if (round >= 0) times[index]!.push(performance.now() - start)
    }
  }
  const [parseTime, frameworkTime, ruleTime, emptyOnParsed, ruleOnParsed] = times.map(
    (runs) => runs.sort((a, b) => a - b)[Math.floor(runs.length / 2)]!
  ) as [number, number, number, number, number]
  return {
    files: texts.length,
    words: texts.reduce((sum, text) => sum + text.split(/\s+/u).filter(Boolean).length, 0),
    parse: parseTime,
    framework: frameworkTime,
    rule: ruleTime,
    ratio: ruleTime / parseTime,
    ownRatio: Math.max(0, ruleOnParsed - emptyOnParsed) / parseTime
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--rounds')
  const result = await benchBritishSpelling(at >= 0 ? Number(process.argv[at + 1]) : 7)
  if (!result) {
    console.log('Corpus not found at ' + corpus + ': skipped')
  } else {
    const ms = (value: number) => value.toFixed(1) + ' ms'
    console.log('british-spelling over ' + result.files + ' files, ' + result.words + ' words (median per round)')
    console.log('  parse alone:            ' + ms(result.parse))
    console.log('  parse + empty rule:     ' + ms(result.framework) + ' (framework and article model)')
    console.log('  parse + rule:           ' + ms(result.rule))
    console.log('  ratio to parsing alone: ' + result.ratio.toFixed(3) + ' (rule’s own work: ' + result.ownRatio.toFixed(3) + ')')
  }
}
