/**
 * Character references (`&quot;`, `&#8217;`, `&eacute`) as the Markdown and
 * HTML parsers read them, so that a decoded character can be traced back to
 * the exact characters of the file that wrote it.
 *
 * Each format is decoded by the code its parser uses: micromark's rules and
 * tables for Markdown (a reference must end in `;`), and the decoder of
 * `entities` that parse5 drives for HTML (legacy names without `;`, and
 * stricter rules inside attribute values).
 */
import {load} from './platform.js'

// Loaded with the first reference, as the Markdown and HTML stacks are
// (src/parse/formats.ts): plain text does not pay for their tables at start-up.
let decoders:
  | {
      named: typeof import('decode-named-character-reference').decodeNamedCharacterReference
      numeric: typeof import('micromark-util-decode-numeric-character-reference').decodeNumericCharacterReference
      html: import('entities/decode').HtmlEntityDecoder
      mode: typeof import('entities/decode').DecodingMode
    }
  | undefined

function loadDecoders(): NonNullable<typeof decoders> {
  if (!decoders) {
    const entities = load<typeof import('entities/decode')>('entities/decode')
    decoders = {
      named: load<typeof import('decode-named-character-reference')>('decode-named-character-reference').decodeNamedCharacterReference,
      numeric: load<typeof import('micromark-util-decode-numeric-character-reference')>('micromark-util-decode-numeric-character-reference')
        .decodeNumericCharacterReference,
      html: new entities.HtmlEntityDecoder((codePoint, length) => {
        decoded.push(codePoint)
        consumed = length
      }),
      mode: entities.DecodingMode
    }
  }
  return decoders
}

export interface Reference {
  /** How many characters of the source it takes, `&` and `;` included. */
  length: number
  /** What it decodes to (one or two code points). */
  value: string
}

/**
 * The character reference starting at `offset` of `source` (a `&`), if the
 * parser of `format` reads one there.
 */
export function referenceAt(source: string, offset: number, format: 'markdown' | 'html', inAttribute = false): Reference | undefined {
  if (source.charCodeAt(offset) !== 38 /* & */) return undefined
  return format === 'markdown' ? markdownReference(source, offset) : htmlReference(source, offset, inAttribute)
}

/** CommonMark: `&name;` (up to 31 alphanumerics), `&#digits;` (1-7), `&#xhex;` (1-6). */
function markdownReference(source: string, offset: number): Reference | undefined {
  let at = offset + 1
  let kind: 'named' | 'decimal' | 'hexadecimal' = 'named'
  if (source.charCodeAt(at) === 35 /* # */) {
    at++
    kind = 'decimal'
    const code = source.charCodeAt(at)
    if (code === 120 || code === 88 /* x X */) {
      at++
      kind = 'hexadecimal'
    }
  }
  const start = at
  const most = kind === 'named' ? 31 : kind === 'decimal' ? 7 : 6
  const allowed = kind === 'named' ? isAlphanumeric : kind === 'decimal' ? isDigit : isHexDigit
  while (at - start < most && allowed(source.charCodeAt(at))) at++
  if (at === start || source.charCodeAt(at) !== 59 /* ; */) return undefined
  const body = source.slice(start, at)
  const length = at + 1 - offset
  const {named, numeric} = loadDecoders()
  if (kind === 'named') {
    const value = named(body)
    return value === false ? undefined : {length, value}
  }
  return {length, value: numeric(body, kind === 'decimal' ? 10 : 16)}
}

let decoded: Array<number> = []
let consumed = 0

/** HTML, as parse5 reads it (with the same decoder). */
function htmlReference(source: string, offset: number, inAttribute: boolean): Reference | undefined {
  const {html: decoder, mode} = loadDecoders()
  decoded = []
  consumed = 0
  decoder.startEntity(inAttribute ? mode.Attribute : mode.Legacy)
  let length = decoder.write(source, offset + 1)
  if (length < 0) length = decoder.end()
  if (length <= 0 || decoded.length === 0) return undefined
  return {length: consumed, value: String.fromCodePoint(...decoded)}
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

function isHexDigit(code: number): boolean {
  return isDigit(code) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102)
}

function isAlphanumeric(code: number): boolean {
  return isDigit(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}
