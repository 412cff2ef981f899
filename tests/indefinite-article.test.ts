/**
 * `indefinite-article`: what the docs page cannot show. The consonant
 * sounds and function words are style data.
 */
import {describe, expect, it} from 'vitest'
import indefiniteArticle from '../rules/indefinite-article.js'
import {lint} from './lint.js'

const check = (text: string, options: object = {}) => lint(text, [[indefiniteArticle, ['warn', options]]])

describe('indefinite-article', () => {
  it('reads the consonant sounds from style data', async () => {
    const style = {name: 'campus', extends: 'the-national', data: {'indefinite-article': {consonantSounds: ['eu', 'uni']}}}
    expect(await check('She started a uni course.')).toHaveLength(1)
    expect(await check('She started a uni course.', {style})).toHaveLength(0)
  })

  it('reads the function words from style data', async () => {
    const style = {name: 'loose', extends: 'the-national', data: {'indefinite-article': {functionWords: ['the']}}}
    expect(await check('It passed such as a as a must-pass bill.')).toHaveLength(0)
    expect(await check('It passed such as a as a must-pass bill.', {style})).toHaveLength(1)
  })
})
