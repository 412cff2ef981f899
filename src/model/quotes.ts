/**
 * Direct-quote spans in a paragraph.
 *
 * Double quotes (straight or curly, or two single marks written for one)
 * open and close quotes; a mark that can
 * only open (`. "You`) while a quote is open ends that quote there, as the
 * source dropped its closing mark, and a straight mark that can only close
 * with no quote open opens none. Single quotes do
 * so only when they stand at a word boundary and find their partner in the
 * same paragraph, so apostrophes (Hajin’s, ’90s, fighters’) are never taken
 * for quotes. A double quote left open at the end of a paragraph runs to its
 * end: news copy continues a long quote in the next paragraph, which opens
 * with a quote mark again. The signature of an embedded post (`— Barack
 * Obama (@BarackObama) May 18, 2025`) is quoted matter too.
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

/** An embedded post's signature: `— Barack Obama (@BarackObama) May 18, 2025`. */
const postSignature = /[\u2014\u2013] ?[^\u2014\u2013()\n]{1,80}? \(@\w{1,15}\) \p{Lu}\p{Ll}+ \d{1,2}, \d{4}/gu

/** The marks `findQuotes` reads: straight and curly, double and single. */
const quoteMark = /["'\u2018\u2019\u201C\u201D]/g

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

  // Only quote marks matter: the scan jumps from one to the next.
  quoteMark.lastIndex = 0
  for (let found = quoteMark.exec(text); found !== null; found = quoteMark.exec(text)) {
    const index = found.index
    const character = found[0]
    // Two single marks written for a double one (`generation.’’ Extending`) read as it.
    const pair = (character === '\u2018' || character === "'" || character === '\u2019') && text.charAt(index + 1) === character
    const width = pair ? 2 : 1
    const mark = pair ? (character === '\u2018' ? '\u201C' : character === '\u2019' ? '\u201D' : '"') : character
    if (mark === '\u201C') {
      // A quote opening while one is open: the source dropped a closing mark.
      if (stack.some((quote) => quote.kind === 'double')) restart(index)
      else stack.push({kind: 'double', start: index})
    } else if (mark === '\u201D') {
      close('double', index + width - 1)
    } else if (mark === '"') {
      const opens = opensHere(text, index, width)
      const closes = closesHere(text, index, width)
      if (stack.some((quote) => quote.kind === 'double')) {
        if (opens && !closes) restart(index)
        else close('double', index + width - 1)
      } else if (opens || !closes) {
        // Not a closing mark whose opening the source dropped (`wasted vote." But`).
        stack.push({kind: 'double', start: index})
      }
    } else if (character === '\u2018' || character === "'" || character === '\u2019') {
      single(character, index)
    }
    quoteMark.lastIndex = index + width
  }

  // An unclosed double quote runs to the end of the paragraph.
  const openDouble = stack.find((quote) => quote.kind === 'double')
  if (openDouble) add(openDouble.start, text.length, false)

  // The signature of an embedded post is the post's, as its text is.
  if (text.includes('(@')) for (const match of text.matchAll(postSignature)) spans.push({start: offset + match.index, end: offset + match.index + match[0].length, closed: true, continued: false})

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

  /** End the open double quote before `index`, unclosed, and open another there. */
  function restart(index: number): undefined {
    let position = stack.length - 1
    while (position >= 0 && stack[position]?.kind !== 'double') position--
    const open = stack[position]!
    stack.length = position
    add(open.start, index, false)
    stack.push({kind: 'double', start: index})
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

/** Whether a straight double quote (`width` marks long) at `index` reads as an opening mark: after a space or the start, before a word. */
function opensHere(text: string, index: number, width: number): boolean {
  const before = index === 0 ? ' ' : text.charAt(index - 1)
  const after = index + width < text.length ? text.charAt(index + width) : ' '
  return /[\s([{\u2014\u2013-]/u.test(before) && !/\s/u.test(after)
}

/** Whether a straight double quote (`width` marks long) at `index` reads as a closing mark: after a word or punctuation, before a space, punctuation or the end. */
function closesHere(text: string, index: number, width: number): boolean {
  const before = index === 0 ? ' ' : text.charAt(index - 1)
  const after = index + width < text.length ? text.charAt(index + width) : ' '
  return !/\s/u.test(before) && /[\s.,;:!?)\]\u2014\u2013-]/u.test(after)
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
