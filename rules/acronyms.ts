/**
 * `acronyms`: an acronym is spelt out at first use unless it is well known;
 * the spelt-out name earlier in the article (`Syrian Democratic Forces` for
 * `SDF`), or in brackets next to it, defines it.
 */
import data from './data/acronyms.json' with {type: 'json'}
import type {Article, Word} from '../src/model/article.js'
import {isAllCaps, startsUpper} from '../src/model/case.js'
import {code} from '../src/kit/report.js'
import {houseStyleRule, quotesOption} from '../src/kit/rule.js'
import {wordParts} from '../src/model/words.js'

export interface AcronymsOptions {
  /** Inside direct quotes: `skip` (default: the speaker's words) or `report`. */
  quotes: 'skip' | 'report'
}

export interface AcronymsData {
  /** Acronyms every reader knows (`US`, `UN`, `BBC`). */
  wellKnown: Array<string>
  /** Small words inside names that initials may skip (`of`, `for`). */
  connectors: Array<string>
  /** Nouns that say what an acronym is (`energy firm DTEK`, `the RIA news agency`). */
  descriptors?: Array<string>
  /** English words written in capitals for emphasis (`this AND that`). */
  englishWords?: Array<string>
}

interface Tables {
  wellKnown: Set<string>
  connectors: Set<string>
  descriptors: Set<string>
  englishWords: Set<string>
}

const acronym = /^[A-Z][A-Z&]*[A-Z]$/u
const roman = /^[IVXLCDM]+$/u

export default houseStyleRule<AcronymsOptions, AcronymsData, Tables>(
  {
    id: 'acronyms',
    description: 'Spell out an acronym at first use unless it is well known: `YPG` needs its name',
    fixable: false,
    severity: 'warn',
    options: quotesOption('skip'),
    data: {
      defaults: data,
      schema: {
        type: 'object',
        additionalProperties: false,
        required: ['wellKnown'],
        properties: {
          wellKnown: {type: 'array', items: {type: 'string', minLength: 2}, uniqueItems: true},
          connectors: {type: 'array', items: {type: 'string', minLength: 1}, uniqueItems: true},
          descriptors: {type: 'array', items: {type: 'string', minLength: 1}, uniqueItems: true},
          englishWords: {type: 'array', items: {type: 'string', minLength: 1}, uniqueItems: true}
        }
      }
    },
    prepare: (data) => ({
      wellKnown: new Set(data.wellKnown.map((item) => item.toUpperCase())),
      connectors: new Set(data.connectors),
      descriptors: new Set((data.descriptors ?? []).map((item) => item.toLowerCase())),
      englishWords: new Set(data.englishWords ?? [])
    })
  },
  ({article, options, tables, model, report}) => {
    // Names of organisations the style knows (`ISIS`, `ISIL`): `group-names` reports those.
    const groups = model.groups.groupOf
    const defined = new Set<string>()
    const seen = new Set<string>()
    let run: Array<Word> = []
    // Runs of capitalised words ended so far; their initials are worked out
    // only when an unknown acronym asks (few articles have one).
    const ended: Array<Array<Word>> = []

    for (const word of article.words) {
      // Names spelt out so far define their initials.
      if (continuesRun(article, run, word, tables)) {
        run.push(word)
      } else {
        if (run.length > 1) ended.push(run)
        // A word that starts no run keeps the empty one (no new array per word).
        run = startsRun(word) ? [word] : run.length === 0 ? run : []
      }
      if (capitals(word.text) < 2) continue
      if (word.text.includes('.') && !/\.$/u.test(word.text)) continue
      // An acronym has no hyphen: only single segments can be one.
      for (const part of wordParts(word.text.replace(/\.$/u, ''), {segments: 1})) {
        const plural = /^[A-Z]{2,}s$/u.test(part.text)
        const name = plural ? part.text.slice(0, -1) : part.text
        if (!acronym.test(name) || roman.test(name)) continue
        if (seen.has(name)) break
        seen.add(name)
        if (tables.wellKnown.has(name) || groups.has(name) || groups.has(part.text)) break
        if (word.inQuote && options.quotes === 'skip') break
        if (shouting(word, tables) || tables.englishWords.has(name) || partOfName(article, word, part.start, name.length)) break
        // Six capitals or more without `&` are a word in capitals (`PERMANENCE:`), not an acronym;
        // `#MAGA`, `@POTUS`, `.SPX` and `EUR=` are tags and tickers.
        if (name.length >= 6 && !name.includes('&')) break
        if (/[#@.]$/u.test(article.text.charAt(word.start - 1)) || /^=/u.test(article.text.charAt(word.end))) break
        // `BONDS:` heads a section of a market report.
        if (/^:/u.test(article.text.charAt(word.end)) && word === word.sentence.words[0]) break
        // A headline cannot spell out; the story under it does.
        if (headline(article, word)) {
          seen.delete(name)
          break
        }
        for (const done of ended.splice(0)) addInitials(done, defined, tables)
        addInitials(run.slice(0, -1), defined, tables)
        if (defined.has(name) || defined.has(name + 'S')) break
        if (bracketed(article, word, part.start, name.length) || described(article, tables, word)) {
          // Spelt out or described here: later forms (`RINs` then `RIN`) are known too.
          defined.add(name)
          defined.add(name.replace(/S$/u, ''))
          break
        }
        const start = word.start + part.start
        report({
          start,
          end: start + name.length,
          reason: 'Spell out ' + code(name) + ' at its first use',
          note: 'Readers may not know ' + code(name) + ': give the full name first, with or without ' + code('(' + name + ')') + '. No automatic fix: the full name is not in the article.'
        })
        break
      }
    }
  }
)

/** How many of `text`’s letters are A to Z: an acronym has two or more. */
function capitals(text: string): number {
  let count = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 0x41 && code <= 0x5a) count++
  }
  return count
}

function startsRun(word: Word): boolean {
  return startsUpper(word.text)
}

function continuesRun(article: Article, run: Array<Word>, word: Word, tables: Tables): boolean {
  const last = run.at(-1)
  if (!last || !blanksBetween(article.text, last.end, word.start)) return false
  return startsRun(word) || tables.connectors.has(word.text)
}

/** Whether `text` from `start` to `end` is one or more spaces or tabs. */
function blanksBetween(text: string, start: number, end: number): boolean {
  if (end <= start) return false
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code !== 0x20 && code !== 0x09) return false
  }
  return true
}

/** Add the initials of every stretch of `run` that starts and ends with a capital. */
function addInitials(run: Array<Word>, defined: Set<string>, tables: Tables): undefined {
  const words = run.map((word) => word.text.replace(/['’]s$/u, ''))
  for (let first = 0; first < words.length; first++) {
    if (tables.connectors.has(words[first]!)) continue
    let short = ''
    let long = ''
    for (let last = first; last < words.length; last++) {
      const text = words[last]!
      const initial = isAllCaps(text) ? text : text.split('-').map((part) => part.charAt(0)).join('').toUpperCase()
      long += initial.charAt(0) === '' ? '' : initial
      if (tables.connectors.has(text)) continue
      short += initial
      if (last > first) {
        defined.add(short)
        defined.add(long)
      }
    }
  }
}

/** `Kurdish People’s Protection Units (YPG)` or `YPG (People’s Protection Units)`. */
function bracketed(article: Article, word: Word, offset: number, length: number): boolean {
  const start = word.start + offset
  const before = article.text.slice(Math.max(0, start - 2), start)
  const after = article.text.slice(start + length, start + length + 3)
  // `digital video recorders (DVRs)`, `Kurdish People’s Protection Units (YPG)`,
  // `alternative minimum taxes, or AMT`, `blending credits, called RINs`.
  if (/\($/u.test(before)) return article.words[word.index - 1] !== undefined
  if (/(,\s+or|known\s+as|called)\s+$/u.test(article.text.slice(Math.max(0, start - 12), start))) return true
  return /^ \(\p{Lu}/u.test(after)
}

/**
 * Capitals that belong to a name or a model rather than stand for one:
 * initials (`JD Vance`, `AC Milan`, `HMS Belfast`), models (`Nintendo DS`,
 * `KN-23`), units after a figure (`40 GB`).
 */
function partOfName(article: Article, word: Word, offset: number, length: number): boolean {
  const after = article.text.slice(word.start + offset + length, word.start + offset + length + 2)
  const rest = article.text.slice(word.start + offset + length, word.end)
  if (/^-\d/u.test(after) || /^-[A-Z0-9-]*\d/u.test(rest) || /^-[A-Z]{2,}$/u.test(rest)) return true
  const next = article.words[word.index + 1]
  const previous = article.words[word.index - 1]
  const whole = offset === 0 && length === word.text.replace(/['’]s$/u, '').length
  if (!whole) return false
  if (next && /^(I|II|III|IV|V|VI|VII|VIII|IX|X)$/u.test(next.text)) return true
  if (length <= 5 && next && next.sentence === word.sentence && /^ $/u.test(article.text.slice(word.end, next.start)) && /^\p{Lu}\p{Ll}/u.test(next.text)) return true
  if (previous && previous.sentence === word.sentence && /^ $/u.test(article.text.slice(previous.end, word.start))) {
    if (/^\d/u.test(previous.text)) return true
    // `Nintendo DS`, `Canon’s EOS`, but not `Kurdish YPG`.
    if (/^\p{Lu}\p{Ll}/u.test(previous.text) && previous !== word.sentence.words[0] && !/(ish|ian|an|ese|i)$/u.test(previous.text)) return true
  }
  return false
}

/**
 * Said what it is: a descriptor next to it (`energy firm DTEK`, `the RIA news
 * agency`, `NTV television`) or an apposition (`DTEK, Ukraine’s largest energy
 * company`, `the EU’s diplomatic arm, the EEAS`).
 */
function described(article: Article, tables: Tables, word: Word): boolean {
  const words = word.sentence.words
  const position = words.indexOf(word)
  const near = (index: number) => {
    const other = words[index]
    return other !== undefined && tables.descriptors.has(other.text.toLowerCase().replace(/['’]s$/u, ''))
  }
  if (near(position - 1)) return true
  // `NTV television`, `the RIA state news agency`, `ZMINA human rights centre`.
  for (let index = position + 1; index <= position + 3 && index < words.length; index++) {
    if (!/^\s+$/u.test(article.text.slice(words[index - 1]!.end, words[index]!.start))) break
    if (near(index)) return true
  }
  // `Canal Plus and TPS`: a descriptor a few words before, over a list.
  if (near(position - 3) || near(position - 4)) {
    const between = article.text.slice(words[Math.max(0, position - 4)]!.end, word.start)
    if (/\band\b/u.test(between)) return true
  }
  const after = article.text.slice(word.end, word.end + 40)
  const before = article.text.slice(Math.max(word.sentence.start, word.start - 6), word.start)
  return /^,\s+(the|a|an|\p{Lu}\p{L}*['’]s)\s/u.test(after) || /,\s+(the\s+)?$/u.test(before)
}

/** A headline: a paragraph of one short sentence without a full stop. */
function headline(article: Article, word: Word): boolean {
  const paragraph = word.sentence.paragraph
  const value = article.text.slice(paragraph.start, paragraph.end).trim()
  return paragraph.sentences.length === 1 && !/[.!?:;"”’)]$/u.test(value) && word.sentence.words.length <= 20
}

/** A word in a line of capitals (`THIS IS THE END`, `ANXIETY IN HIGH-TAX STATES`) is not an acronym. */
function shouting(word: Word, tables: Tables): boolean {
  const words = word.sentence.words
  const capitals = words.filter((item) => isAllCaps(item.text)).length
  if (words.length >= 3 && capitals / words.length > 0.5) return true
  const position = words.indexOf(word)
  return [words[position - 1], words[position + 1]].some(
    (item) => item !== undefined && isAllCaps(item.text) && !item.text.includes('.') && !tables.wellKnown.has(item.text.replace(/['’]s$/u, ''))
  )
}
