/**
 * The text a reader reads in a Markdown or HTML article, with a map from
 * each of its characters back to the characters of the file that wrote it.
 *
 * The rules read this text as they read plain text; their findings are
 * placed, and their fixes written, through the map. Character references
 * (`&quot;`), Markdown escapes (`\*`) and line prefixes (`> `) make the
 * file longer than the text, and markup (`<b>`, `**`) sits between its
 * characters: offsets in one are not offsets in the other.
 */
import type {Root} from 'nlcst'

export type MarkupFormat = 'markdown' | 'html'

/** A span of the file (offsets). */
export interface Range {
  start: number
  end: number
}

/** An edit of the file: replace `[start, end)` with `text`. */
export interface Edit {
  start: number
  end: number
  text: string
}

/** How a character of the text came from the file. */
export const Origin = {
  /** Not written in the file as such: a break between blocks, a placeholder for code. */
  synthetic: 0,
  /** Written in the file as this character (itself, a reference or an escape). */
  text: 1,
  /** The same, inside an attribute value (`alt="..."`). */
  attribute: 2
} as const
export type Origin = (typeof Origin)[keyof typeof Origin]

export class Rendering {
  readonly format: MarkupFormat
  /** The file's own text. */
  readonly source: string
  /** What a reader reads. */
  readonly text: string
  /** Spans of the file that markup makes quotes (`<blockquote>`, `>`). */
  readonly quotes: Array<Range>
  /** For each character of `text`, the offset in `source` where what wrote it starts. */
  private readonly starts: Uint32Array
  /** ... and where it ends. */
  private readonly ends: Uint32Array
  private readonly origins: Uint8Array

  constructor(
    format: MarkupFormat,
    source: string,
    text: string,
    map: {starts: Uint32Array; ends: Uint32Array; origins: Uint8Array},
    quotes: Array<Range>
  ) {
    this.format = format
    this.source = source
    this.text = text
    this.starts = map.starts
    this.ends = map.ends
    this.origins = map.origins
    this.quotes = quotes
  }

  /** The offset in the file where the text's character at `offset` starts (for a start point). */
  startOf(offset: number): number {
    if (offset < this.text.length) return this.starts[offset]!
    return this.text.length === 0 ? 0 : this.ends[this.text.length - 1]!
  }

  /** The offset in the file where the character before `offset` ends (for an end point). */
  endOf(offset: number): number {
    return offset > 0 ? this.ends[offset - 1]! : this.startOf(0)
  }

  /** The span of the file that wrote `text.slice(start, end)`. */
  range(start: number, end: number): Range {
    const from = this.startOf(start)
    return {start: from, end: end > start ? Math.max(from, this.endOf(end)) : from}
  }

  /** The offset in the text of the first character written at or after `offset` of the file. */
  toText(offset: number): number {
    let low = 0
    let high = this.text.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (this.starts[middle]! < offset) low = middle + 1
      else high = middle
    }
    return low
  }

  /**
   * The edit of the file that turns `text.slice(start, end)` into
   * `replacement`: only the part that changes, written as the file writes
   * it (a character the file writes as a reference there keeps its
   * reference; markup characters are escaped). `undefined` when the change
   * would cross markup or touch something that is not plain text in the
   * file (a word split by `<b>`, a placeholder): no fix is better than a
   * guess.
   */
  edit(start: number, end: number, replacement: string): Edit | undefined {
    const actual = this.text.slice(start, end)
    let prefix = 0
    const most = Math.min(actual.length, replacement.length)
    while (prefix < most && actual.charCodeAt(prefix) === replacement.charCodeAt(prefix)) prefix++
    if (prefix > 0 && isHighSurrogate(actual.charCodeAt(prefix - 1))) prefix--
    let suffix = 0
    while (
      suffix < most - prefix &&
      actual.charCodeAt(actual.length - 1 - suffix) === replacement.charCodeAt(replacement.length - 1 - suffix)
    ) {
      suffix++
    }
    if (suffix > 0 && isLowSurrogate(actual.charCodeAt(actual.length - suffix))) suffix--
    const from = start + prefix
    const to = end - suffix
    const inserted = replacement.slice(prefix, replacement.length - suffix)
    if (!this.cleanBoundary(from) || !this.cleanBoundary(to)) return undefined
    if (from === to) {
      // An insertion with markup on both sides could go on either: it goes
      // on the finding's side, inside any markup around it (`<i>an</i>`,
      // `<b>Mr Bali</b>`), which reads the same as outside.
      const after = from > 0 && this.origins[from - 1] !== Origin.synthetic ? this.ends[from - 1] : undefined
      const before = from < this.text.length && this.origins[from] !== Origin.synthetic ? this.starts[from] : undefined
      const at = from > start ? (after ?? before) : (before ?? after)
      if (at === undefined) return undefined
      return {start: at, end: at, text: this.encode(inserted, from, to)}
    }
    for (let index = from; index < to; index++) {
      if (this.origins[index] === Origin.synthetic) return undefined
      if (index > from && !this.contiguous(index)) return undefined
    }
    return {start: this.starts[from]!, end: this.ends[to - 1]!, text: this.encode(inserted, from, to)}
  }

  /** Whether `offset` of the text falls between what wrote two characters (not inside one reference). */
  private cleanBoundary(offset: number): boolean {
    if (offset <= 0 || offset >= this.text.length) return true
    return this.ends[offset - 1]! <= this.starts[offset]!
  }

  /** Whether the character at `index` is written right after the one before it (or by the same reference). */
  private contiguous(index: number): boolean {
    const previousEnd = this.ends[index - 1]!
    const start = this.starts[index]!
    return previousEnd === start || (this.starts[index - 1] === start && previousEnd === this.ends[index])
  }

  /** `inserted` written for the file, in place of `text.slice(from, to)`. */
  private encode(inserted: string, from: number, to: number): string {
    if (inserted === '') return ''
    // How the file writes characters where the edit goes.
    const written = new Map<string, string>()
    let attribute = false
    for (let index = from; index < to; index++) {
      if (this.origins[index] === Origin.attribute) attribute = true
      if (index > from && this.starts[index] === this.starts[index - 1]) continue
      const decoded = this.text.slice(index, this.endOfUnit(index))
      const origin = this.source.slice(this.starts[index], this.ends[index])
      if (origin !== decoded && !written.has(decoded)) written.set(decoded, origin)
    }
    if (from === to) attribute = this.origins[from] === Origin.attribute || this.origins[from - 1] === Origin.attribute
    let result = ''
    for (const character of inserted) {
      result += written.get(character) ?? escape(character, this.format, attribute)
    }
    return result
  }

  /** The end of the characters written by the same source as the one at `index`. */
  private endOfUnit(index: number): number {
    let end = index + 1
    while (end < this.text.length && this.starts[end] === this.starts[index] && this.ends[end] === this.ends[index]) end++
    return end
  }
}

/** Characters that would be read as markup if written as they are. */
const markdownSpecial = new Set(['\\', '`', '*', '_', '[', ']', '<', '>', '&', '~', '|'])
const htmlText: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;'}
const htmlAttribute: Record<string, string> = {...htmlText, '"': '&quot;', "'": '&#39;'}

function escape(character: string, format: MarkupFormat, attribute: boolean): string {
  if (format === 'markdown') return markdownSpecial.has(character) ? '\\' + character : character
  return (attribute ? htmlAttribute : htmlText)[character] ?? character
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

const renderingKey = Symbol('houseStyleRendering')

/** A tree parsed from a rendering's text, or from the piece of it that starts at `start`. */
export interface Rendered {
  rendering: Rendering
  start: number
}

/** Keep the rendering a tree was parsed from on the tree (not enumerable: JSON and other plugins skip it). */
export function setRendering(tree: Root, rendering: Rendering, start = 0): undefined {
  Object.defineProperty(tree, renderingKey, {value: {rendering, start} satisfies Rendered})
}

/** The rendering `tree` was parsed from, if it was parsed from Markdown or HTML by us. */
export function renderingOf(tree: Root): Rendered | undefined {
  return (tree as Root & {[renderingKey]?: Rendered})[renderingKey]
}
