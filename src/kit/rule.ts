/**
 * How a rule is made: metadata, then a check that reads the article model.
 *
 * Each rule is a unified-lint-rule plugin (so it takes `'off' | 'warn' |
 * 'error' | [severity, options]` and stamps `ruleId`, `source`, `url` on its
 * messages); this wrapper adds what every rule of ours needs: the style, the
 * rule's data from it (validated and prepared once), validated options, the
 * article model and the report helper.
 */
import type {Root} from 'nlcst'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {lintRule} from 'unified-lint-rule'
import encodingData from '../../rules/data/encoding.json' with {type: 'json'}
import {getArticle, type Article} from '../model/article.js'
import {encodingSchema, getDamage, isDamaged, prepareEncoding, type EncodingData, type EncodingTables} from '../model/encoding.js'
import {report, type Finding} from './report.js'
import {loadStyle, merge, type Severity, type Style, type StyleData} from './style.js'
import {validate} from './validate.js'
import {longestOf} from '../model/words.js'

export const source = 'retext-house-style'
export const docsBase = 'https://github.com/retext-house-style/retext-house-style/blob/main/docs/rules/'

export interface RuleMeta<Options extends object, Data extends object, Prepared> {
  /** The rule id: its file name and the name in the specification. */
  id: string
  /** What it checks, in one line. */
  description: string
  /** Whether its findings carry a safe fix (`expected`). */
  fixable: boolean
  /** Severity in the default preset when the style says nothing. */
  severity: Severity
  /** Option defaults and their JSON Schema. */
  options: {defaults: Options; schema: object}
  /** The default style's data for the rule and its JSON Schema. */
  data: {defaults: Data; schema: object}
  /** Turn the data into look-up tables, once per style. */
  prepare(data: Data): Prepared
}

export interface RuleContext<Options, Data, Prepared> {
  article: Article
  file: VFile
  options: Options
  data: Data
  tables: Prepared
  style: Style
  report(finding: Finding): undefined
}

/** JSON Schema of `examples: [{from, to}]` in style data; the tests run them. */
export const examplesSchema = {
  type: 'array',
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['from', 'to'],
    properties: {from: {type: 'string'}, to: {type: 'string'}}
  }
}

/** Data of the rules that swap a written form for the house form (`U.S.` -> `US`, `Mr.` -> `Mr`). */
export interface AbbreviationData {
  /** Form as written (for `honorific-punctuation`, one or two words) -> house form. */
  abbreviations: Record<string, string>
}

export interface AbbreviationTables {
  abbreviations: Map<string, string>
  /** The longest written form: no longer part of a word is one. */
  longest: number
}

/** The `data` and `prepare` of a rule whose data is an `AbbreviationData` table. */
export function abbreviationTable(defaults: AbbreviationData): Pick<RuleMeta<object, AbbreviationData, AbbreviationTables>, 'data' | 'prepare'> {
  return {
    data: {
      defaults,
      schema: {
        type: 'object',
        additionalProperties: false,
        required: ['abbreviations'],
        properties: {abbreviations: {type: 'object', additionalProperties: {type: 'string'}}}
      }
    },
    prepare: (data) => ({abbreviations: new Map(Object.entries(data.abbreviations)), longest: longestOf(Object.keys(data.abbreviations))})
  }
}

/** What a rule does inside direct quotes. */
export interface QuotesOption {
  quotes: 'skip' | 'report'
}

/**
 * The `quotes` option most rules take, with the rule's default: `skip` for
 * rules that would rewrite the speaker's words, `report` for typography.
 */
export function quotesOption(quotes: QuotesOption['quotes']): {defaults: QuotesOption; schema: object} {
  return {
    defaults: {quotes},
    schema: {type: 'object', additionalProperties: false, properties: {quotes: {enum: ['skip', 'report']}}}
  }
}

/** Options every rule takes on top of its own. */
export interface CommonOptions {
  /** Style name, path or object (default: `the-national`). */
  style?: string | StyleData | Style
}

export type RuleOptions<Options> = Partial<Options> & CommonOptions

export type HouseStyleRule<Options extends object = object> = Plugin<
  [(Severity | [Severity, RuleOptions<Options>?] | RuleOptions<Options>)?],
  Root
> & {meta: RuleMeta<Options, object, unknown>}

/**
 * Make a rule.
 */
export function houseStyleRule<Options extends object, Data extends object, Prepared>(
  meta: RuleMeta<Options, Data, Prepared>,
  check: (context: RuleContext<Options, Data, Prepared>) => undefined
): HouseStyleRule<Options> {
  const prepared = new WeakMap<Style, {data: Data; tables: Prepared}>()

  const plugin = lintRule<Root, RuleOptions<Options> | undefined>(
    {origin: source + ':' + meta.id, url: docsBase + meta.id + '.md'},
    (tree, file, given) => {
      const {style: styleInput, ...own} = given ?? {}
      const style = loadStyle(styleInput)
      const options = ruleOptions(meta, style, own)
      let entry = prepared.get(style)
      if (!entry) {
        const data = ruleData(meta, style)
        entry = {data, tables: meta.prepare(data)}
        prepared.set(style, entry)
      }
      const article = getArticle(tree, file)
      // One problem, one finding: text damaged by a bad conversion is the
      // `encoding` rule's, not also a misspelt name or a new person.
      let damage: ReturnType<typeof getDamage> | undefined
      const damaged = (finding: Finding): boolean => {
        if (meta.id === 'encoding') return false
        damage ??= getDamage(article, encodingTables(style))
        return damage.length > 0 && isDamaged(damage, finding.start, finding.end)
      }
      check({
        article,
        file,
        options,
        data: entry.data,
        tables: entry.tables,
        style,
        report: (finding) => (damaged(finding) ? undefined : report(file, article, finding))
      })
    }
  )

  // unified-lint-rule reads a severity only from an array (`['error']`); ours
  // also take a bare `'off' | 'warn' | 'error'`, as the preset's options do.
  function rule(this: unknown, setting?: unknown): ReturnType<typeof plugin> {
    const severity = typeof setting === 'string' && severities.has(setting)
    return plugin.call(this as never, (severity ? [setting] : setting) as never)
  }

  Object.defineProperty(rule, 'name', {value: meta.id})
  return Object.assign(rule, {meta}) as unknown as HouseStyleRule<Options>
}

const severities = new Set(['off', 'warn', 'error'])

const encodingByStyle = new WeakMap<Style, EncodingTables>()

/** The style's mojibake tables (the `encoding` rule's data), once per style. */
function encodingTables(style: Style): EncodingTables {
  let tables = encodingByStyle.get(style)
  if (!tables) {
    const meta = {id: 'encoding', data: {defaults: encodingData as EncodingData, schema: encodingSchema}}
    tables = prepareEncoding(ruleData(meta as RuleMeta<object, EncodingData, unknown>, style))
    encodingByStyle.set(style, tables)
  }
  return tables
}

/** The rule's options: defaults, then the style's, then the caller's. */
export function ruleOptions<Options extends object>(
  meta: RuleMeta<Options, object, unknown>,
  style: Style,
  given: object
): Options {
  const setting = style.rules[meta.id]
  const fromStyle = Array.isArray(setting) ? (setting[1] ?? {}) : {}
  validate(meta.options.schema, fromStyle, 'Invalid options for rule `' + meta.id + '` in style ' + style.source)
  validate(meta.options.schema, given, 'Invalid options for rule `' + meta.id + '`')
  return {...meta.options.defaults, ...fromStyle, ...given}
}

/** The rule's data: its defaults with the style's data merged over them. */
export function ruleData<Data extends object>(meta: RuleMeta<object, Data, unknown>, style: Style): Data {
  const own = style.data[meta.id]
  // The built-in tables are checked against their schemas by the test suite;
  // checking them again on every start costs more than the lint of an article.
  if (own === undefined) return meta.data.defaults
  const data = merge(meta.data.defaults as Record<string, unknown>, own)
  validate(meta.data.schema, data, 'Invalid style ' + style.source, 'data.' + meta.id)
  return data as Data
}
