/**
 * Properties every lint must keep, on any text (issue #8), and the text
 * generators that try to break them; shared by tests/properties.test.ts
 * (a small budget) and scripts/fuzz.ts (a large one).
 *
 * - linting never throws;
 * - every message's place is inside the file (offsets in `[0, length]`,
 *   start before end, line and column agreeing with the offset);
 * - every fix range is valid (inside the file, start <= end, not splitting
 *   a surrogate pair);
 * - fixing is idempotent: fix(fix(x)) = fix(x);
 * - no fixable finding is left after fixing.
 */
import fc from 'fast-check'
import {location} from 'vfile-location'
import type {VFileMessage} from 'vfile-message'
import {fixOf, fixUntilStable} from '../src/engine/fix.js'
import {lint} from './lint.js'

/** Break one property: throw with what and where. */
function fail(what: string, text: string, message?: VFileMessage): never {
  const where = message ? ' [' + message.ruleId + ' ' + JSON.stringify(message.place) + ' ' + message.reason + ']' : ''
  throw new Error(what + where + ' in ' + JSON.stringify(text.length > 300 ? text.slice(0, 300) + '…' : text))
}

/** Whether `offset` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1)
  const after = text.charCodeAt(offset)
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff
}

/** Check the messages of `text`; returns the messages. */
export function checkMessages(text: string, messages: ReadonlyArray<VFileMessage>): undefined {
  const place = location(text)
  for (const message of messages) {
    const where = message.place
    if (!where) continue
    const points = 'start' in where ? [where.start, where.end] : [where]
    for (const point of points) {
      const offset = point.offset
      if (offset === undefined) continue
      if (!(offset >= 0 && offset <= text.length)) fail('message offset outside the file', text, message)
      const expected = place.toPoint(offset)
      if (expected && (expected.line !== point.line || expected.column !== point.column)) {
        fail('message line/column disagree with its offset', text, message)
      }
    }
    if ('start' in where && where.start.offset !== undefined && where.end.offset !== undefined && where.start.offset > where.end.offset) {
      fail('message ends before it starts', text, message)
    }
    const fix = fixOf(message)
    if (fix) {
      if (!(fix.start >= 0 && fix.start <= fix.end && fix.end <= text.length)) fail('fix range outside the file', text, message)
      if (splitsPair(text, fix.start) || splitsPair(text, fix.end)) fail('fix range splits a surrogate pair', text, message)
    }
  }
}

/** Lint `text`, check every property; throws on the first broken one. */
export async function checkText(text: string): Promise<undefined> {
  const messages = await lint(text)
  checkMessages(text, messages)
  const once = await fixUntilStable(text, lint)
  const left = await lint(once.text)
  checkMessages(once.text, left)
  const fixable = left.find((message) => fixOf(message) !== undefined)
  if (fixable) fail('fixable finding left after fixing', once.text, fixable)
  const twice = await fixUntilStable(once.text, lint)
  if (twice.text !== once.text) fail('fix(fix(x)) differs from fix(x)', text)
}

// ---------------------------------------------------------------------------
// Generators.

/** Words the rules react to: names, honorifics, US spellings, figures, groups, mojibake. */
const newsWords = [
  'Mr', 'Mr.', 'Mrs', 'Dr.', 'Col.', 'Colonel', 'Gen', 'Sheikh', 'President', 'Ahmed', 'Al', 'Bali', 'Hassan',
  'Mohammed', 'Mohammad', 'Sean', 'Ryan', 'Smith', 'al-Assad', 'Assad', 'ISIS', 'ISIL', 'Isis', 'Daesh', 'IS',
  'Islamic', 'State', 'group', 'Hizbollah', 'U.S.', 'U.N.', 'UN', 'US', 'e.g.', 'i.e.', 'color', 'center',
  'organization', 'program', 'defense', 'labor', 'percent', 'per', 'cent', '%', '3', '12', '1,000', '7,000',
  '2.5', '$5', 'Dh10', '3m', 'million', 'billion', 'three', 'twenty-one', 'thousands', 'of', 'killed', 'at',
  'least', 'people', 'said', 'told', 'according', 'to', 'officials', 'the', 'the', 'a', 'an', 'hour', 'apple',
  'NATO', 'North', 'Atlantic', 'Treaty', 'Organization', '(NATO)', 'Ã©', 'â€™', 'said.', '"', '“', '”', '‘', '’',
  "'", '.', ',', ';', ':', '!', '?', '...', '—', '-', '(', ')', 'Jan', 'January', '2024', '1990s', '10am', '5-3'
]

/** Separators, including CRLF, CR and mixed newlines, doubled spaces and tabs. */
const separators = [' ', ' ', ' ', ' ', '  ', '\t', '\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\n\r\n', '\u00a0', '']

const combining = fc.constantFrom('\u0301', '\u0308', '\u0327', '\u20dd', '\u0651', '\u064e', '\u200d', '\ufe0f')
const astral = fc.constantFrom('😀', '𝔸', '𠜎', '👩‍👩‍👧', '🇬🇧', '\u{1F3FD}', '\u{10FFFF}')
const odd = fc.constantFrom('\ufeff', '\u2028', '\u2029', '\ud800', '\udc00', '\u202e', '\u00ad', '\u200b')

/** A token: a news word, a separator, a random character, astral or combining. */
const token = fc.oneof(
  {weight: 8, arbitrary: fc.constantFrom(...newsWords)},
  {weight: 8, arbitrary: fc.constantFrom(...separators)},
  {weight: 2, arbitrary: fc.string({unit: 'binary', maxLength: 3})},
  {weight: 1, arbitrary: astral},
  {weight: 1, arbitrary: combining},
  {weight: 1, arbitrary: odd}
)

/** Text made of tokens, sometimes starting with a BOM. */
export const newsText = fc
  .tuple(fc.boolean(), fc.array(token, {maxLength: 120, size: 'large'}))
  .map(([bom, tokens]) => (bom ? '\ufeff' : '') + tokens.join(''))

/** Any Unicode text, astral and lone surrogates included (a NUL makes it a binary file). */
export const anyText = fc.oneof(
  fc.string({unit: 'binary', maxLength: 200}),
  fc.string({unit: 'grapheme', maxLength: 100}),
  fc.string({unit: fc.constantFrom('"', '“', '”', "'", '‘', '’', '.', ' ', '\n', '\r\n', 'a', 'Mr'), maxLength: 200})
)

/**
 * One long word: news words joined by hyphens, apostrophes or slashes
 * (`ISIL-U.S.-color-…`, `a'a'a…`). Work per word must stay linear in its
 * length: every run of a hyphenated word's parts once made a 20 KB word
 * run V8 out of memory.
 */
export const compoundText = fc
  .tuple(
    fc.array(fc.constantFrom(...newsWords.filter((word) => /^[\w.%$,]+$/u.test(word))), {minLength: 2, maxLength: 400}),
    fc.constantFrom('-', "'", '’', '/', "-'", '’s-', '--')
  )
  .map(([words, joint]) => words.join(joint))

/** Adversarial shapes: runs of quotes and punctuation, empty, newline soup, long compounds. */
export const adversarialText = fc.oneof(
  compoundText,
  fc.constant(''),
  fc.constant('\ufeff'),
  fc.integer({min: 1, max: 3000}).map((count) => '“'.repeat(count) + 'He said'),
  fc.integer({min: 1, max: 3000}).map((count) => 'He said "' + 'no "'.repeat(count)),
  fc.integer({min: 1, max: 3000}).chain((count) => fc.constantFrom('.', '!', '?', ',', '-', '—', '…', '(', ')', '%', '$').map((mark) => 'Mr' + mark.repeat(count) + ' Bali')),
  fc.array(fc.constantFrom('\n', '\r', '\r\n', ' ', '\t', '\n\n'), {maxLength: 200}).map((parts) => 'A ' + parts.join('') + 'an'),
  fc.integer({min: 1, max: 500}).map((count) => 'the '.repeat(count)),
  fc.integer({min: 1, max: 500}).map((count) => 'U.S. '.repeat(count))
)

/** All generators together. */
export const text = fc.oneof({weight: 5, arbitrary: newsText}, {weight: 3, arbitrary: anyText}, {weight: 1, arbitrary: adversarialText})
