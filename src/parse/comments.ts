/**
 * Disable comments (`<!-- house-style-disable honorifics -->`, `-enable`,
 * `-ignore`), found while parsing, and the small trees that hold them for
 * unified-message-control (src/engine/control.ts).
 */
import type {Node} from 'unist'
import type {location} from 'vfile-location'
import {paragraphRanges} from './plain.js'

/** A disable comment: `<!-- house-style-disable honorifics -->`. */
export interface Marker {
  name: string
  attributes: string
}

const markerVerb = /^house-style-(disable|enable|ignore)\b/u

/**
 * Plain text has no comment nodes: a line that is only a disable comment
 * becomes one. unified-message-control reads only the comments and, for
 * `-ignore`, the end of the node after each, so the tree holds just those
 * (a node per paragraph was 14 MB for a 10 MB file, kept to the end).
 * Messages outside the nodes are kept all the same.
 */
export function textControlTree(value: string, place: ReturnType<typeof location>): Node {
  const children: Array<Node & {value?: string}> = []
  if (value.includes('house-style-')) {
    let afterComment = false
    for (const {start, end} of paragraphRanges(value)) {
      const text = value.slice(start, end)
      const comment = markerOf(text) !== undefined
      if (comment || afterComment) {
        const position = {start: place.toPoint(start)!, end: place.toPoint(end)!}
        children.push(comment ? {type: 'comment', value: text, position} : {type: 'paragraph', position})
      }
      afterComment = comment
    }
  }
  // The root ends with its last node: unified-message-control drops the
  // messages between the last node and the root's end (a "gap").
  const start = {line: 1, column: 1, offset: 0}
  return {type: 'root', children, position: {start, end: children.at(-1)?.position?.end ?? start}} as Node
}

/** White space only: a text node between a comment and the node it applies to. */
function isBlankText(node: Node): boolean {
  const value = (node as {value?: unknown}).value
  return node.type === 'text' && typeof value === 'string' && value.trim() === ''
}

/**
 * The disable comments of a Markdown or HTML tree, each followed by the
 * node after it (what `-ignore` applies to: the next element, not the
 * white space before it), in one flat tree: unified-message-control reads
 * no more. The whole tree would stay in memory to the end (the mdast of a
 * 5 MB file took 500 MB), and unified-message-control takes a stretch
 * after a node with no position (parse5's implied `<html>` and `<body>`)
 * or with empty children (`<img>`) for a gap and drops its messages.
 */
export function markupControlTree(tree: Node): Node {
  const children: Array<Node> = []
  const visit = (node: Node): undefined => {
    const list = (node as {children?: Array<Node>}).children
    if (!list) return
    list.forEach((child, index) => {
      const text = commentText(child)
      if (text === undefined || markerOf(text) === undefined || !child.position) {
        visit(child)
        return
      }
      children.push({type: 'comment', value: text, position: child.position} as Node)
      let after = index + 1
      while (after < list.length && isBlankText(list[after]!)) after++
      const next = list[after]
      // A comment with nothing after it ignores nothing: its "next node" ends where it does.
      const end = next?.position ? next.position : {start: child.position.end, end: child.position.end}
      children.push({type: 'next', position: end})
    })
  }
  visit(tree)
  // The root ends with its last node: unified-message-control drops the
  // messages between the last node and the root's end (a "gap").
  const start = {line: 1, column: 1, offset: 0}
  return {type: 'root', children, position: {start, end: children.at(-1)?.position?.end ?? start}} as Node
}

/**
 * Read a disable comment: `<!-- house-style-disable honorifics -->` in
 * Markdown and HTML (`house-style-disable honorifics` as an HTML comment's
 * value), or the same comment alone on a line of plain text.
 */
export function markerOf(text: string): Marker | undefined {
  // `trim` strips what `\s` matches; trimming in code rather than with
  // `\s*...([^]*?)\s*$` in one regex keeps this linear (recheck flagged it).
  const body = text.trim()
  const inner = body.length >= 7 && body.startsWith('<!--') && body.endsWith('-->') ? body.slice(4, -3).trimStart() : body
  const match = markerVerb.exec(inner)
  if (!match) return undefined
  const verb = match[1]!
  const rules = inner.slice(match[0].length).trim()
  return {name: 'house-style', attributes: rules ? verb + ' ' + rules : verb}
}

/** Whether a node of any of our trees is a comment, and its text. */
export function commentText(node: Node): string | undefined {
  const value = (node as {value?: unknown}).value
  if (typeof value !== 'string') return undefined
  if (node.type === 'comment') return value
  if (node.type === 'html' && value.trimStart().startsWith('<!--')) return value
  return undefined
}
