/**
 * Generic checks reused from well-kept retext plugins (repeated words, a/an,
 * sentence spacing), given the shape of our rules: a `meta` with id,
 * severity and options, our `source` and the `url` of our docs page on
 * their messages. Their checks and messages are theirs, not rewritten.
 */
import type {Nodes, Root, Sentence as NlcstSentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {lintRule} from 'unified-lint-rule'
import {getArticle, type Paragraph, type Word} from './article.js'
import {docsBase, ruleOptions, source, type HouseStyleRule, type RuleMeta, type RuleOptions} from './rule.js'
import {loadStyle} from './style.js'

type Transform = (tree: Root, file: VFile) => undefined | void
type View = (tree: Root, file: VFile) => Root

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
  /** The part of the tree the plugin reads (`sentencesWith`, `sentenceLeaves`), as a lighter tree. */
  view?: (tree: Root, file: VFile, options: Options) => Root
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
      attacher(options)(view ? view(tree, file, options) : tree, file)
      if (adjust) for (const message of file.messages.slice(before)) adjust(message)
    }
  )
  return Object.assign(plugin, {meta}) as unknown as HouseStyleRule<Options>
}

/*
 * The reused plugins walk the tree with unist-util-visit, which costs far
 * more per node than their checks do: walking the whole tree was a fifth of
 * the whole lint. So each plugin gets a view of the tree with only what it
 * can report on: the sentences that hold a candidate (an `a` or `an`, a word
 * said twice), found in the article model, as they are (the same nodes and
 * positions), or for checks between sentences the paragraphs that hold a
 * candidate, their sentences as leaves.
 */

/** A root holding `sentences` in one paragraph. */
function rootOf(sentences: Array<NlcstSentence>): Root {
  return {type: 'RootNode', children: [{type: 'ParagraphNode', children: sentences}]}
}

/**
 * A view with the sentences that have a word (lower case) for which
 * `candidate(words, index)` holds, kept whole, in one paragraph.
 */
export function sentencesWith(candidate: (words: Array<Word>, index: number) => boolean): View {
  return (tree, file) => {
    const kept: Array<NlcstSentence> = []
    for (const sentence of getArticle(tree, file).sentences) {
      const {words} = sentence
      for (let index = 0; index < words.length; index++) {
        if (candidate(words, index)) {
          kept.push(sentence.node)
          break
        }
      }
    }
    return rootOf(kept)
  }
}

/**
 * A view for a check that starts from single words and reads at most the
 * `after` siblings that follow each (white space, a quote mark, the next
 * word) and whether any word comes before it in its sentence: one small
 * sentence per candidate word, the words as leaves carrying their text
 * (`toString` reads `value`), an empty word standing for the words before.
 */
export function aroundWords(candidate: (word: Word) => boolean, after: number): View {
  return (tree, file) => {
    const sentences: Array<NlcstSentence> = []
    for (const word of getArticle(tree, file).words) {
      if (!candidate(word)) continue
      const siblings = word.sentence.node.children
      const index = siblings.indexOf(word.node)
      const before = word.sentence.words[0] === word ? [] : [{type: 'WordNode', value: ''}]
      const children = [...before, ...siblings.slice(index, index + after + 1).map((node) => leaf(node))]
      sentences.push({type: 'SentenceNode', children, position: word.sentence.node.position} as unknown as NlcstSentence)
    }
    return rootOf(sentences)
  }
}

function leaf(node: Nodes): Nodes {
  return node.type === 'WordNode' ? ({type: 'WordNode', value: toString(node), position: node.position} as unknown as Nodes) : node
}

/**
 * A view for checks between sentences: the paragraphs for which
 * `candidate(paragraph, text, options)` holds, each sentence a leaf (the
 * check reads only what lies between them).
 */
export function paragraphsWith<Options>(
  candidate: (paragraph: Paragraph, text: string, options: Options) => boolean
): (tree: Root, file: VFile, options: Options) => Root {
  return (tree, file, options) => {
    const article = getArticle(tree, file)
    const kept = article.paragraphs.filter((paragraph) => candidate(paragraph, article.text, options))
    return {
      type: 'RootNode',
      children: kept.map((paragraph) => ({
        ...paragraph.node,
        children: paragraph.node.children.map((child) =>
          child.type === 'SentenceNode' ? {type: 'SentenceNode', children: [], position: child.position} : child
        )
      }))
    }
  }
}
