/**
 * A small LSP client for the server tests: starts the built binary
 * (`dist/bin/house-style-language-server.mjs`) and speaks JSON-RPC to it over stdio, framing by
 * hand so the tests can also send what a broken client would.
 */
import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process'
import {fileURLToPath, pathToFileURL} from 'node:url'

/** The built server; `HOUSE_STYLE_SERVER_BIN` runs the tests against another build (an older one, to see them fail). */
export const serverBin = process.env['HOUSE_STYLE_SERVER_BIN'] ?? fileURLToPath(new URL('../dist/bin/house-style-language-server.mjs', import.meta.url))

export interface Position {
  line: number
  character: number
}
export interface Range {
  start: Position
  end: Position
}
export interface Diagnostic {
  range: Range
  severity?: number
  code?: string
  codeDescription?: {href: string}
  source?: string
  message: string
  data?: unknown
}
export interface TextEdit {
  range: Range
  newText: string
}
export interface CodeAction {
  title: string
  kind?: string
  isPreferred?: boolean
  edit?: {changes?: Record<string, Array<TextEdit>>}
}
export interface PublishedDiagnostics {
  uri: string
  version?: number
  diagnostics: Array<Diagnostic>
}
export interface ResponseMessage {
  id: number | string | null
  result?: unknown
  error?: {code: number; message: string}
}

interface Waiter {
  test: (message: PublishedDiagnostics) => boolean
  resolve: (message: PublishedDiagnostics) => void
}

export class LspClient {
  readonly process: ChildProcessWithoutNullStreams
  /** Every `publishDiagnostics`, in order, with the time it arrived. */
  readonly published: Array<PublishedDiagnostics & {at: number}> = []
  /** Responses to ids this client did not send through `request` (parse errors have id `null`). */
  readonly strayResponses: Array<ResponseMessage> = []
  /** The server's `window/logMessage` texts, in order. */
  readonly logs: Array<string> = []
  stderr = ''
  #received: Array<Buffer> = []
  #receivedSize = 0
  /** The length of the body being received, once its header is read. */
  #bodyLength: number | undefined
  #nextId = 1
  readonly #pending = new Map<number, (message: ResponseMessage) => void>()
  #waiters: Array<Waiter> = []

  /** `bin`: another build of the server (the bench compares one with another). */
  constructor(cwd?: string, bin = serverBin) {
    this.process = spawn(process.execPath, [bin, '--stdio'], {cwd, stdio: 'pipe'})
    this.process.stdout.on('data', (chunk: Buffer) => this.#receive(chunk))
    this.process.stderr.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString('utf8')
    })
  }

  /**
   * Start the session: `initialize` then `initialized`. The server's warm-up
   * lints (seconds of CPU after start-up) are off unless the options say
   * `warmUp`: tests start many servers side by side.
   */
  async initialize(rootPath?: string, initializationOptions?: unknown): Promise<unknown> {
    const isObject = typeof initializationOptions === 'object' && initializationOptions !== null && !Array.isArray(initializationOptions)
    const options = isObject ? {warmUp: false, ...initializationOptions} : (initializationOptions ?? {warmUp: false})
    const result = await this.request('initialize', {
      processId: process.pid,
      rootUri: rootPath ? pathToFileURL(rootPath).href : null,
      capabilities: {textDocument: {publishDiagnostics: {versionSupport: true}, codeAction: {}}},
      initializationOptions: options
    })
    this.notify('initialized', {})
    return result
  }

  request(method: string, params: unknown): Promise<ResponseMessage> {
    const id = this.#nextId++
    const answer = new Promise<ResponseMessage>((resolve) => this.#pending.set(id, resolve))
    this.send({jsonrpc: '2.0', id, method, params})
    return answer
  }

  notify(method: string, params: unknown): void {
    this.send({jsonrpc: '2.0', method, params})
  }

  send(message: unknown): void {
    this.sendRaw(JSON.stringify(message))
  }

  /** Send bytes as they are, framing included (or not). */
  sendBytes(bytes: string | Buffer): void {
    this.process.stdin.write(bytes)
  }

  /** Send `body` framed with a correct `Content-Length`, whatever it holds. */
  sendRaw(body: string): void {
    const bytes = Buffer.from(body, 'utf8')
    this.process.stdin.write('Content-Length: ' + bytes.length + '\r\n\r\n')
    this.process.stdin.write(bytes)
  }

  open(uri: string, text: string, languageId = 'plaintext', version = 1): void {
    this.notify('textDocument/didOpen', {textDocument: {uri, languageId, version, text}})
  }

  /** Replace the whole text (a full-document change, which incremental sync also accepts). */
  change(uri: string, version: number, text: string): void {
    this.notify('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [{text}]})
  }

  close(uri: string): void {
    this.notify('textDocument/didClose', {textDocument: {uri}})
  }

  /** The next `publishDiagnostics` for `uri` (after those already seen) that passes `test`. */
  diagnostics(uri: string, test: (message: PublishedDiagnostics) => boolean = () => true, timeout = 10_000): Promise<PublishedDiagnostics> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiters = this.#waiters.filter((waiter) => waiter !== entry)
        reject(new Error('No diagnostics for ' + uri + ' within ' + timeout + ' ms; server stderr: ' + this.stderr))
      }, timeout)
      const entry: Waiter = {
        test: (message) => message.uri === uri && test(message),
        resolve: (message) => {
          clearTimeout(timer)
          resolve(message)
        }
      }
      this.#waiters.push(entry)
    })
  }

  async shutdown(): Promise<void> {
    if (this.process.exitCode !== null) return
    const exited = new Promise((resolve) => this.process.once('exit', resolve))
    await this.request('shutdown', null)
    this.notify('exit', null)
    await exited
  }

  kill(): void {
    if (this.process.exitCode === null) this.process.kill()
  }

  #receive(chunk: Buffer): void {
    // Chunks are joined only once a whole message is in: joining at every
    // chunk copied a 25 MB message some 400 times (seconds, and the server
    // blocked writing to the pipe meanwhile).
    this.#received.push(chunk)
    this.#receivedSize += chunk.length
    for (;;) {
      if (this.#bodyLength === undefined) {
        const buffered = this.#take()
        const headerEnd = buffered.indexOf('\r\n\r\n')
        if (headerEnd === -1) return
        const header = buffered.subarray(0, headerEnd).toString('ascii')
        this.#bodyLength = Number(/Content-Length: *(\d+)/i.exec(header)?.[1])
        this.#keep(buffered.subarray(headerEnd + 4))
      }
      if (this.#receivedSize < this.#bodyLength) return
      const buffered = this.#take()
      const body = buffered.subarray(0, this.#bodyLength).toString('utf8')
      this.#keep(buffered.subarray(this.#bodyLength))
      this.#bodyLength = undefined
      this.#dispatch(JSON.parse(body) as {id?: number | string | null; method?: string; params?: unknown} & ResponseMessage)
    }
  }

  /** The bytes received and not yet read, joined. */
  #take(): Buffer {
    const joined = this.#received.length === 1 ? this.#received[0]! : Buffer.concat(this.#received, this.#receivedSize)
    this.#keep(joined)
    return joined
  }

  #keep(bytes: Buffer): void {
    this.#received = [bytes]
    this.#receivedSize = bytes.length
  }

  #dispatch(message: {id?: number | string | null; method?: string; params?: unknown} & ResponseMessage): void {
    if (message.method === 'textDocument/publishDiagnostics') {
      const published = message.params as PublishedDiagnostics
      this.published.push({...published, at: performance.now()})
      const waiter = this.#waiters.find((entry) => entry.test(published))
      if (waiter) {
        this.#waiters = this.#waiters.filter((entry) => entry !== waiter)
        waiter.resolve(published)
      }
      return
    }
    if (message.method === 'window/logMessage') {
      this.logs.push((message.params as {message: string}).message)
      return
    }
    if (message.method !== undefined) {
      // A request from the server (e.g. `window/workDoneProgress/create`): accept it.
      if (message.id !== undefined) this.send({jsonrpc: '2.0', id: message.id, result: null})
      return
    }
    const resolve = typeof message.id === 'number' ? this.#pending.get(message.id) : undefined
    if (resolve && typeof message.id === 'number') {
      this.#pending.delete(message.id)
      resolve(message)
    } else {
      this.strayResponses.push(message)
    }
  }
}

/** `text` with `edits` applied (LSP positions, UTF-16 columns). */
export function applyEdits(text: string, edits: ReadonlyArray<TextEdit>): string {
  const lineStarts = [0]
  for (let index = 0; index < text.length; index++) {
    if (text[index] === '\n') lineStarts.push(index + 1)
  }
  const offset = (position: Position) => (lineStarts[position.line] ?? text.length) + position.character
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))
  let result = text
  for (const edit of sorted) {
    result = result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end))
  }
  return result
}
