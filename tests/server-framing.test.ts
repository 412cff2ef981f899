/**
 * The language server's frame parser on its own: what chunk boundaries a
 * pipe may make (a header or body cut anywhere), and each way a frame can
 * be wrong. The binary is driven through the same cases in
 * hostile-server.test.ts.
 */
import {describe, expect, it} from 'vitest'
import {FrameParser, maxBodyBytes, type FrameEvent} from '../src/server/framing.js'

function frame(body: string, length = Buffer.byteLength(body)): string {
  return 'Content-Length: ' + length + '\r\n\r\n' + body
}

/** Feed `input` to a parser in chunks of `size` bytes; every event, in order. */
function parse(input: string | Buffer, size = Number.POSITIVE_INFINITY): Array<FrameEvent> {
  const bytes = typeof input === 'string' ? Buffer.from(input) : input
  const parser = new FrameParser()
  const events: Array<FrameEvent> = []
  for (let start = 0; start < bytes.length; start += Math.min(size, bytes.length)) events.push(...parser.push(bytes.subarray(start, start + size)))
  return events
}

function kinds(events: Array<FrameEvent>): Array<string> {
  return events.map((event) => (event.kind === 'message' ? event.body : 'unreadable'))
}

const a = '{"id":1}'
const b = '{"id":2,"text":"café ’"}'

describe('FrameParser', () => {
  it('reads frames cut at every byte', () => {
    const input = frame(a) + frame(b)
    for (const size of [1, 2, 3, 7, 64]) expect(kinds(parse(input, size)), 'chunks of ' + size).toEqual([a, b])
  })

  it('accepts a Content-Type header, in either order, and names in any case', () => {
    const input = 'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\ncontent-length: ' + a.length + '\r\n\r\n' + a
    expect(kinds(parse(input))).toEqual([a])
  })

  it('reads a body of megabytes in small chunks', () => {
    const big = '{"text":"' + 'x'.repeat(3_000_000) + '"}'
    expect(kinds(parse(frame(big) + frame(a), 65_536))).toEqual([big, a])
  })

  it('cuts a body whose Content-Length is too large at the next frame, wherever the chunks fall', () => {
    const input = frame(a, 5000) + frame(b)
    for (const size of [1, 5, 13, 4096]) expect(kinds(parse(input, size)), 'chunks of ' + size).toEqual(['unreadable', b])
  })

  it('says a body cut short by its Content-Length is unreadable, then finds the next frame', () => {
    const events = parse(frame(a, 3) + frame(b))
    expect(events[0]).toEqual({kind: 'message', body: '{"i'})
    expect(kinds(events.slice(1))).toEqual(['unreadable', b])
  })

  it('skips a header with a Content-Length that is not a number, or too large, or missing', () => {
    for (const header of ['Content-Length: abc', 'Content-Length: -5', 'Content-Length: 1e3', 'Content-Length: ' + (maxBodyBytes + 1), 'Content-Type: text/plain']) {
      expect(kinds(parse(header + '\r\n\r\n' + a + frame(b))), header).toEqual(['unreadable', b])
    }
  })

  it('skips garbage, however long, up to the next frame', () => {
    expect(kinds(parse('garbage\r\n\r\n' + frame(a)))).toEqual(['unreadable', a])
    expect(kinds(parse('x'.repeat(100_000) + frame(a), 1000))).toEqual(['unreadable', a])
    expect(kinds(parse(Buffer.concat([Buffer.from([0, 0xff, 0xfe]), Buffer.from(frame(a))])))).toEqual(['unreadable', a])
  })

  it('does not take a header-like text inside a JSON string for a frame (it is escaped there)', () => {
    const body = JSON.stringify({text: 'Content-Length: 12\r\n\r\n{}'})
    expect(kinds(parse(frame(body) + frame(a), 3))).toEqual([body, a])
  })
})
