/**
 * Direct-quote spans in a paragraph.
 *
 * Double quotes (straight or curly) open and close quotes; single quotes do
 * so only when they stand at a word boundary and find their partner in the
 * same paragraph, so apostrophes (Hajin’s, ’90s, fighters’) are never taken
 * for quotes. A double quote left open at the end of a paragraph runs to its
 * end: news copy continues a long quote in the next paragraph, which opens
 * with a quote mark again.
 */

export interface QuoteSpan {
  /** Offset of the opening quote mark in the file. */
  start: number
  /** Offset just after the closing quote mark, or the paragraph end. */
  end: number
  /** Whether a closing mark was found in the paragraph. */
  closed: boolean
  /** Whether this quote continues an unclosed quote of the paragraph before. */
  continued: boolean
}

interface OpenQuote {
  kind: 'double' | 'single'
  start: number
}

const openingContext = /[\s([{\u2014\u2013"\u201C\u2018'-]/u
const wordCharacter = /[\p{L}\p{N}]/u

/**
 * Find the quotes in one paragraph's text.
 *
 * @param text
 *   The paragraph's text.
 * @param offset
 *   Offset of the paragraph in the file.
 * @param previousOpen
 *   Whether the paragraph before ended inside an unclosed double quote.
 */
export function findQuotes(
  text: string,
  offset: number,
  previousOpen: boolean
): {spans: Array<QuoteSpan>; endsOpen: boolean} {
  const spans: Array<QuoteSpan> = []
  const stack: Array<OpenQuote> = []

  for (let index = 0; index < text.length; index++) {
    const character = text.charAt(index)
    if (character === '\u201C') {
      if (!stack.some((quote) => quote.kind === 'double')) {
        stack.push({kind: 'double', start: index})
      }
    } else if (character === '\u201D') {
      close('double', index)
    } else if (character === '"') {
      if (stack.some((quote) => quote.kind === 'double')) close('double', index)
      else stack.push({kind: 'double', start: index})
    } else if (character === '\u2018' || character === "'" || character === '\u2019') {
      single(character, index)
    }
  }

  // An unclosed double quote runs to the end of the paragraph.
  const openDouble = stack.find((quote) => quote.kind === 'double')
  if (openDouble) add(openDouble.start, text.length, false)

  spans.sort((a, b) => a.start - b.start)
  return {spans: outermost(spans), endsOpen: openDouble !== undefined}

  function single(character: string, index: number): undefined {
    const before = index === 0 ? ' ' : text.charAt(index - 1)
    const after = index + 1 < text.length ? text.charAt(index + 1) : ' '
    // Inside a word: an apostrophe.
    if (wordCharacter.test(before) && wordCharacter.test(after)) return
    const canOpen =
      character !== '\u2019' && openingContext.test(before) && !/\s/u.test(after)
    const canClose = !/\s/u.test(before) && !wordCharacter.test(after)
    const top = stack.at(-1)
    if (canClose && top?.kind === 'single') {
      close('single', index)
    } else if (canOpen) {
      stack.push({kind: 'single', start: index})
    }
  }

  function close(kind: OpenQuote['kind'], index: number): undefined {
    let position = stack.length - 1
    while (position >= 0 && stack[position]?.kind !== kind) position--
    if (position < 0) return
    const open = stack[position]!
    // Single quotes opened inside this one and never closed were apostrophes.
    stack.length = position
    add(open.start, index + 1, true)
  }

  function add(start: number, end: number, closed: boolean): undefined {
    spans.push({
      start: offset + start,
      end: offset + end,
      closed,
      continued: previousOpen && start === leadingSpace(text)
    })
  }
}

function leadingSpace(text: string): number {
  const match = /^\s*/u.exec(text)
  return match ? match[0].length : 0
}

/** Drop spans nested in another span. */
function outermost(spans: Array<QuoteSpan>): Array<QuoteSpan> {
  const result: Array<QuoteSpan> = []
  for (const span of spans) {
    const last = result.at(-1)
    if (last && span.start < last.end) {
      if (span.end > last.end) last.end = span.end
    } else {
      result.push(span)
    }
  }
  return result
}
