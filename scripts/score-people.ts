/**
 * Score the people rules against the hand annotations in `eval/people/`.
 *
 *   npx tsx scripts/score-people.ts [test|tune|all]        # the table (default: test)
 *   npx tsx scripts/score-people.ts tune --list            # every miss, wrong fix and false alarm, in context
 *   npx tsx scripts/score-people.ts tune --only a.tsv,b.tsv # only these annotations (a new round, scored before tuning)
 *   npx tsx scripts/score-people.ts unseen                 # eval/people-unseen/ (after scripts/unseen-corpus.ts)
 *
 * Lints each annotated article with the built-in style and only the people
 * rules on (`honorifics`, `name-particles`, `ranks`, `honorific-punctuation`,
 * `name-consistency`), then compares every finding with the annotation rows it
 * overlaps: a row whose house form differs from what is written must be
 * reported (recall), and the first fixes inside it must give the house form
 * (exact fix); a finding on a row that is already right, or on no row at
 * all, is a false alarm (precision). `--list` is for the tuning half: reading
 * the test half's mistakes would make its numbers tuned too.
 * See eval/people/README.md.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import retextHouseStyle, {type RuleSetting, retextHouseStyleParse, rules} from '../src/index.js'
import {chooseFixes} from '../src/engine/fix.js'
import {type Half, peopleHalfOf} from './halves.js'
import {type Annotation, annotationFiles, articleOf, evalFolder, readAnnotations, unseenCorpus, unseenEval} from './people-annotations.js'

const peopleRules = new Set(['honorifics', 'name-consistency', 'ranks', 'name-particles', 'honorific-punctuation'])

async function lint(text: string): Promise<Array<VFileMessage>> {
  const settings: Record<string, RuleSetting> = Object.fromEntries(
    rules.map((rule) => [rule.meta.id, peopleRules.has(rule.meta.id) ? 'warn' : 'off'])
  )
  const processor = unified().use(retextHouseStyleParse).use(retextHouseStyle, {rules: settings})
  const file = new VFile({value: text})
  await processor.run(processor.parse(file), file)
  return file.messages.filter((message) => message.ruleId && peopleRules.has(message.ruleId))
}

function span(message: VFileMessage): [number, number] {
  const place = message.place
  const start = place && 'start' in place ? (place.start.offset ?? 0) : 0
  const end = place && 'end' in place ? (place.end.offset ?? start) : start
  return [start, end]
}

/** What the first fixes of `messages` make of the row's words (`?`: reported with no fix). */
function fixedForm(row: Annotation, messages: Array<VFileMessage>): string {
  if (messages.every((message) => !message.expected || message.expected.length === 0)) return '?'
  let text = row.written
  for (const fix of chooseFixes(messages).reverse()) {
    const start = Math.max(0, fix.start - row.offset)
    const end = Math.min(row.written.length, fix.end - row.offset)
    const before = fix.start < row.offset ? '' : text.slice(0, start)
    text = before + fix.replacement + text.slice(end)
  }
  return text
}

function sameForm(row: Annotation, fixed: string): boolean {
  if (fixed === row.house) return true
  if (!row.flags.includes('gender-unknown')) return false
  const neutral = (value: string) => value.replace(/\b(Mr|Ms)\b/g, 'M?')
  return neutral(fixed) === neutral(row.house)
}

interface Tally {
  change: number
  found: number
  exact: number
  same: number
  falseAlarms: number
}

function category(row: Annotation): Array<string> {
  const names: Array<string> = [row.kind]
  for (const flag of ['title', 'particle', 'family-first']) if (row.flags.includes(flag)) names.push(row.kind + ' +' + flag)
  return names
}

function context(text: string, start: number, end: number): string {
  return (text.slice(Math.max(0, start - 50), start) + '[' + text.slice(start, end) + ']' + text.slice(end, end + 30)).replace(/\s+/g, ' ')
}

async function main(): Promise<void> {
  const half = (process.argv[2] ?? 'test') as Half | 'all' | 'unseen'
  if (!['test', 'tune', 'all', 'unseen'].includes(half)) {
    console.error('usage: score-people.ts [test|tune|all|unseen] [--list] [--only a.tsv,b.tsv]')
    process.exit(2)
  }
  const list = process.argv.includes('--list')
  // `--only a.tsv,b.tsv`: a new round's articles, scored once before anyone reads their findings.
  const onlyArgument = process.argv.indexOf('--only')
  const onlyValue = onlyArgument === -1 ? undefined : process.argv[onlyArgument + 1]
  if (onlyArgument !== -1 && (onlyValue === undefined || onlyValue.startsWith('--'))) {
    console.error('--only needs a comma-separated list of annotation files')
    process.exit(2)
  }
  const only = onlyValue === undefined ? undefined : new Set(onlyValue.split(',').map((name) => path.basename(name, '.tsv')))
  const unscored = new Set(only)
  if (list && half !== 'tune') {
    console.error('--list reads the mistakes: only on the tuning half (`tune --list`)')
    process.exit(2)
  }
  const tallies = new Map<string, Tally>()
  const tally = (name: string): Tally => {
    let found = tallies.get(name)
    if (!found) tallies.set(name, (found = {change: 0, found: 0, exact: 0, same: 0, falseAlarms: 0}))
    return found
  }
  let findings = 0
  let trueFindings = 0
  let articles = 0
  // The headline numbers per source folder (gulf/, british/...): where the misses are, not what they are.
  const folders = new Map<string, {articles: number; later: number; laterFound: number; found: number; exact: number; findings: number; trueFindings: number}>()
  // The unseen set is its own: never in either half, its texts rebuilt by `scripts/unseen-corpus.ts`.
  const files = half === 'unseen' ? annotationFiles(unseenEval) : annotationFiles()
  if (half === 'unseen' && files.some((file) => !fs.existsSync(articleOf(file)))) {
    console.error('the unseen articles are not in ' + path.relative(process.cwd(), unseenCorpus) + ': run scripts/unseen-corpus.ts first')
    process.exit(2)
  }
  for (const file of files) {
    const article = articleOf(file)
    if (!fs.existsSync(article) || (half !== 'all' && half !== 'unseen' && peopleHalfOf(article) !== half)) continue
    if (only && !only.has(path.basename(file, '.tsv'))) continue
    unscored.delete(path.basename(file, '.tsv'))
    articles++
    const text = fs.readFileSync(article, 'utf8')
    const rows = readAnnotations(file, text).rows.filter((row) => row.offset >= 0)
    const messages = await lint(text)
    const name = path.relative(half === 'unseen' ? unseenEval : evalFolder, file)
    const folderName = name.split(path.sep)[0]!
    let folder = folders.get(folderName)
    if (!folder) folders.set(folderName, (folder = {articles: 0, later: 0, laterFound: 0, found: 0, exact: 0, findings: 0, trueFindings: 0}))
    folder.articles++
    const claimed = new Set<VFileMessage>()
    for (const row of rows) {
      const end = row.offset + row.written.length
      const overlapping = messages.filter((message) => {
        const [start, stop] = span(message)
        return start < end && stop > row.offset
      })
      for (const message of overlapping) claimed.add(message)
      const change = row.house !== row.written
      const found = overlapping.length > 0
      const fixed = found ? fixedForm(row, overlapping) : undefined
      const exact = fixed !== undefined && sameForm(row, fixed)
      if (change && found) {
        folder.found++
        if (exact) folder.exact++
      }
      if (change && (row.kind === 'later' || row.kind === 'possessive')) {
        folder.later++
        if (found) folder.laterFound++
      }
      for (const categoryName of ['all', ...category(row)]) {
        const counts = tally(categoryName)
        if (change) {
          counts.change++
          if (found) counts.found++
          if (exact) counts.exact++
        } else {
          counts.same++
          if (overlapping.length > 0) counts.falseAlarms++
        }
      }
      if (!list) continue
      if (change && !found) console.log('MISS   ' + name + ' ' + row.kind + ' ' + context(text, row.offset, end) + ' -> ' + row.house)
      else if (change && !exact) {
        console.log('WRONG  ' + name + ' ' + row.kind + ' ' + context(text, row.offset, end) + ' -> ' + fixed + ', wanted ' + row.house)
      } else if (!change && found) {
        console.log('FALSE  ' + name + ' ' + row.kind + ' ' + context(text, row.offset, end) + ': ' + overlapping.map((message) => message.ruleId + ' ' + message.reason).join('; '))
      }
    }
    for (const message of messages) {
      findings++
      folder.findings++
      const [start, stop] = span(message)
      const onChange = rows.some((row) => row.house !== row.written && start < row.offset + row.written.length && stop > row.offset)
      if (onChange) {
        trueFindings++
        folder.trueFindings++
      }
      if (!claimed.has(message)) {
        tally('unannotated').falseAlarms++
        if (list) console.log('UNANN  ' + name + ' ' + context(text, start, stop) + ': ' + message.ruleId + ' ' + message.reason)
      }
    }
  }

  const percent = (part: number, whole: number) => (whole === 0 ? '-' : ((100 * part) / whole).toFixed(1) + '%')
  if (unscored.size > 0) {
    console.error('not in the ' + half + ' half or not annotated: ' + [...unscored].join(', '))
    process.exit(2)
  }
  console.log('\n' + half + ' half: ' + articles + ' articles, ' + findings + ' people findings')
  console.log('| category | to change | found | recall | exact fix | already right | false alarms |')
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |')
  for (const [name, counts] of [...tallies].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(
      '| ' + [name, counts.change, counts.found, percent(counts.found, counts.change), percent(counts.exact, counts.found), counts.same, counts.falseAlarms].join(' | ') + ' |'
    )
  }
  const later = ['later', 'possessive'].map((name) => tallies.get(name) ?? {change: 0, found: 0, exact: 0, same: 0, falseAlarms: 0})
  const all = tally('all')
  console.log(
    '\nrecall of later references ' +
      percent(later[0]!.found + later[1]!.found, later[0]!.change + later[1]!.change) +
      ', precision ' +
      percent(trueFindings, findings) +
      ', exact first fix ' +
      percent(all.exact, all.found)
  )
  console.log('\n| folder | articles | later references to change | recall | precision | exact first fix |')
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |')
  for (const [name, counts] of [...folders].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(
      '| ' +
        [name, counts.articles, counts.later, percent(counts.laterFound, counts.later), percent(counts.trueFindings, counts.findings), percent(counts.exact, counts.found)].join(' | ') +
        ' |'
    )
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main()
