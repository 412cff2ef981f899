/**
 * A config's `overrides` (src/engine/overrides.ts): other options for the
 * files under a folder or the Markdown articles of a section, in the real
 * CLI and language server, and the preset set up once per set of overrides.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {afterEach, describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {ConfigFinder, configOptions, presetPerConfig} from '../src/engine/config.js'
import {fileOptions, frontMatterSection} from '../src/engine/overrides.js'
import type {Options} from '../src/engine/preset.js'
import {project, runCli} from './cli-project.js'
import {LspClient} from './server-client.js'

/** A later mention by surname alone: a finding in news copy, none in sport. */
const article = 'SDF spokesman Mustafa Bali said the town had fallen. Bali said fighters were trapped.\n'
const sportStyle = {name: 'sport', extends: 'the-national', data: {honorifics: {laterMention: 'surname'}}}

const run = (cwd: string, args: Array<string>) => runCli(cwd, args)

/** Per file path, its findings as `ruleId:severity`. */
function findings(stdout: string): Record<string, Array<string>> {
  const files = JSON.parse(stdout) as Array<{path: string; messages: Array<{ruleId: string; fatal: boolean | null}>}>
  return Object.fromEntries(
    files.map((file) => [file.path, file.messages.map((message) => message.ruleId + ':' + (message.fatal ? 'error' : message.fatal === false ? 'warning' : 'info'))])
  )
}

function frontMatter(section: string): string {
  return '---\ntitle: Hajin\nsection: ' + section + '\n---\n\n' + article
}

describe('config overrides in the CLI', () => {
  it('gives a sport folder surname-alone later mentions, and news copy the house form', () => {
    const cwd = project({
      '.housestylerc.json': JSON.stringify({overrides: [{files: ['sport/**'], style: sportStyle}]}),
      'sport/match.txt': article,
      'news/town.txt': article
    })
    const result = findings(run(cwd, ['-r', 'json', '.']).stdout)
    expect(result['sport/match.txt']).toEqual(['acronyms:info'])
    expect(result['news/town.txt']).toEqual(['acronyms:info', 'honorifics:warning'])
  })

  it('gives a Markdown article whose front matter says `section: sport` the override, and no other', () => {
    const cwd = project({
      '.housestylerc.yaml': 'overrides:\n  - section: sport\n    style:\n      name: sport\n      extends: the-national\n      data:\n        honorifics:\n          laterMention: surname\n',
      'copy/sport.md': frontMatter('sport'),
      'copy/news.md': frontMatter('news'),
      'copy/broken.md': '---\nsection: [sport\n---\n\n' + article,
      'copy/plain.txt': frontMatter('sport')
    })
    const result = run(cwd, ['-r', 'json', 'copy'])
    const byFile = findings(result.stdout)
    expect(byFile['copy/sport.md']).toEqual(['acronyms:info'])
    expect(byFile['copy/news.md']).toEqual(['acronyms:info', 'honorifics:warning'])
    // A front matter that does not parse names no section; plain text has no front matter.
    expect(byFile['copy/broken.md']).toEqual(['acronyms:info', 'honorifics:warning'])
    expect(byFile['copy/plain.txt']).toContain('honorifics:warning')
    expect(result.code).toBe(0)
  })

  it('applies an override with `files` and `section` only where both match', () => {
    const cwd = project({
      '.housestylerc.json': JSON.stringify({overrides: [{files: ['sport/**'], section: ['sport', 'racing'], rules: {honorifics: 'off'}}]}),
      'sport/match.md': frontMatter('racing'),
      'sport/column.md': frontMatter('opinion'),
      'news/match.md': frontMatter('sport')
    })
    const result = findings(run(cwd, ['-r', 'json', '.']).stdout)
    expect(result['sport/match.md']).toEqual(['acronyms:info'])
    expect(result['sport/column.md']).toEqual(['acronyms:info', 'honorifics:warning'])
    expect(result['news/match.md']).toEqual(['acronyms:info', 'honorifics:warning'])
  })

  it('lets later overrides win, and resolves an override’s style path from the config file', () => {
    const cwd = project({
      'desk/.housestylerc.json': JSON.stringify({
        rules: {honorifics: 'warn'},
        overrides: [
          {files: ['sport/**', '*.sport.txt'], style: './styles/sport.json'},
          {files: ['sport/live/**'], rules: {honorifics: 'error'}, style: 'the-national'}
        ]
      }),
      'desk/styles/sport.json': JSON.stringify(sportStyle),
      'desk/sport/match.txt': article,
      'desk/sport/live/blog.txt': article,
      'desk/news/derby.sport.txt': article
    })
    const result = findings(run(cwd, ['-r', 'json', 'desk']).stdout)
    expect(result['desk/sport/match.txt']).toEqual(['acronyms:info'])
    expect(result['desk/news/derby.sport.txt']).toEqual(['acronyms:info'])
    expect(result['desk/sport/live/blog.txt']).toEqual(['acronyms:info', 'honorifics:error'])
  })

  it('runs the README’s sport example as it says', () => {
    const readme = fs.readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8')
    const section = readme.slice(readme.indexOf('\n## Configuration\n'), readme.indexOf('\n### Styles\n'))
    const example = [...section.matchAll(/```json\n([^]*?)```/gu)].map((match) => match[1]!).find((block) => block.includes('"overrides"'))
    const cwd = project({
      '.housestylerc.json': example!,
      'sport/match.txt': article,
      'news/derby.sport.md': article,
      'news/derby.md': frontMatter('sport'),
      'news/town.md': frontMatter('news')
    })
    expect(findings(run(cwd, ['-r', 'json', '.']).stdout)).toEqual({
      'news/derby.md': ['acronyms:info'],
      'news/derby.sport.md': ['acronyms:info'],
      'news/town.md': ['acronyms:info', 'honorifics:warning'],
      'sport/match.txt': ['acronyms:info']
    })
  })

  it('names the file and the key of a bad override, once for all its files', () => {
    const cwd = project({
      '.housestylerc.json': JSON.stringify({overrides: [{files: ['sport/**'], rules: {honorifics: ['warn', {bogus: true}]}}]}),
      'sport/a.txt': article,
      'sport/b.txt': article,
      'news/c.txt': article
    })
    const result = run(cwd, ['.'])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(
      'house-style: Invalid configuration in `' + path.join(cwd, '.housestylerc.json') + '`: `overrides[0].rules.honorifics`: unknown key `bogus` (3 files not linted)\n'
    )
  })
})

describe('checking overrides', () => {
  const file = '/copy/.housestylerc.json'
  const error = (config: unknown) => () => configOptions(config, file)
  it.each([
    [{overrides: {files: ['sport/**']}}, '`overrides` must be an array, not an object'],
    [{overrides: [{rules: {honorifics: 'off'}}]}, '`overrides[0]` must have `files`, `section` or both'],
    [{overrides: [{files: 'a/**'}, {files: ['b/**'], severity: 'warn'}]}, 'Unknown key `overrides[1].severity`'],
    [{overrides: [{files: []}]}, '`overrides[0].files` must be a string or a non-empty array of strings'],
    [{overrides: [{files: ['../elsewhere/**']}]}, '`overrides[0].files[0]` must be a glob relative to the config file'],
    [{overrides: [{section: 'sport', rules: {honorifics: 'loud'}}]}, '`overrides[0].rules.honorifics` must be one of "off", "info", "warn", "error"'],
    [{overrides: [{section: 'sport', rules: {honorific: 'off'}}]}, 'Unknown rule `honorific` in `overrides[0].rules`'],
    [{overrides: [{section: 'sport', style: 'sports'}]}, '`overrides[0].style`: Cannot find style `sports`'],
    [{overrides: [{section: 'sport', style: {name: 'sport', extends: 'the-national', data: {honorifics: {laterMention: 'none'}}}}]}, '`overrides[0].style`: Invalid style']
  ])('rejects %j', (config, message) => {
    expect(error(config)).toThrow('Invalid configuration in `' + file + '`: ' + message)
  })
})

describe('the options of a file', () => {
  const folder = project({
    '.housestylerc.json': JSON.stringify({
      rules: {'group-names': ['warn', {quotes: 'report'}]},
      overrides: [
        {files: ['sport/**'], style: sportStyle, rules: {'group-names': 'error'}},
        {section: 'sport', rules: {honorifics: 'off'}}
      ]
    })
  })
  const configs = new ConfigFinder({maxBytes: 1e6, detect: true, onScript: () => undefined})
  const optionsOf = (name: string, value?: string): Options => {
    const filePath = path.join(folder, name)
    return fileOptions(configs.configFor(filePath), filePath, value)
  }

  it('merges rules as ESLint does: a severity alone keeps the options below it', () => {
    expect(optionsOf('sport/a.txt')).toEqual({style: sportStyle, rules: {'group-names': ['error', {quotes: 'report'}]}})
    expect(optionsOf('news/a.md', frontMatter('sport'))).toEqual({rules: {'group-names': ['warn', {quotes: 'report'}], honorifics: 'off'}})
    expect(optionsOf('news/a.md', frontMatter('news'))).toBe(configs.configFor(path.join(folder, 'news/a.md')).options)
  })

  it('is one object per config and set of overrides: the preset is set up once for 10,000 sport files', async () => {
    let setUp = 0
    const attacher = presetPerConfig(
      (file) => optionsOf(file.path, String(file.value)),
      () => {
        setUp++
        return async () => undefined
      }
    )
    const transform = (attacher as unknown as () => (tree: unknown, file: VFile) => Promise<void>).call({})
    for (let index = 0; index < 10_000; index++) {
      await transform({type: 'RootNode', children: []}, new VFile({path: 'sport/story-' + index + '.txt', value: article}))
      await transform({type: 'RootNode', children: []}, new VFile({path: 'sport/report-' + index + '.md', value: frontMatter('sport')}))
      await transform({type: 'RootNode', children: []}, new VFile({path: 'news/story-' + index + '.md', value: frontMatter('sport')}))
      await transform({type: 'RootNode', children: []}, new VFile({path: 'news/story-' + index + '.txt', value: article}))
    }
    // sport/ alone, sport/ with the section, the section alone, neither.
    expect(setUp).toBe(4)
  })

  it('reads the section from a leading YAML block only, and passes over one that does not parse', () => {
    expect(frontMatterSection(frontMatter('sport'))).toBe('sport')
    expect(frontMatterSection(Buffer.from('\uFEFF---\r\nsection: sport\r\n---\r\n' + article))).toBe('sport')
    expect(frontMatterSection('\n---\nsection: sport\n---\n')).toBeUndefined()
    expect(frontMatterSection('---\nsection: [sport\n---\n')).toBeUndefined()
    expect(frontMatterSection('---\nsection: &a [*a]\n---\n')).toBeUndefined()
    expect(frontMatterSection('---\nsection: sport\n')).toBeUndefined()
    expect(frontMatterSection('---\nsection: 3\n---\n')).toBeUndefined()
  })
})

describe('config overrides in the language server', {timeout: 30_000}, () => {
  const clients: Array<LspClient> = []
  afterEach(() => {
    for (const client of clients.splice(0)) client.kill()
  })

  const honorifics = (published: {diagnostics: Array<{code?: string}>}) => published.diagnostics.filter((diagnostic) => diagnostic.code === 'honorifics').length

  it('applies overrides by folder and by the front matter of the document’s current text', async () => {
    const folder = project({
      '.housestylerc.json': JSON.stringify({overrides: [{files: ['sport/**'], style: sportStyle}, {section: 'sport', style: sportStyle}]})
    })
    const client = new LspClient(folder)
    clients.push(client)
    await client.initialize(folder)
    const sport = pathToFileURL(path.join(folder, 'sport/match.txt')).href
    const news = pathToFileURL(path.join(folder, 'news/town.txt')).href
    // Waiting before opening: the client waits for diagnostics published after the call.
    const published = [client.diagnostics(sport), client.diagnostics(news)]
    client.open(sport, article)
    client.open(news, article)
    expect((await Promise.all(published)).map(honorifics)).toEqual([0, 1])
    const markdown = pathToFileURL(path.join(folder, 'copy/story.md')).href
    for (const [version, section, count] of [[1, 'news', 1], [2, 'sport', 0], [3, 'news', 1]] as const) {
      const next = client.diagnostics(markdown, (message) => message.version === version)
      if (version === 1) client.open(markdown, frontMatter(section), 'markdown')
      else client.change(markdown, version, frontMatter(section))
      expect(honorifics(await next), section).toBe(count)
    }
  })
})
