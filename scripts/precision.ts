/**
 * Precision of every rule on `../shared/corpus/`, from findings judged by
 * hand and kept as data in `eval/precision/<rule-id>.tsv`.
 *
 *   npx tsx scripts/precision.ts [score] [--half test|tune|all]
 *   npx tsx scripts/precision.ts judge <rule-id> [--half tune|test|all] [--n 40]
 *
 * `score` lints the whole corpus with every rule and prints, per rule, the
 * findings, the sample, how many of the sample are judged, and precision.
 * `judge` prints the sampled findings of one rule that have no judgement yet,
 * as rows to fill in (verdict and reason) and append to its file.
 *
 * Sport copy is linted with athletes by surname alone, as a newsroom's
 * override for its sport pages would.
 *
 * The sample of a rule on a half is its first `n` findings ordered by the
 * SHA-1 of rule, file and offset: stable, spread over the folders, and the
 * same for anyone who reruns it. Skips cleanly when ../shared/corpus is absent.
 */
import {createHash} from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {unified} from 'unified'
import {VFile} from 'vfile'
import retextHouseStyle, {type RuleSetting, retextHouseStyleParse, rules} from '../src/index.js'
import {type Half, halfOf} from './halves.js'

const corpus = fileURLToPath(new URL('../../shared/corpus/', import.meta.url))
const evalFolder = fileURLToPath(new URL('../eval/precision/', import.meta.url))
const folders = ['british', 'american', 'mideast', 'gulf']

export interface Finding {
  rule: string
  /** `<folder>/<name>.txt` under the corpus. */
  file: string
  offset: number
  /** The characters the finding covers. */
  flagged: string
  expected: string
  context: string
  key: string
}

export interface Judgement {
  file: string
  offset: number
  flagged: string
  verdict: 'true' | 'false'
  reason: string
}

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(name)
  return index === -1 ? fallback : (process.argv[index + 1] ?? fallback)
}

/**
 * Sport copy, as its publisher marks it (BBC files by section, Al Jazeera by
 * the `/sports/` in the address): linted as a newsroom's sport override would
 * (`house-style.md`: athletes by surname alone at later mentions).
 */
function sportFiles(): Set<string> {
  const sport = new Set<string>()
  for (const folder of folders) {
    const manifest = path.join(corpus, folder, 'MANIFEST.tsv')
    if (!fs.existsSync(manifest)) continue
    for (const line of fs.readFileSync(manifest, 'utf8').split('\n')) {
      const name = line.split('\t')[0] ?? ''
      if (name.startsWith('bbc_sport_') || /\/sports?\//.test(line)) sport.add(folder + '/' + name)
    }
  }
  return sport
}

async function lintCorpus(): Promise<Array<Finding>> {
  const settings = Object.fromEntries(rules.map((rule) => [rule.meta.id, 'warn' as RuleSetting]))
  const news = unified().use(retextHouseStyleParse).use(retextHouseStyle, {rules: settings})
  const sportStyle = {name: 'sport', extends: 'the-national', data: {honorifics: {laterMention: 'surname'}}}
  const sportCopy = unified().use(retextHouseStyleParse).use(retextHouseStyle, {rules: settings, style: sportStyle})
  const sport = sportFiles()
  const findings: Array<Finding> = []
  for (const folder of folders) {
    const root = path.join(corpus, folder)
    if (!fs.existsSync(root)) continue
    for (const name of fs.readdirSync(root).filter((entry) => entry.endsWith('.txt')).sort()) {
      const text = fs.readFileSync(path.join(root, name), 'utf8')
      const file = new VFile({value: text, path: name})
      const processor = sport.has(folder + '/' + name) ? sportCopy : news
      await processor.run(processor.parse(file), file)
      for (const message of file.messages) {
        const place = message.place && 'start' in message.place ? message.place : undefined
        const start = place?.start.offset ?? 0
        const end = place?.end.offset ?? start
        const rule = message.ruleId ?? ''
        const where = folder + '/' + name
        findings.push({
          rule,
          file: where,
          offset: start,
          flagged: text.slice(start, end),
          expected: (message.expected ?? []).join(' | '),
          context: (text.slice(Math.max(0, start - 120), start) + '[[' + text.slice(start, end) + ']]' + text.slice(end, end + 80)).replaceAll(/\s+/gu, ' '),
          key: createHash('sha1').update(rule + '\0' + where + '\0' + start).digest('hex')
        })
      }
    }
  }
  return findings
}

export function readJudgements(rule: string): Map<string, Judgement> {
  const judgements = new Map<string, Judgement>()
  const file = path.join(evalFolder, rule + '.tsv')
  if (!fs.existsSync(file)) return judgements
  for (const [index, line] of fs.readFileSync(file, 'utf8').split('\n').entries()) {
    if (index === 0 || line.trim() === '' || line.startsWith('#')) continue
    const [where = '', offset = '', flagged = '', verdict = '', reason = ''] = line.split('\t')
    if (verdict !== 'true' && verdict !== 'false') throw new Error(file + ':' + (index + 1) + ': verdict must be `true` or `false`, not `' + verdict + '`')
    judgements.set(where + ':' + offset, {file: where, offset: Number(offset), flagged, verdict, reason})
  }
  return judgements
}

function sample(findings: Array<Finding>, rule: string, half: Half | 'all', size: number): Array<Finding> {
  return findings
    .filter((finding) => finding.rule === rule && (half === 'all' || halfOf(finding.file) === half))
    .sort((a, b) => a.key.localeCompare(b.key))
    .slice(0, size)
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '-' : ((100 * part) / whole).toFixed(1) + '%'
}

async function main(): Promise<void> {
  if (!fs.existsSync(corpus)) {
    console.log('skipped: ' + corpus + ' is absent')
    return
  }
  const command = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : 'score'
  const half = option('--half', command === 'judge' ? 'tune' : 'test') as Half | 'all'
  const size = Number(option('--n', '40'))
  const findings = await lintCorpus()

  if (command === 'judge') {
    const rule = process.argv[3] ?? ''
    if (!rules.some((each) => each.meta.id === rule)) throw new Error('no rule `' + rule + '`')
    const judgements = readJudgements(rule)
    for (const finding of sample(findings, rule, half, size)) {
      if (judgements.has(finding.file + ':' + finding.offset)) continue
      console.log([finding.file, finding.offset, finding.flagged, '', '', finding.expected, finding.context].join('\t'))
    }
    return
  }

  console.log('rule\tfindings (' + half + ')\tsample\tjudged\ttrue\tprecision\tstale judgements')
  for (const rule of rules.map((each) => each.meta.id).sort()) {
    const judgements = readJudgements(rule)
    const current = new Set(findings.filter((finding) => finding.rule === rule).map((finding) => finding.file + ':' + finding.offset))
    const stale = [...judgements.keys()].filter((key) => !current.has(key)).length
    const all = findings.filter((finding) => finding.rule === rule && (half === 'all' || halfOf(finding.file) === half)).length
    const chosen = sample(findings, rule, half, size)
    const judged = chosen.map((finding) => judgements.get(finding.file + ':' + finding.offset)).filter((judgement) => judgement !== undefined)
    const right = judged.filter((judgement) => judgement.verdict === 'true').length
    console.log([rule, all, chosen.length, judged.length, right, judged.length < chosen.length ? percent(right, judged.length) + ' (incomplete)' : percent(right, judged.length), stale].join('\t'))
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main()
