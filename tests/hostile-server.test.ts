/**
 * The language server against hostile input (issue 22): broken frames,
 * params of the wrong type, documents over the size limit or long, rapid
 * edits of a long document, script configs, a lint that runs away. Each
 * test drives the built binary; it asserts what the server answers and in
 * which order, never how fast (`npm run bench:server` measures speed). The
 * hang guards only turn "never answers" into a failure.
 *
 * To see these fail on another build (the code before the change):
 * `HOUSE_STYLE_SERVER_BIN=/path/to/house-style-language-server.mjs npx vitest run tests/hostile-server.test.ts`.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {afterEach, describe, expect, it} from 'vitest'
import {LspClient, type PublishedDiagnostics} from './server-client.js'

const draft = 'ISIL fighters held the town, U.N. officials said.\n'
/** A paragraph with no findings, to make long documents of. */
const fillerParagraph = 'The council met on Tuesday and its members talked about the roads in the north of the city.\n\n'
const cli = fileURLToPath(new URL('../dist/bin/house-style.mjs', import.meta.url))

const clients: Array<LspClient> = []
afterEach(() => {
  for (const client of clients.splice(0)) client.kill()
})

function project(files: Record<string, string> = {}): string {
  const folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'house-style-hostile-')))
  for (const [name, value] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(folder, name)), {recursive: true})
    fs.writeFileSync(path.join(folder, name), value)
  }
  return folder
}

async function start(folder = project(), initializationOptions?: unknown): Promise<{client: LspClient; folder: string}> {
  const client = new LspClient(folder)
  clients.push(client)
  await client.initialize(folder, initializationOptions)
  return {client, folder}
}

function uriOf(folder: string, name: string): string {
  return pathToFileURL(path.join(folder, name)).href
}

/** Hang guard: `promise`, or a failure naming what never came. */
function within<T>(promise: Promise<T>, what: string, ms = 20_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Never came (hang guard, ' + ms + ' ms): ' + what)), ms)
    promise.then(
      (value) => {
        clearTimeout(timer)
        resolve(value)
      },
      (error: unknown) => {
        clearTimeout(timer)
        reject(error as Error)
      }
    )
  })
}

/** The server still lints: open a fresh document and get its diagnostics. */
async function stillServes(client: LspClient, folder: string, name: string): Promise<void> {
  const uri = uriOf(folder, name)
  client.open(uri, draft)
  const published = await client.diagnostics(uri, () => true, 20_000)
  expect(published.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['group-names', 'abbreviations'])
  expect(client.process.exitCode).toBeNull()
}

/** A code action request that any server answers at once (an unknown document). */
function cheapRequest(client: LspClient) {
  const range = {start: {line: 0, character: 0}, end: {line: 0, character: 0}}
  return client.request('textDocument/codeAction', {textDocument: {uri: 'file:///nowhere.txt'}, range, context: {diagnostics: []}})
}

function parseErrors(client: LspClient) {
  return client.strayResponses.filter((response) => response.id === null && response.error?.code === -32700)
}

/** Filler paragraphs to at least `bytes`. */
function filler(bytes: number): string {
  return fillerParagraph.repeat(Math.ceil(bytes / fillerParagraph.length))
}

function publishedFor(client: LspClient, uri: string): Array<PublishedDiagnostics> {
  return client.published.filter((message) => message.uri === uri)
}

// Each test starts a server; some send megabytes.
describe('house-style-language-server on hostile input', {timeout: 60_000}, () => {
  describe('broken frames', () => {
    it('answers a `Content-Length` larger than the body with a parse error, then answers the next request', async () => {
      const {client, folder} = await start()
      client.sendBytes('Content-Length: 100000\r\n\r\n{"jsonrpc":"2.0","id":7,"method":"shutdown"}')
      const answer = await within(cheapRequest(client), 'an answer to the request after the bad frame')
      expect(answer.result).toEqual([])
      expect(parseErrors(client)).toHaveLength(1)
      await stillServes(client, folder, 'a.txt')
      await within(client.shutdown(), 'exit after shutdown')
      expect(client.process.exitCode).toBe(0)
    })

    it('answers a `Content-Length` that is not a number with a parse error and reads on', async () => {
      const {client, folder} = await start()
      client.sendBytes('Content-Length: abc\r\n\r\n{"jsonrpc":"2.0","id":8,"method":"shutdown"}')
      expect((await within(cheapRequest(client), 'an answer after the bad header')).result).toEqual([])
      expect(parseErrors(client)).toHaveLength(1)
      await stillServes(client, folder, 'a.txt')
    })

    it('answers a `Content-Length` shorter than the body with a parse error and reads on', async () => {
      const {client, folder} = await start()
      client.sendBytes('Content-Length: 10\r\n\r\n{"jsonrpc":"2.0","id":9,"method":"shutdown"}')
      expect((await within(cheapRequest(client), 'an answer after the short frame')).result).toEqual([])
      expect(parseErrors(client).length).toBeGreaterThanOrEqual(1)
      await stillServes(client, folder, 'a.txt')
    })

    it('skips garbage on stdin with a parse error and reads the next message', async () => {
      const {client, folder} = await start()
      client.sendBytes(Buffer.from([0, 0xff, 0xfe, 0x41, 0x0d, 0x0a, 0x0d, 0x0a, 0x7b, 0x7d]))
      client.sendBytes('garbage with no frame at all\n'.repeat(1000))
      expect((await within(cheapRequest(client), 'an answer after the garbage')).result).toEqual([])
      expect(parseErrors(client).length).toBeGreaterThanOrEqual(1)
      await stillServes(client, folder, 'a.txt')
    })

    it('answers a body that is not JSON with a parse error (id null)', async () => {
      const {client, folder} = await start()
      client.sendRaw('{"jsonrpc": "2.0", "id": 99, "method": ')
      client.sendRaw('[1, 2, 3]')
      // Replies come in order: by the time these diagnostics come, so have the errors.
      await stillServes(client, folder, 'a.txt')
      expect(parseErrors(client)).toHaveLength(1)
      expect(client.strayResponses.filter((response) => response.id === null && response.error?.code === -32600)).toHaveLength(1)
    })
  })

  describe('params of the wrong type', () => {
    it('ignores a didOpen whose text is a number, null or missing, or whose uri or version is wrong, with a logged message', async () => {
      const {client, folder} = await start()
      const uri = uriOf(folder, 'bad.txt')
      const bad: Array<unknown> = [
        {textDocument: {uri, languageId: 'plaintext', version: 1, text: 42}},
        {textDocument: {uri, languageId: 'plaintext', version: 1, text: null}},
        {textDocument: {uri, languageId: 'plaintext', version: 1}},
        {textDocument: {uri: 42, languageId: 'plaintext', version: 1, text: draft}},
        {textDocument: {uri: 'file://elsewhere/bad.txt', languageId: 'plaintext', version: 1, text: draft}},
        {textDocument: {uri, languageId: 'plaintext', version: 'one', text: draft}},
        {textDocument: {uri, languageId: 7, version: 1, text: draft}},
        {textDocument: null},
        null
      ]
      for (const params of bad) client.notify('textDocument/didOpen', params)
      client.notify('textDocument/didClose', {textDocument: {uri: 42}})
      client.notify('textDocument/didSave', {textDocument: {uri}, text: 42})
      await stillServes(client, folder, 'good.txt')
      expect(publishedFor(client, uri)).toEqual([])
      expect(client.logs.filter((log) => log.includes('textDocument/didOpen ignored'))).toHaveLength(bad.length)
      expect(client.logs.some((log) => log.includes('`textDocument.text` must be a string'))).toBe(true)
    })

    it('ignores a didChange with odd contentChanges and keeps the document as it was', async () => {
      const {client, folder} = await start()
      const uri = uriOf(folder, 'a.txt')
      client.open(uri, draft)
      await client.diagnostics(uri)
      const badRange = (start: unknown) => ({range: {start, end: {line: 0, character: 1}}, text: 'x'})
      const odd: Array<unknown> = [
        {textDocument: {uri, version: 2}, contentChanges: 'ISIS'},
        {textDocument: {uri, version: 3}, contentChanges: [{text: 42}]},
        {textDocument: {uri, version: 4}, contentChanges: [null]},
        {textDocument: {uri, version: 5}, contentChanges: [badRange({line: 'x', character: 0})]},
        {textDocument: {uri, version: 6}, contentChanges: [badRange({line: -1, character: 0})]},
        {textDocument: {uri, version: 7}, contentChanges: [badRange({line: 0.5, character: 0})]},
        {textDocument: {uri}, contentChanges: [{text: 'ISIS'}]},
        {textDocument: {uri, version: 'eight'}, contentChanges: [{text: 'ISIS'}]},
        {textDocument: {uri: 42, version: 9}, contentChanges: [{text: 'ISIS'}]}
      ]
      for (const params of odd) client.notify('textDocument/didChange', params)
      // A good incremental edit on top: it lands on the text as opened.
      client.notify('textDocument/didChange', {
        textDocument: {uri, version: 10},
        contentChanges: [{range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, text: 'The '}]
      })
      const published = await client.diagnostics(uri, (message) => message.version === 10, 20_000)
      expect(published.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range.start.character])).toEqual([
        ['group-names', 4],
        ['abbreviations', 33]
      ])
      expect(client.logs.filter((log) => log.includes('textDocument/didChange ignored'))).toHaveLength(odd.length)
      await stillServes(client, folder, 'b.txt')
    })

    it('answers a codeAction with a bad range, context or document with InvalidParams', async () => {
      const {client, folder} = await start()
      const uri = uriOf(folder, 'a.txt')
      client.open(uri, draft)
      await client.diagnostics(uri)
      const range = {start: {line: 0, character: 0}, end: {line: 0, character: 4}}
      const bad: Array<unknown> = [
        {textDocument: {uri}, range: {start: {line: 'x', character: 0}, end: range.end}, context: {diagnostics: []}},
        {textDocument: {uri}, range: 'all', context: {diagnostics: []}},
        {textDocument: {uri}, range: {start: {line: -1, character: 0}, end: range.end}, context: {diagnostics: []}},
        {textDocument: {uri}, range, context: {diagnostics: [], only: 'quickfix'}},
        {textDocument: {uri}, range, context: {diagnostics: [null]}},
        {textDocument: {uri}, range, context: 'all'},
        {textDocument: {uri: 42}, range, context: {diagnostics: []}},
        {range, context: {diagnostics: []}}
      ]
      for (const params of bad) {
        const response = await within(client.request('textDocument/codeAction', params), 'an answer to a bad codeAction')
        expect(response.error?.code, JSON.stringify(params)).toBe(-32602)
      }
      await stillServes(client, folder, 'b.txt')
    })
  })

  describe('documents over the size limit, and long ones', () => {
    it('gives a document over the size limit (5 MB by default) one diagnostic saying so instead of a lint', async () => {
      const {client, folder} = await start()
      const uri = uriOf(folder, 'huge.txt')
      client.open(uri, draft.repeat(Math.ceil(5_000_001 / draft.length)))
      const published = await client.diagnostics(uri, () => true, 30_000)
      expect(published.diagnostics).toHaveLength(1)
      expect(published.diagnostics[0]).toMatchObject({code: 'file-too-large', severity: 2, range: {start: {line: 0, character: 0}}})
      expect(published.diagnostics[0]!.message).toContain('over the size limit of 5.0 MB')
      await stillServes(client, folder, 'small.txt')
    })

    it('takes the size limit from initializationOptions, and from settings', async () => {
      const {client, folder} = await start(project(), {maxSize: 0.001})
      const uri = uriOf(folder, 'a.txt')
      const text = draft.repeat(40)
      client.open(uri, text)
      const published = await client.diagnostics(uri)
      expect(published.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['file-too-large'])
      expect(published.diagnostics[0]!.message).toContain('over the size limit of 0.0 MB')
      client.notify('workspace/didChangeConfiguration', {settings: {houseStyle: {maxSize: 1}}})
      const relinted = await client.diagnostics(uri)
      expect(relinted.diagnostics).toHaveLength(80)
      client.notify('workspace/didChangeConfiguration', {settings: {houseStyle: {maxSize: 'big'}}})
      await stillServes(client, folder, 'b.txt')
      expect(client.logs.some((log) => log.includes('`settings.houseStyle.maxSize` must be a number'))).toBe(true)
    })

    it('lints a long plain-text document in pieces, as the CLI does', async () => {
      // A later mention 130 KB after the full name: linted whole it is
      // `Col Ryan`, in pieces the later piece does not know him.
      const text = 'Colonel Sean Ryan said the roads were closed.\n\n' + filler(140_000) + 'Ryan said the roads were closed. ISIL fighters left.\n'
      const folder = project({'long.txt': text})
      const report = spawnSync(process.execPath, [cli, '--no-config', '-r', 'json', 'long.txt'], {cwd: folder, encoding: 'utf8', maxBuffer: 1 << 26})
      const fromCli = (JSON.parse(report.stdout) as Array<{messages: Array<{ruleId: string; line: number; column: number}>}>)[0]!.messages
      expect(fromCli.length).toBeGreaterThan(0)
      const {client} = await start(folder)
      const uri = uriOf(folder, 'long.txt')
      client.open(uri, text)
      const published = await client.diagnostics(uri, () => true, 30_000)
      expect(published.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range.start.line + 1, diagnostic.range.start.character + 1])).toEqual(
        fromCli.map((message) => [message.ruleId, message.line, message.column])
      )
    })

    it('publishes a short document’s diagnostics before those of a long one changed first', async () => {
      const {client, folder} = await start()
      // Both opened and linted once: config found and cached, as in an editor open a while.
      const long = uriOf(folder, 'long.txt')
      const short = uriOf(folder, 'short.txt')
      client.open(long, draft)
      await client.diagnostics(long)
      client.open(short, draft)
      await client.diagnostics(short)
      client.change(long, 2, filler(1_500_000) + draft)
      client.change(short, 2, 'The ' + draft)
      const [longDone, shortDone] = await Promise.all([
        client.diagnostics(long, (message) => message.version === 2, 45_000),
        client.diagnostics(short, (message) => message.version === 2, 45_000)
      ])
      expect(shortDone.diagnostics).toHaveLength(2)
      expect(longDone.diagnostics).toHaveLength(2)
      const arrival = (uri: string) => client.published.findIndex((message) => message.uri === uri && message.version === 2)
      expect(arrival(short)).toBeLessThan(arrival(long))
    })

    it('folds 100 rapid edits of a long document into a few lints, the last on the latest text', async () => {
      const {client, folder} = await start()
      const uri = uriOf(folder, 'long.txt')
      client.open(uri, filler(315_000))
      for (let version = 2; version <= 101; version++) {
        client.notify('textDocument/didChange', {
          textDocument: {uri, version},
          contentChanges: [{range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, text: version === 101 ? 'ISIL ' : 'x'}]
        })
      }
      const last = await client.diagnostics(uri, (message) => message.version === 101, 45_000)
      expect(last.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range.start.character])).toEqual([['group-names', 0]])
      expect(publishedFor(client, uri).length).toBeLessThanOrEqual(3)
    })

    it('cancels the lint of a long document when it changes: no diagnostics for the older text', async () => {
      const {client, folder} = await start()
      const uri = uriOf(folder, 'long.txt')
      const text = filler(3_000_000)
      client.open(uri, text)
      // Long enough for its lint to be under way (a 3 MB lint takes seconds).
      await new Promise((resolve) => setTimeout(resolve, 1000))
      client.change(uri, 2, draft + text)
      const published = await client.diagnostics(uri, (message) => message.version === 2, 45_000)
      expect(published.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['group-names', 'abbreviations'])
      expect(publishedFor(client, uri).map((message) => message.version)).toEqual([2])
    })
  })

  describe('config files', () => {
    /** Config files that leave a mark when their code runs. */
    function scriptConfigs(marker: string): Record<string, string> {
      const write = 'require("node:fs").writeFileSync(' + JSON.stringify(marker) + ', "ran")'
      return {
        'a/.housestylerc.js': write + '\nmodule.exports = {rules: {"group-names": "off"}}\n',
        'a/b/.housestylerc.cjs': write + '\nmodule.exports = {rules: {"group-names": "off"}}\n',
        'a/b/c/.housestylerc.mjs':
          'import fs from "node:fs"\nfs.writeFileSync(' + JSON.stringify(marker) + ', "ran")\nexport default {rules: {"group-names": "off"}}\n'
      }
    }

    it('never runs a script config (.housestylerc.js, .cjs, .mjs), and logs that it is not read', async () => {
      const marker = path.join(fs.realpathSync(os.tmpdir()), 'house-style-ran-' + process.pid + '-' + Date.now())
      const folder = project(scriptConfigs(marker))
      const {client} = await start(folder)
      for (const name of ['a/doc.txt', 'a/b/doc.txt', 'a/b/c/doc.txt']) {
        const uri = uriOf(folder, name)
        client.open(uri, draft)
        const published = await client.diagnostics(uri, () => true, 20_000)
        expect(published.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['group-names', 'abbreviations'])
      }
      expect(fs.existsSync(marker)).toBe(false)
      for (const name of ['a/.housestylerc.js', 'a/b/.housestylerc.cjs', 'a/b/c/.housestylerc.mjs']) {
        expect(client.logs.some((log) => log.includes(path.join(folder, name) + '` is not read'))).toBe(true)
      }
    })

    it('reads the JSON config above a folder with a script config', async () => {
      const marker = path.join(fs.realpathSync(os.tmpdir()), 'house-style-ran-' + process.pid + '-' + Date.now())
      const folder = project({...scriptConfigs(marker), '.housestylerc.json': JSON.stringify({rules: {abbreviations: 'off'}})})
      const {client} = await start(folder)
      const uri = uriOf(folder, 'a/b/c/doc.txt')
      client.open(uri, draft)
      expect((await client.diagnostics(uri, () => true, 20_000)).diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['group-names'])
      expect(fs.existsSync(marker)).toBe(false)
    })

    it('reports a config that is a FIFO as an error on the document, without waiting on it', async (context) => {
      const folder = project()
      fs.mkdirSync(path.join(folder, 'fifo'))
      if (spawnSync('mkfifo', [path.join(folder, 'fifo', '.housestylerc')]).status !== 0) context.skip()
      const {client} = await start(folder)
      const uri = uriOf(folder, 'fifo/a.txt')
      client.open(uri, draft)
      const published = await client.diagnostics(uri, () => true, 20_000)
      // As the CLI says it: the config cannot be read, so nothing is linted with half a configuration.
      expect(published.diagnostics.map((diagnostic) => [diagnostic.severity, diagnostic.message])).toEqual([
        [1, expect.stringMatching(/^Cannot read config file `.*\.housestylerc`: .*not a regular file/u)]
      ])
      await stillServes(client, folder, 'a.txt')
    })
  })

  describe('a lint that runs away', () => {
    it('keeps answering requests and linting other documents while a document’s lint runs away', async () => {
      const {client, folder} = await start()
      // One hyphenated word of 10,000 parts: minutes and gigabytes to lint before issue 22.
      const bomb = uriOf(folder, 'bomb.txt')
      client.open(bomb, 'a-'.repeat(10_000) + 'a\n')
      const answer = await within(cheapRequest(client), 'an answer while the runaway lint goes on')
      expect(answer.result).toEqual([])
      const longer = uriOf(folder, 'long.txt')
      client.open(longer, filler(200_000) + draft)
      expect((await client.diagnostics(longer, () => true, 30_000)).diagnostics).toHaveLength(2)
      await stillServes(client, folder, 'short.txt')
    })
  })
})
