/**
 * The VS Code extension as a user installs it: the `.vsix` that
 * `npm run build:vsix` makes (with `@vscode/vsce`, offline), unpacked. Its
 * settings are declared and documented, and the server inside it starts as
 * vscode-languageclient starts it (a forked Node module on stdio, with the
 * client's own JSON-RPC transport from inside the `.vsix`), takes the
 * extension's settings and lints and fixes.
 */
import {fork, spawnSync, type ChildProcess} from 'node:child_process'
import fs from 'node:fs'
import {createRequire} from 'node:module'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import yauzl from 'yauzl'
import {version} from '../src/engine/version.js'
import {applyEdits, type CodeAction} from './server-client.js'

const root = fileURLToPath(new URL('../', import.meta.url))

let work: string
/** The unpacked `extension/` folder of the `.vsix`. */
let extension: string

/** Unpack the zip at `file` into `folder`. */
function unzip(file: string, folder: string): Promise<void> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, {lazyEntries: true}, (error, zip) => {
      if (error) return reject(error)
      zip.on('error', reject)
      zip.on('end', () => resolve())
      zip.on('entry', (entry: yauzl.Entry) => {
        const target = path.join(folder, entry.fileName)
        if (!target.startsWith(folder + path.sep)) return reject(new Error('entry outside the archive: ' + entry.fileName))
        if (entry.fileName.endsWith('/')) return zip.readEntry()
        fs.mkdirSync(path.dirname(target), {recursive: true})
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError)
          stream.pipe(fs.createWriteStream(target)).on('finish', () => zip.readEntry())
        })
      })
      zip.readEntry()
    })
  })
}

beforeAll(async () => {
  work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'house-style-vscode-')))
  const vsix = path.join(work, 'house-style.vsix')
  const build = spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'scripts/build-vsix.ts'), '--out', vsix], {cwd: root, encoding: 'utf8'})
  expect(build.status, build.stderr).toBe(0)
  await unzip(vsix, path.join(work, 'vsix'))
  extension = path.join(work, 'vsix', 'extension')
}, 300_000)

afterAll(() => {
  if (work) fs.rmSync(work, {recursive: true, force: true})
})

interface Manifest {
  version: string
  main: string
  contributes: {configuration: {properties: Record<string, {default: unknown; description?: string; markdownDescription?: string}>}}
}

describe('the VS Code extension', () => {
  it('is a .vsix with the client, the server and the licence, and declares and documents its settings', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(extension, 'package.json'), 'utf8')) as Manifest
    expect(manifest.version).toBe(version)
    expect(fs.existsSync(path.join(extension, manifest.main))).toBe(true)
    expect(fs.existsSync(path.join(extension, 'LICENSE.txt'))).toBe(true)
    expect(fs.existsSync(path.join(extension, 'node_modules/vscode-languageclient/node.js'))).toBe(true)
    const settings = Object.keys(manifest.contributes.configuration.properties).sort()
    expect(settings).toEqual(['houseStyle.enable', 'houseStyle.maxSize', 'houseStyle.rules', 'houseStyle.serverCommand', 'houseStyle.style'])
    const readme = fs.readFileSync(path.join(extension, 'readme.md'), 'utf8')
    const documented = [...readme.matchAll(/^\| `(houseStyle\.\w+)` \|/gmu)].map((match) => match[1]).sort()
    expect(documented).toEqual(settings)
    for (const [key, property] of Object.entries(manifest.contributes.configuration.properties)) expect(property.description ?? property.markdownDescription, key).toBeTruthy()
  })

  it('starts the server inside it as the client does, passes its settings, and gets diagnostics and fixes', async () => {
    const require = createRequire(path.join(extension, 'extension.js'))
    const {serverOptions, serverSettings} = require('./settings.js') as {
      serverOptions: (settings: {serverCommand?: string}, extensionPath: string, transport: {stdio: number}, cwd?: string) => {module?: string; options: {cwd?: string}}
      serverSettings: (settings: {style?: string; rules?: Record<string, unknown>; maxSize?: number}) => unknown
    }
    const rpc = require('vscode-jsonrpc/node') as typeof import('vscode-jsonrpc/node')
    const folder = path.join(work, 'workspace')
    fs.mkdirSync(folder)
    fs.writeFileSync(path.join(folder, '.housestylerc.json'), JSON.stringify({rules: {abbreviations: 'warn'}}))
    const server = serverOptions({serverCommand: ''}, extension, {stdio: 1}, folder)
    // The server shipped inside, not one from this checkout.
    expect(server.module?.startsWith(extension + path.sep)).toBe(true)
    // As vscode-languageclient's node transport starts a module on stdio.
    const child: ChildProcess = fork(server.module!, ['--stdio', '--clientProcessId=' + process.pid], {
      cwd: server.options.cwd,
      silent: true,
      execArgv: [],
      env: {...process.env, ELECTRON_RUN_AS_NODE: '1'}
    })
    const connection = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout!), new rpc.StreamMessageWriter(child.stdin!))
    const published: Array<{uri: string; diagnostics: Array<{code: string; range: unknown}>}> = []
    let arrived: () => void = () => undefined
    connection.onNotification('textDocument/publishDiagnostics', (params: (typeof published)[number]) => {
      published.push(params)
      arrived()
    })
    connection.listen()
    const next = (test: (codes: Array<string>) => boolean) =>
      new Promise<Array<string>>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no such diagnostics: ' + JSON.stringify(published.at(-1)))), 20_000)
        const check = () => {
          const codes = (published.at(-1)?.diagnostics ?? []).map((diagnostic) => diagnostic.code).sort()
          if (published.length > 0 && test(codes)) {
            clearTimeout(timer)
            resolve(codes)
          }
        }
        arrived = check
        check()
      })
    try {
      const init = (await connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: pathToFileURL(folder).href,
        capabilities: {},
        initializationOptions: serverSettings({style: 'us-agency', rules: {}, maxSize: 5})
      })) as {serverInfo: {version: string}}
      expect(init.serverInfo.version).toBe(version)
      await connection.sendNotification('initialized', {})
      const uri = pathToFileURL(path.join(folder, 'story.md')).href
      const text = '# Notes\n\nISIL fighters left the center, U.N. officials said.\n'
      await connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version: 1, text}})
      // The us-agency style from the settings: its group name, US spelling, U.N. with stops.
      expect(await next((codes) => codes.length > 0)).toEqual(['group-names'])
      // What `synchronize: {configurationSection: 'houseStyle'}` pushes when a setting changes.
      await connection.sendNotification('workspace/didChangeConfiguration', {
        settings: {houseStyle: {enable: true, style: '', rules: {'group-names': 'off'}, maxSize: 5, serverCommand: ''}}
      })
      expect(await next((codes) => !codes.includes('group-names'))).toEqual(['abbreviations', 'british-spelling'])
      const diagnostics = published.at(-1)!.diagnostics
      const actions = (await connection.sendRequest('textDocument/codeAction', {
        textDocument: {uri},
        range: diagnostics[0]!.range,
        context: {diagnostics}
      })) as Array<CodeAction>
      const fixed = actions.filter((action) => action.kind === 'quickfix').map((action) => applyEdits(text, action.edit?.changes?.[uri] ?? []))
      expect(fixed).toEqual(expect.arrayContaining([text.replace('U.N.', 'UN'), text.replace('center', 'centre')]))
      await connection.sendRequest('shutdown')
      await connection.sendNotification('exit')
    } finally {
      connection.dispose()
      child.kill()
    }
  })
})
