/**
 * retext-house-style: a house-style linter for news articles.
 *
 * `unified().use(retextEnglish).use(retextHouseStyle, options)` runs every
 * rule with the settings of the style and of `options.rules`.
 */
import type {Root} from 'nlcst'
import type {Processor} from 'unified'
import {rules} from './preset.js'
import {ruleData, ruleOptions} from './rule.js'
import {loadStyle, type RuleSetting, type Severity, type Style, type StyleData} from './style.js'
import {validate} from './validate.js'

export interface Options {
  /** Style name (`the-national`), path to a JSON style, or style object. */
  style?: string | StyleData
  /** Settings per rule id, over the style's: `'off' | 'warn' | 'error' | [severity, options]`. */
  rules?: Record<string, RuleSetting>
}

const optionsSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    style: {type: ['string', 'object']},
    rules: {
      type: 'object',
      additionalProperties: {
        anyOf: [
          {enum: ['off', 'warn', 'error']},
          {
            type: 'array',
            minItems: 1,
            maxItems: 2,
            items: [{enum: ['off', 'warn', 'error']}, {type: 'object'}]
          }
        ]
      }
    }
  }
}

/**
 * Plugin: lint with every rule of the house style.
 */
export default function retextHouseStyle(this: Processor<Root>, options: Options = {}): undefined {
  validate(optionsSchema, options, 'Invalid options for retext-house-style')
  const style = loadStyle(options.style)
  checkRuleIds(style, options.rules ?? {})
  for (const rule of rules) {
    const {id} = rule.meta
    const [severity, given] = setting(options.rules?.[id] ?? style.rules[id] ?? rule.meta.severity)
    if (severity === 'off') continue
    // Check options and data now, so a bad value fails before any file is read.
    ruleOptions(rule.meta, style, given)
    ruleData(rule.meta, style)
    this.use(rule, [severity, {...given, style}])
  }
}

function setting(value: RuleSetting): [Severity, Record<string, unknown>] {
  return typeof value === 'string' ? [value, {}] : [value[0], value[1] ?? {}]
}

function checkRuleIds(style: Style, given: Record<string, unknown>): undefined {
  const known = new Set(rules.map((rule) => rule.meta.id))
  const list = [...known].map((id) => '`' + id + '`').join(', ')
  for (const [where, ids] of [
    ['options `rules`', Object.keys(given)],
    ['style ' + style.source + ' `rules`', Object.keys(style.rules)],
    ['style ' + style.source + ' `data`', Object.keys(style.data)]
  ] as const) {
    for (const id of ids) {
      if (!known.has(id)) throw new Error('Unknown rule `' + id + '` in ' + where + ': expected one of ' + list)
    }
  }
}

export {rules} from './preset.js'
export {default as retextHouseStyleParse, parseParagraphs} from './parse.js'
export {loadStyle, builtInStyles, defaultStyleName} from './style.js'
export type {RuleSetting, Severity, Style, StyleData} from './style.js'
export {getArticle} from './article.js'
export type {Article, Paragraph, QuoteSpan, Sentence, Word} from './article.js'
export {applyFixes} from './fix.js'
export {default as groupNames} from '../rules/group-names.js'
export {default as abbreviations} from '../rules/abbreviations.js'
