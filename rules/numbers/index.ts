/**
 * `numbers`: one to nine in words, 10 and above in figures (except ages,
 * percentages, measurements, dates, times, scores and numbered things); no
 * figure at the start of a sentence; `per cent`; thousands separators from
 * 1,000; no ordinal suffix on dates.
 *
 * The folder: `checks.ts` one check a house rule, `exceptions.ts` figures
 * left as written, `tables.ts` the style data.
 */
import data from '../data/numbers.json' with {type: 'json'}
import {keepCase} from '../../src/model/case.js'
import {getFigures} from '../../src/model/figures/index.js'
import {inWordSet} from '../../src/model/words.js'
import {code} from '../../src/kit/report.js'
import {houseStyleRule, quotesOption} from '../../src/kit/rule.js'
import {dateSuffix, inFigures, opensSentence, percentSign, spellOut, thousands, type Checking} from './checks.js'
import {dataSchema, prepare, speltNumbers, type NumbersData, type Tables} from './tables.js'

export interface NumbersOptions {
  /** Inside direct quotes: `report` (default: how numbers are written is transcription) or `skip`. */
  quotes: 'skip' | 'report'
}

/** The checks after `spellOut`, in the order their findings are reported. */
const checks = [opensSentence, inFigures, thousands, dateSuffix, percentSign]

export default houseStyleRule<NumbersOptions, NumbersData, Tables>(
  {
    id: 'numbers',
    description: 'One to nine in words, 10 and above in figures; `per cent`; `7,000`; `September 10`',
    fixable: true,
    severity: 'warn',
    options: quotesOption('report'),
    data: {defaults: data as NumbersData, schema: dataSchema},
    prepare
  },
  ({article, options, tables, model, report}) => {
    const checking: Checking = {article, tables, spelt: speltNumbers(model.figures)}

    for (const figure of getFigures(article, model.figures)) {
      if (figure.inQuote && options.quotes === 'skip') continue
      const written = article.text.slice(figure.start, figure.end)
      // A figure to spell out is written wrongly in one way only.
      const spelt = spellOut(checking, figure, written)
      if (spelt) {
        report(spelt)
        continue
      }
      for (const check of checks) {
        const found = check(checking, figure, written)
        if (found) report(found)
      }
    }

    // `percent` -> `per cent`, wherever it is.
    for (const word of article.words) {
      if (word.inQuote && options.quotes === 'skip') continue
      const lower = word.lower
      if (!inWordSet(tables.variants, lower) || lower === tables.percent) continue
      const expected = keepCase(word.text, tables.percent)
      report({
        start: word.start,
        end: word.end,
        reason: 'Use ' + code(expected) + ', not ' + code(word.text),
        note: 'House style writes ' + code(tables.percent) + '.',
        expected: [expected]
      })
    }
  }
)
