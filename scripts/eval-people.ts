/**
 * Evaluate the people rules (`honorifics`, `name-consistency`) on the BBC
 * politics and business articles of the development corpus.
 *
 *   npx tsx scripts/eval-people.ts            # every finding, with context, for classifying
 *   npx tsx scripts/eval-people.ts strip [n]  # remove later `Mr X`/`Ms X` honorifics from n articles
 *                                             # (default 20) and count what the rule finds and restores
 *   npx tsx scripts/eval-people.ts compromise <path to an installed compromise package>
 *                                             # people found by the people model vs compromise's `people()`
 *                                             # (install compromise outside the project, e.g. in /tmp)
 *
 * The BBC writes `Mr X` at later mentions, so on the untouched articles
 * nearly every finding is a false alarm; with the honorifics removed, each
 * removed one should be found and its first fix should restore the original.
 * Skips cleanly when ../shared/corpus is absent.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Root} from 'nlcst'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import honorifics from '../rules/honorifics.js'
import nameConsistency from '../rules/name-consistency.js'
import {getArticle} from '../src/model/article.js'
import {retextHouseStyleParse} from '../src/index.js'
import {modelTables} from '../src/kit/model.js'
import {loadStyle} from '../src/kit/style.js'
import {getPeople} from '../src/model/people/index.js'

const folder = fileURLToPath(new URL('../../shared/corpus/british/', import.meta.url))
if (!fs.existsSync(folder)) {
  console.log('skipped: ' + folder + ' is absent')
  process.exit(0)
}

const files = fs
  .readdirSync(folder)
  .filter((name) => /^bbc_(politics|business)_\d+\.txt$/.test(name))
  .sort()

async function lint(text: string): Promise<Array<VFileMessage>> {
  const processor = unified().use(retextHouseStyleParse).use([honorifics, nameConsistency])
  const file = new VFile({value: text})
  await processor.run(processor.parse(file) as Root, file)
  return file.messages
}

function context(text: string, message: VFileMessage): string {
  const place = message.place
  const start = place && 'start' in place ? (place.start.offset ?? 0) : 0
  const end = place && 'end' in place ? (place.end.offset ?? start) : start
  return (text.slice(Math.max(0, start - 60), start) + '[' + text.slice(start, end) + ']' + text.slice(end, end + 40)).replace(/\s+/g, ' ')
}

const [mode, count] = process.argv.slice(2)

if (mode === 'compromise') {
  await compare(count)
} else if (mode === 'strip') {
  const wanted = Number(count ?? 20)
  let articles = 0
  let removed = 0
  let found = 0
  let restored = 0
  let other = 0
  for (const name of files) {
    if (articles >= wanted) break
    const text = fs.readFileSync(path.join(folder, name), 'utf8')
    const spans = laterHonorifics(text)
    if (spans.length === 0) continue
    articles++
    // Remove the honorifics, keeping track of where each removed one is now.
    let stripped = ''
    let cursor = 0
    const targets: Array<{start: number; end: number; original: string}> = []
    for (const span of spans) {
      stripped += text.slice(cursor, span.start)
      const surname = text.slice(span.start + span.honorific.length + 1, span.end)
      targets.push({start: stripped.length, end: stripped.length + surname.length, original: text.slice(span.start, span.end)})
      stripped += surname
      cursor = span.end
    }
    stripped += text.slice(cursor)
    const messages = (await lint(stripped)).filter((message) => message.ruleId === 'honorifics')
    for (const target of targets) {
      removed++
      const hit = messages.find((message) => {
        const place = message.place
        return place && 'start' in place && place.start.offset === target.start
      })
      if (!hit) {
        console.log('missed   ' + name + ': ' + target.original + ' | ' + stripped.slice(target.start - 50, target.end + 30).replace(/\s+/g, ' '))
        continue
      }
      found++
      const place = hit.place as {end: {offset: number}}
      const fixed = hit.expected?.[0]
      const original = text.slice(0, 0) + target.original
      const after = stripped.slice(target.end, place.end.offset)
      if (fixed === original + after) restored++
      else console.log('wrong    ' + name + ': ' + original + ' -> ' + JSON.stringify(hit.expected))
    }
    for (const message of messages) {
      const place = message.place as {start: {offset: number}}
      if (!targets.some((target) => target.start === place.start.offset)) {
        other++
        console.log('other    ' + name + ': ' + message.reason + ' | ' + context(stripped, message))
      }
    }
  }
  console.log(
    `${articles} articles, ${removed} honorifics removed, ${found} found (${pct(found, removed)}), ` +
      `${restored} restored exactly (${pct(restored, removed)}), ${other} other findings`
  )
} else {
  let total = 0
  for (const name of files) {
    const text = fs.readFileSync(path.join(folder, name), 'utf8')
    for (const message of await lint(text)) {
      total++
      console.log(name + ' ' + message.line + ':' + message.column + ' ' + message.ruleId + ': ' + message.reason + '\n    ' + context(text, message))
    }
  }
  console.log(`${files.length} articles, ${total} findings`)
}

function pct(part: number, whole: number): string {
  return whole === 0 ? '-' : ((100 * part) / whole).toFixed(1) + '%'
}

/**
 * `Mr X` / `Ms X` outside quotes after a full name ending in X earlier in
 * the article (the ones the rule should restore).
 */
function laterHonorifics(text: string): Array<{start: number; end: number; honorific: string}> {
  const file = new VFile({value: text})
  const article = getArticle(unified().use(retextHouseStyleParse).parse(file) as Root, file)
  const spans: Array<{start: number; end: number; honorific: string}> = []
  const pattern = /\b(Mr|Ms) ((?:[A-Z][a-z]+ )?[A-Z][\p{L}-]*\p{L})/gu
  for (const match of text.matchAll(pattern)) {
    const start = match.index
    const surname = match[2]!
    const word = article.words.find((candidate) => candidate.start === start)
    if (!word || word.inQuote) continue
    // A full name earlier: a capitalised given name then the surname.
    const earlier = text.slice(0, start)
    const full = new RegExp('\\b[A-Z][a-z]+ (?:[A-Z]\\.? )?' + surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '\\b')
    if (!full.test(earlier)) continue
    spans.push({start, end: start + match[0].length, honorific: match[1]!})
  }
  return spans
}

/**
 * People introduced by full name and later called `Mr X`/`Ms X`/`Mrs X`:
 * how many each method finds with the later honorifics removed, how fast,
 * and the other full names each calls a person (for reading by hand).
 */
async function compare(location: string | undefined): Promise<undefined> {
  if (!location || !fs.existsSync(location)) {
    console.log('skipped: give the folder of an installed compromise package')
    return
  }
  let started = performance.now()
  const nlp = ((await import(path.join(location, 'src/three.js'))) as {default: (text: string) => {people(): {out(format: 'array'): Array<string>}}}).default
  const load = performance.now() - started
  const tables = modelTables(loadStyle(undefined)).people
  let gold = 0
  let bytes = 0
  const time = {ours: 0, theirs: 0}
  const hits = {ours: 0, theirs: 0}
  const others = {ours: [] as Array<string>, theirs: [] as Array<string>}
  for (const name of files) {
    const original = fs.readFileSync(path.join(folder, name), 'utf8')
    const wanted = new Set<string>()
    for (const match of original.matchAll(/\b(?:Mr|Ms|Mrs) ([A-Z][\p{L}-]*\p{L})/gu)) {
      const surname = match[1]!
      if (new RegExp('\\b[A-Z][a-z]+ (?:[A-Z]\\.? )?' + surname + '\\b').test(original.slice(0, match.index))) wanted.add(surname)
    }
    const text = original.replace(/\b(?:Mr|Ms) ([A-Z][\p{L}-]*\p{L})/gu, '$1')
    bytes += text.length
    started = performance.now()
    const file = new VFile({value: text})
    const article = getArticle(unified().use(retextHouseStyleParse).parse(file) as Root, file)
    const persons = getPeople(article, tables).persons.filter((person) => person.given)
    time.ours += performance.now() - started
    started = performance.now()
    const found = nlp(text)
      .people()
      .out('array')
      .map((value) => value.replace(/[.,;:'’"]+$|['’]s$/g, '').trim())
      .filter((value) => value.split(/\s+/).length >= 2)
    time.theirs += performance.now() - started
    const ours = persons.map((person) => [person.given + ' ' + person.surname, person.surname, person.surname.split(/[\s-]/).at(-1)!])
    const theirs = found.map((value) => [value, value.split(/\s/).at(-1)!, value.split(/[\s-]/).at(-1)!])
    for (const surname of wanted) {
      gold++
      if (ours.some((names) => names.includes(surname))) hits.ours++
      else console.log('people model missed ' + name + ': ' + surname)
      if (theirs.some((names) => names.includes(surname))) hits.theirs++
      else console.log('compromise missed   ' + name + ': ' + surname)
    }
    for (const names of ours) if (!names.some((value) => wanted.has(value))) others.ours.push(names[0]!)
    for (const names of theirs) if (!names.some((value) => wanted.has(value))) others.theirs.push(names[0]!)
  }
  console.log('people model, other full names: ' + [...new Set(others.ours)].join('; '))
  console.log('compromise, other full names: ' + [...new Set(others.theirs)].join('; '))
  const speed = (ms: number) => (bytes / 1e6 / (ms / 1000)).toFixed(2) + ' MB/s'
  console.log(`${files.length} articles, ${gold} people introduced by full name and later called Mr/Ms/Mrs X`)
  console.log(`people model: ${hits.ours} found (${pct(hits.ours, gold)}), ${speed(time.ours)} with the parse`)
  console.log(`compromise:   ${hits.theirs} found (${pct(hits.theirs, gold)}), ${speed(time.theirs)}, ${load.toFixed(0)} ms to load`)
}
