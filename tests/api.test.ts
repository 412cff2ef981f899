/**
 * The public API in other unified pipelines: the preset and each rule on its
 * own, with retext-english, and the fields every message carries.
 */
import retextEnglish from 'retext-english'
import type {Root} from 'nlcst'
import {unified, type PluggableList, type Processor} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import retextHouseStyle, {abbreviations, groupNames, indefiniteArticle, repeatedWords, rules, sentenceSpacing} from '../src/index.js'
import {modelBlockNames, modelData} from '../src/kit/model.js'
import {docsBase} from '../src/kit/rule.js'
import {loadStyle} from '../src/kit/style.js'
import {lint} from './lint.js'

async function run(text: string, plugin: (processor: Processor<Root>) => void) {
  const processor = unified().use(retextEnglish)
  plugin(processor)
  const file = new VFile(text)
  await processor.run(processor.parse(file), file)
  return file.messages
}

describe('API', () => {
  it('runs the preset in a retext-english pipeline, messages complete', async () => {
    const text = 'US-backed forces entered an IS-held pocket.'
    const [message, ...rest] = await run(text, (processor) => processor.use(retextHouseStyle))
    expect(rest).toEqual([])
    expect(message).toMatchObject({
      ruleId: 'group-names',
      source: 'retext-house-style',
      url: docsBase + 'group-names.md',
      actual: 'IS',
      expected: ['ISIS'],
      fatal: true,
      place: {start: {line: 1, column: 29, offset: 28}, end: {line: 1, column: 31, offset: 30}}
    })
  })

  it('runs one rule on its own', async () => {
    const text = 'ISIL and the U.N. agreed.'
    const messages = await run(text, (processor) => processor.use(abbreviations))
    expect(messages.map((message) => [message.ruleId, message.actual, message.fatal])).toEqual([['abbreviations', 'U.N.', false]])
    const named = await run(text, (processor) => processor.use(groupNames, 'error'))
    expect(named.map((message) => [message.ruleId, message.actual, message.fatal])).toEqual([['group-names', 'ISIL', true]])
  })

  it('makes an `info` rule’s findings information, on its own and in the preset', async () => {
    const text = 'ISIL and the U.N. agreed to the the plan.'
    const alone = await run(text, (processor) => processor.use(repeatedWords, 'info'))
    expect(alone.map((message) => [message.ruleId, message.fatal])).toEqual([['repeated-words', undefined]])
    const preset = await run(text, (processor) => processor.use(retextHouseStyle, {rules: {'repeated-words': 'info', abbreviations: ['info', {}]}}))
    expect(preset.map((message) => [message.ruleId, message.fatal])).toEqual([
      ['group-names', true],
      ['abbreviations', undefined],
      ['repeated-words', undefined]
    ])
  })

  it('lists every rule with metadata', () => {
    for (const rule of rules) {
      expect(rule.meta.id).toMatch(/^[a-z]+(-[a-z]+)*$/)
      expect(rule.meta.description.length).toBeGreaterThan(10)
    }
  })
})

describe('data examples', () => {
  // Entries of style data may carry `examples: [{from, to}]`: each must fix
  // as shown, by its rule (a rule's own data) or by the preset (the model's
  // tables, which several rules read).
  const collect = (value: unknown, examples: Array<{from: string; to: string}> = []): Array<{from: string; to: string}> => {
    if (Array.isArray(value)) for (const item of value) collect(item, examples)
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'examples' && Array.isArray(child)) examples.push(...(child as typeof examples))
        else collect(child, examples)
      }
    }
    return examples
  }
  const cases: Array<[string, {from: string; to: string}, PluggableList | undefined]> = []
  for (const rule of rules) {
    for (const example of collect(rule.meta.data?.defaults)) cases.push([rule.meta.id, example, [[rule, 'warn']]])
  }
  for (const name of modelBlockNames) {
    for (const example of collect(modelData(loadStyle(undefined), name))) cases.push(['data.' + name, example, undefined])
  }
  it('has examples in rules’ data and the model’s', () => {
    expect(cases.some(([where]) => where.startsWith('data.'))).toBe(true)
  })
  for (const [where, example, plugins] of cases) {
    it(where + ': ' + example.from + ' -> ' + example.to, async () => {
      const {fixUntilStable} = await import('../src/engine/fix.js')
      const {lint} = await import('./lint.js')
      const fixed = await fixUntilStable(example.from, (text) => lint(text, plugins))
      expect(fixed.text).toBe(example.to)
    })
  }
})

describe('in remark and rehype pipelines', () => {
  it('lints Markdown through remark-retext with positions into the Markdown', async () => {
    const {default: remarkParse} = await import('remark-parse')
    const {default: remarkRetext} = await import('remark-retext')
    const value = '# Title\n\nSome *emphasis* and the **U.N.** report.\n'
    // Typed as a retext processor before chaining, or remark-retext rejects it.
    const retext: Processor<Root> = unified().use(retextEnglish)
    retext.use(retextHouseStyle)
    const processor = unified().use(remarkParse).use(remarkRetext, retext)
    const file = new VFile(value)
    await processor.run(processor.parse(file), file)
    expect(file.messages.map((message) => [message.line, message.column, message.actual])).toEqual([[3, 27, 'U.N.']])
  })

  it('lints HTML through rehype-retext with positions into the HTML', async () => {
    const {default: rehypeParse} = await import('rehype-parse')
    const {default: rehypeRetext} = await import('rehype-retext')
    const value = '<p class="U.S.">The <b>U.N.</b> said.</p>'
    const retext: Processor<Root> = unified().use(retextEnglish)
    retext.use(retextHouseStyle)
    const processor = unified().use(rehypeParse, {fragment: true}).use(rehypeRetext, retext)
    const file = new VFile(value)
    await processor.run(processor.parse(file), file)
    expect(file.messages.map((message) => [message.line, message.column, message.actual])).toEqual([[1, 24, 'U.N.']])
  })
})

describe('one problem, one finding', () => {
  it('leaves words damaged by a bad conversion to `encoding`', async () => {
    const {lint} = await import('./lint.js')
    const text = 'Spokesman Nuri Müller said the town fell.\n\nMr MÃ¼ller said the colorâ€™s gone.\n'
    const messages = await lint(text)
    expect(messages.map((message) => [message.ruleId, message.actual])).toEqual([
      ['encoding', 'Ã¼'],
      ['encoding', 'â€™']
    ])
  })
})

describe('reused checks remember quiet text', () => {
  // indefinite-article leaves out a/an whose few words gave no finding
  // before: the memory must never hide a finding.
  const findings = async (text: string) =>
    (await lint(text, [indefiniteArticle])).map((message) => message.place && 'start' in message.place ? message.place.start.column + ' ' + message.reason : '')

  it('finds the same a/an problems however often text is seen', async () => {
    const text = 'He waited a year. She ate a apple, then an hour later a apple.'
    const first = await findings(text)
    expect(first).toHaveLength(2)
    expect(await findings(text)).toEqual(first)
    expect(await findings('A apple fell from a tree.')).toHaveLength(1)
  })

  it('puts no syntax nodes on their messages (a report holds findings, not trees)', async () => {
    const messages = await lint('It was a apple.  Then then it fell.', [indefiniteArticle, repeatedWords, sentenceSpacing])
    expect(messages.map((message) => message.ruleId).sort()).toEqual(['indefinite-article', 'repeated-words', 'sentence-spacing'])
    for (const message of messages) {
      expect(message.ancestors).toBeUndefined()
      expect(JSON.stringify(message)).not.toContain('Node')
    }
  })

  it('tells a sentence-initial `A` from one inside a name', async () => {
    // `Station A apple` is quiet (a letter, not an article); the same words
    // opening a sentence are not.
    expect(await findings('The Station A apple stand shut.')).toEqual([])
    expect(await findings('A apple stand shut.')).toEqual(['1 Unexpected article `A` before `apple`, expected `An`'])
  })
})
