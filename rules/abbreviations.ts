/**
 * `abbreviations`: no full stops in abbreviations (`U.S.` -> `US`).
 */
import data from './data/abbreviations.json' with {type: 'json'}
import type {Article, Word} from '../src/article.js'
import {keepCase} from '../src/case.js'
import {code} from '../src/report.js'
import {houseStyleRule, quotesOption} from '../src/rule.js'
import {wordParts} from '../src/words.js'

export interface AbbreviationsOptions {
  /**
   * Inside direct quotes: `report` (default: full stops are typography, not
   * the speaker's words) or `skip`.
   */
  quotes: 'skip' | 'report'
}

export interface AbbreviationsData {
  /** Abbreviation as written -> house form. */
  abbreviations: Record<string, string>
  /**
   * Capitalised words that start a sentence: an abbreviation followed by one
   * of them ends its sentence, so its last full stop stays (`in the U.S. The`).
   */
  sentenceStarters: Array<string>
}

interface Tables {
  abbreviations: Map<string, string>
  sentenceStarters: Set<string>
}

export default houseStyleRule<AbbreviationsOptions, AbbreviationsData, Tables>(
  {
    id: 'abbreviations',
    description: 'No full stops in abbreviations: `US`, not `U.S.`',
    fixable: true,
    severity: 'error',
    options: quotesOption('report'),
    data: {
      defaults: data,
      schema: {
        type: 'object',
        additionalProperties: false,
        required: ['abbreviations'],
        properties: {
          abbreviations: {type: 'object', additionalProperties: {type: 'string'}},
          sentenceStarters: {type: 'array', items: {type: 'string'}}
        }
      }
    },
    prepare: (data) => ({
      abbreviations: new Map(Object.entries(data.abbreviations)),
      sentenceStarters: new Set(data.sentenceStarters)
    })
  },
  ({article, options, tables, report}) => {
    for (const word of article.words) {
      if (!word.text.includes('.')) continue
      if (word.inQuote && options.quotes === 'skip') continue
      for (const part of wordParts(word.text)) {
        const house = lookUp(tables, part.text)
        if (house === undefined) continue
        const start = word.start + part.start
        const end = start + part.text.length
        const keepStop = part.last && endsSentence(article, tables, word, end)
        const expected = keepCase(part.text, house) + (keepStop ? '.' : '')
        report({
          start,
          end,
          reason: 'Use ' + code(expected) + ', not ' + code(part.text),
          note: 'House style writes abbreviations without full stops.',
          expected: [expected]
        })
        break
      }
    }
  }
)

/** The house form of `abbreviation`, also when it starts a sentence (`E.g.`). */
function lookUp(tables: Tables, abbreviation: string): string | undefined {
  const exact = tables.abbreviations.get(abbreviation)
  if (exact !== undefined) return exact
  const lowered = abbreviation.charAt(0).toLowerCase() + abbreviation.slice(1)
  return lowered === abbreviation ? undefined : tables.abbreviations.get(lowered)
}

/**
 * Whether the full stop at `end` also ends the sentence: the paragraph ends
 * there (bar closing quotes and brackets), or a sentence-starting word follows.
 */
function endsSentence(article: Article, tables: Tables, word: Word, end: number): boolean {
  if (end !== word.end) return false
  const next = article.words[word.index + 1]
  const paragraphEnd = word.sentence.paragraph.end
  if (!next || next.sentence.paragraph !== word.sentence.paragraph) {
    return /^[\s"'”’)\]]*$/u.test(article.text.slice(end, paragraphEnd))
  }
  return /^\s+$/u.test(article.text.slice(end, next.start)) && tables.sentenceStarters.has(next.text)
}
