/**
 * Disable comments: `<!-- house-style-disable honorifics -->`, `-enable`,
 * and `-ignore` (the next block only), in Markdown, HTML and plain text.
 *
 * The work is unified-message-control's, as in remark-message-control; this
 * only tells it where the comments are in each format (see src/parse/comments.ts).
 * Runs after the rules, since it filters the messages they left.
 */
import type {Root} from 'nlcst'
import type {Plugin} from 'unified'
import type {Node} from 'unist'
import {messageControl} from 'unified-message-control'
import {commentText, markerOf} from '../parse/comments.js'
import {rules} from './rules.js'
import {source} from '../kit/rule.js'

const retextHouseStyleControl: Plugin<[], Root> = function () {
  const known = rules.map((rule) => rule.meta.id)
  return function (_tree, file) {
    const data = file.data.houseStyle
    if (!data) return
    messageControl(data.controlTree as never, {
      file,
      name: 'house-style',
      source,
      known,
      test: (node: Node) => commentText(node) !== undefined,
      marker: (node: Node) => {
        const text = commentText(node)
        return (text === undefined ? undefined : markerOf(text)) ?? null
      }
    } as never)
  }
}

export default retextHouseStyleControl
