/**
 * Generic checks reused from well-kept retext plugins (repeated words, a/an,
 * sentence spacing), given the shape of our rules: a `meta` with id,
 * severity and options, our `source` and the `url` of our docs page on
 * their messages. Their checks and messages are theirs, not rewritten.
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {lintRule} from 'unified-lint-rule'
import {docsBase, ruleOptions, source, type HouseStyleRule, type RuleMeta, type RuleOptions} from './rule.js'
import {loadStyle} from './style.js'

type Transform = (tree: Root, file: VFile) => undefined | void

export interface ReusedMeta<Options extends object> {
  id: string
  description: string
  fixable: boolean
  severity: RuleMeta<Options, object, undefined>['severity']
  options: {defaults: Options; schema: object}
}

/**
 * Wrap the retext plugin `attacher` as one of our rules.
 */
export function reusedRule<Options extends object>(
  reused: ReusedMeta<Options>,
  attacher: (options?: Options) => Transform,
  /** Make a message keep our promises (a fix never damages the text) without touching its check. */
  adjust?: (message: VFileMessage) => undefined
): HouseStyleRule<Options> {
  const meta: RuleMeta<Options, Record<string, never>, undefined> = {
    ...reused,
    data: {defaults: {}, schema: {type: 'object', additionalProperties: false, properties: {}}},
    prepare: () => undefined
  }
  const plugin = lintRule<Root, RuleOptions<Options> | undefined>(
    {origin: source + ':' + meta.id, url: docsBase + meta.id + '.md'},
    (tree, file, given) => {
      // A bare severity (`'warn'`) reaches here as the options: no options.
      const input = typeof given === 'object' && given !== null && !Array.isArray(given) ? given : {}
      const {style: styleInput, ...own} = input as RuleOptions<Options>
      const options = ruleOptions(meta, loadStyle(styleInput), own)
      const before = file.messages.length
      attacher(options)(tree, file)
      if (adjust) for (const message of file.messages.slice(before)) adjust(message)
    }
  )
  return Object.assign(plugin, {meta}) as unknown as HouseStyleRule<Options>
}
