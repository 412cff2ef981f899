/**
 * How loud each built-in style is on each source's published copy: findings
 * per 10,000 words, by rule. A newsroom's style should be nearly silent on
 * its own newsroom's copy (issue 18: at most 3 per 10,000 words).
 *
 *   npx tsx scripts/style-findings.ts                      # every style, every source
 *   npx tsx scripts/style-findings.ts --style bbc --source bbc --list   # each finding, in context
 *
 * Sources are told apart by file name (`bbc_`, `guardian_`, `reuters2017_`,
 * `aljazeera_`, `cnn_`). Sport and entertainment copy, as its publisher marks
 * it (BBC files by section, Al Jazeera's `/sports/` address), is linted as a
 * section override would: sport pages call people by surname
 * (`honorifics.laterMention: 'surname'`), the BBC's entertainment pages
 * performers by surname and others by honorific (`'consistent'`). Skips
 * cleanly when ../shared/corpus is absent.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {unified} from 'unified'
import {VFile} from 'vfile'
import retextHouseStyle, {builtInStyles, retextHouseStyleParse} from '../src/index.js'

const corpus = fileURLToPath(new URL('../../shared/corpus/', import.meta.url))
if (!fs.existsSync(corpus)) {
  console.log('skipped: ' + corpus + ' is absent')
  process.exit(0)
}

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name)
  return index === -1 ? undefined : process.argv[index + 1]
}

const sources: Record<string, RegExp> = {
  bbc: /^bbc(2005)?_/,
  guardian: /^guardian_/,
  reuters: /^reuters\d*_/,
  aljazeera: /^aljazeera_/,
  cnn: /^cnn_/
}
const styles = option('--style')?.split(',') ?? builtInStyles()
const wantedSources = option('--source')?.split(',') ?? Object.keys(sources)
const list = process.argv.includes('--list')

interface Article {
  where: string
  source: string
  text: string
  words: number
  /** A section whose pages name people otherwise, as its publisher marks it. */
  section: 'sport' | 'entertainment' | undefined
}

function readCorpus(): Array<Article> {
  const articles: Array<Article> = []
  for (const folder of fs.readdirSync(corpus).sort()) {
    const root = path.join(corpus, folder)
    if (!fs.statSync(root).isDirectory()) continue
    const manifest = path.join(root, 'MANIFEST.tsv')
    const lines = fs.existsSync(manifest) ? fs.readFileSync(manifest, 'utf8').split('\n') : []
    const sport = new Set(lines.filter((line) => /^bbc(2005)?_sport_/.test(line) || /\/sports?\//.test(line)).map((line) => line.split('\t')[0]))
    const entertainment = new Set(lines.filter((line) => /^bbc(2005)?_entertainment_/.test(line)).map((line) => line.split('\t')[0]))
    for (const name of fs.readdirSync(root).filter((entry) => entry.endsWith('.txt')).sort()) {
      const source = Object.keys(sources).find((key) => sources[key]!.test(name))
      if (!source || !wantedSources.includes(source)) continue
      let text = fs.readFileSync(path.join(root, name), 'utf8')
      // The ISOT Reuters dump joins paragraphs with two spaces on one line: restored as
      // blank lines (as gulf/ was), or every paragraph break reads as a sentence-spacing slip.
      if (source === 'reuters') text = text.replaceAll(/(?<=\S) {2,}(?=\S)/gu, '\n\n')
      articles.push({where: folder + '/' + name, source, text, words: text.split(/\s+/u).filter(Boolean).length, section: sport.has(name) ? 'sport' : entertainment.has(name) ? 'entertainment' : undefined})
    }
  }
  return articles
}

const articles = readCorpus()
const table: Array<string> = ['| style | source | words | findings | per 10,000 words | by rule |', '| --- | --- | ---: | ---: | ---: | --- |']
for (const style of styles) {
  const news = unified().use(retextHouseStyleParse).use(retextHouseStyle, {style})
  const sportStyle = {name: style + '-sport', extends: style, data: {honorifics: {laterMention: 'surname'}}}
  const sport = unified().use(retextHouseStyleParse).use(retextHouseStyle, {style: sportStyle})
  const entertainmentStyle = {name: style + '-entertainment', extends: style, data: {honorifics: {laterMention: 'consistent'}}}
  const entertainment = unified().use(retextHouseStyleParse).use(retextHouseStyle, {style: entertainmentStyle})
  for (const source of wantedSources) {
    const own = articles.filter((article) => article.source === source)
    if (own.length === 0) continue
    const byRule = new Map<string, number>()
    let words = 0
    let count = 0
    for (const article of own) {
      words += article.words
      const file = new VFile({value: article.text, path: article.where})
      const processor = article.section === 'sport' ? sport : article.section === 'entertainment' ? entertainment : news
      await processor.run(processor.parse(file), file)
      for (const message of file.messages) {
        count++
        byRule.set(message.ruleId ?? '?', (byRule.get(message.ruleId ?? '?') ?? 0) + 1)
        if (list) console.log([article.where + ':' + message.line + ':' + message.column, message.ruleId, JSON.stringify(message.expected ?? null), context(article.text, message.place)].join('\t'))
      }
    }
    const rules = [...byRule].sort((a, b) => b[1] - a[1]).map(([rule, n]) => rule + ' ' + per(n, words)).join(', ')
    table.push(['', style, source, words, count, per(count, words), rules, ''].join(' | ').trim())
  }
}
console.log(table.join('\n'))

function per(count: number, words: number): string {
  return ((count / words) * 10_000).toFixed(1)
}

function context(text: string, place: VFile['messages'][number]['place']): string {
  const start = place && 'start' in place ? (place.start.offset ?? 0) : 0
  const end = place && 'start' in place ? (place.end.offset ?? start) : start
  return (text.slice(Math.max(0, start - 60), start) + '[[' + text.slice(start, end) + ']]' + text.slice(end, end + 60)).replaceAll(/\s+/gu, ' ')
}
