/**
 * `repeated-words`: what the docs page cannot show. Quotes as the article
 * model reads them (a quote continued into the next paragraph, a quote in
 * Markdown after a character reference) and the doubles as style data.
 */
import {describe, expect, it} from 'vitest'
import repeatedWords from '../rules/repeated-words.js'
import {lint, lintWith, run} from './lint.js'

const check = (text: string, options: object = {}) => lint(text, [[repeatedWords, ['warn', options]]])

describe('repeated-words', () => {
  it('leaves a quote continued into the next paragraph to the speaker', async () => {
    const text = 'He said: “We went to the the market.\n\n“Then then we went home.”\n\nThe the end.\n'
    expect((await check(text)).map((message) => message.actual)).toEqual(['The the'])
    expect(await check(text, {quotes: 'report'})).toHaveLength(3)
  })

  it('finds the quotes of Markdown where the reader reads them', async () => {
    const file = await run('example.md', 'It&#x27;s “the the” end, and the the end.\n', [[repeatedWords, 'warn']])
    expect(file.messages.map((message) => [message.column, message.actual])).toEqual([[30, 'the the']])
  })

  it('reads the doubles from style data', async () => {
    const style = {name: 'strict', extends: 'the-national', data: {'repeated-words': {doubles: ['had', 'that']}}}
    expect(await check('What they do do is talk.')).toHaveLength(0)
    expect(await check('What they do do is talk.', {style})).toHaveLength(1)
  })
  it('counts only the findings it keeps against a limit on findings', async () => {
    expect(await lintWith('the the the the the end', {maxFindings: 3})).toEqual([])
    const limited = await lintWith('It was the the end. And the the start. Also the the middle. Then the the rest.', {maxFindings: 3})
    expect(limited.map((message) => message.ruleId)).toEqual(['too-many-findings'])
    // A flood of findings it drops (a run of 30,000) still stops at the limit, as the work must.
    const flood = await lintWith('the '.repeat(30_000), {maxFindings: 100})
    expect(flood.map((message) => message.ruleId)).toEqual(['too-many-findings'])
  })
})
