/**
 * Fuzz the lint with fast-check: the properties of tests/properties.ts over
 * a large budget (each case also linted in pieces, as the CLI lints a long
 * file, and with a limit on findings, which must change nothing below it),
 * then the huge inputs the test suite cannot afford: long paragraphs, long
 * compound words (hyphenated, apostrophised, slashed) and files of many
 * findings.
 *
 * Then the Markdown and HTML properties of tests/markup.ts: random articles
 * written as plain text, Markdown and HTML give the same findings, placed
 * where the file writes them, and fixes that change only whole characters
 * of the text, the same through every pipeline and the language server.
 *
 * Run: `npm run fuzz` (`tsx scripts/fuzz.ts`), options:
 *   --runs <n>          generated texts (default 100000)
 *   --markup-runs <n>   generated articles per Markdown/HTML property (default 2000)
 *   --seed <n>          fast-check seed (default: random, printed)
 *   --no-huge           skip the huge inputs (one 5 MB paragraph, 100,000
 *                       quotes, 1 MB words, 2 MB of findings)
 *
 * Exits 1 on the first broken property, with fast-check's shrunk
 * counterexample and the seed and path to replay it.
 */
import {performance} from 'node:perf_hooks'
import process from 'node:process'
import {parseArgs} from 'node:util'
import fc from 'fast-check'
import {applyFixes} from '../src/engine/fix.js'
import type {VFileMessage} from 'vfile-message'
import {lint, lintFile, lintWith} from '../tests/lint.js'
import {articles, checkFixes, checkPipelines, checkSameAsPlain, checkServerFixes, checkWritten} from '../tests/markup.js'
import {checkMessages, checkText, text} from '../tests/properties.js'

const {values} = parseArgs({
  options: {
    runs: {type: 'string', default: '100000'},
    'markup-runs': {type: 'string', default: '2000'},
    seed: {type: 'string'},
    'no-huge': {type: 'boolean'}
  }
})
const runs = Number(values.runs)
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed)

console.log('fuzz: ' + runs + ' cases, seed ' + seed)
let cases = 0
let characters = 0
const start = performance.now()
try {
  await fc.assert(
    fc.asyncProperty(text, async (value) => {
      cases++
      characters += value.length
      if (cases % 5000 === 0) {
        console.log('  ' + cases + ' cases, ' + ((performance.now() - start) / 1000).toFixed(0) + ' s')
      }
      await checkText(value)
      // Linted in pieces too, as the CLI lints a long file (tiny pieces).
      checkMessages(value, await lintFile('a.txt', value, {}, {segmentSize: 64}))
      await checkLimit(value, 3)
    }),
    {numRuns: runs, seed}
  )
} catch (error) {
  console.error(String((error as Error).message))
  process.exit(1)
}
console.log(
  'fuzz: ' + cases + ' cases passed (' + (characters / cases).toFixed(0) + ' characters on average) in ' +
    ((performance.now() - start) / 1000).toFixed(0) + ' s'
)

const markupRuns = Number(values['markup-runs'])
const article = fc.integer({min: 1, max: 2 ** 30})
for (const [name, arbitrary, check] of [
  ['Markdown and HTML read as plain text', articles(), checkSameAsPlain],
  ['places in split words and block quotes', articles({splitWords: true, quotes: true}), checkWritten],
  ['--fix on Markdown and HTML', articles({splitWords: true}), checkFixes],
  ['every pipeline the same', articles({splitWords: true, quotes: true}), checkPipelines],
  ['the language server’s fixes', articles({splitWords: true}), checkServerFixes]
] as const) {
  const began = performance.now()
  try {
    await fc.assert(fc.asyncProperty(arbitrary, article, check), {numRuns: markupRuns, seed})
  } catch (error) {
    console.error('fuzz: ' + name + ': ' + String((error as Error).message).slice(0, 4000))
    process.exit(1)
  }
  console.log('fuzz: ' + name + ': ' + markupRuns + ' articles passed in ' + ((performance.now() - began) / 1000).toFixed(0) + ' s')
}

if (!values['no-huge']) {
  const huge: Array<[string, () => string]> = [
    ['one 5 MB paragraph', () => paragraph(5_000_000)],
    ['100,000 unbalanced quotes', () => 'He said “'.repeat(50_000) + '"'.repeat(50_000)],
    ['1 MB of full stops', () => '.'.repeat(1_000_000)],
    ['200,000 CRLF/CR/LF line breaks', () => 'Mr. Bali\r\n\r\rcolor\n\r\n'.repeat(40_000)],
    // Long compound words: the work per word is linear in its length.
    ['a 1 MB hyphenated word', () => 'a-'.repeat(500_000) + 'a'],
    ['a 1 MB compound of news words', () => 'ISIL-U.S.-color-Mr.-IS-al-Qaeda-NATO-'.repeat(27_000) + 'held'],
    ['a 1 MB apostrophised word', () => "a'".repeat(250_000) + 'a’'.repeat(250_000) + 'a'],
    ['a 1 MB slashed word', () => 'a/'.repeat(500_000) + 'a'],
    // Many findings: the limit stops the rules at once.
    ['2 MB of findings (`a a a`), at most 1,000 of them', () => 'a '.repeat(1_000_000)]
  ]
  for (const [name, make] of huge) {
    const value = make()
    const began = performance.now()
    try {
      // One lint and one fix pass: the properties of places and fix ranges.
      const limited = name.startsWith('2 MB of findings')
      const lintOnce = (text: string) => (limited ? lintWith(text, {maxFindings: 1000}) : lint(text))
      const messages = await lintOnce(value)
      if (limited && messages.length > 1001) throw new Error(messages.length + ' findings, over the limit of 1000 and its message')
      checkMessages(value, messages)
      const fixed = applyFixes(value, messages)
      checkMessages(fixed.text, await lintOnce(fixed.text))
    } catch (error) {
      console.error('fuzz: ' + name + ': ' + String((error as Error).message).slice(0, 2000))
      process.exit(1)
    }
    console.log(
      'fuzz: ' + name + ' (' + (value.length / 1e6).toFixed(1) + ' M characters): ok in ' +
        ((performance.now() - began) / 1000).toFixed(1) + ' s, peak RSS ' + (process.resourceUsage().maxRSS / 1024).toFixed(0) + ' MiB'
    )
  }

  // Deep nesting: skipped at once with one message, before the parsers
  // spend minutes on it (or overflow the stack).
  const deep: Array<[string, string, string]> = [
    ['10,000 nested list items', 'a.md', '- '.repeat(10_000) + 'ISIL\n'],
    ['10,000 nested block quotes', 'a.md', '>'.repeat(10_000) + ' ISIL\n'],
    ['10,000 levels of emphasis', 'a.md', '*'.repeat(20_000) + 'ISIL' + '*'.repeat(20_000) + '\n'],
    ['100,000 nested elements', 'a.html', '<div>'.repeat(100_000) + 'ISIL'],
    ['100,000 nested inline elements', 'a.html', '<b>'.repeat(100_000) + 'ISIL']
  ]
  for (const [name, path, value] of deep) {
    const began = performance.now()
    const messages = await lintFile(path, value)
    if (messages.length !== 1 || messages[0]!.ruleId !== 'too-deeply-nested') {
      console.error('fuzz: ' + name + ': not skipped as too deeply nested: ' + messages.map((message) => message.ruleId).join(', '))
      process.exit(1)
    }
    console.log('fuzz: ' + name + ': skipped in ' + ((performance.now() - began) / 1000).toFixed(1) + ' s')
  }
}

/** One paragraph of news-like sentences (single line breaks, no blank line). */
function paragraph(size: number): string {
  const sentence = 'Mr. Bali told the U.S. center that 3 people were killed, "according to officials. '
  const line = sentence.repeat(4).trimEnd() + '\n'
  return line.repeat(Math.ceil(size / line.length)).slice(0, size)
}

/**
 * With a limit of `max` findings, a text that has no more than that many
 * gets the same findings, and one that has more gets at most `max` and one
 * `too-many-findings` error.
 */
async function checkLimit(value: string, max: number): Promise<undefined> {
  const all = await lint(value)
  const limited = await lintWith(value, {maxFindings: max})
  const summary = (messages: ReadonlyArray<VFileMessage>) => messages.map((message) => message.ruleId + ' ' + JSON.stringify(message.place) + ' ' + message.reason)
  if (all.length <= max) {
    if (JSON.stringify(summary(limited)) !== JSON.stringify(summary(all))) {
      throw new Error('the limit of ' + max + ' findings changed findings below it in ' + JSON.stringify(value.slice(0, 300)))
    }
    return
  }
  const stopped = limited.filter((message) => message.ruleId === 'too-many-findings')
  if (limited.length > max + 1 || stopped.length !== 1) {
    throw new Error('over the limit of ' + max + ': ' + limited.length + ' findings, ' + stopped.length + ' saying so, in ' + JSON.stringify(value.slice(0, 300)))
  }
}
