/**
 * Property tests over random and adversarial text (issue #8): the lint never
 * throws, its places are inside the file, its fixes are valid, fixing is
 * idempotent and leaves nothing fixable (see tests/properties.ts).
 *
 * A small budget, to keep the suite fast; `npm run fuzz` (scripts/fuzz.ts)
 * runs the same properties over 100,000 cases and the huge inputs.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {firstLetterUpper, isAllCaps, startsUpper} from '../src/model/case.js'
import {inWordSet, withoutPossessive, wordSet} from '../src/model/words.js'
import {skeleton} from '../src/model/people/index.js'
import {segments} from '../src/parse/segments.js'
import {lintFile} from './lint.js'
import {adversarialText, anyText, checkMessages, checkText, newsText} from './properties.js'

const budget = {numRuns: 60, seed: 8}

describe('properties of the lint', () => {
  it('holds on news-like text (names, figures, spellings, quotes, CRLF, BOM)', async () => {
    await fc.assert(fc.asyncProperty(newsText, (text) => checkText(text)), budget)
  })

  it('holds on any Unicode text (astral, combining, lone surrogates)', async () => {
    await fc.assert(fc.asyncProperty(anyText, (text) => checkText(text)), budget)
  })

  it('holds on adversarial text (runs of quotes and punctuation, newline soup)', async () => {
    await fc.assert(fc.asyncProperty(adversarialText, (text) => checkText(text)), {numRuns: 15, seed: 8})
  })

  it('places every finding in the file when a long file is linted in pieces', async () => {
    // As the CLI lints plain text over `segmentSize`, with tiny pieces.
    let cut = 0
    await fc.assert(
      fc.asyncProperty(fc.oneof(newsText, adversarialText), async (text) => {
        if (segments(text, 24).length > 1) cut++
        checkMessages(text, await lintFile('a.txt', text, {}, {segmentSize: 24}))
      }),
      {numRuns: 60, seed: 8}
    )
    // Some of the texts have paragraph breaks to cut at.
    expect(cut).toBeGreaterThan(10)
  })

  it('cuts a text into pieces that cover it in order, at paragraph breaks', () => {
    fc.assert(
      fc.property(fc.oneof(newsText, anyText), fc.integer({min: 1, max: 200}), (text, size) => {
        const pieces = segments(text, size)
        let at = 0
        for (const {start, end} of pieces) {
          if (start !== at || (end <= start && text !== '')) return false
          // A piece ends at a paragraph break (or the end), never inside one.
          if (end < text.length && !/(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)$/u.test(text.slice(start, end))) return false
          at = end
        }
        return at === text.length
      }),
      {numRuns: 2000, seed: 8}
    )
  })

  it('holds on the fixed examples: empty, BOM, mixed newlines, unbalanced quotes', async () => {
    for (const text of [
      '',
      '\ufeff',
      '\ufeffMr. Bali said the color was "good.\r\nHe said.\rThe the center\n\r\nU.S. troops',
      '"'.repeat(2000) + ' said Mr Bali',
      '“'.repeat(1000) + '‘'.repeat(1000),
      '.'.repeat(5000),
      'e\u0301 a\u0308pple a 😀 an 𝔸 \ud800 Mr\u0301 Bali'
    ]) {
      await checkText(text)
    }
  })
})

// The hot paths written without regexes must say what the regexes say.
describe('fast word helpers agree with their regex definitions', () => {
  const word = fc.string({unit: fc.constantFrom('a', 'S', 's', 'Z', "'", '\u2019', 'é', 'É', 'ß', '\u0645', '-', '.', '1'), maxLength: 8})

  it('withoutPossessive is `replace(/[\'’]s?$/u, "")`', () => {
    fc.assert(fc.property(word, (text) => withoutPossessive(text) === text.replace(/['\u2019]s?$/u, '')), {numRuns: 2000, seed: 8})
  })

  it('isAllCaps is "two or more letters, all capitals"', () => {
    const byRegex = (text: string) => {
      const letters = text.match(/\p{L}/gu) ?? []
      return letters.length > 1 && letters.every((letter) => letter !== letter.toLowerCase() && letter === letter.toUpperCase())
    }
    fc.assert(fc.property(word, (text) => isAllCaps(text) === byRegex(text)), {numRuns: 2000, seed: 8})
  })

  it('firstLetterUpper is "the first letter is a capital"', () => {
    const byRegex = (text: string) => {
      const first = text.match(/\p{L}/u)?.[0]
      return first !== undefined && first !== first.toLowerCase() && first === first.toUpperCase()
    }
    // Words that start with marks and digits too (`’90s`, `"Hello`, `3M`).
    const marked = fc.tuple(fc.constantFrom('', '"', '’', '(', '3', '-', '“'), word).map(([mark, text]) => mark + text)
    fc.assert(fc.property(marked, (text) => firstLetterUpper(text) === byRegex(text)), {numRuns: 4000, seed: 8})
  })

  it('a name\'s skeleton is its letters without a e i o u y, runs made one', () => {
    const byRegex = (text: string) => text.replace(/[^\p{L}]/gu, '').replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1')
    const name = fc.string({
      unit: fc.constantFrom('a', 'b', 'B', 'l', 'y', 'Y', 'é', 'ß', '\u0645', '\u0301', '-', ' ', '’', '1', '\u{1D400}', '\u{1F600}', '\uD800'),
      maxLength: 10
    })
    fc.assert(fc.property(name, (text) => skeleton(text) === byRegex(text)), {numRuns: 4000, seed: 8})
  })

  it('startsUpper is `/^\\p{Lu}/u`', () => {
    fc.assert(fc.property(word, (text) => startsUpper(text) === /^\p{Lu}/u.test(text)), {numRuns: 2000, seed: 8})
  })

  it('a word set answers as its Set does (the shape test only rules words out)', () => {
    fc.assert(
      fc.property(fc.array(word), fc.array(word), (members, others) => {
        const set = wordSet(members)
        return [...members, ...others].every((item) => inWordSet(set, item) === set.words.has(item))
      }),
      {numRuns: 500, seed: 8}
    )
  })
})
