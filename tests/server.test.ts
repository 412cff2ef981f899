/**
 * `house-style-language-server`, driven as an editor drives it: the built
 * binary over stdio, documents opened and edited, code actions requested and
 * their edits applied.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterEach, describe, expect, it} from 'vitest'
import {fixUntilStable} from '../src/engine/fix.js'
import {lint} from './lint.js'
import {applyEdits, LspClient, serverBin, type CodeAction, type Diagnostic, type PublishedDiagnostics} from './server-client.js'

const draft = 'ISIL fighters held the town, U.N. officials said.\n'
/** Two bytes per `é` and three per `’` in UTF-8, one UTF-16 unit each. */
const nonAscii = 'Le café’s owner said ISIL fighters held the town.\n'

const clients: Array<LspClient> = []
afterEach(() => {
  for (const client of clients.splice(0)) client.kill()
})

function project(files: Record<string, string>): string {
  const folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'house-style-server-')))
  for (const [name, value] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(folder, name)), {recursive: true})
    fs.writeFileSync(path.join(folder, name), value)
  }
  return folder
}

async function start(folder: string): Promise<LspClient> {
  const client = new LspClient(folder)
  clients.push(client)
  await client.initialize(folder)
  return client
}

function uriOf(folder: string, name: string): string {
  return pathToFileURL(path.join(folder, name)).href
}

async function codeActions(client: LspClient, uri: string, diagnostics: Array<Diagnostic>, only?: Array<string>): Promise<Array<CodeAction>> {
  const range = diagnostics[0]?.range ?? {start: {line: 0, character: 0}, end: {line: 0, character: 0}}
  const response = await client.request('textDocument/codeAction', {textDocument: {uri}, range, context: {diagnostics, only}})
  expect(response.error).toBeUndefined()
  return response.result as Array<CodeAction>
}

function summary(published: PublishedDiagnostics) {
  return published.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range.start.line, diagnostic.range.start.character, diagnostic.severity])
}

// Each test starts a server (a second or two on a busy machine).
describe('house-style-language-server', {timeout: 30_000}, () => {
  it('is built', () => {
    expect(fs.existsSync(serverBin), 'run `npm run build` first').toBe(true)
  })

  it('publishes diagnostics with rule, docs link, severity and fix when a document opens', async () => {
    const folder = project({})
    const client = await start(folder)
    const uri = uriOf(folder, 'article.txt')
    client.open(uri, draft)
    const published = await client.diagnostics(uri)
    expect(published.version).toBe(1)
    expect(published.diagnostics[0]).toMatchObject({
      range: {start: {line: 0, character: 0}, end: {line: 0, character: 4}},
      severity: 1,
      source: 'retext-house-style',
      code: 'group-names',
      message: 'Use `ISIS`, not `ISIL`',
      codeDescription: {href: expect.stringMatching(/docs\/rules\/group-names\.md$/)}
    })
    expect(summary(published)).toEqual([
      ['group-names', 0, 0, 1],
      ['abbreviations', 0, 29, 1]
    ])
  })

  it('takes a style and rule settings from the editor over the config, and logs a malformed one', async () => {
    const folder = project({'.housestylerc.json': JSON.stringify({rules: {abbreviations: 'warn'}})})
    const client = new LspClient(folder)
    clients.push(client)
    await client.initialize(folder, {rules: {'group-names': 'off'}})
    const uri = uriOf(folder, 'a.txt')
    const text = 'ISIL fighters left the center, U.N. officials said.\n'
    client.open(uri, text)
    const codes = (published: PublishedDiagnostics) => published.diagnostics.map((diagnostic) => diagnostic.code + ':' + diagnostic.severity).sort()
    // The config's `abbreviations: warn` stays; the editor turns group-names off.
    expect(codes(await client.diagnostics(uri))).toEqual(['abbreviations:2', 'british-spelling:1'])
    // A style from the settings: the American agency's spelling and abbreviations.
    client.notify('workspace/didChangeConfiguration', {settings: {houseStyle: {style: 'us-agency', rules: null}}})
    expect(codes(await client.diagnostics(uri, (published) => !codes(published).includes('british-spelling:1')))).toEqual(['group-names:1'])
    // Back to the config's own.
    client.notify('workspace/didChangeConfiguration', {settings: {houseStyle: {style: '', rules: {}}}})
    expect(codes(await client.diagnostics(uri, (published) => published.diagnostics.length === 3))).toEqual(['abbreviations:2', 'british-spelling:1', 'group-names:1'])
    // A style that does not exist: one diagnostic naming it, not a crash.
    client.notify('workspace/didChangeConfiguration', {settings: {houseStyle: {style: 'the-nation'}}})
    const bad = await client.diagnostics(uri, (published) => published.diagnostics.length === 1)
    expect(bad.diagnostics[0]!.message).toContain('Invalid house-style settings in the editor: Cannot find style `the-nation`')
    client.notify('workspace/didChangeConfiguration', {settings: {houseStyle: {rules: 'all'}}})
    await client.diagnostics(uri, () => true, 2000).catch(() => undefined)
    expect(client.logs.some((log) => log.includes('`settings.houseStyle.rules` must be an object'))).toBe(true)
  })

  it('keeps a rule’s options from the config when the editor sets its severity alone, as config overrides do', async () => {
    const folder = project({'.housestylerc.json': JSON.stringify({rules: {acronyms: ['info', {quotes: 'report'}]}})})
    const client = new LspClient(folder)
    clients.push(client)
    await client.initialize(folder, {rules: {acronyms: 'warn'}})
    const uri = uriOf(folder, 'a.txt')
    client.open(uri, '"The PYD is strong," he said.\n')
    const published = await client.diagnostics(uri)
    expect(published.diagnostics.map((diagnostic) => diagnostic.code + ':' + diagnostic.severity)).toEqual(['acronyms:2'])
  })

  it('warms up after start-up (every rule on, in its own lint), says so in its log, without changing what documents get, and logs a malformed `warmUp`', async () => {
    const folder = project({})
    const client = new LspClient(folder)
    clients.push(client)
    await client.initialize(folder, {warmUp: true})
    const uri = uriOf(folder, 'article.txt')
    client.open(uri, draft)
    const opened = await client.diagnostics(uri)
    // Warm-up lints run once documents have not been linted for 250 ms; the log says when they are done.
    const warmed = () => client.logs.some((log) => /house-style: warmed up \(199 lints/u.test(log))
    for (let waited = 0; !warmed() && waited < 40_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100))
    expect(warmed()).toBe(true)
    client.change(uri, 2, draft + 'The center reopened.\n')
    const changed = await client.diagnostics(uri, (message) => message.version === 2)
    expect(summary(opened)).toEqual([
      ['group-names', 0, 0, 1],
      ['abbreviations', 0, 29, 1]
    ])
    expect(summary(changed)).toEqual([...summary(opened), ['british-spelling', 1, 4, 1]])
    const other = new LspClient(folder)
    clients.push(other)
    await other.initialize(folder, {warmUp: 'yes'})
    other.open(uri, draft)
    await other.diagnostics(uri)
    other.notify('workspace/didChangeConfiguration', {settings: {houseStyle: {warmUp: true}}})
    await other.diagnostics(uri, () => true, 1000).catch(() => undefined)
    expect(other.logs.some((log) => log.includes('`initializationOptions.warmUp` must be true or false'))).toBe(true)
    expect(other.logs.some((log) => log.includes('`settings.houseStyle.warmUp` is read at start-up only'))).toBe(true)
  }, 60_000)

  it('lints again as the user types, without a save', async () => {
    const folder = project({})
    const client = await start(folder)
    const uri = uriOf(folder, 'article.txt')
    client.open(uri, 'Officials said.\n')
    expect((await client.diagnostics(uri)).diagnostics).toEqual([])
    client.change(uri, 2, 'Officials said ISIL held it.\n')
    const published = await client.diagnostics(uri, (message) => message.version === 2)
    expect(summary(published)).toEqual([['group-names', 0, 15, 1]])
    expect(fs.existsSync(path.join(folder, 'article.txt'))).toBe(false)
  })

  it('offers each expected value as a quick fix, and applying it clears the diagnostic', async () => {
    const folder = project({})
    const client = await start(folder)
    const uri = uriOf(folder, 'article.txt')
    client.open(uri, draft)
    const published = await client.diagnostics(uri)
    const isil = published.diagnostics.filter((diagnostic) => diagnostic.code === 'group-names')
    const actions = await codeActions(client, uri, isil, ['quickfix'])
    expect(actions.map((action) => [action.title, action.kind, action.isPreferred])).toEqual([['Replace `ISIL` with `ISIS`', 'quickfix', true]])
    const fixed = applyEdits(draft, actions[0]!.edit!.changes![uri]!)
    expect(fixed).toBe('ISIS fighters held the town, U.N. officials said.\n')
    client.change(uri, 2, fixed)
    const after = await client.diagnostics(uri, (message) => message.version === 2)
    expect(summary(after)).toEqual([['abbreviations', 0, 29, 1]])
  })

  it('uses the range kept in `data`, not the range the client sends back (Neovim 0.7 sends bytes)', async () => {
    const folder = project({})
    const client = await start(folder)
    const uri = uriOf(folder, 'article.txt')
    client.open(uri, nonAscii)
    const published = await client.diagnostics(uri)
    const isil = published.diagnostics.find((diagnostic) => diagnostic.code === 'group-names')!
    expect(isil.range.start.character).toBe(21)
    // What Neovim 0.7 sends back: the columns in UTF-8 bytes (3 more here).
    const asBytes = {...isil, range: {start: {line: 0, character: 24}, end: {line: 0, character: 28}}}
    const actions = await codeActions(client, uri, [asBytes], ['quickfix'])
    expect(applyEdits(nonAscii, actions[0]!.edit!.changes![uri]!)).toBe('Le café’s owner said ISIS fighters held the town.\n')
  })

  it('offers no quick fix once the text under a diagnostic has changed', async () => {
    const folder = project({})
    const client = await start(folder)
    const uri = uriOf(folder, 'article.txt')
    client.open(uri, draft)
    const published = await client.diagnostics(uri)
    client.change(uri, 2, 'ISIS fighters held the town, U.N. officials said.\n')
    await client.diagnostics(uri, (message) => message.version === 2)
    expect(await codeActions(client, uri, published.diagnostics.slice(0, 1), ['quickfix'])).toEqual([])
  })

  it('fixes all in the document as `fixUntilStable` does, as a source.fixAll action', async () => {
    const folder = project({})
    const client = await start(folder)
    const uri = uriOf(folder, 'article.txt')
    const text = draft + '\n' + nonAscii
    client.open(uri, text)
    await client.diagnostics(uri)
    const actions = await codeActions(client, uri, [], ['source.fixAll'])
    expect(actions.map((action) => [action.title, action.kind])).toEqual([['Fix all house-style problems', 'source.fixAll']])
    const fixed = applyEdits(text, actions[0]!.edit!.changes![uri]!)
    expect(fixed).toBe((await fixUntilStable(text, lint)).text)
    expect(fixed).toBe('ISIS fighters held the town, UN officials said.\n\nLe café’s owner said ISIS fighters held the town.\n')
    client.change(uri, 2, fixed)
    expect((await client.diagnostics(uri, (message) => message.version === 2)).diagnostics).toEqual([])
    expect(await codeActions(client, uri, [], ['source.fixAll'])).toEqual([])
  })

  it('takes severity from the config file found from the document’s folder', async () => {
    const folder = project({
      '.housestylerc.json': JSON.stringify({rules: {'group-names': 'warn', abbreviations: 'off'}}),
      'desk/article.txt': ''
    })
    const client = await start(folder)
    const uri = uriOf(folder, 'desk/article.txt')
    client.open(uri, draft)
    expect(summary(await client.diagnostics(uri))).toEqual([['group-names', 0, 0, 2]])
  })

  it('reads YAML configs and a `houseStyle` field in package.json, and passes over a package.json without one', async () => {
    const folder = project({
      'package.json': JSON.stringify({name: 'copy', houseStyle: {rules: {abbreviations: 'off'}}}),
      'desk/package.json': JSON.stringify({name: 'desk'}),
      'wires/.housestylerc.yaml': 'rules:\n  group-names: warn\n'
    })
    const client = await start(folder)
    const desk = uriOf(folder, 'desk/article.txt')
    client.open(desk, draft)
    expect(summary(await client.diagnostics(desk))).toEqual([['group-names', 0, 0, 1]])
    const wires = uriOf(folder, 'wires/article.txt')
    client.open(wires, draft)
    expect(summary(await client.diagnostics(wires))).toEqual([
      ['group-names', 0, 0, 2],
      ['abbreviations', 0, 29, 1]
    ])
  })

  it('picks up a config file written while the document is open, at the next edit', async () => {
    const folder = project({})
    const client = await start(folder)
    const uri = uriOf(folder, 'article.txt')
    client.open(uri, draft)
    expect(summary(await client.diagnostics(uri))).toEqual([
      ['group-names', 0, 0, 1],
      ['abbreviations', 0, 29, 1]
    ])
    fs.writeFileSync(path.join(folder, '.housestylerc.json'), JSON.stringify({rules: {abbreviations: 'warn'}}))
    client.change(uri, 2, draft + '\n')
    expect(summary(await client.diagnostics(uri, (message) => message.version === 2))).toEqual([
      ['group-names', 0, 0, 1],
      ['abbreviations', 0, 29, 2]
    ])
  })

  it('after many edits gives the same findings as a fresh lint of the text', async () => {
    const folder = project({})
    const client = await start(folder)
    const uri = uriOf(folder, 'article.txt')
    const story = 'Colonel Sean Ryan said ISIL fighters held the town.\n\nRyan said U.N. officials left. Mr. Ryan said 3 people died.\n'
    client.open(uri, '')
    let version = 1
    for (let end = 1; end <= story.length; end += 9) client.change(uri, ++version, story.slice(0, end))
    client.change(uri, ++version, story)
    const last = version
    const published = await client.diagnostics(uri, (message) => message.version === last)
    const fresh = await lint(story)
    expect(published.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.message])).toEqual(fresh.map((message) => [message.ruleId, message.reason]))
  })

  it('gives no diagnostics to a document the ignore file matches', async () => {
    const folder = project({'.housestyleignore': 'wires/\n'})
    const client = await start(folder)
    const ignored = uriOf(folder, 'wires/article.txt')
    client.open(ignored, draft)
    expect((await client.diagnostics(ignored)).diagnostics).toEqual([])
    const linted = uriOf(folder, 'desk/article.txt')
    client.open(linted, draft)
    expect((await client.diagnostics(linted)).diagnostics).toHaveLength(2)
  })

  it('reports a bad config file as an error on the document', async () => {
    const folder = project({'.housestylerc.json': JSON.stringify({rules: {'no-such-rule': 'warn'}})})
    const client = await start(folder)
    const uri = uriOf(folder, 'article.txt')
    client.open(uri, draft)
    const [diagnostic] = (await client.diagnostics(uri)).diagnostics
    expect(diagnostic?.severity).toBe(1)
    expect(diagnostic?.message).toContain('Unknown rule `no-such-rule`')
  })

  it('still publishes diagnostics past a 16 KiB report (unified-language-server 4.1.0 hangs): 400 findings', async () => {
    const folder = project({})
    const client = await start(folder)
    const uri = uriOf(folder, 'article.txt')
    client.open(uri, draft.repeat(200))
    const published = await client.diagnostics(uri)
    expect(published.diagnostics).toHaveLength(400)
    expect(published.diagnostics.at(-1)?.range.start.line).toBe(199)
  })

  it('lints Markdown and HTML documents, leaving code and markup alone, by extension', async () => {
    const folder = project({})
    const client = await start(folder)
    const markdown = uriOf(folder, 'article.md')
    client.open(markdown, '# ISIL fighters\n\n```\nISIL\n```\n', 'markdown')
    expect(summary(await client.diagnostics(markdown))).toEqual([['group-names', 0, 2, 1]])
    const html = uriOf(folder, 'article.html')
    client.open(html, '<p class="ISIL">The <b>ISIL</b> fighters left.</p>\n<pre>ISIL</pre>\n', 'html')
    expect(summary(await client.diagnostics(html))).toEqual([['group-names', 0, 23, 1]])
  })

  it('places diagnostics, quick fixes and fix-all in HTML and Markdown exports with character references (issue #15)', async () => {
    const folder = project({})
    const client = await start(folder)
    const html = uriOf(folder, 'article.html')
    const text = '<p>Forces &quot;destroyed Daesh defenses&quot; and the [ISIS] organization&#x27;s <b>center</b>.</p>\n'
    client.open(html, text, 'html')
    const published = await client.diagnostics(html)
    // Each diagnostic's range holds the word it names (the server said
    // ``Use `ISIS`, not `oyed ` `` before).
    for (const diagnostic of published.diagnostics) {
      const [, written] = /not `([^`]+)`/u.exec(diagnostic.message) ?? []
      const line = text.split('\n')[diagnostic.range.start.line]!
      expect(line.slice(diagnostic.range.start.character, diagnostic.range.end.character)).toBe(written)
    }
    expect(summary(published).map(([code]) => code)).toEqual(['british-spelling', 'british-spelling', 'british-spelling'])
    const quick = await codeActions(client, html, published.diagnostics.slice(1, 2), ['quickfix'])
    expect(quick.map((action) => action.title)).toEqual(['Replace `organization` with `organisation`'])
    expect(applyEdits(text, quick[0]!.edit!.changes![html]!)).toBe(text.replace('organization', 'organisation'))
    const all = await codeActions(client, html, [], ['source.fixAll'])
    expect(applyEdits(text, all[0]!.edit!.changes![html]!)).toBe(
      '<p>Forces &quot;destroyed Daesh defences&quot; and the [ISIS] organisation&#x27;s <b>centre</b>.</p>\n'
    )
    const markdown = uriOf(folder, 'article.md')
    const source = 'A &quot;center&quot; of *U.S.* power.\n'
    client.open(markdown, source, 'markdown')
    await client.diagnostics(markdown)
    const fixAll = await codeActions(client, markdown, [], ['source.fixAll'])
    expect(applyEdits(source, fixAll[0]!.edit!.changes![markdown]!)).toBe('A &quot;centre&quot; of *US* power.\n')
  })

  it('respects disable comments', async () => {
    const folder = project({})
    const client = await start(folder)
    const uri = uriOf(folder, 'article.md')
    client.open(uri, '<!-- house-style-disable group-names -->\n\n' + draft, 'markdown')
    expect(summary(await client.diagnostics(uri))).toEqual([['abbreviations', 2, 29, 1]])
  })

  it('lints an unsaved buffer with the default style', async () => {
    const folder = project({})
    const client = await start(folder)
    client.open('untitled:Untitled-1', draft)
    expect((await client.diagnostics('untitled:Untitled-1')).diagnostics).toHaveLength(2)
  })

  it('leaves documents of other kinds alone', async () => {
    const folder = project({})
    const client = await start(folder)
    client.open(uriOf(folder, 'notes.py'), '# ISIL\n', 'python')
    const txt = uriOf(folder, 'article.txt')
    client.open(txt, draft)
    await client.diagnostics(txt)
    expect(client.published.map((message) => message.uri)).toEqual([txt])
  })
})
