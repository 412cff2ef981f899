/**
 * The shareable link: the text (and the style) compressed into the URL's
 * fragment, which the browser never sends to any server.
 */
import type {Format, StyleChoice} from './protocol.js'

export interface Shared {
  text: string
  format: Format
  style: StyleChoice
}

/** The fragment for `shared`: `#v1=<deflated JSON, base64url>`. */
export async function encodeShare(shared: Shared): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(shared))
  const compressed = await transform(bytes, new CompressionStream('deflate-raw'))
  return '#v1=' + toBase64Url(compressed)
}

/** What a fragment from `encodeShare` holds, or `undefined` for any other fragment. */
export async function decodeShare(fragment: string): Promise<Shared | undefined> {
  const match = /^#v1=([\w-]+)$/u.exec(fragment)
  if (!match) return undefined
  try {
    const bytes = await transform(fromBase64Url(match[1]!), new DecompressionStream('deflate-raw'))
    const value = JSON.parse(new TextDecoder().decode(bytes)) as Partial<Shared>
    if (typeof value.text !== 'string' || (value.format !== 'txt' && value.format !== 'md') || typeof value.style !== 'object' || value.style === null) return undefined
    return {text: value.text, format: value.format, style: value.style}
  } catch {
    return undefined
  }
}

async function transform(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const output = new Blob([bytes as BlobPart]).stream().pipeThrough(stream)
  return new Uint8Array(await new Response(output).arrayBuffer())
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  for (let index = 0; index < bytes.length; index += 0x8000) binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000))
  const encoded = btoa(binary).replaceAll('+', '-').replaceAll('/', '_')
  // Base64's padding (at most two `=`) is not needed to decode it.
  return encoded.endsWith('==') ? encoded.slice(0, -2) : encoded.endsWith('=') ? encoded.slice(0, -1) : encoded
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'))
  const bytes = new Uint8Array(binary.length)
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index)
  return bytes
}
