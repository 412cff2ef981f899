/**
 * `numbers`: what the docs page cannot show. The percent sign, the number
 * abbreviations and the days are style data; what a capital after a
 * percentage means.
 */
import {describe, expect, it} from 'vitest'
import numbers from '../rules/numbers/index.js'
import {lint} from './lint.js'

const check = (text: string, options: object = {}) => lint(text, [[numbers, ['warn', options]]])

describe('numbers', () => {
  it('leaves `%` in a range alone when the style writes `%`', async () => {
    const style = {name: 'signs', extends: 'the-national', data: {numbers: {percentVariants: ['percent']}}}
    expect(await check('Prices rose 20-25% this year.')).toHaveLength(1)
    expect(await check('Prices rose 20-25% this year.', {style})).toHaveLength(0)
  })

  it('reads the abbreviations of "number" from style data', async () => {
    const style = {name: 'volumes', extends: 'the-national', data: {numbers: {numberAbbreviations: ['No', 'Nos', 'Vol']}}}
    expect(await check('The answer is in Vol. 3 of the series.')).toHaveLength(1)
    expect(await check('The answer is in Vol. 3 of the series.', {style})).toHaveLength(0)
  })

  it('takes a capital that starts sentences after a percentage for a lost full stop, not a title', async () => {
    // The source dropped the full stop: `In` starts the next sentence.
    expect(await check('Sales dipped by 3.4% In the US, revenue grew.')).toHaveLength(1)
    expect(await check('He hosts 100% Homegrown on Radio 1.')).toHaveLength(0)
  })

  it('takes a day after a percentage for a day, not a title', async () => {
    expect(await check('Shares rose 3% Monday.')).toHaveLength(1)
    const style = {name: 'no-days', extends: 'the-national', data: {numbers: {weekdays: ['Sunday']}}}
    expect(await check('Shares rose 3% Monday.', {style})).toHaveLength(0)
  })
})
