/**
 * What a reader reads in a Markdown article (mdast from remark-parse), with
 * where the file wrote it: paragraphs, headings, list items and table cells
 * are blocks; emphasis, links and image alt text are read as their text;
 * code, HTML, front matter, definitions and URLs are not linted (code and a
 * URL inside a sentence leave a placeholder so the sentence stays whole).
 */
import type {Nodes, Parents, Root, RootContent} from 'mdast'
import type {Range, Rendering} from './rendered.js'
import {RenderingBuilder} from './renderer.js'

/** Blocks whose content is inline text. */
const textBlocks = new Set(['paragraph', 'heading', 'tableCell'])
/** Blocks that hold blocks. */
const containers = new Set(['root', 'blockquote', 'list', 'listItem', 'footnoteDefinition', 'table', 'tableRow'])

export function renderMarkdown(tree: Root, source: string): Rendering {
  const out = new RenderingBuilder(source, 'markdown')
  const quotes: Array<Range> = []
  block(tree)
  return out.build(quotes)

  function block(node: Nodes): undefined {
    if (node.type === 'blockquote' && node.position) {
      quotes.push({start: node.position.start.offset ?? 0, end: node.position.end.offset ?? 0})
    }
    if (textBlocks.has(node.type)) {
      out.endBlock()
      for (const child of (node as Parents).children) inline(child)
      out.endBlock()
    } else if (containers.has(node.type)) {
      for (const child of (node as Parents).children) block(child)
    } else {
      // Code, HTML, front matter, a thematic break, a definition: not read.
      out.endBlock()
    }
  }

  function inline(node: RootContent): undefined {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return
    switch (node.type) {
      case 'text':
        out.addText(node.value, start, end)
        return
      case 'inlineCode':
      case 'delete':
        out.addPlaceholder(start, end)
        return
      case 'break':
        out.addLineBreak(start, end)
        return
      case 'image':
      case 'imageReference':
        // The alt text starts after `![`; the label may run on past it.
        if (node.alt) out.addText(node.alt, start + 2, end, {exactEnd: false})
        return
      case 'html':
        if (/^<br\b/iu.test(node.value)) out.addLineBreak(start, end)
        return
      case 'link':
        if (isBareUrl(node)) {
          out.addPlaceholder(start, end)
          return
        }
        break
      default:
    }
    if ('children' in node) for (const child of node.children) inline(child)
  }
}

/** An autolink (`<https://...>`, `www.example.com`): its text is its address. */
function isBareUrl(node: Extract<RootContent, {type: 'link'}>): boolean {
  const only = node.children.length === 1 ? node.children[0] : undefined
  if (only?.type !== 'text') return false
  const text = only.value
  return node.url === text || node.url === 'mailto:' + text || node.url === 'http://' + text || node.url === 'https://' + text
}

/**
 * How deeply a Markdown text nests at most: its containers, counted from
 * the markers that open them at the start of a line (`>`, `-`, `1.`), and
 * its emphasis, counted as half the longest run of `*` or `_` in a line of
 * text (a run of 2n opens n levels of strong emphasis). micromark's time
 * grows with the square of either (a 20 KB file of 10,000 nested list
 * items took 107 s; 10,000 asterisks around a word, 25 s), so a file nested
 * past any article is refused before it is parsed.
 */
export function markdownNesting(source: string): number {
  return Math.max(containerDepth(source), Math.floor(longestEmphasisRun(source) / 2))
}

function containerDepth(source: string): number {
  let deepest = 0
  let depth = 0
  let atLineStart = true
  for (let at = 0; at < source.length; at++) {
    const code = source.charCodeAt(at)
    if (code === 10 || code === 13) {
      atLineStart = true
      depth = 0
      continue
    }
    if (!atLineStart) continue
    if (code === 32 || code === 9) continue
    const next = source.charCodeAt(at + 1)
    const spaced = next === 32 || next === 9 || next === 10 || next === 13 || Number.isNaN(next)
    if (code === 62 /* > */) {
      depth++
    } else if ((code === 45 || code === 43 || code === 42) /* - + * */ && spaced) {
      depth++
    } else if (code >= 48 && code <= 57) {
      let end = at
      while (end < source.length && end - at < 9 && source.charCodeAt(end) >= 48 && source.charCodeAt(end) <= 57) end++
      const mark = source.charCodeAt(end)
      const after = source.charCodeAt(end + 1)
      if ((mark === 46 || mark === 41) /* . ) */ && (after === 32 || after === 9 || Number.isNaN(after) || after === 10 || after === 13)) {
        depth++
        at = end
      } else {
        atLineStart = false
      }
    } else {
      atLineStart = false
    }
    if (depth > deepest) deepest = depth
  }
  return deepest
}

/** The longest run of `*` or `_` in a line that is not a thematic break (only those, `-` and white space). */
function longestEmphasisRun(source: string): number {
  let longest = 0
  let lineLongest = 0
  let run = 0
  let runCode = 0
  let onlyMarks = true
  for (let at = 0; at <= source.length; at++) {
    const code = at < source.length ? source.charCodeAt(at) : 10
    if (code === 10 || code === 13) {
      if (!onlyMarks && lineLongest > longest) longest = lineLongest
      lineLongest = 0
      run = 0
      onlyMarks = true
      continue
    }
    if (code === 42 || code === 95) {
      run = code === runCode ? run + 1 : 1
      runCode = code
      if (run > lineLongest) lineLongest = run
    } else {
      run = 0
      runCode = 0
      if (code !== 32 && code !== 9 && code !== 45) onlyMarks = false
    }
  }
  return longest
}
