/**
 * Generic checks reused from well-kept retext plugins (repeated words, a/an,
 * sentence spacing), given the shape of our rules: a `meta` with id,
 * severity and options, our `source` and the `url` of our docs page on
 * their messages. Their checks and messages are theirs, not rewritten.
 */
import type {Nodes, Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
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
  adjust?: (message: VFileMessage) => undefined,
  /** The part of the tree the plugin reads (`wordLeaves`, `sentenceLeaves`), as a lighter tree. */
  view?: (tree: Root) => Root
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
      attacher(options)(view ? view(tree) : tree, file)
      if (adjust) for (const message of file.messages.slice(before)) adjust(message)
    }
  )
  return Object.assign(plugin, {meta}) as unknown as HouseStyleRule<Options>
}

/*
 * The reused plugins walk the tree with unist-util-visit, which costs far
 * more per node than their checks do (it names a function per node, for
 * stack traces): it was a fifth of the whole lint. Plugins that read less
 * than the whole tree get a view of it with fewer nodes: the same leaves
 * (white space, punctuation, symbols) and positions, copies of the parents
 * above them. Cached per tree, as the view is the same for every file pass.
 */

/**
 * A view for a check that starts from some words: sentences (parents of
 * words) that have none of them are left out; the others keep every child,
 * each word as a leaf carrying its text (`toString` reads `value`).
 */
export function wordLeaves(starts: (word: string) => boolean): (tree: Root) => Root {
  const views = new WeakMap<Root, Root>()
  return (tree) => {
    let view = views.get(tree)
    if (!view) {
      view = (pruned(tree, starts) ?? {...tree, children: []}) as Root
      views.set(tree, view)
    }
    return view
  }
}

function pruned(node: Nodes, starts: (word: string) => boolean): Nodes | undefined {
  if (!('children' in node)) return node
  const children = node.children as Array<Nodes>
  if (children.some((child) => child.type === 'WordNode')) {
    const copies = children.map((child) =>
      child.type === 'WordNode' ? ({type: 'WordNode', value: toString(child), position: child.position} as unknown as Nodes) : child
    )
    return copies.some((child) => child.type === 'WordNode' && starts((child as unknown as {value: string}).value))
      ? ({...node, children: copies} as Nodes)
      : undefined
  }
  const kept = children.map((child) => pruned(child, starts)).filter((child) => child !== undefined)
  return kept.length > 0 ? ({...node, children: kept} as Nodes) : undefined
}

const sentenceViews = new WeakMap<Root, Root>()

/** The tree down to sentences, each sentence a leaf (for checks between sentences). */
export function sentenceLeaves(tree: Root): Root {
  let view = sentenceViews.get(tree)
  if (!view) {
    view = copySentences(tree) as Root
    sentenceViews.set(tree, view)
  }
  return view
}

function copySentences(node: Nodes): Nodes {
  if (!('children' in node)) return node
  if (node.type === 'SentenceNode') return {type: 'SentenceNode', children: [], position: node.position}
  return {...node, children: (node.children as Array<Nodes>).map((child) => copySentences(child))} as Nodes
}
