/**
 * The article: an editable element whose text is the article and whose
 * findings are `<mark>` elements inside it, one per finding. The text is
 * read back from the element's text nodes; re-rendering keeps the caret
 * where it was, by its offset in the text.
 */
import type {Finding} from './protocol.js'

/**
 * The text of the editable element: its text nodes, each `<br>` a line
 * break, and a block a browser wrapped a line in (`<div>`) a line of its own.
 * A `<br>` that only holds an empty line open (alone in a block, or last
 * after a line break) is no character.
 */
export function textOf(root: HTMLElement): string {
  let text = ''
  let breakPending = false
  const add = (value: string): undefined => {
    if (value === '') return
    if (breakPending && text !== '' && !text.endsWith('\n')) text += '\n'
    breakPending = false
    text += value
  }
  const walk = (node: Node): undefined => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) {
        add((child as Text).data)
      } else if (child instanceof HTMLBRElement) {
        const placeholder =
          child.dataset['end'] !== undefined ||
          (child.parentElement !== root && child.parentElement?.childNodes.length === 1) ||
          (isLast(root, child) && (text.endsWith('\n') || text === ''))
        if (!placeholder) add('\n')
      } else if (child instanceof HTMLElement) {
        const block = child.tagName === 'DIV' || child.tagName === 'P'
        if (!block) {
          walk(child)
          continue
        }
        // A block is a line of its own: it starts one, and an empty one (a
        // `<br>` holding it open) is an empty line when more follows.
        if (text !== '' && !text.endsWith('\n')) text += '\n'
        breakPending = false
        const before = text.length
        walk(child)
        if (text.length === before && !isLast(root, child)) text += '\n'
        else breakPending = true
      }
    }
  }
  walk(root)
  return text
}

function isLast(root: HTMLElement, node: Node): boolean {
  for (let current: Node | null = node; current && current !== root; current = current.parentNode) {
    if (current.nextSibling) return false
  }
  return true
}

/** The selection in `root` as offsets into its text, if it is inside it. */
export function selectionOf(root: HTMLElement): {start: number; end: number} | undefined {
  const selection = root.ownerDocument.getSelection()
  if (!selection || selection.rangeCount === 0) return undefined
  const range = selection.getRangeAt(0)
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return undefined
  return {start: offsetOf(root, range.startContainer, range.startOffset), end: offsetOf(root, range.endContainer, range.endOffset)}
}

function offsetOf(root: HTMLElement, container: Node, offset: number): number {
  const range = root.ownerDocument.createRange()
  range.selectNodeContents(root)
  range.setEnd(container, offset)
  return textOf(fragmentElement(root, range)).length
}

function fragmentElement(root: HTMLElement, range: Range): HTMLElement {
  const holder = root.ownerDocument.createElement('div')
  holder.append(range.cloneContents())
  return holder
}

/** Select `[start, end)` of the text of `root` (a caret when they are equal). */
export function select(root: HTMLElement, start: number, end = start): undefined {
  const document = root.ownerDocument
  const range = document.createRange()
  const from = pointAt(root, start)
  const to = pointAt(root, end)
  range.setStart(from.node, from.offset)
  range.setEnd(to.node, to.offset)
  const selection = document.getSelection()
  selection?.removeAllRanges()
  selection?.addRange(range)
}

function pointAt(root: HTMLElement, offset: number): {node: Node; offset: number} {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  let left = offset
  let last: Text | undefined
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (left <= node.data.length) return {node, offset: left}
    left -= node.data.length
    last = node
  }
  return last ? {node: last, offset: last.data.length} : {node: root, offset: root.childNodes.length}
}

/**
 * Findings as a tree of nested ranges: a finding that starts inside another
 * and ends after it is cut at the other's end, so that each finding is one
 * element.
 */
interface Span {
  finding: Finding
  index: number
  start: number
  end: number
  children: Array<Span>
}

function nest(findings: ReadonlyArray<Finding>, length: number): Array<Span> {
  const order = findings
    .map((finding, index) => ({finding, index, start: Math.min(finding.start, length), end: Math.min(finding.end, length), children: []}) as Span)
    .sort((a, b) => a.start - b.start || b.end - a.end || a.index - b.index)
  const roots: Array<Span> = []
  const open: Array<Span> = []
  for (const span of order) {
    while (open.length > 0 && open.at(-1)!.end <= span.start) open.pop()
    const parent = open.at(-1)
    if (parent) {
      span.end = Math.min(span.end, parent.end)
      parent.children.push(span)
    } else roots.push(span)
    open.push(span)
  }
  return roots
}

/** Replace the content of `root` with `text`, each finding a `<mark>`; the caret (or selection) stays put. */
export function render(root: HTMLElement, text: string, findings: ReadonlyArray<Finding>, keepSelection: boolean): undefined {
  const selection = keepSelection ? selectionOf(root) : undefined
  const document = root.ownerDocument
  const fragment = document.createDocumentFragment()
  const fill = (parent: Node, spans: Array<Span>, from: number, to: number): undefined => {
    let cursor = from
    for (const span of spans) {
      if (span.start > cursor) parent.appendChild(document.createTextNode(text.slice(cursor, span.start)))
      const mark = document.createElement('mark')
      mark.className = 'finding severity-' + span.finding.severity + (span.start === span.end ? ' point' : '')
      mark.dataset['rule'] = span.finding.rule
      mark.dataset['finding'] = String(span.index)
      fill(mark, span.children, span.start, span.end)
      parent.appendChild(mark)
      cursor = Math.max(cursor, span.end)
    }
    if (to > cursor) parent.appendChild(document.createTextNode(text.slice(cursor, to)))
  }
  fill(fragment, nest(findings, text.length), 0, text.length)
  // A last line break shows, and takes the caret, only with something after it.
  if (text.endsWith('\n')) {
    const end = document.createElement('br')
    end.dataset['end'] = 'true'
    fragment.appendChild(end)
  }
  root.replaceChildren(fragment)
  if (selection) select(root, selection.start, selection.end)
}
