/**
 * `figure-attribution`: contested figures (people, casualties, money,
 * percentages, polls, a death toll) need a source in their sentence or the
 * sentence just before; vague attribution (`is said to`) is reported apart.
 * Settled past events and first-person testimony are not news to source.
 *
 * The folder: `attributions.ts` which sentences name a source,
 * `source-names.ts` who, `dating.ts` settled past events, `testimony.ts`
 * first-person accounts, `tables.ts` the style data.
 */
import data from '../data/figure-attribution.json' with {type: 'json'}
import {getFigures} from '../../src/model/figures/index.js'
import {code} from '../../src/kit/report.js'
import {houseStyleRule} from '../../src/kit/rule.js'
import {attributedAhead, earlierSources, getAttributions, inStandfirst} from './attributions.js'
import {settledPast} from './dating.js'
import {inTestimony} from './testimony.js'
import {
  attributionsSchema,
  contextSchema,
  prepareAttributions,
  prepareContext,
  type AttributionsData,
  type AttributionTables,
  type ContextData,
  type ContextTables
} from './tables.js'

export interface FigureAttributionOptions {
  /** Report vague attribution (`is said to`, `reportedly`) of a contested figure (default: `true`). */
  weak: boolean
  /** How many earlier sources to name as hints (default: 3). */
  hints: number
}

/** The rule's own data; the figures are the model's (style data `data.figures`). */
export interface FigureAttributionData {
  attributions: AttributionsData
  context: ContextData
}

interface FigureAttributionTables {
  attributions: AttributionTables
  context: ContextTables
}

export default houseStyleRule<FigureAttributionOptions, FigureAttributionData, FigureAttributionTables>(
  {
    id: 'figure-attribution',
    description: 'Contested figures (casualties, people, money, percentages) need a named source',
    fixable: false,
    severity: 'info',
    options: {
      defaults: {weak: true, hints: 3},
      schema: {
        type: 'object',
        additionalProperties: false,
        properties: {weak: {type: 'boolean'}, hints: {type: 'integer', minimum: 0}}
      }
    },
    data: {
      defaults: data as FigureAttributionData,
      schema: {type: 'object', additionalProperties: false, properties: {attributions: attributionsSchema, context: contextSchema}}
    },
    prepare: (own) => ({attributions: prepareAttributions(own.attributions), context: prepareContext(own.context)})
  },
  ({article, options, tables, model, report}) => {
    const attributions = getAttributions(article, tables.attributions)
    const reportedWeak = new Set<number>()
    const reportedSentences = new Set<number>()
    const figures = getFigures(article, model.figures)
    const settled = settledPast(article, figures, tables.context, model.figures)
    for (const figure of figures) {
      if (!figure.contested || figure.inQuote) continue
      const own = attributions[figure.sentence.index]!
      if (own.attributed) continue
      // Told in the first person, it is the speaker's; a settled past event is no news (asked only now: they read the sentence).
      if (settled(figure.sentence) || inTestimony(article, figure, tables.context)) continue
      if (own.weak.length > 0) {
        const weak = own.weak[0]!
        if (options.weak && !reportedWeak.has(weak.start)) {
          reportedWeak.add(weak.start)
          report({
            start: weak.start,
            end: weak.end,
            reason: 'Name the source of ' + code(article.text.slice(figure.start, figure.spanEnd)) + ': ' + code(weak.phrase) + ' is a weak attribution',
            note: hints(figure.sentence.start) + 'No automatic fix: choosing a source is the editor’s call.'
          })
        }
        continue
      }
      const previous = attributions[figure.sentence.index - 1]
      if (previous && previous.attributed && figure.sentence.paragraph.index - previous.sentence.paragraph.index <= 1) continue
      // A headline states; the story under it attributes, and may do so for the standfirst.
      if (figure.sentence.paragraph.headline) continue
      if (inStandfirst(article, figure.sentence) && attributedAhead(attributions, figure.sentence)) continue
      // One finding per sentence: the problem is the sentence's missing source.
      if (reportedSentences.has(figure.sentence.index)) continue
      reportedSentences.add(figure.sentence.index)
      const others = figures.filter(
        (other) => other !== figure && other.sentence === figure.sentence && other.contested && !other.inQuote && !inTestimony(article, other, tables.context)
      ).length
      report({
        start: figure.start,
        end: figure.spanEnd,
        reason:
          'Give a source for ' + code(article.text.slice(figure.start, figure.spanEnd)) +
          (others > 0 ? ' (and ' + others + ' more figure' + (others > 1 ? 's' : '') + ' in this sentence)' : '') +
          ': neither this sentence nor the one before names one',
        note: hints(figure.sentence.start) + 'No automatic fix: choosing a source is the editor’s call, and a wrong one is worse than none.'
      })
    }

    function hints(offset: number): string {
      const names = earlierSources(attributions, offset).slice(0, options.hints)
      return names.length > 0 ? 'Sources cited earlier, nearest first: ' + names.map((name) => code(name)).join(', ') + '. ' : ''
    }
  }
)
