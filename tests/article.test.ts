/**
 * The article model: per-paragraph parsing keeps positions, and quotes,
 * sentences and words are found as a subeditor reads them.
 */
import fc from 'fast-check'
import {ParseEnglish} from 'parse-english'
import type {Root} from 'nlcst'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {getArticle, parseParagraphs} from '../src/index.js'
import {ShiftedParser} from '../src/parse/english.js'
import {modelTables} from '../src/kit/model.js'
import {loadStyle} from '../src/kit/style.js'
import {getPeople} from '../src/model/people/index.js'

function article(text: string) {
  return getArticle(parseParagraphs(text), new VFile(text))
}

type Node = Root | Root['children'][number]

/** Every node of `types` with its position, as `type line:column:offset:line:column:offset`. */
function places(tree: Root, types: Array<string>): Array<string> {
  const found: Array<string> = []
  const walk = (node: Node): void => {
    if (types.includes(node.type)) {
      const {start, end} = node.position!
      found.push(node.type + ' ' + [start.line, start.column, start.offset, end.line, end.column, end.offset].join(':'))
    }
    if ('children' in node) for (const child of node.children) walk(child as Node)
  }
  walk(tree)
  return found
}

describe('parseParagraphs', () => {
  it('gives the same positions as parsing the whole text at once', () => {
    const text = ' Lead line.\n\nSecond  paragraph, two\nlines here.\r\n\r\n\n  Third "quoted" one.\n\n\nLast'
    const types = ['ParagraphNode', 'SentenceNode', 'WordNode', 'TextNode', 'PunctuationNode', 'SymbolNode']
    const ours = places(parseParagraphs(text), types)
    expect(ours).toEqual(places(new ParseEnglish().parse(text), types))
  })

  it('parses an overlong paragraph in pieces, at line breaks, then spaces, never inside a character', async () => {
    const {toString} = await import('nlcst-to-string')
    const lines = Array.from({length: 3000}, (_, index) => 'Line ' + index + ' of “a” long paragraph, 😀.').join('\n')
    const spaces = 'word '.repeat(20_000)
    const solid = '😀'.repeat(40_000)
    for (const text of [lines, spaces, solid]) {
      const tree = parseParagraphs(text)
      expect(toString(tree)).toBe(text)
      const paragraphs = tree.children.filter((node) => node.type === 'ParagraphNode')
      expect(paragraphs.length).toBeGreaterThan(1)
      for (const paragraph of paragraphs) {
        const {start, end} = paragraph.position!
        expect(end.offset! - start.offset!).toBeLessThanOrEqual(32 * 1024)
        expect(text.slice(start.offset, end.offset)).toBe(toString(paragraph))
      }
    }
    // Cut after a line break: every word is where the whole parse puts it.
    expect(places(parseParagraphs(lines), ['WordNode'])).toEqual(places(new ParseEnglish().parse(lines), ['WordNode']))
  })

  it('tokenizes as parse-latin does, positions moved to the origin', () => {
    // Text made of what tokenizing turns on: words, white space, line breaks of
    // every kind, runs of the same punctuation, symbols, astral characters.
    const unit = fc.oneof(
      fc.constantFrom('a', 'Z', '1', 'é', ' ', '\t', '\n', '\r', '\r\n', '.', '..', ',', '"', '“', '’', "'", '-', '&', '$', '£', '%', '😀', '\ud83d', '\ude00', '\u0301', '\u00a0', '\u0645'),
      fc.string({unit: 'binary', maxLength: 3})
    )
    const text = fc.array(unit, {maxLength: 40}).map((units) => units.join(''))
    const origin = fc.record({line: fc.integer({min: 1, max: 9}), column: fc.integer({min: 1, max: 9}), offset: fc.integer({min: 0, max: 99})})
    fc.assert(
      fc.property(text, origin, (value, {line, column, offset}) => {
        const parser = new ShiftedParser()
        expect(parser.tokenize(value)).toEqual(new ParseEnglish().tokenize(value))
        parser.origin = {line, column, offset}
        const moved = new ParseEnglish().tokenize(value)
        const move = (point: {line: number; column: number; offset?: number}) => {
          if (point.line === 1) point.column += column - 1
          point.line += line - 1
          point.offset = (point.offset ?? 0) + offset
        }
        const points = new Set<{line: number; column: number; offset?: number}>()
        for (const token of moved) {
          points.add(token.position!.start).add(token.position!.end)
          if ('children' in token) for (const child of token.children) points.add(child.position!.start).add(child.position!.end)
        }
        for (const point of points) move(point)
        expect(parser.tokenize(value)).toEqual(moved)
      }),
      {numRuns: 3000, seed: 24}
    )
  })

  it('runs parse-latin’s sentence-breaking plugin only where needed, found among the plugins by what it does', () => {
    const ours = ShiftedParser.prototype.tokenizeParagraphPlugins
    const theirs = ParseEnglish.prototype.tokenizeParagraphPlugins
    expect(ours).toHaveLength(theirs.length)
    // Exactly one is wrapped: were none, parsing would be slower, not wrong.
    expect(ours.filter((plugin, index) => plugin !== theirs[index])).toHaveLength(1)
  })

  it('parses as parse-english does', () => {
    // Whole parses, plugins included: sentences, abbreviations, quotes, and
    // blank lines made of other white space, which still end a sentence.
    const unit = fc.constantFrom('The', 'U.S.', 'Mr.', 'a', 'an', '1.5', 'e.g.', ' ', ' ', '\n', '\r\n', '\n\u00a0\n', '\r\u2003\r', '.', '!', '?', '…', ',', '"', '“', '”', '’s', '(', ')', '-', '😀', '\u0301')
    const text = fc.array(unit, {maxLength: 30}).map((units) => units.join(''))
    // Tokens share point objects, so no plugin may change a point in place:
    // frozen, a change would throw (the plugins are strict-mode modules).
    class FrozenPoints extends ShiftedParser {
      override tokenize(value?: string | null) {
        const tokens = super.tokenize(value)
        for (const token of tokens) {
          Object.freeze(token.position!.start)
          Object.freeze(token.position!.end)
        }
        return tokens
      }
    }
    fc.assert(
      fc.property(text, (value) => {
        expect(new FrozenPoints().parse(value)).toEqual(new ParseEnglish().parse(value))
      }),
      {numRuns: 3000, seed: 24}
    )
  })

  it('covers the whole text, so the tree stringifies back to it', async () => {
    const {toString} = await import('nlcst-to-string')
    const text = 'One.\n\n\nTwo three.\n  \nFour\n'
    expect(toString(parseParagraphs(text))).toBe(text)
  })
})

describe('getArticle', () => {
  it('splits paragraphs, sentences and words with offsets into the text', () => {
    const text = 'The U.S. Army left. Col Sean Ryan said so.\n\nIS-held Hajin’s market.'
    const model = article(text)
    expect(model.paragraphs).toHaveLength(2)
    expect(model.sentences.map((sentence) => text.slice(sentence.start, sentence.end))).toEqual([
      'The U.S. Army left.',
      'Col Sean Ryan said so.',
      'IS-held Hajin’s market.'
    ])
    expect(model.words.map((word) => word.text)).toEqual([
      'The', 'U.S.', 'Army', 'left', 'Col', 'Sean', 'Ryan', 'said', 'so', 'IS-held', 'Hajin’s', 'market'
    ])
    for (const word of model.words) expect(text.slice(word.start, word.end)).toBe(word.text)
  })

  it('builds the model once per tree', () => {
    const text = 'One.'
    const tree = parseParagraphs(text)
    const file = new VFile(text)
    expect(getArticle(tree, file)).toBe(getArticle(tree, file))
  })

  it('keeps the model out of sight of plugins that read or serialise the tree', () => {
    const text = 'Mr Smith said 12 people died.'
    const tree = parseParagraphs(text)
    const before = JSON.stringify(tree)
    const model = getArticle(tree, new VFile(text))
    expect(getPeople(model, modelTables(loadStyle(undefined)).people).persons.length).toBeGreaterThan(0)
    // The model points back at the tree: stored as a plain property, this would throw.
    expect(JSON.stringify(tree)).toBe(before)
    expect(Object.keys(tree)).toEqual(['type', 'children', 'position'])
    expect(structuredClone(tree)).toEqual(JSON.parse(before))
    // A copy of the tree is a new tree, with a model of its own.
    const copy = {...tree}
    expect(getArticle(copy, new VFile(text))).not.toBe(model)
  })

  it('models a frozen tree too, once', () => {
    const text = 'Mr Smith left.'
    const tree = Object.freeze(parseParagraphs(text))
    const file = new VFile(text)
    expect(getArticle(tree, file).words.map((word) => word.text)).toEqual(['Mr', 'Smith', 'left'])
    expect(getArticle(tree, file)).toBe(getArticle(tree, file))
  })
})

describe('quotes', () => {
  function quoted(text: string): Array<string> {
    return article(text).words.filter((word) => word.inQuote).map((word) => word.text)
  }

  it('finds straight and curly double quotes', () => {
    expect(quoted('He said "still strong" and “very near” today.')).toEqual(['still', 'strong', 'very', 'near'])
  })

  it('takes the signature of an embedded post for quoted matter', () => {
    expect(quoted('Obama wrote on X. We pray for a full recovery. — Barack Obama (@BarackObama) May 18, 2025 Mr Biden thanked him.')).toEqual([
      'Barack',
      'Obama',
      'BarackObama',
      'May',
      '18',
      '2025'
    ])
  })

  it('does not take apostrophes for quotes', () => {
    expect(quoted('Hajin’s fighters’ tunnels, the ’90s and rock ’n’ roll don’t count.')).toEqual([])
    expect(quoted("Hajin's fighters' tunnels don't count.")).toEqual([])
  })

  it('finds single quotes used as quotes, also inside double quotes', () => {
    expect(quoted('The so-called ‘caliphate’ fell.')).toEqual(['caliphate'])
    expect(quoted("He called it 'a victory' yesterday.")).toEqual(['a', 'victory'])
    expect(quoted('“He told me ‘go home’ twice,” she said.')).toEqual(['He', 'told', 'me', 'go', 'home', 'twice'])
  })

  it('ends a quote whose closing mark the source dropped where the next one opens', () => {
    expect(quoted('"We hear it. "You do not," he said. But Tony Blair had lost. "Trust is gone," he said.')).toEqual([
      'We', 'hear', 'it', 'You', 'do', 'not', 'Trust', 'is', 'gone'
    ])
    // A straight mark that can only close opens no quote.
    expect(quoted('It was a wasted vote." But Tony Blair had lost.')).toEqual([])
  })

  it('reads two single marks written for a double one', () => {
    expect(quoted('“Low revenue generation.’’ Extending the cuts, Donald Trump said.')).toEqual(['Low', 'revenue', 'generation'])
  })

  it('runs an unclosed quote to the end of its paragraph and marks the continuation', () => {
    const text = '“The end is near, he said.\n\n“We will win,” he added. Then more.'
    const model = article(text)
    expect(model.words.filter((word) => word.inQuote).map((word) => word.text)).toEqual([
      'The', 'end', 'is', 'near', 'he', 'said', 'We', 'will', 'win'
    ])
    expect(model.quotes.map((quote) => [quote.closed, quote.continued])).toEqual([
      [false, false],
      [true, true]
    ])
  })

  it('reopens straight quotes per paragraph', () => {
    expect(quoted('"Unclosed quote here.\n\nOutside "inside" outside.')).toEqual(['Unclosed', 'quote', 'here', 'inside'])
  })
})
