/**
 * Docs pages are tests: every example on `docs/rules/<id>.md` is linted with
 * its rule and must give exactly the findings and the fixed text it shows.
 */
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parse as parseYaml} from 'yaml'
import {fixUntilStable} from '../src/engine/fix.js'
import {rules} from '../src/index.js'
import {docsBase, type HouseStyleRule} from '../src/kit/rule.js'
import {formatMessage, run as runFile} from './lint.js'

const docsFolder = new URL('../docs/rules/', import.meta.url)
const headings = ['What it checks', 'Why', 'Options', 'Examples', 'Precision', 'When not to use it']

/** The file an example is linted as, by its fence's language. */
const pathByLanguage = {txt: 'example.txt', md: 'example.md', html: 'example.html'} as const

interface Block {
  kind: 'ok' | 'not-ok' | 'output' | 'fixed'
  language: keyof typeof pathByLanguage
  options: Record<string, unknown>
  value: string
  line: number
}

interface Example {
  input: Block
  output?: Block
  fixed?: Block
}

/** Read the front matter, headings and example blocks of a docs page. */
export function readPage(markdown: string): {meta: Record<string, unknown>; headings: Array<string>; examples: Array<Example>} {
  const front = /^---\n([\s\S]*?)\n---\n/.exec(markdown)
  const meta = front ? (parseYaml(front[1]!) as Record<string, unknown>) : {}
  const lines = markdown.split('\n')
  const found: Array<string> = []
  const blocks: Array<Block> = []
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    const heading = /^## (.+)$/.exec(line)
    if (heading) found.push(heading[1]!)
    const fence = /^```(txt|md|html) (ok|not-ok|output|fixed)(?: (.*))?$/.exec(line)
    if (!fence) continue
    const body: Array<string> = []
    const start = index + 1
    while (++index < lines.length && lines[index] !== '```') body.push(lines[index]!)
    blocks.push({
      language: fence[1] as Block['language'],
      kind: fence[2] as Block['kind'],
      options: fence[3] ? (JSON.parse(fence[3]) as Record<string, unknown>) : {},
      value: body.join('\n'),
      line: start
    })
  }
  const examples: Array<Example> = []
  for (const block of blocks) {
    if (block.kind === 'ok' || block.kind === 'not-ok') examples.push({input: block})
    else if (examples.length > 0) examples.at(-1)![block.kind] = block
  }
  return {meta, headings: found, examples}
}

const pages = fs.existsSync(docsFolder) ? fs.readdirSync(docsFolder).filter((name) => name.endsWith('.md')) : []

describe('docs pages', () => {
  it('has one page per rule and one rule per page', () => {
    expect(pages.map((name) => path.basename(name, '.md')).sort()).toEqual(rules.map((rule) => rule.meta.id).sort())
  })

  for (const rule of rules as Array<HouseStyleRule>) {
    const id = rule.meta.id
    const file = new URL(id + '.md', docsFolder)
    if (!fs.existsSync(file)) continue
    const page = readPage(fs.readFileSync(file, 'utf8'))

    describe(id, () => {
      it('has front matter matching the rule and the headings in order', () => {
        expect(page.meta['title']).toBe(id)
        expect(page.meta['fixable']).toBe(rule.meta.fixable)
        expect(page.meta['severity']).toBe(rule.meta.severity)
        expect(page.headings).toEqual(headings)
      })

      it('has good and bad examples', () => {
        expect(page.examples.some((example) => example.input.kind === 'ok')).toBe(true)
        expect(page.examples.some((example) => example.input.kind === 'not-ok')).toBe(true)
      })

      for (const example of page.examples) {
        const {input} = example
        it(input.kind + ' example at line ' + input.line, async () => {
          const path = pathByLanguage[input.language]
          const run = async (text: string) => (await runFile(path, text, [[rule, ['warn', input.options]]])).messages
          const messages = await run(input.value)
          for (const message of messages) {
            expect(message.ruleId).toBe(id)
            expect(message.source).toBe('retext-house-style')
            expect(message.url).toBe(docsBase + id + '.md')
          }
          const found = messages.map((message) => formatMessage(message))
          if (input.kind === 'ok') {
            expect(found).toEqual([])
            return
          }
          expect(found.length, 'a not-ok example must find something').toBeGreaterThan(0)
          expect(example.output, 'a not-ok example needs an output block').toBeDefined()
          expect(found).toEqual(example.output!.value.split('\n').filter(Boolean))
          if (example.fixed) {
            const fixed = await fixUntilStable(input.value, run)
            expect(fixed.text).toBe(example.fixed.value)
            expect((await fixUntilStable(fixed.text, run)).text).toBe(fixed.text)
          }
        })
      }
    })
  }
})
