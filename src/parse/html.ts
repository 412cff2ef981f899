/**
 * What a reader reads in an HTML article (hast from rehype-parse), with
 * where the file wrote it: block elements (`<p>`, `<h1>`, `<li>`, `<td>`...)
 * are blocks; inline elements (`<b>`, `<a>`, `<span>`) are read as their
 * text, so a word split by one is one word; `<img alt>` is read as its alt
 * text, `<br>` as a line break. Not linted: the `<head>`, scripts, styles,
 * templates, forms, SVG and MathML, code (`<code>`, `<kbd>`, `<samp>`,
 * `<pre>`), deleted text (`<del>`, `<s>`), comments, attributes other than
 * `alt`, and link text that is its own address.
 */
import type {Element, Nodes, Root} from 'hast'
import type {Range, Rendering} from './rendered.js'
import {load} from './platform.js'
import {RenderingBuilder} from './renderer.js'

/** Not read at all. */
const skipped = new Set(['head', 'script', 'style', 'template', 'noscript', 'svg', 'math', 'textarea', 'select', 'button', 'iframe', 'object'])
/** Inside a sentence but not linted: a placeholder. */
const opaque = new Set(['code', 'kbd', 'samp', 'var', 'del', 's'])

/** Deeper than any article nests (parse5's tree builder overflows the stack near 10,000). */
export const htmlDepthLimit = 1000

export class TooDeepError extends Error {}

export function renderHtml(tree: Root, source: string): Rendering {
  // Loaded with the HTML stack (src/parse/formats.ts), on the first HTML file.
  const {phrasing} = load<typeof import('hast-util-phrasing')>('hast-util-phrasing')
  const out = new RenderingBuilder(source, 'html')
  const quotes: Array<Range> = []
  for (const child of tree.children) walk(child, 1)
  return out.build(quotes)

  function walk(node: Nodes, depth: number): undefined {
    if (depth > htmlDepthLimit) throw new TooDeepError('HTML nested over ' + htmlDepthLimit + ' elements deep')
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (node.type === 'text') {
      if (start === undefined || end === undefined) return
      // White space between blocks is not part of any.
      if (!out.inBlock && node.value.trim() === '') return
      out.addText(node.value, start, end)
      return
    }
    if (node.type !== 'element' && node.type !== 'root') return
    if (node.type === 'element') {
      const name = node.tagName
      if (skipped.has(name)) {
        if (!phrasing(node)) out.endBlock()
        return
      }
      if (name === 'blockquote' || name === 'q') {
        if (start !== undefined && end !== undefined) quotes.push({start, end})
      }
      if (name === 'br') {
        if (start !== undefined && end !== undefined) out.addLineBreak(start, end)
        return
      }
      if (name === 'img') {
        altText(node)
        return
      }
      if (opaque.has(name) || (name === 'a' && isBareUrl(node))) {
        if (start !== undefined && end !== undefined) out.addPlaceholder(start, end)
        return
      }
      if (name === 'pre') {
        out.endBlock()
        return
      }
      if (!phrasing(node)) {
        out.endBlock()
        for (const child of node.children) walk(child, depth + 1)
        out.endBlock()
        return
      }
    }
    for (const child of node.children) walk(child, depth + 1)
  }

  /** The alt text of an image, where its attribute value is written. */
  function altText(node: Element): undefined {
    const alt = node.properties['alt']
    if (typeof alt !== 'string' || alt === '') return
    const written = (node.data as {position?: {properties?: Record<string, {start: {offset?: number}; end: {offset?: number}} | undefined>}} | undefined)
      ?.position?.properties?.['alt']
    const start = written?.start.offset
    const end = written?.end.offset
    if (start === undefined || end === undefined) return
    const value = attributeValue(source, start, end)
    if (value) out.addText(alt, value.start, value.end, {inAttribute: true})
  }
}

/** Where the value of the attribute written at `[start, end)` (`alt="..."`) is. */
function attributeValue(source: string, start: number, end: number): Range | undefined {
  let at = source.indexOf('=', start)
  if (at < 0 || at >= end) return undefined
  at++
  while (at < end && /\s/u.test(source.charAt(at))) at++
  const quote = source.charAt(at)
  if (quote === '"' || quote === "'") return {start: at + 1, end: source.charAt(end - 1) === quote ? end - 1 : end}
  return {start: at, end}
}

/** A link whose text is its own address (`<a href="https://x.test">https://x.test</a>`). */
function isBareUrl(node: Element): boolean {
  const only = node.children.length === 1 ? node.children[0] : undefined
  if (only?.type !== 'text') return false
  const href = node.properties['href']
  const text = only.value.trim()
  return typeof href === 'string' && (href === text || href === 'mailto:' + text || href === 'http://' + text || href === 'https://' + text)
}
