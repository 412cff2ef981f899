/**
 * `numbers`: one to nine in words, 10 and above in figures (except ages,
 * percentages, measurements, dates, times, scores and numbered things); no
 * figure at the start of a sentence; `per cent`; thousands separators from
 * 1,000; no ordinal suffix on dates.
 *
 * The folder: `checks.ts` one check a house rule, `percent.ts` `per cent`,
 * `exceptions.ts` figures left as written, `tables.ts` the style data.
 */
import data from '../data/numbers.json' with {type: 'json'}
import {getFigures} from '../../src/model/figures/index.js'
import type {Finding} from '../../src/kit/report.js'
import {houseStyleRule, quotesOption} from '../../src/kit/rule.js'
import {dateSuffix, inFigures, opensSentence, spellOut, thousands, type Checking} from './checks.js'
import {percentages} from './percent.js'
import {dataSchema, prepare, speltNumbers, type NumbersData, type Tables} from './tables.js'

export interface NumbersOptions {
  /** Inside direct quotes: `report` (default: how numbers are written is transcription) or `skip`. */
  quotes: 'skip' | 'report'
}

/** The checks of a figure after `spellOut`. */
const checks = [opensSentence, inFigures, thousands, dateSuffix]

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
    const checking: Checking = {article, tables, figures: model.figures, spelt: speltNumbers(model.figures)}
    const skipQuotes = options.quotes === 'skip'
    const findings: Array<Finding> = []

    for (const figure of getFigures(article, model.figures)) {
      if (figure.inQuote && skipQuotes) continue
      const written = article.text.slice(figure.start, figure.end)
      // A figure to spell out is written wrongly in one way only.
      const spelt = spellOut(checking, figure, written)
      if (spelt) {
        findings.push(spelt)
        continue
      }
      for (const check of checks) {
        const found = check(checking, figure, written)
        if (found) findings.push(found)
      }
    }
    findings.push(...percentages(checking, skipQuotes))

    for (const finding of findings.sort((a, b) => a.start - b.start)) report(finding)
  }
)
