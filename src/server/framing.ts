/**
 * The language server's reading of its input: LSP's base protocol
 * (`Content-Length: N\r\n\r\n` then N bytes of JSON), strict about framing
 * and never stuck on a bad frame.
 *
 * vscode-jsonrpc's reader trusts `Content-Length`: one that is too large
 * makes it take every later message as part of the body, so the server is
 * alive but never answers again, not even `shutdown`; one that is not a
 * number leaves it reading JSON as headers. Here a bad frame is answered
 * with a JSON-RPC parse error (id `null`) and reading resumes at the next
 * header. That is safe because a header cannot occur inside a well-formed
 * body: `Content-Length: 12` followed by a raw line break can only be in
 * JSON inside a string, and JSON strings cannot hold raw line breaks.
 */
import {AbstractMessageReader, Disposable, type DataCallback, type Message} from 'vscode-languageserver/node'

/** Largest header section; real ones are some 30 bytes (two headers at most). */
export const maxHeaderBytes = 8 * 1024
/**
 * Largest message body. A `didOpen` carries the whole document, JSON-escaped,
 * so this is far over the lint size limit; V8's strings stop at 512 MiB.
 */
export const maxBodyBytes = 256 * 1024 * 1024

const headerEnd = Buffer.from('\r\n\r\n')
const lengthName = Buffer.from('Content-Length:')
/** A `Content-Length` header with its line break: the start of a frame. */
const frameStart = /^Content-Length: *\d+\r\n/

/** What the parser makes of the input, in order. */
export type FrameEvent = {kind: 'message'; body: string} | {kind: 'unreadable'; reason: string}

/**
 * Split a byte stream into message bodies. `push` takes a chunk and returns
 * what it completed: bodies, and `unreadable` for each bad stretch skipped.
 */
export class FrameParser {
  /** Bytes of a header section not yet complete (small: see `maxHeaderBytes`). */
  #header: Buffer = Buffer.alloc(0)
  /** The body being read: its length, and the chunks so far (not joined until complete). */
  #body: {length: number; chunks: Array<Buffer>; size: number} | undefined
  /** Skipping bad input up to the next frame; keeps only a tail to find it across chunks. */
  #skipping: Buffer | undefined

  push(chunk: Buffer): Array<FrameEvent> {
    const events: Array<FrameEvent> = []
    let input: Buffer | undefined = chunk
    while (input !== undefined && input.length > 0) input = this.#step(input, events)
    return events
  }

  /** Consume part of `input`; returns what is left of it for the next step. */
  #step(input: Buffer, events: Array<FrameEvent>): Buffer | undefined {
    if (this.#skipping !== undefined) return this.#skip(input)
    if (this.#body !== undefined) return this.#readBody(input, events)
    return this.#readHeader(input, events)
  }

  #readHeader(input: Buffer, events: Array<FrameEvent>): Buffer | undefined {
    const buffered = this.#header.length === 0 ? input : Buffer.concat([this.#header, input])
    const end = buffered.indexOf(headerEnd)
    this.#header = Buffer.alloc(0)
    if (end === -1) {
      if (buffered.length > maxHeaderBytes) return this.#unreadable(buffered, 1, 'no end to a header section in ' + maxHeaderBytes + ' bytes', events)
      this.#header = buffered
      return undefined
    }
    const problem = headerProblem(buffered.subarray(0, end).toString('latin1'))
    if (typeof problem === 'string') return this.#unreadable(buffered, 1, problem, events)
    this.#body = {length: problem.length, chunks: [], size: 0}
    return buffered.subarray(end + headerEnd.length)
  }

  #readBody(input: Buffer, events: Array<FrameEvent>): Buffer | undefined {
    const body = this.#body!
    // A frame starting inside the body means its `Content-Length` was too
    // large; look in what arrived (and the bytes before it, for a header
    // split across chunks), only as far as the body goes.
    const wanted = Math.min(input.length, body.length - body.size)
    const overlap = lastBytes(body.chunks, lengthName.length + 24)
    const window = Buffer.concat([overlap, input.subarray(0, wanted)])
    const next = findFrame(window, 0)
    if (next !== -1) {
      const cut = next - overlap.length
      this.#body = undefined
      events.push({kind: 'unreadable', reason: 'a message shorter than its `Content-Length` of ' + body.length})
      if (cut >= 0) return input.subarray(cut)
      // The next header began in an earlier chunk: read it again from there.
      return Buffer.concat([overlap.subarray(next), input])
    }
    body.chunks.push(input.subarray(0, wanted))
    body.size += wanted
    if (body.size < body.length) return undefined
    this.#body = undefined
    const text = Buffer.concat(body.chunks, body.size).toString('utf8')
    events.push({kind: 'message', body: text})
    return input.subarray(wanted)
  }

  /**
   * Skip `buffered` up to the next frame at or after `from` (which may be in
   * later chunks), saying once why. `from` is past the start of the bad
   * frame, so reading moves on.
   */
  #unreadable(buffered: Buffer, from: number, reason: string, events: Array<FrameEvent>): Buffer | undefined {
    events.push({kind: 'unreadable', reason})
    const next = findFrame(buffered, from)
    if (next !== -1) return buffered.subarray(next)
    this.#skipping = buffered.subarray(Math.max(0, buffered.length - lengthName.length - 24))
    return undefined
  }

  #skip(input: Buffer): Buffer | undefined {
    const buffered = Buffer.concat([this.#skipping!, input])
    const next = findFrame(buffered, 0)
    if (next === -1) {
      this.#skipping = buffered.subarray(Math.max(0, buffered.length - lengthName.length - 24))
      return undefined
    }
    this.#skipping = undefined
    return buffered.subarray(next)
  }
}

/**
 * The body length a header section gives, or what is wrong with it. Only
 * `Content-Length` (digits, at most `maxBodyBytes`) and `Content-Type` are
 * known; a line that is not `Name: value` is not a header.
 */
function headerProblem(section: string): {length: number} | string {
  let length: number | undefined
  for (const line of section.split('\r\n')) {
    const colon = line.indexOf(':')
    if (colon <= 0) return 'a header line that is not `Name: value`'
    const name = line.slice(0, colon).trim().toLowerCase()
    const value = line.slice(colon + 1).trim()
    if (name !== 'content-length') continue
    if (!/^\d{1,10}$/.test(value)) return 'a `Content-Length` that is not a number of bytes'
    length = Number(value)
    if (length > maxBodyBytes) return 'a `Content-Length` over the limit of ' + maxBodyBytes + ' bytes'
  }
  if (length === undefined) return 'a header section without `Content-Length`'
  return {length}
}

/** Where a frame (a `Content-Length` header line) starts in `bytes` at or after `from`, or -1. */
function findFrame(bytes: Buffer, from: number): number {
  for (let index = bytes.indexOf(lengthName, from); index !== -1; index = bytes.indexOf(lengthName, index + 1)) {
    if (frameStart.test(bytes.subarray(index, index + lengthName.length + 24).toString('latin1'))) return index
  }
  return -1
}

/** The last `count` bytes of `chunks`, joined. */
function lastBytes(chunks: ReadonlyArray<Buffer>, count: number): Buffer {
  const tail: Array<Buffer> = []
  let size = 0
  for (let index = chunks.length - 1; index >= 0 && size < count; index--) {
    tail.unshift(chunks[index]!)
    size += chunks[index]!.length
  }
  const joined = Buffer.concat(tail)
  return joined.subarray(Math.max(0, joined.length - count))
}

/**
 * A vscode-jsonrpc `MessageReader` over a byte stream (stdin) with
 * `FrameParser`: bad frames and bodies that are not JSON objects are
 * answered through `reject` and skipped, instead of stalling the reader.
 */
export class StrictMessageReader extends AbstractMessageReader {
  readonly #input: NodeJS.ReadableStream
  readonly #reject: (code: number, reason: string) => void
  readonly #parser = new FrameParser()

  /**
   * @param reject
   *   Answers a message that could not be read (JSON-RPC error with id `null`).
   */
  constructor(input: NodeJS.ReadableStream, reject: (code: number, reason: string) => void) {
    super()
    this.#input = input
    this.#reject = reject
  }

  listen(callback: DataCallback): Disposable {
    const onData = (chunk: Buffer | string) => {
      for (const event of this.#parser.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)) this.#deliver(event, callback)
    }
    const onError = (error: Error) => this.fireError(error)
    const onClose = () => this.fireClose()
    this.#input.on('data', onData)
    this.#input.on('error', onError)
    this.#input.on('end', onClose)
    return Disposable.create(() => {
      this.#input.off('data', onData)
      this.#input.off('error', onError)
      this.#input.off('end', onClose)
    })
  }

  #deliver(event: FrameEvent, callback: DataCallback): void {
    if (event.kind === 'unreadable') {
      this.#reject(parseError, 'Parse error: ' + event.reason + '; skipped to the next message')
      return
    }
    let message: unknown
    try {
      message = JSON.parse(event.body)
    } catch (error) {
      this.#reject(parseError, 'Parse error: the body is not JSON (' + (error as Error).message + ')')
      return
    }
    // Batches (arrays) are not part of LSP; a bare value is no message.
    if (message === null || typeof message !== 'object' || Array.isArray(message)) {
      this.#reject(invalidRequest, 'Invalid request: a message must be a JSON object')
      return
    }
    callback(message as Message)
  }
}

const parseError = -32700
const invalidRequest = -32600
