/**
 * How a rule is made: metadata, then a check that reads the article model.
 *
 * Each rule is a unified-lint-rule plugin (so it takes `'off' | 'warn' |
 * 'error' | [severity, options]` and stamps `ruleId`, `source`, `url` on its
 * messages); this wrapper adds what every rule of ours needs: its setting
 * resolved against the style once, when the plugin is attached (options
 * checked and merged, the rule's data and the model's tables prepared), the
 * article model and the report helper. The preset resolves every rule's
 * setting itself (src/engine/preset.ts) and hands it down: a rule never
 * checks the style again.
 */
import type {Root} from 'nlcst'
import type {Plugin, TransformCallback, Transformer} from 'unified'
import type {VFile} from 'vfile'
import {lintRule} from 'unified-lint-rule'
import {getArticle, type Article} from '../model/article.js'
import {getDamage, isDamaged} from '../model/encoding.js'
import {longestOf} from '../model/words.js'
import {modelTables, movedToModel, type ModelTables} from './model.js'
import {report, type Finding} from './report.js'
import {loadStyle, merge, type Severity, type Style, type StyleData} from './style.js'
import {validate} from './validate.js'

export {examplesSchema} from '../model/schema.js'

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
  /**
   * The rule's own data (style data `data.<rule id>`) and its JSON Schema;
   * none for a rule that reads only the model's tables.
   */
  data?: {defaults: Data; schema: object}
  /** Turn the data into look-up tables, once per style. */
  prepare?(data: Data): Prepared
  /**
   * Findings in text damaged by a bad conversion: left to `encoding` (the
   * default: one problem, one finding, not also a misspelt name) or, for
   * `encoding` itself, `report`.
   */
  damagedText?: 'report'
}

export interface RuleContext<Options, Prepared> {
  article: Article
  file: VFile
  options: Options
  /** The rule's own tables (`prepare` of its data). */
  tables: Prepared
  /** The article model's tables (people, figures, encoding, groups) of the style. */
  model: ModelTables
  style: Style
  report(finding: Finding): undefined
}

const resolvedKey = Symbol('houseStyleResolvedSetting')

/** A rule's setting resolved against a style: checked once, then handed to the rule. */
export interface ResolvedSetting<Options = object, Prepared = unknown> {
  readonly [resolvedKey]: true
  options: Options
  tables: Prepared
  style: Style
}

/** Whether `value` is a setting already resolved (by the preset). */
export function isResolved(value: unknown): value is ResolvedSetting {
  return typeof value === 'object' && value !== null && resolvedKey in value
}

const preparedByMeta = new WeakMap<object, WeakMap<Style, unknown>>()

/**
 * Resolve a rule's options against `style`: the rule's defaults, the
 * style's options, then `given`, each checked against the rule's schema;
 * the rule's data from the style checked and prepared (once per style).
 *
 * @throws
 *   An error naming the rule, the style and the key.
 */
export function resolveSetting<Options extends object, Data extends object, Prepared>(
  meta: RuleMeta<Options, Data, Prepared>,
  style: Style,
  given: object
): ResolvedSetting<Options, Prepared> {
  const setting = style.rules[meta.id]
  const fromStyle = Array.isArray(setting) ? (setting[1] ?? {}) : {}
  validate(meta.options.schema, fromStyle, 'Invalid options for rule `' + meta.id + '` in style ' + style.source)
  validate(meta.options.schema, given, 'Invalid options for rule `' + meta.id + '`')
  let byStyle = preparedByMeta.get(meta)
  if (!byStyle) {
    byStyle = new WeakMap()
    preparedByMeta.set(meta, byStyle)
  }
  let tables = byStyle.get(style) as Prepared | undefined
  if (tables === undefined && meta.data && meta.prepare) {
    tables = meta.prepare(ruleData(meta.id, meta.data, style))
    byStyle.set(style, tables)
  }
  return {[resolvedKey]: true, options: {...meta.options.defaults, ...fromStyle, ...given}, tables: tables as Prepared, style}
}

/** The rule's data: its defaults with the style's data merged over them, checked. */
function ruleData<Data extends object>(id: string, data: {defaults: Data; schema: object}, style: Style): Data {
  const own = style.data[id]
  // The built-in tables are checked against their schemas by the test suite;
  // checking them again on every start costs more than the lint of an article.
  if (own === undefined) return data.defaults
  for (const key of Object.keys(own)) {
    const block = movedToModel[id + '.' + key]
    if (block) {
      throw new Error('Invalid style ' + style.source + ': `data.' + id + '.' + key + '` is now `data.' + block + '`, shared by the rules that read it')
    }
  }
  const merged = merge(data.defaults as Record<string, unknown>, own)
  validate(data.schema, merged, 'Invalid style ' + style.source, 'data.' + id)
  return merged as Data
}

/**
 * A user's setting of a rule used on its own (`'warn'`, `['error', {quotes:
 * 'report', style: 'the-national'}]`, `{quotes: 'report'}`, or nothing), as
 * a severity and its options resolved: the style is loaded from the options.
 */
export function resolveUserSetting<Options extends object, Data extends object, Prepared>(
  meta: RuleMeta<Options, Data, Prepared>,
  setting: unknown
): [Severity | undefined, ResolvedSetting<Options, Prepared>] {
  let severity: Severity | undefined
  let given: unknown = setting
  if (typeof setting === 'string' && severities.has(setting)) {
    severity = setting as Severity
    given = undefined
  } else if (Array.isArray(setting)) {
    severity = setting[0] as Severity
    given = setting[1]
  }
  if (isResolved(given)) return [severity, given as ResolvedSetting<Options, Prepared>]
  const {style: styleInput, ...own} = (given ?? {}) as CommonOptions & Record<string, unknown>
  return [severity, resolveSetting(meta, loadStyle(styleInput), own)]
}

const severities = new Set(['off', 'info', 'warn', 'error'])

/**
 * Attach a unified-lint-rule plugin with a resolved setting. It knows
 * `warn` and `error` only: an `info` rule runs as `warn`, and its messages
 * are then made information (`fatal` unset), which no run fails on.
 */
export function attachWithSeverity<Resolved>(
  processor: unknown,
  plugin: object,
  [severity, resolved]: [Severity | undefined, Resolved]
): Transformer<Root> {
  const attach = plugin as (this: unknown, setting: unknown) => unknown
  if (severity !== 'info') return attach.call(processor, severity === undefined ? resolved : [severity, resolved]) as Transformer<Root>
  const transform = attach.call(processor, ['warn', resolved]) as (tree: Root, file: VFile, next: TransformCallback<Root>) => undefined
  // Three parameters, as unified-lint-rule's: unified waits for `next`.
  return function (tree: Root, file: VFile, next: TransformCallback<Root>): undefined {
    const from = file.messages.length
    transform(tree, file, (error, ...rest) => {
      for (let index = from; index < file.messages.length; index++) {
        const message = file.messages[index]!
        if (message.fatal === false) message.fatal = undefined
      }
      next(error, ...rest)
    })
  } as Transformer<Root>
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
  /** Whether some written form has no full stop (`US` -> `U.S.`). */
  undotted: boolean
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
    prepare: (data) => ({
      abbreviations: new Map(Object.entries(data.abbreviations)),
      longest: longestOf(Object.keys(data.abbreviations)),
      undotted: Object.keys(data.abbreviations).some((form) => !form.includes('.'))
    })
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
  check: (context: RuleContext<Options, Prepared>) => undefined
): HouseStyleRule<Options> {
  const plugin = lintRule<Root, ResolvedSetting<Options, Prepared>>(
    {origin: source + ':' + meta.id, url: docsBase + meta.id + '.md'},
    (tree, file, resolved) => {
      const article = getArticle(tree, file)
      const model = modelTables(resolved.style)
      // One problem, one finding: text damaged by a bad conversion is the
      // `encoding` rule's, not also a misspelt name or a new person.
      let damage: ReturnType<typeof getDamage> | undefined
      const damaged = (finding: Finding): boolean => {
        if (meta.damagedText === 'report') return false
        damage ??= getDamage(article, model.encoding)
        return damage.length > 0 && isDamaged(damage, finding.start, finding.end)
      }
      check({
        article,
        file,
        options: resolved.options,
        tables: resolved.tables,
        model,
        style: resolved.style,
        report: (finding) => (damaged(finding) ? undefined : report(file, article, finding))
      })
    }
  )

  // Resolved once, when the plugin is attached. unified-lint-rule reads a
  // severity only from an array (`['error']`); ours also take a bare
  // `'off' | 'info' | 'warn' | 'error'`, as the preset's options do.
  function rule(this: unknown, setting?: unknown): ReturnType<typeof plugin> {
    return attachWithSeverity(this, plugin, resolveUserSetting(meta, setting)) as ReturnType<typeof plugin>
  }

  Object.defineProperty(rule, 'name', {value: meta.id})
  return Object.assign(rule, {meta}) as unknown as HouseStyleRule<Options>
}
