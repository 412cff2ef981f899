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
import {referenceAt} from './references.js'

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
const enum Origin {
  /** Not written in the file as such: a break between blocks, a placeholder for code. */
  synthetic = 0,
  /** Written in the file as this character (itself, a reference or an escape). */
  text = 1,
  /** The same, inside an attribute value (`alt="..."`). */
  attribute = 2
}

/**
 * What stands for content that is not linted but sits inside a sentence
 * (code, a URL): one U+FFFC OBJECT REPLACEMENT CHARACTER, which the parser
 * reads as a symbol, neither a word nor sentence punctuation.
 */
export const placeholder = '\uFFFC'

/** Between two blocks (paragraphs, headings, list items, table cells). */
const blockBreak = '\n\n'

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

/** ASCII punctuation: what a backslash escapes in Markdown. */
function isAsciiPunctuation(code: number): boolean {
  return (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126)
}

function isLineEnding(code: number): boolean {
  return code === 10 || code === 13
}

/**
 * Builds a `Rendering` block by block: walkers of the Markdown and HTML
 * trees add what a reader reads, each piece with where the file wrote it.
 */
export class RenderingBuilder {
  readonly format: MarkupFormat
  readonly source: string
  /** The text so far, a piece per text node (not per character: a 5 MB file made 5 million strings). */
  private readonly chunks: Array<string> = []
  /** How many characters of text there are so far. */
  private length = 0
  private starts = new Uint32Array(1024)
  private ends = new Uint32Array(1024)
  private origins = new Uint8Array(1024)
  /** Whether a block has ended and the next content starts a new one. */
  private pendingBreak = false

  constructor(source: string, format: MarkupFormat) {
    this.source = source
    this.format = format
  }

  /** End the current block: the next content is a new paragraph. */
  endBlock(): undefined {
    if (this.length > 0) this.pendingBreak = true
  }

  /** Whether the current block has content yet. */
  get inBlock(): boolean {
    return this.length > 0 && !this.pendingBreak
  }

  /**
   * Add `value`, a text the parser decoded from `source.slice(start, end)`,
   * character by character with where each was written. A text that cannot
   * be traced back (a parser's quirk) becomes a placeholder: not linted,
   * rather than placed wrongly.
   */
  addText(value: string, start: number, end: number, options: {inAttribute?: boolean; exactEnd?: boolean} = {}): undefined {
    if (value === '') return
    this.startContent(start)
    const mark = this.length
    const origin = options.inAttribute ? Origin.attribute : Origin.text
    const source = this.source
    let at = start
    let index = 0
    while (index < value.length) {
      if (at >= end) return this.rollBack(mark, start, end)
      const code = source.charCodeAt(at)
      const wanted = value.charCodeAt(index)
      if (code === 38 /* & */) {
        const reference = referenceAt(source, at, this.format, options.inAttribute)
        if (reference && value.startsWith(reference.value, index)) {
          for (let unit = 0; unit < reference.value.length; unit++) this.map(at, at + reference.length, origin)
          index += reference.value.length
          at += reference.length
          continue
        }
      }
      // In Markdown a backslash before ASCII punctuation always escapes it.
      if (this.format === 'markdown' && code === 92 /* \ */ && isAsciiPunctuation(source.charCodeAt(at + 1))) {
        if (source.charCodeAt(at + 1) !== wanted) return this.rollBack(mark, start, end)
        this.map(at, at + 2, origin)
        index++
        at += 2
      } else if (code === wanted) {
        this.map(at, at + 1, origin)
        index++
        at++
      } else if (wanted === 10 && code === 13) {
        // A CR or CRLF the parser read as a line feed.
        const length = source.charCodeAt(at + 1) === 10 ? 2 : 1
        this.map(at, at + length, origin)
        index++
        at += length
      } else if (this.format === 'markdown' && skippable(code) && (isLineEnding(wanted) || (index > 0 && isLineEnding(value.charCodeAt(index - 1))))) {
        // White space before a line ending, and the prefixes of a
        // continued line (`> `, indentation), are not in the text.
        at++
      } else {
        return this.rollBack(mark, start, end)
      }
    }
    if (options.exactEnd !== false && at < end && !onlySkippable(source, at, end)) return this.rollBack(mark, start, end)
    this.chunks.push(value)
  }

  /** Content that is not linted (code, a URL): one placeholder for `[start, end)`. */
  addPlaceholder(start: number, end: number): undefined {
    this.startContent(start)
    this.add(placeholder, start, end, Origin.synthetic)
  }

  /** A line break (`<br>`, a hard break) written by markup at `start`. */
  addLineBreak(start: number, end: number): undefined {
    if (this.length === 0) return
    this.startContent(start)
    this.add('\n', start, end, Origin.synthetic)
  }

  private startContent(start: number): undefined {
    if (!this.pendingBreak) return
    this.pendingBreak = false
    const at = Math.min(start, this.ends[this.length - 1] ?? start)
    this.add(blockBreak, at, at, Origin.synthetic)
  }

  /** Add `text`, each of its characters written at `[start, end)` of the file. */
  private add(text: string, start: number, end: number, origin: Origin): undefined {
    this.chunks.push(text)
    for (let index = 0; index < text.length; index++) this.map(start, end, origin)
  }

  /** Where the next character of the text is written (its text is added with the rest of its node). */
  private map(start: number, end: number, origin: Origin): undefined {
    if (this.length === this.starts.length) {
      const starts = new Uint32Array(this.length * 2)
      starts.set(this.starts)
      this.starts = starts
      const ends = new Uint32Array(this.length * 2)
      ends.set(this.ends)
      this.ends = ends
      const origins = new Uint8Array(this.length * 2)
      origins.set(this.origins)
      this.origins = origins
    }
    this.starts[this.length] = start
    this.ends[this.length] = end
    this.origins[this.length] = origin
    this.length++
  }

  private rollBack(mark: number, start: number, end: number): undefined {
    this.length = mark
    this.add(placeholder, start, end, Origin.synthetic)
  }

  /**
   * The rendering. Its text ends with a line break, as a text file does:
   * parse-english reads the last sentence of a text otherwise (`rose to
   * 3.` at the very end is one word, `3.`), and the text must read as the
   * same article in plain text does.
   */
  build(quotes: Array<Range>): Rendering {
    if (this.length > 0) {
      const end = this.ends[this.length - 1]!
      this.add('\n', end, end, Origin.synthetic)
    }
    return new Rendering(this.format, this.source, this.chunks.join(''), {
      starts: this.starts.slice(0, this.length),
      ends: this.ends.slice(0, this.length),
      origins: this.origins.slice(0, this.length)
    }, quotes)
  }
}

/** Markdown's line prefixes and trailing white space. */
function skippable(code: number): boolean {
  return code === 32 || code === 9 || code === 62 /* > */
}

function onlySkippable(source: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (!skippable(source.charCodeAt(at)) && !isLineEnding(source.charCodeAt(at))) return false
  return true
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
