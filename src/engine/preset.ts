/**
 * The preset: every rule of the house style with the settings of the style
 * and of `options.rules`, resolved once when the plugin is attached.
 */
import type {Root} from 'nlcst'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {lintPieces} from './pieces.js'
import {rules} from './rules.js'
import {checkModelData, modelBlockNames} from '../kit/model.js'
import {resolveSetting, type HouseStyleRule, type ResolvedSetting} from '../kit/rule.js'
import {loadStyle, type RuleSetting, type Severity, type Style, type StyleData} from '../kit/style.js'
import {validate} from '../kit/validate.js'

export interface Options {
  /** Style name (`the-national`), path to a JSON style, or style object. */
  style?: string | StyleData
  /** Settings per rule id, over the style's: `'off' | 'info' | 'warn' | 'error' | [severity, options]`. */
  rules?: Record<string, RuleSetting>
  /**
   * Findings per file at most (default: no limit). Past it, the rule that
   * would report one more is stopped, its findings dropped, the rules after
   * it not run, and one `too-many-findings` error says so: a file of
   * `a a a …` had 100,000 findings per 200 KB.
   */
  maxFindings?: number
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
          {enum: ['off', 'info', 'warn', 'error']},
          {
            type: 'array',
            minItems: 1,
            maxItems: 2,
            items: [{enum: ['off', 'info', 'warn', 'error']}, {type: 'object'}]
          }
        ]
      }
    }
  }
}

/**
 * Plugin: lint with every rule of the house style.
 */
const retextHouseStyle: Plugin<[Options?], Root> = function (options = {}) {
  // The rules run inside this plugin's transformer rather than being
  // `this.use`d: unified puts plugins used while attaching after all others,
  // and disable comments and fixes must come after the rules.
  const transformers = resolveRules(options).map(({rule, severity, setting}) => ({
    id: rule.meta.id,
    transform: (rule as unknown as (this: unknown, setting: unknown) => Transformer).call(this, [severity, setting])
  }))
  return async function (tree, file) {
    const limit = options.maxFindings === undefined ? undefined : limitFindings(file, options.maxFindings)
    try {
      const pieces = file.data.houseStyle?.pieces
      if (pieces && tree.children.length === 0) {
        // A long file in pieces (src/engine/pieces.ts): one tree at a time.
        await lintPieces(pieces, (piece) => lintTree(transformers, piece, file, limit))
      } else {
        await lintTree(transformers, tree, file, limit)
      }
    } finally {
      limit?.release()
    }
  }
}

interface RuleTransformer {
  id: string
  transform: Transformer
}

/** Run the rules on `tree`; `false` when the limit on findings stopped them. */
async function lintTree(transformers: Array<RuleTransformer>, tree: Root, file: VFile, limit: FindingsLimit | undefined): Promise<boolean> {
  for (const {id, transform} of transformers) {
    const before = file.messages.length
    await runTransformer(transform, tree, file)
    if (limit?.reached) {
      // The stopped rule's findings are dropped: a reused plugin's were not yet adjusted.
      file.messages.length = before
      limit.stopped = id
      return false
    }
  }
  return true
}

/** A limit on findings being kept on a file (`maxFindings`). */
interface FindingsLimit {
  /** Whether a rule tried to report past the limit. */
  reached: boolean
  /** The rule stopped by it. */
  stopped: string | undefined
  /** Lift the limit; say once if it stopped a rule. */
  release(): undefined
}

/** Thrown out of `file.message` to stop the rule that would pass the limit. */
class LimitReached extends Error {}
const limitReached = new LimitReached('too many findings')

/**
 * Limit the findings on `file` to `max`: past it, `file.message` throws,
 * which stops the rule at once (unified-lint-rule catches what a rule
 * throws, and its attempt to report the error is stopped the same way), so
 * no more findings are made, whatever their number.
 */
function limitFindings(file: VFile, max: number): FindingsLimit {
  const limit: FindingsLimit = {
    reached: false,
    stopped: undefined,
    release() {
      delete (file as Partial<Pick<VFile, 'message'>>).message
      if (limit.stopped === undefined) return
      const message = file.message(
        'Too many findings, over the limit of ' + max + ': `' + limit.stopped + '` and the rules after it were not run on this file',
        {ruleId: 'too-many-findings', source: 'retext-house-style'}
      )
      message.fatal = true
    }
  }
  const message = file.message
  file.message = function (this: VFile, ...parameters: Parameters<VFile['message']>) {
    if (this.messages.length >= max) {
      limit.reached = true
      throw limitReached
    }
    return message.apply(this, parameters)
  } as VFile['message']
  return limit
}

type Transformer = (tree: Root, file: VFile, next: (error?: Error | null) => void) => unknown

/** Run a unified transformer, callback or promise style, to its end. */
function runTransformer(transformer: Transformer, tree: Root, file: VFile): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (error?: Error | null): void => (error ? reject(error) : resolve())
    const result = transformer(tree, file, done)
    if (transformer.length < 3) Promise.resolve(result).then(() => resolve(), reject)
  })
}

export default retextHouseStyle

/** A rule that is on, with its severity and options (style included). */
export interface ResolvedRule {
  rule: HouseStyleRule
  severity: Exclude<Severity, 'off'>
  /** The options given for it (the style's own come in with `setting`). */
  options: Record<string, unknown> & {style: Style}
  /** Its options and tables resolved against the style, checked: what the rule is handed. */
  setting: ResolvedSetting
}

/**
 * Check `options` and work out which rules run and how; throws an error that
 * names the bad key, so a bad setting fails before any file is read.
 */
export function resolveRules(options: Options = {}, base?: string): Array<ResolvedRule> {
  // Checked by hand: the CLI always passes it, and the schema check of
  // `{}` is skipped (no Ajv to load and compile, a third of a cold start).
  const {maxFindings, ...rest} = options
  if (maxFindings !== undefined && !(Number.isInteger(maxFindings) && maxFindings > 0)) {
    throw new Error('Invalid options for retext-house-style: `maxFindings` must be a whole number above 0')
  }
  validate(optionsSchema, rest, 'Invalid options for retext-house-style')
  const style = loadStyle(options.style, base)
  checkRuleIds(style, options.rules ?? {})
  checkModelData(style)
  const result: Array<ResolvedRule> = []
  for (const rule of rules) {
    const {id} = rule.meta
    const [severity, given] = setting(options.rules?.[id] ?? style.rules[id] ?? rule.meta.severity)
    if (severity === 'off') continue
    result.push({rule, severity, options: {...given, style}, setting: resolveSetting(rule.meta, style, given)})
  }
  return result
}

function setting(value: RuleSetting): [Severity, Record<string, unknown>] {
  return typeof value === 'string' ? [value, {}] : [value[0], value[1] ?? {}]
}

function checkRuleIds(style: Style, given: Record<string, unknown>): undefined {
  const known = new Set(rules.map((rule) => rule.meta.id))
  const list = [...known].map((id) => '`' + id + '`').join(', ')
  for (const [where, ids] of [
    ['options `rules`', Object.keys(given)],
    ['style ' + style.source + ' `rules`', Object.keys(style.rules)]
  ] as const) {
    for (const id of ids) {
      if (!known.has(id)) throw new Error('Unknown rule `' + id + '` in ' + where + ': expected one of ' + list)
    }
  }
  // Style data is per rule, or one of the model's blocks, shared by the rules that read it.
  const blocks = new Set<string>(modelBlockNames)
  for (const key of Object.keys(style.data)) {
    if (!known.has(key) && !blocks.has(key)) {
      throw new Error(
        'Unknown rule or table `' + key + '` in style ' + style.source + ' `data`: expected one of ' + list + ', or the tables ' +
          modelBlockNames.map((name) => '`' + name + '`').join(', ')
      )
    }
  }
}

