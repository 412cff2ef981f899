/**
 * The built-in newsroom styles (`guardian`, `bbc`, `us-agency`) and the rule
 * behaviour they are made of, each a rule option or style data: the seed
 * draft gives each style's own naming, spelling and people findings, and each
 * knob works on its own.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import type {VFileMessage} from 'vfile-message'
import {applyFixes, builtInStyles, loadStyle, rules, type StyleData} from '../src/index.js'
import {validate} from '../src/kit/validate.js'
import {styleSchema} from '../src/kit/style.js'
import {lintWith} from './lint.js'

const seed = fs.readFileSync(fileURLToPath(new URL('../../shared/articles/hajin-unedited.txt', import.meta.url)), 'utf8')

/** `rule: actual -> expected` of each finding, `?` where there is no fix. */
async function findings(text: string, style: string | StyleData, rules?: Record<string, 'off' | 'warn'>): Promise<Array<string>> {
  const messages: Array<VFileMessage> = await lintWith(text, {style, ...(rules ? {rules} : {})})
  return messages.map((message) => message.ruleId + ': ' + message.actual?.trim() + ' -> ' + (message.expected?.[0]?.trim() ?? '?'))
}

/** `text` with the fixes applied, as `--fix` applies them. */
async function fixed(text: string, style: string | StyleData, rules: Record<string, 'off' | 'warn'>): Promise<string> {
  return applyFixes(text, await lintWith(text, {style, rules})).text
}

describe('built-in newsroom styles', () => {
  it('ships guardian, bbc and us-agency beside the default, and names them for an unknown style', () => {
    expect(builtInStyles()).toEqual(expect.arrayContaining(['the-national', 'guardian', 'bbc', 'us-agency']))
    expect(() => loadStyle('the-times')).toThrow('expected one of `the-national`, `guardian`, `bbc`, `us-agency`')
  })

  it('gives the guardian style’s findings on the seed draft', async () => {
    const found = await findings(seed, 'guardian')
    expect(found).toEqual(
      expect.arrayContaining([
        'group-names: ISIL -> Isis',
        'group-names: Islamic State -> Isis',
        'group-names: ISIS -> Isis',
        'abbreviations: U.S. -> US',
        'british-spelling: center -> centre',
        'british-spelling: organization -> organisation',
        'numbers: percent -> %',
        'honorifics: Mr Mahmoud -> Mehmud'
      ])
    )
    // No honorifics in news copy: a bare surname at a later mention is right.
    expect(found).not.toContain('honorifics: Bali -> Mr Bali')
  })

  it('leaves figures as the Guardian and the BBC print them, and the agency and the default ask for a source', async () => {
    const text = 'Thousands of protesters marched on Sunday. About 4,000 soldiers have reportedly been killed.\n'
    const attributions = async (style: string) => (await findings(text, style)).filter((finding) => finding.startsWith('figure-attribution:'))
    expect(await attributions('guardian')).toEqual([])
    expect(await attributions('bbc')).toEqual([])
    expect(await attributions('us-agency')).toHaveLength(2)
    expect(await attributions('the-national')).toHaveLength(2)
  })

  it('gives the bbc style’s findings on the seed draft', async () => {
    const found = await findings(seed, 'bbc')
    expect(found).toEqual(
      expect.arrayContaining([
        'group-names: Islamic State -> so-called Islamic State',
        'group-names: ISIS -> IS',
        'group-names: ISIL -> IS',
        'numbers: percent -> %',
        'british-spelling: center -> centre',
        'honorifics: Bali -> Mr Bali',
        'honorifics: Mr. Ryan -> Col Ryan'
      ])
    )
    // Ranks in full at first mention.
    expect(found.filter((finding) => finding.startsWith('ranks:'))).toEqual([])
  })

  it('gives the us-agency style’s findings on the seed draft', async () => {
    const found = await findings(seed, 'us-agency')
    expect(found).toEqual(
      expect.arrayContaining(['group-names: ISIS -> Islamic State', 'group-names: ISIL -> Islamic State', 'abbreviations: US -> U.S.', 'honorifics: Mr Mahmoud -> Mehmud'])
    )
    // The draft's US spelling, `U.S.`, `percent` and bare surnames are the agency's own.
    for (const rule of ['british-spelling', 'honorific-punctuation', 'ranks']) {
      expect(found.filter((finding) => finding.startsWith(rule + ':'))).toEqual([])
    }
    expect(found).not.toContain('abbreviations: U.S. -> US')
    expect(found.some((finding) => finding.startsWith('numbers: percent'))).toBe(false)
  })

  it('builds each newsroom style on the default, changing only data and options', () => {
    for (const name of ['guardian', 'bbc', 'us-agency']) {
      const file = fileURLToPath(new URL('../rules/styles/' + name + '.json', import.meta.url))
      const data = JSON.parse(fs.readFileSync(file, 'utf8')) as StyleData
      validate(styleSchema, data, name)
      expect(data.extends).toBe('the-national')
      expect(Object.keys(data.notes ?? {}).length).toBeGreaterThan(0)
    }
  })
})

describe('the knobs the styles are made of', () => {
  const only = (rule: string) => Object.fromEntries(rules.map(({meta}) => [meta.id, meta.id === rule ? 'warn' : 'off'])) as Record<string, 'off' | 'warn'>

  it('abbreviations: a table that adds full stops, taking the sentence’s own and leaving datelines alone', async () => {
    const style = {name: 'stops', extends: 'the-national', data: {abbreviations: {abbreviations: {'U.S.': null, US: 'U.S.', 'Calif.': 'California'}}}}
    expect(await findings('LOS ANGELES, Calif. (Reuters) - He went from Calif. to the US. The US-backed plan.', style, only('abbreviations'))).toEqual([
      'abbreviations: Calif. -> California',
      'abbreviations: US. -> U.S.',
      'abbreviations: US -> U.S.'
    ])
  })

  it('numbers: `%` or `percent` as the house form, from `per cent`, `percent` and `%`', async () => {
    const sign = {name: 'sign', extends: 'the-national', data: {numbers: {percent: '%', percentVariants: ['percent', 'per cent']}}}
    const text = 'It rose 40 percent, then 20 per cent, then a 20-percent rise, then 5%.'
    expect(await findings(text, sign, only('numbers'))).toEqual(['numbers: percent -> %', 'numbers: per cent -> %', 'numbers: -percent -> %'])
    // The sign is closed up to its figure.
    expect(await fixed(text, sign, only('numbers'))).toBe('It rose 40%, then 20%, then a 20% rise, then 5%.')
    const word = {name: 'word', extends: 'the-national', data: {numbers: {percent: 'percent', percentVariants: ['per cent', '%']}}}
    expect(await findings(text, word, only('numbers'))).toEqual(['numbers: per cent -> percent', 'numbers: % -> percent'])
  })

  it('british-spelling: `spelling: american` turns the rule round, from the same VarCon data', async () => {
    const style = {name: 'us', extends: 'the-national', rules: {'british-spelling': ['error', {spelling: 'american'}]}} as StyleData
    expect(await findings('The centre of the programme was colourful; he travelled to Lincoln Center.', style, only('british-spelling'))).toEqual([
      'british-spelling: centre -> center',
      'british-spelling: colourful -> colorful',
      'british-spelling: travelled -> traveled'
    ])
  })

  it('group-names: a first-mention form, then the house name', async () => {
    const style = {
      name: 'first',
      extends: 'the-national',
      data: {groups: {ISIS: null, IS: {first: 'so-called Islamic State', variants: {IS: {context: 'not-capitals'}, 'so-called Islamic State': {}, ISIS: {}}}}}
    }
    const text = 'Villagers fled.\n\nThe town fell to ISIS fighters. The so-called Islamic State later left, and IS fighters returned.'
    expect(await findings(text, style, only('group-names'))).toEqual(['group-names: ISIS -> so-called Islamic State', 'group-names: so-called Islamic State -> IS'])
    expect(await findings('Villagers fled.\n\nISIS fighters took the town.', style, only('group-names'))).toEqual(['group-names: ISIS -> So-called Islamic State'])
    expect(await findings('Villagers fled.\n\nThe so-called Islamic State (IS) took the town. IS fighters left.', style, only('group-names'))).toEqual([])
  })

  it('ranks: `firstMention: full` wants the rank in full first, abbreviated after', async () => {
    const style = {name: 'full', extends: 'the-national', data: {ranks: {firstMention: 'full'}}}
    const text = 'Army chiefs meet\n\nGen David Petraeus spoke. Colonel Sean Ryan agreed, in a Sgt Pepper jacket.\n\nThey met General Petraeus, and Colonel Ryan stayed.'
    expect(await findings(text, style, only('ranks'))).toEqual(['ranks: Gen -> General', 'ranks: General -> Gen', 'ranks: Colonel -> Col'])
    expect(await findings(text, 'the-national', only('ranks'))).toEqual(['ranks: Colonel -> Col', 'ranks: General -> Gen', 'ranks: Colonel -> Col'])
  })

  it('honorifics: with the surname alone at later mentions, `Mr X` is reported and a full name again is not', async () => {
    const style = {name: 'surnames', extends: 'the-national', data: {honorifics: {laterMention: 'surname'}}}
    const text = 'Talks resume\n\nSDF spokesman Mustafa Bali said on Twitter that talks would resume.\n\nMr Bali said later that Mustafa Bali was his name and Bali his surname.'
    expect(await findings(text, style, only('honorifics'))).toEqual(['honorifics: Mr Bali -> Bali'])
  })

  it('honorifics: `consistent` takes either form, one for each person, as the first later mention has it', async () => {
    const style = {name: 'entertainment', extends: 'the-national', data: {honorifics: {laterMention: 'consistent'}}}
    const text =
      'Awards night\n\nSinger Joss Stone won, and label boss Alan Campbell said he was proud.\n\n' +
      'Stone also performed. Mr Campbell said the album would follow. Ms Stone thanked Campbell.'
    expect(await findings(text, style, only('honorifics'))).toEqual(['honorifics: Ms Stone -> Stone', 'honorifics: Campbell -> Mr Campbell'])
  })
})

describe('a style written from docs/styles.md', () => {
  const fixture = fileURLToPath(new URL('fixtures/styles/gulf-weekly.json', import.meta.url))

  it('is the guide’s example, as written there', () => {
    const guide = fs.readFileSync(fileURLToPath(new URL('../docs/styles.md', import.meta.url)), 'utf8')
    const example = /Create `house-style.json`[\s\S]*?```json\n([\s\S]*?)```/u.exec(guide)![1]!
    const {$schema: _guide, ...written} = JSON.parse(example) as Record<string, unknown>
    const {$schema: _fixture, ...fixtureData} = JSON.parse(fs.readFileSync(fixture, 'utf8')) as Record<string, unknown>
    expect(fixtureData).toEqual(written)
  })

  it('loads, validates and lints', async () => {
    const style = loadStyle(fixture)
    expect(style.name).toBe('gulf-weekly')
    const found = await findings('Villagers fled.\n\nThe US-backed Islamic State fighters took 40 per cent of the centre.', fixture)
    expect(found).toEqual(expect.arrayContaining(['group-names: Islamic State -> Daesh', 'numbers: per cent -> %']))
    expect(found).not.toContain('british-spelling: centre -> center')
  })

  it('is found as an installed package that the `style` key names, and extended by that name', async () => {
    const project = fs.mkdtempSync(path.join(os.tmpdir(), 'style-package-'))
    const folder = path.join(project, 'node_modules', '@gulf-weekly', 'house-style')
    fs.mkdirSync(folder, {recursive: true})
    fs.writeFileSync(path.join(folder, 'package.json'), JSON.stringify({name: '@gulf-weekly/house-style', main: 'house-style.json'}))
    fs.copyFileSync(fixture, path.join(folder, 'house-style.json'))
    expect(loadStyle('@gulf-weekly/house-style', project).name).toBe('gulf-weekly')
    const child = path.join(project, 'sport.json')
    fs.writeFileSync(child, JSON.stringify({name: 'sport', extends: '@gulf-weekly/house-style', data: {honorifics: {laterMention: 'surname'}}}))
    expect(await findings('Villagers fled.\n\nIslamic State fighters left.', child, {'group-names': 'warn'})).toContain('group-names: Islamic State -> Daesh')
    // A package whose main file is code is refused, not run.
    const code = path.join(project, 'node_modules', 'house-style-code')
    fs.mkdirSync(code)
    fs.writeFileSync(path.join(code, 'package.json'), JSON.stringify({name: 'house-style-code', main: 'index.js'}))
    fs.writeFileSync(path.join(code, 'index.js'), 'throw new Error("ran")')
    expect(() => loadStyle('house-style-code', project)).toThrow('is not a JSON style file')
    expect(() => loadStyle('house-style-missing', project)).toThrow('Cannot find style `house-style-missing`')
  })
})
