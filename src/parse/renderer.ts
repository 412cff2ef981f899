/**
 * Building a `Rendering` (src/parse/rendered.ts) block by block: the
 * walkers of the Markdown and HTML trees (src/parse/markdown.ts,
 * src/parse/html.ts) add what a reader reads, each character with where
 * the file wrote it, matched with the parsers' own decoders
 * (src/parse/references.ts).
 */
import {Origin, Rendering, type MarkupFormat, type Range} from './rendered.js'
import {referenceAt} from './references.js'

/**
 * What stands for content that is not linted but sits inside a sentence
 * (code, a URL): one U+FFFC OBJECT REPLACEMENT CHARACTER, which the parser
 * reads as a symbol, neither a word nor sentence punctuation.
 */
export const placeholder = '\uFFFC'

/** Between two blocks (paragraphs, headings, list items, table cells). */
const blockBreak = '\n\n'

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

