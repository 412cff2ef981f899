/**
 * Styles and options: by name, by path, as objects, extended; bad values
 * fail with the key and where it came from.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {loadStyle, resolveRules} from '../src/index.js'
import {lintWith} from './lint.js'

function tempStyle(name: string, value: unknown): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'house-style-'))
  const file = path.join(folder, name)
  fs.writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value))
  return file
}

describe('styles', () => {
  it('loads the default style by name', () => {
    expect(loadStyle('the-national').name).toBe('the-national')
    expect(loadStyle(undefined)).toBe(loadStyle('the-national'))
  })

  it('merges a style over the one it extends: objects merge, null removes', async () => {
    const style = {
      name: 'mine',
      extends: 'the-national',
      data: {abbreviations: {abbreviations: {'U.S.': null, 'Ph.D.': 'PhD'}}}
    }
    const messages = await lintWith('The U.S. envoy has a Ph.D. and works at the U.N. office.', {style})
    expect(messages.map((message) => [message.actual, message.expected])).toEqual([
      ['Ph.D.', ['PhD']],
      ['U.N.', ['UN']]
    ])
  })

  it('reads a style file by path, relative to the folder given', async () => {
    const file = tempStyle('guardian.json', {
      name: 'guardian',
      extends: 'the-national',
      data: {groups: {ISIS: null, Isis: {variants: {ISIS: {}, ISIL: {}}}}}
    })
    const messages = await lintWith('ISIS and ISIL fighters.', {style: file})
    expect(messages.map((message) => [message.actual, message.expected])).toEqual([
      ['ISIS', ['Isis']],
      ['ISIL', ['Isis']]
    ])
    expect(loadStyle('./guardian.json', path.dirname(file)).name).toBe('guardian')
  })

  it('names the key and the file of a bad style', () => {
    const file = tempStyle('bad.json', {name: 'bad', data: {abbreviations: {abbreviations: {'U.S.': 3}}}})
    expect(() => resolveRules({style: file})).toThrow(
      'Invalid style `' + file + '`: `data.abbreviations.abbreviations["U.S."]` must be string'
    )
    const unknown = tempStyle('unknown.json', {name: 'bad', colour: 'red'})
    expect(() => loadStyle(unknown)).toThrow('Invalid style `' + unknown + '`: unknown key `colour`')
  })

  it('says where rule data that became the model’s went (`data.group-names.groups` is `data.groups`)', () => {
    const old = tempStyle('old.json', {name: 'old', data: {'group-names': {groups: {Isis: {variants: {ISIL: {}}}}}}})
    expect(() => resolveRules({style: old})).toThrow(
      'Invalid style `' + old + '`: `data.group-names.groups` is now `data.groups`, shared by the rules that read it'
    )
    const people = tempStyle('people.json', {name: 'old', data: {honorifics: {people: {}}}})
    expect(() => resolveRules({style: people})).toThrow('`data.honorifics.people` is now `data.people`')
  })

  it('rejects unreadable, unparsable, unknown and circular styles clearly', () => {
    expect(() => loadStyle('the-times')).toThrow('Cannot find style `the-times`: expected one of `the-national`')
    expect(() => loadStyle('/nowhere/style.json')).toThrow('Cannot read style file `/nowhere/style.json`')
    const broken = tempStyle('broken.json', '{"name": ')
    expect(() => loadStyle(broken)).toThrow('Cannot parse style file `' + broken + '`')
    const loop = tempStyle('loop.json', {name: 'loop', extends: './loop.json'})
    expect(() => loadStyle(loop)).toThrow('it extends itself')
  })
})

describe('options', () => {
  it('switches rules off and sets their severity', async () => {
    const text = 'ISIL and the U.S.'
    const all = await lintWith(text, {})
    expect(all.map((message) => [message.ruleId, message.fatal])).toEqual([
      ['group-names', true],
      ['abbreviations', true]
    ])
    const some = await lintWith(text, {rules: {'group-names': 'off', abbreviations: 'warn'}})
    expect(some.map((message) => [message.ruleId, message.fatal])).toEqual([['abbreviations', false]])
  })

  it('passes rule options', async () => {
    const text = '"ISIL is finished," he said.'
    expect(await lintWith(text, {})).toEqual([])
    const messages = await lintWith(text, {rules: {'group-names': ['warn', {quotes: 'report'}]}})
    expect(messages.map((message) => message.actual)).toEqual(['ISIL'])
  })

  it('names the bad key of bad options', () => {
    expect(() => resolveRules({rules: {'group-names': 'warning' as 'warn'}})).toThrow(
      '`rules.group-names` must be one of "off", "info", "warn", "error"'
    )
    expect(() => resolveRules({rules: {'group-name': 'warn'}})).toThrow(
      'Unknown rule `group-name` in options `rules`: expected one of'
    )
    expect(() => resolveRules({rules: {'group-names': ['warn', {quotes: 'always'}]}})).toThrow(
      'Invalid options for rule `group-names`: `quotes` must be one of "skip", "report"'
    )
    expect(() => resolveRules({colour: 'red'} as never)).toThrow('unknown key `colour`')
  })
})

describe('built-in data', () => {
  // Loading skips validating the built-in styles and defaults (for start-up time), so check them here.
  it('validates every built-in style against the style schema', async () => {
    const {builtInStyles, styleSchema} = await import('../src/kit/style.js')
    const {validate} = await import('../src/kit/validate.js')
    const {readFileSync} = await import('node:fs')
    for (const name of builtInStyles()) {
      const data: unknown = JSON.parse(readFileSync(new URL('../rules/styles/' + name + '.json', import.meta.url), 'utf8'))
      expect(() => validate(styleSchema, data, 'built-in style ' + name)).not.toThrow()
    }
  })

  it('validates every rule’s default data against its schema', async () => {
    const {rules} = await import('../src/index.js')
    const {validate} = await import('../src/kit/validate.js')
    for (const rule of rules) {
      if (rule.meta.data) expect(() => validate(rule.meta.data!.schema, rule.meta.data!.defaults, 'default data of ' + rule.meta.id)).not.toThrow()
    }
    const {modelBlockNames, modelData, modelSchemas} = await import('../src/kit/model.js')
    const {loadStyle} = await import('../src/kit/style.js')
    for (const name of modelBlockNames) {
      expect(() => validate(modelSchemas[name], modelData(loadStyle(undefined), name), 'default data of the model’s ' + name)).not.toThrow()
    }
  })
})

describe('validate', () => {
  it('still rejects `{}` where a key is required (the empty-object shortcut is only for schemas that accept it)', async () => {
    const {validate} = await import('../src/kit/validate.js')
    const schema = {type: 'object', required: ['name'], properties: {name: {type: 'string'}}}
    expect(() => validate(schema, {}, 'Invalid thing')).toThrow('Invalid thing: the value is missing `name`')
    expect(() => validate({type: 'object', additionalProperties: false, properties: {}}, {}, 'Invalid thing')).not.toThrow()
    expect(() => validate({type: 'array'}, {}, 'Invalid thing')).toThrow('Invalid thing: the value must be array')
  })
})
