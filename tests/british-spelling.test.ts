/**
 * `british-spelling`: what the docs page cannot show. The generated VarCon
 * table is up to date (skipped when ../shared/varcon is absent), every
 * context rule's examples hold, and style data extends the names.
 */
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {buildJson, outputFile, varconFolder} from '../scripts/build-british-spelling.js'
import {fixUntilStable} from '../src/engine/fix.js'
import britishSpelling from '../rules/british-spelling/index.js'
import house from '../rules/data/british-spelling.json' with {type: 'json'}
import varcon from '../rules/data/british-spelling-varcon.json' with {type: 'json'}
import {lint} from './lint.js'

const run = (text: string, options: object = {}) => lint(text, [[britishSpelling, ['warn', options]]])

describe.skipIf(!fs.existsSync(path.join(varconFolder, 'varcon.txt')))('british-spelling data (../shared/varcon)', () => {
  it('is what `npm run build:data` makes from VarCon (else run it)', () => {
    expect(fs.readFileSync(outputFile, 'utf8') === buildJson(), 'rules/data/british-spelling-varcon.json is stale: run `npm run build:data`').toBe(true)
  })
})

describe('british-spelling data', () => {
  it('carries VarCon’s copyright and permission notice', () => {
    expect(varcon.licence).toContain('Copyright 2000-2019 by Kevin Atkinson')
    expect(varcon.licence).toContain('Permission to use, copy, modify, distribute and sell')
  })

  it('never lists a form VarCon accepts as British, and keeps the -ize form', () => {
    const words = varcon.words as Record<string, unknown>
    for (const form of ['among', 'judgment', 'aging', 'program', 'practice', 'license', 'check', 'tire', 'meter', 'story']) {
      expect(words[form], form).toBeUndefined()
    }
    expect(words['center']).toBe('centre')
    expect(words['organization']).toEqual(['organisation', null])
    expect(words['percent']).toBeUndefined()
  })

  it('lists as American variants only forms American spelling does not prefer', () => {
    const variants = varcon.variants as Record<string, boolean>
    expect(variants['marshall']).toBe(true)
    expect(variants['center']).toBeUndefined()
  })

  for (const context of Object.values(house.contexts)) {
    for (const example of context.examples ?? []) {
      it('context ' + context.sense + ': ' + example.from + ' -> ' + example.to, async () => {
        const fixed = await fixUntilStable(example.from, (text) => run(text))
        expect(fixed.text).toBe(example.to)
      })
    }
  }
})

describe('british-spelling', () => {
  it('reports the offending part only, with the place and fix', async () => {
    const [message, ...rest] = await run('The well-organized non-defense plan.')
    expect(message?.actual).toBe('organized')
    expect(message?.expected).toEqual(['organised'])
    expect(rest.map((other) => other.actual)).toEqual(['defense'])
  })

  it('extends the names from style data', async () => {
    const style = {name: 'mine', extends: 'the-national', data: {'british-spelling': {names: {Harbor: true, Labor: null}}}}
    expect(await run('Harbor officials met.')).toHaveLength(1)
    expect(await run('Harbor officials met.', {style})).toHaveLength(0)
    expect(await run('Labor won.')).toHaveLength(0)
    expect(await run('Labor won.', {style})).toHaveLength(1)
  })

  it('takes a sentence-initial word the article capitalises elsewhere for a name', async () => {
    expect(await run('Favor went on. The report by Favor was out.')).toHaveLength(0)
    expect(await run('Favor went to the others.')).toHaveLength(1)
  })

  it('takes a sentence-initial word followed as a person is (speech verb, possessive, `, who`) for a name', async () => {
    expect(await run('Favor said so.')).toHaveLength(0)
    expect(await run('Favor’s view won.')).toHaveLength(0)
    expect(await run('Favor, who ran, lost.')).toHaveLength(0)
    expect(await run('Favor, they say, went.')).toHaveLength(1)
  })

  it('takes a sentence-initial form that American spelling too has only as a variant for a name (`Marshall`)', async () => {
    expect(await run('Marshall is the one they chose.')).toHaveLength(0)
    const [message] = await run('He was made a field marshall.')
    expect(message?.expected).toEqual(['marshal'])
  })

  it('fails on a context for a sense VarCon does not have', async () => {
    const style = {
      name: 'bad',
      extends: 'the-national',
      data: {'british-spelling': {contexts: {bad: {forms: ['program'], sense: 'program <Adj>'}}}}
    }
    // Style data is resolved once, when the rule is attached: a bad style fails before any text.
    await expect(run('A program.', {style})).rejects.toThrow(
      'Invalid style data for `british-spelling`: no VarCon sense `program <Adj>` with a British form for `program`'
    )
  })
})
