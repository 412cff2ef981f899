/**
 * The one place parse-english is changed: its tokenizer replaced by a
 * faster one that makes the same tokens with positions from an origin, and
 * its sentence-breaking plugin run only where it can do something.
 *
 * Written against parse-english 7.0.0 (pinned in package.json) and the
 * parse-latin 7.0.0 it brings (pinned by package-lock.json): both changes
 * lean on how those versions tokenize and which paragraph plugin splits at
 * a blank line. A property test
 * (tests/article.test.ts) compares the tokens and whole parses with
 * parse-english's own on random text, so a new version that differs fails
 * it before it is used.
 */
import type {Paragraph, SentenceContent} from 'nlcst'
import type {Point} from 'unist'
import {ParseEnglish} from 'parse-english'
import {lineBreaks} from './text.js'

/**
 * parse-english with its positions starting at `origin` instead of the
 * start of the text, and a faster tokenizer.
 *
 * parse-latin's `tokenize` tests three large Unicode regexes per character
 * (an eighth of the whole lint, measured) and makes tokens whose points then
 * had to be shifted by `origin`. This one makes the same tokens in one pass:
 * the kind of each UTF-16 code unit is asked of parse-latin's own tokenizer
 * once and kept in a table, and points start at `origin`. A property test
 * checks that both tokenizers give the same tokens.
 */
export class ShiftedParser extends ParseEnglish {
  origin: Point & {offset: number} = {line: 1, column: 1, offset: 0}

  override tokenize(value?: string | null): Array<SentenceContent> {
    const tokens: Array<SentenceContent> = []
    if (!value) return tokens
    let {line, column, offset} = this.origin
    let from = 0
    let start: Point = {line, column, offset}
    let previousKind = 0
    let previousCode = -1

    for (let index = 0; index < value.length; index++) {
      const code = value.charCodeAt(index)
      const kind = kinds[code] || kindOf(code)
      // As parse-latin: words and white space go on; a run of one
      // punctuation or symbol character goes on, and so do surrogates.
      const goesOn = kind === previousKind && (kind === word || kind === whiteSpace || code === previousCode || isSurrogate(code))
      if (from < index && !goesOn) {
        const end = {line, column, offset}
        tokens.push(token(previousKind, value.slice(from, index), start, end))
        from = index
        start = end
      }
      if (code === 13 || (code === 10 && previousCode !== 13)) {
        line++
        column = 1
      } else if (code !== 10) {
        column++
      }
      offset++
      previousKind = kind
      previousCode = code
    }
    if (from < value.length) tokens.push(token(previousKind, value.slice(from), start, {line, column, offset}))
    return tokens
  }
}

/*
 * parse-latin's `breakImplicitSentences` splits a sentence at white space
 * holding a blank line, testing every white space of every sentence with
 * `split` and a new regex (a ninth of all the lint's allocation, measured).
 * Blank lines end our paragraphs before parsing, so it is run only on a
 * paragraph that still has such white space (a blank line made of other
 * white space, such as a no-break space). parse-english does not export
 * it: it is the paragraph plugin that splits a sentence at a blank line
 * (tried on a sample at load). If a new version has none or several such,
 * nothing is wrapped: slower, never wrong. The property test comparing
 * whole parses with parse-english's checks the result.
 */
const paragraphPlugins = ParseEnglish.prototype.tokenizeParagraphPlugins
const breakers = paragraphPlugins.filter((plugin) => splitsAtBlankLine(plugin))
ShiftedParser.prototype.tokenizeParagraphPlugins = paragraphPlugins.map((plugin) =>
  breakers.length === 1 && plugin === breakers[0]
    ? (paragraph: Paragraph) => {
        if (hasBlankLine(paragraph)) plugin(paragraph)
      }
    : plugin
)

/** Whether `plugin` splits `One\n\nTwo`, one sentence, into two sentences around the blank line. */
function splitsAtBlankLine(plugin: (paragraph: Paragraph) => undefined | void): boolean {
  const point = (offset: number): Point & {offset: number} => ({line: offset < 5 ? 1 : 3, column: offset < 5 ? offset + 1 : offset - 4, offset})
  const leaf = <Node extends object>(node: Node, start: number, end: number) => ({...node, position: {start: point(start), end: point(end)}})
  const sentence = leaf(
    {
      type: 'SentenceNode' as const,
      children: [
        leaf({type: 'WordNode' as const, children: [leaf({type: 'TextNode' as const, value: 'One'}, 0, 3)]}, 0, 3),
        leaf({type: 'WhiteSpaceNode' as const, value: '\n\n'}, 3, 5),
        leaf({type: 'WordNode' as const, children: [leaf({type: 'TextNode' as const, value: 'Two'}, 5, 8)]}, 5, 8)
      ]
    },
    0,
    8
  )
  const paragraph = leaf({type: 'ParagraphNode' as const, children: [sentence]}, 0, 8) as Paragraph
  try {
    plugin(paragraph)
  } catch {
    return false
  }
  return paragraph.children.map((child) => child.type).join() === 'SentenceNode,WhiteSpaceNode,SentenceNode'
}

/** Whether a sentence of `paragraph` holds white space with two or more line breaks. */
function hasBlankLine(paragraph: Paragraph): boolean {
  for (const sentence of paragraph.children) {
    if (sentence.type !== 'SentenceNode') continue
    for (const node of sentence.children) {
      if (node.type === 'WhiteSpaceNode' && node.value.length > 1 && lineBreaks(node.value).lines > 1) return true
    }
  }
  return false
}

/** Token kinds by number (0: not yet known), so that a byte table can hold them. */
const kindTypes = ['', 'WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode'] as const
const whiteSpace = 1
const word = 3
const symbol = 4

/** The token kind of each UTF-16 code unit met so far (0: not yet asked). */
const kinds = new Uint8Array(0x10000)
const latinTokenize = ParseEnglish.prototype.tokenize

/** Ask parse-latin which kind of token a code unit makes, and remember it. */
function kindOf(code: number): number {
  const [only] = latinTokenize.call(new ParseEnglish(), String.fromCharCode(code))
  const found = only ? kindTypes.indexOf(only.type as (typeof kindTypes)[number]) : -1
  const kind = found > 0 ? found : symbol
  kinds[code] = kind
  return kind
}

function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff
}

/**
 * A token as parse-latin makes it, but for its points: a token's end is the
 * next one's start, and a word's text node has the word's points, the same
 * objects (a quarter less allocation in the tokenizer, measured). Points
 * are never changed in place (parse-latin's plugins and ours replace them),
 * so sharing is safe.
 */
function token(kind: number, value: string, start: Point, end: Point): SentenceContent {
  if (kind === word) {
    return {type: 'WordNode', children: [{type: 'TextNode', value, position: {start, end}}], position: {start, end}}
  }
  return {type: kindTypes[kind] as 'WhiteSpaceNode' | 'PunctuationNode' | 'SymbolNode', value, position: {start, end}}
}
