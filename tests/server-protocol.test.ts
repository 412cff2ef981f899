/**
 * The language server under a clumsy client: malformed requests and a
 * document closed mid-lint. Each time the server must answer what it can
 * and keep serving.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterEach, describe, expect, it} from 'vitest'
import {LspClient} from './server-client.js'

const draft = 'ISIL fighters held the town, U.N. officials said.\n'

const clients: Array<LspClient> = []
afterEach(() => {
  for (const client of clients.splice(0)) client.kill()
})

async function start(): Promise<{client: LspClient; folder: string}> {
  const folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'house-style-protocol-')))
  const client = new LspClient(folder)
  clients.push(client)
  await client.initialize(folder)
  return {client, folder}
}

/** The server still lints: open a fresh document and get its diagnostics. */
async function stillServes(client: LspClient, folder: string, name: string): Promise<void> {
  const uri = pathToFileURL(path.join(folder, name)).href
  client.open(uri, draft)
  expect((await client.diagnostics(uri)).diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['group-names', 'abbreviations'])
}

// Each test starts a server (a second or two on a busy machine).
describe('house-style-language-server protocol', {timeout: 30_000}, () => {
  it('answers an unknown method with MethodNotFound', async () => {
    const {client, folder} = await start()
    const response = await client.request('house-style/nothing', {})
    expect(response.error?.code).toBe(-32601)
    await stillServes(client, folder, 'a.txt')
  })

  it('answers a code action request without a document or context with an error, not a crash', async () => {
    const {client, folder} = await start()
    const empty = await client.request('textDocument/codeAction', {})
    expect(empty.error ?? empty.result).toBeDefined()
    const missingContext = await client.request('textDocument/codeAction', {textDocument: {uri: 'file:///nowhere.txt'}})
    expect(missingContext.result).toEqual([])
    await stillServes(client, folder, 'a.txt')
  })

  it('ignores garbage in `data` of a diagnostic sent back', async () => {
    const {client, folder} = await start()
    const uri = pathToFileURL(path.join(folder, 'a.txt')).href
    client.open(uri, draft)
    const [diagnostic] = (await client.diagnostics(uri)).diagnostics
    const broken = [
      {...diagnostic, data: null},
      {...diagnostic, data: 'ISIS'},
      {...diagnostic, data: {range: {start: {line: 'x'}}, actual: 'ISIL', expected: ['ISIS']}},
      {...diagnostic, data: {range: diagnostic!.range, actual: 'ISIL', expected: [42]}}
    ]
    const response = await client.request('textDocument/codeAction', {textDocument: {uri}, range: diagnostic!.range, context: {diagnostics: broken, only: ['quickfix']}})
    expect(response.result).toEqual([])
    await stillServes(client, folder, 'b.txt')
  })

  it('survives a body that is not JSON and a message that is not JSON-RPC', async () => {
    const {client, folder} = await start()
    client.sendRaw('{"jsonrpc": "2.0", "id": 99, "method": ')
    client.sendRaw('[1, 2, 3]')
    client.send({jsonrpc: '2.0', id: 100})
    const response = await client.request('textDocument/codeAction', {textDocument: {uri: 'file:///nowhere.txt'}, range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, context: {diagnostics: []}})
    expect(response.result).toEqual([])
    await stillServes(client, folder, 'a.txt')
    expect(client.process.exitCode).toBeNull()
  })

  it('drops the lint of a document closed mid-lint and keeps serving the others', async () => {
    const {client, folder} = await start()
    const uri = pathToFileURL(path.join(folder, 'long.txt')).href
    client.open(uri, draft.repeat(300))
    client.close(uri)
    const cleared = await client.diagnostics(uri)
    expect(cleared.diagnostics).toEqual([])
    await stillServes(client, folder, 'other.txt')
    // Give the dropped lint time to end: nothing stale may be published.
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(client.published.filter((message) => message.uri === uri).map((message) => message.diagnostics.length)).toEqual([0])
  })

  it('exits when the editor goes away without a shutdown (stdin closes)', async () => {
    const {client} = await start()
    const exited = new Promise<number | null>((resolve) => client.process.once('exit', resolve))
    client.process.stdin.end()
    expect(await exited).not.toBeNull()
  })

  it('shuts down cleanly on shutdown and exit', async () => {
    const {client} = await start()
    await client.shutdown()
    expect(client.process.exitCode).toBe(0)
  })
})
