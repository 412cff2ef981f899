/**
 * Random articles written three ways (plain text, Markdown, HTML) as a CMS
 * exports them (character references, escapes, emphasis, links, images,
 * lists, tables, comments), each with an oracle that knows, independently
 * of the linter, which characters of the file write which characters of
 * the text. Shared by tests/markup.test.ts and scripts/fuzz.ts.
 *
 * An article is blocks of inline content. Its text, as a reader reads it,
 * is the blocks' texts joined by a blank line, with code as one U+FFFC
 * (not linted, see src/parse/rendered.ts) and a line break as `\n`: that text is
 * the plain-text version, and the Markdown and HTML versions must read as
 * it does.
 */
import fc from 'fast-check'
import {DecodingMode, decodeHTML} from 'entities'
import {decodeString} from 'micromark-util-decode-string'
import type {Root as NlcstRoot} from 'nlcst'
import rehypeParse from 'rehype-parse'
import rehypeRetext from 'rehype-retext'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import retextEnglish from 'retext-english'
import {unified, type Processor} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {applyFixes, chooseFixes, fixOf, fixUntilStable} from '../src/engine/fix.js'
import {parseMarkup} from '../src/parse/formats.js'
import retextHouseStyle, {retextHouseStyleParse} from '../src/index.js'
import {crossesMarkup} from '../src/kit/report.js'
import {fixAllAction, quickFixes} from '../src/server/actions.js'
import {toDiagnostics} from '../src/server/diagnostics.js'
import {lintFile} from './lint.js'

export type Inline =
  | {kind: 'text'; text: string}
  | {kind: 'em' | 'strong' | 'link' | 'span'; children: Array<Inline>}
  | {kind: 'code'; text: string}
  | {kind: 'image'; alt: string}
  | {kind: 'break'}
  | {kind: 'comment'}

export interface Block {
  kind: 'paragraph' | 'heading' | 'item' | 'numbered' | 'quote' | 'quoted-item' | 'table'
  /** Inline content; a table has one list per cell. */
  cells: Array<Array<Inline>>
}

export type Article = Array<Block>

/** One piece of a written file: what it writes in the text (`''` for markup). */
export interface Unit {
  source: string
  text: string
  /** `text`: characters of the text (an edit may replace them); `markup`: the rest. */
  kind: 'text' | 'markup'
}

/** A file written from an article, with the oracle's units. */
export interface Written {
  format: 'text' | 'markdown' | 'html'
  units: Array<Unit>
}

export function sourceOf(written: Written): string {
  return written.units.map((unit) => unit.source).join('')
}

export function textOf(written: Written): string {
  return written.units.map((unit) => unit.text).join('')
}

// ---------------------------------------------------------------------------
// Generators.

/** Words the rules react to, and plain ones, and characters markup cares about. */
const words = [
  'Mr', 'Mr.', 'Dr.', 'Colonel', 'Sean', 'Ryan', 'Mustafa', 'Bali', 'Ahmed', 'Hassan', 'ISIL', 'ISIS', 'Daesh',
  'Islamic', 'State', 'IS-held', 'U.S.', 'U.N.', 'US', 'color', 'center', 'defenses', 'organization', 'percent',
  '3', '12', '7,000', '2.5', 'million', 'three', 'killed', 'said', 'told', 'the', 'the', 'a', 'an', 'hour', 'apple',
  'officials', 'town', 'forces', 'held', 'YPG', 'café', 'Hajin’s', "Hajin's", 'naïve', '😀', 'x&y', 'a<b', '5>4',
  'AT&T', 'M&S', '*star*', '_under_', '[ISIL]', 'back\\slash', '`tick`', '#tag', 'a|b', '~tilde', '1.', '2)', '-', '+'
]
const marks = ['.', ',', '"', '“', '”', "'", '‘', '’', '(', ')', ':', ';', '!', '?', '—', '%', '$', '&', '<', '>', '\u00a0']

const word = fc.constantFrom(...words)
const mark = fc.constantFrom(...marks)

/** A run of words and marks: starts and ends with a word, single spaces, sometimes a line break. */
const phrase = fc
  .array(fc.tuple(word, fc.option(mark, {freq: 3}), fc.constantFrom(' ', ' ', ' ', ' ', '\n')), {minLength: 1, maxLength: 8})
  .map((parts) =>
    parts
      .map(([text, after, space], index) => text + (after ?? '') + (index < parts.length - 1 ? space : ''))
      .join('')
  )

/** A word of letters only: emphasis around it is always emphasis. */
const plainWord = fc.constantFrom('color', 'center', 'ISIL', 'Daesh', 'Bali', 'the', 'forces', 'U.S', 'Islamic', 'State')

function inlines(options: {splitWords: boolean}): fc.Arbitrary<Array<Inline>> {
  const styled: fc.Arbitrary<Inline> = fc
    .tuple(fc.constantFrom('em', 'strong', 'link', 'span') as fc.Arbitrary<'em' | 'strong' | 'link' | 'span'>, fc.array(plainWord, {minLength: 1, maxLength: 3}))
    .map(([kind, list]) => ({kind, children: [{kind: 'text', text: list.join(' ')}]}))
  const piece: fc.Arbitrary<Array<Inline>> = fc.oneof(
    {weight: 6, arbitrary: phrase.map((text): Array<Inline> => [{kind: 'text', text}])},
    {weight: 2, arbitrary: styled.map((node) => [node])},
    {weight: 1, arbitrary: fc.constantFrom('npm ci', 'x = 1', 'ISIL').map((text): Array<Inline> => [{kind: 'code', text}])},
    {weight: 1, arbitrary: fc.array(plainWord, {minLength: 1, maxLength: 3}).map((list): Array<Inline> => [{kind: 'image', alt: list.join(' ')}])},
    {weight: 1, arbitrary: fc.constant<Array<Inline>>([{kind: 'break'}])},
    {weight: 1, arbitrary: fc.constant<Array<Inline>>([{kind: 'comment'}])}
  )
  return fc.array(fc.tuple(piece, fc.boolean()), {minLength: 1, maxLength: 6}).map((pieces) => {
    const result: Array<Inline> = []
    pieces.forEach(([nodes, joined], index) => {
      // Pieces are apart (a space) unless words may be split by markup;
      // two styled pieces are always apart (`*a***b**` is ambiguous).
      const last = result.at(-1)
      const together = options.splitWords && joined && !(last && last.kind !== 'text' && nodes[0]!.kind !== 'text')
      if (index > 0 && !together) result.push({kind: 'text', text: ' '})
      result.push(...nodes)
    })
    return tidy(result)
  })
}

/**
 * Keep what every format writes the same way: no white space at the start
 * or end of a block or around a line break (Markdown drops it), no break
 * at the start or end, and a comment never first on a line (Markdown reads
 * an HTML block there).
 */
function tidy(nodes: Array<Inline>): Array<Inline> {
  let result = nodes
  for (;;) {
    const next = tidyOnce(result)
    if (JSON.stringify(next) === JSON.stringify(result)) return next
    result = next
  }
}

function tidyOnce(nodes: Array<Inline>): Array<Inline> {
  const result: Array<Inline> = []
  for (const node of nodes) {
    const last = result.at(-1)
    if ((node.kind === 'break' || node.kind === 'comment') && (!last || last.kind === 'break')) continue
    if (node.kind === 'text' && last?.kind === 'text') result[result.length - 1] = {kind: 'text', text: last.text + node.text}
    else result.push(node.kind === 'text' ? {...node} : node)
  }
  while (result.at(-1)?.kind === 'break' || result.at(-1)?.kind === 'comment') result.pop()
  for (let index = 0; index < result.length; index++) {
    const node = result[index]!
    if (node.kind !== 'text') continue
    let text = node.text.replace(/[ \n]*\n[ \n]*/g, '\n')
    if (index === 0 || result[index - 1]!.kind === 'break') text = text.replace(/^[ \n]+/, '')
    if (index === result.length - 1 || result[index + 1]!.kind === 'break') text = text.replace(/[ \n]+$/, '')
    // Markdown reads a line that starts with a comment as an HTML block.
    else if (result[index + 1]!.kind === 'comment') text = text.replace(/\n$/, ' ')
    result[index] = {kind: 'text', text}
  }
  return result.filter((node) => node.kind !== 'text' || node.text !== '')
}

/**
 * Articles. `quotes`: with block quotes (which the text alone does not
 * make quotes); `splitWords`: with words split by markup (`<b>cen</b>ter`).
 */
export function articles(options: {quotes?: boolean; splitWords?: boolean} = {}): fc.Arbitrary<Article> {
  const content = inlines({splitWords: options.splitWords ?? false}).filter((nodes) => nodes.length > 0)
  const kinds: Array<Block['kind']> = ['paragraph', 'paragraph', 'paragraph', 'heading', 'item', 'numbered', 'table', ...(options.quotes ? (['quote', 'quoted-item'] as const) : [])]
  const block = fc.tuple(fc.constantFrom(...kinds), fc.array(content, {minLength: 1, maxLength: 3})).map(([kind, cells]): Block => {
    // A heading and a table cell are one line.
    const oneLine = kind === 'heading' || kind === 'table'
    const kept = kind === 'table' ? cells : [cells[0]!]
    return {kind, cells: oneLine ? kept.map((cell) => tidy(flatLine(cell))) : kept}
  })
  return fc.array(block, {minLength: 1, maxLength: 6})
}

// ---------------------------------------------------------------------------
// Writers. Each choice of how to write a character is random but fixed by
// `seed`, so a failing case replays.

/** Plain text: the text itself. */
export function writePlain(article: Article): Written {
  const units: Array<Unit> = []
  const text = (value: string) => {
    for (const character of value) units.push({source: character, text: character, kind: 'text'})
  }
  article.forEach((block, index) => {
    block.cells.forEach((cell, cellIndex) => {
      if (index > 0 || cellIndex > 0) text('\n\n')
      for (const node of cell) plainInline(node, text)
    })
  })
  text('\n')
  return {format: 'text', units}
}

function plainInline(node: Inline, text: (value: string) => void): undefined {
  if (node.kind === 'text') text(node.text)
  else if (node.kind === 'code') text('\uFFFC')
  else if (node.kind === 'image') text(node.alt)
  else if (node.kind === 'break') text('\n')
  else if (node.kind !== 'comment') for (const child of node.children) plainInline(child, text)
}

/** A small deterministic random source for the writers' choices. */
function chooser(seed: number): <Value>(options: ReadonlyArray<Value>) => Value {
  let state = seed >>> 0 || 1
  return (options) => {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    return options[(state >>> 0) % options.length]!
  }
}

const named: Record<string, Array<string>> = {
  '"': ['&quot;'],
  '&': ['&amp;'],
  '<': ['&lt;'],
  '>': ['&gt;'],
  "'": ['&#x27;', '&#39;'],
  '\u00a0': ['&nbsp;'],
  '’': ['&rsquo;'],
  '“': ['&ldquo;'],
  '”': ['&rdquo;'],
  'é': ['&eacute;'],
  '—': ['&mdash;']
}

function references(character: string): Array<string> {
  const code = character.codePointAt(0)!
  return [...(named[character] ?? []), '&#' + code + ';', '&#x' + code.toString(16).toUpperCase() + ';']
}

const asciiPunctuation = /^[!-/:-@[-`{-~]$/u
/** Safe as they are anywhere but at the start of a line (not `!`: `![` is an image). */
const markdownLiteral = new Set([',', '.', ';', ':', '?', '"', "'", '(', ')', '%', '$', '/', '@', '=', '^', '{', '}', '-', '+', '#'])

/** Markdown: blocks by their markers, characters as themselves, escapes or references. */
export function writeMarkdown(article: Article, seed: number, options: {frontMatter?: boolean} = {}): Written {
  const choose = chooser(seed)
  const units: Array<Unit> = []
  if (options.frontMatter) units.push({source: '---\ntitle: "ISIL &amp; the U.S. color"\n---\n\n', text: '', kind: 'markup'})
  const markup = (source: string) => units.push({source, text: '', kind: 'markup'})
  let linePrefix = ''
  let lineStart = true
  const character = (value: string) => {
    if (value === '\n') {
      units.push({source: '\n', text: '\n', kind: 'text'})
      if (linePrefix) markup(linePrefix)
      lineStart = true
      return
    }
    const code = value.codePointAt(0)!
    let options: Array<string>
    if (asciiPunctuation.test(value)) {
      options = ['\\' + value, ...references(value)]
      if (markdownLiteral.has(value) && !lineStart) options.push(value, value)
    } else if (/^\d$/u.test(value) && lineStart) {
      options = references(value)
    } else if (code > 127 || value === ' ') {
      options = value === ' ' ? [' '] : [value, value, ...references(value)]
    } else {
      options = [value]
    }
    units.push({source: choose(options), text: value, kind: 'text'})
    lineStart = false
  }
  const text = (value: string) => {
    for (const part of value) character(part)
  }
  const inline = (node: Inline): undefined => {
    switch (node.kind) {
      case 'text':
        text(node.text)
        return
      case 'code':
        units.push({source: '`' + node.text + '`', text: '\uFFFC', kind: 'markup'})
        lineStart = false
        return
      case 'image':
        markup('![')
        text(node.alt)
        markup('](photo.png)')
        return
      case 'break':
        units.push({source: choose(['\\\n', '  \n']), text: '\n', kind: 'markup'})
        if (linePrefix) markup(linePrefix)
        lineStart = true
        return
      case 'comment':
        markup('<!-- note -->')
        return
      default: {
        const delimiters: Record<typeof node.kind, [string, string]> = {
          em: ['*', '*'],
          strong: ['**', '**'],
          link: ['[', '](https://example.com/a)'],
          span: ['<span>', '</span>']
        }
        const [open, close] = delimiters[node.kind]
        markup(open)
        for (const child of node.children) inline(child)
        markup(close)
      }
    }
  }
  article.forEach((block, index) => {
    if (index > 0) units.push({source: '\n\n', text: '\n\n', kind: 'markup'})
    lineStart = true
    if (block.kind === 'table') {
      block.cells.forEach((cell, cellIndex) => {
        if (cellIndex > 0) units.push({source: ' | ', text: '\n\n', kind: 'markup'})
        else markup('| ')
        linePrefix = ''
        lineStart = false
        for (const node of flatLine(cell)) inline(node)
      })
      markup(' |\n|' + block.cells.map(() => ' --- |').join(''))
      return
    }
    const prefixes: Record<Block['kind'], [string, string]> = {
      paragraph: ['', ''],
      heading: ['## ', ''],
      item: ['- ', '  '],
      numbered: ['12. ', '    '],
      quote: ['> ', '> '],
      'quoted-item': ['> * ', '>   '],
      table: ['', '']
    }
    const [prefix, continued] = prefixes[block.kind]
    linePrefix = continued
    if (prefix) markup(prefix)
    lineStart = true
    const nodes = block.kind === 'heading' ? flatLine(block.cells[0]!) : block.cells[0]!
    for (const node of nodes) inline(node)
  })
  units.push({source: '\n', text: '', kind: 'markup'})
  return {format: 'markdown', units}
}

/** Content that must stay on one line (a heading, a table cell): line breaks become spaces. */
function flatLine(nodes: Array<Inline>): Array<Inline> {
  return nodes.flatMap((node): Array<Inline> => {
    if (node.kind === 'break') return [{kind: 'text', text: ' '}]
    if (node.kind === 'text') return [{kind: 'text', text: node.text.replace(/\n/g, ' ')}]
    return [node]
  })
}

/**
 * HTML: elements for blocks and inline markup, characters as themselves or
 * references. A `fragment` has no document around it, and opens with its
 * first paragraph as bare text (parse5 implies `<html>` and `<body>`).
 */
export function writeHtml(article: Article, seed: number, options: {fragment?: boolean} = {}): Written {
  const choose = chooser(seed)
  const units: Array<Unit> = []
  const markup = (source: string) => units.push({source, text: '', kind: 'markup'})
  const character = (value: string, inAttribute: boolean) => {
    let options: Array<string>
    if (value === '&' || value === '<') options = references(value)
    else if (value === '"' && inAttribute) options = references(value)
    else if (value === '\n' || value === ' ') options = [value]
    else if (value.codePointAt(0)! > 127 || value === '"' || value === "'" || value === '>') options = [value, value, ...references(value)]
    else options = [value]
    units.push({source: choose(options), text: value, kind: 'text'})
  }
  const text = (value: string, inAttribute = false) => {
    for (const part of value) character(part, inAttribute)
  }
  const inline = (node: Inline): undefined => {
    switch (node.kind) {
      case 'text':
        text(node.text)
        return
      case 'code':
        units.push({source: '<code>' + node.text.replace(/&/g, '&amp;') + '</code>', text: '\uFFFC', kind: 'markup'})
        return
      case 'image':
        markup('<img src="photo.png" alt="')
        text(node.alt, true)
        markup('">')
        return
      case 'break':
        units.push({source: choose(['<br>', '<br/>', '<br />']), text: '\n', kind: 'markup'})
        return
      case 'comment':
        markup('<!-- note -->')
        return
      default: {
        const tag = {em: choose(['i', 'em']), strong: choose(['b', 'strong']), link: 'a', span: 'span'}[node.kind]
        markup('<' + tag + (tag === 'a' ? ' href="https://example.com/a?x=1&amp;y=2"' : tag === 'span' ? ' class="note"' : '') + '>')
        for (const child of node.children) inline(child)
        markup('</' + tag + '>')
      }
    }
  }
  if (!options.fragment) markup('<!doctype html>\n<html><head><title>A &amp; B</title><style>p{color:red}</style></head><body>\n')
  article.forEach((block, index) => {
    const between = index > 0 ? '\n\n' : ''
    if (block.kind === 'table') {
      units.push({source: '<table><tr>', text: between, kind: 'markup'})
      block.cells.forEach((cell, cellIndex) => {
        units.push({source: '<td>', text: cellIndex > 0 ? '\n\n' : '', kind: 'markup'})
        for (const node of cell) inline(node)
        markup('</td>')
      })
      markup('</tr></table>\n')
      return
    }
    const tags: Record<Block['kind'], [string, string]> = {
      paragraph: [choose(['<p>', '<p class="U.S. color">', "<p title='ISIL &amp; Daesh'>"]), '</p>'],
      heading: ['<h2>', '</h2>'],
      item: ['<ul><li>', '</li></ul>'],
      numbered: ['<ol start="12"><li>', '</li></ol>'],
      quote: ['<blockquote><p>', '</p></blockquote>'],
      'quoted-item': ['<blockquote><ul>\n<li>', '</li>\n</ul></blockquote>'],
      table: ['', '']
    }
    const bare = options.fragment && index === 0 && block.kind === 'paragraph'
    const [open, close] = bare ? ['', ''] : tags[block.kind]
    units.push({source: open, text: between, kind: 'markup'})
    for (const node of block.cells[0]!) inline(node)
    markup(bare ? '' : close + '\n')
  })
  if (!options.fragment) markup('<script>const isil = "ISIL"</script>\n</body></html>\n')
  return {format: 'html', units}
}

/** The same file with a byte order mark (which the parsers drop). */
export function withByteOrderMark(written: Written): Written {
  return {format: written.format, units: [{source: '\ufeff', text: '', kind: 'markup'}, ...written.units]}
}

/**
 * The same file with CRLF line endings. Markdown keeps them in its text;
 * HTML reads each as a line feed.
 */
export function withCrlf(written: Written): Written {
  return {
    format: written.format,
    units: written.units.map((unit) => ({
      ...unit,
      source: unit.source.replace(/\r?\n/gu, '\r\n'),
      text: unit.kind === 'text' && written.format === 'markdown' ? unit.text.replace(/\r?\n/gu, '\r\n') : unit.text
    }))
  }
}

// ---------------------------------------------------------------------------
// The oracle.

/** Where each unit starts in the file. */
function offsets(written: Written): Array<number> {
  const starts: Array<number> = []
  let at = 0
  for (const unit of written.units) {
    starts.push(at)
    at += unit.source.length
  }
  return starts
}

/**
 * What `[start, end)` of the file writes, or `undefined` when it cuts a
 * unit (a reference, a tag) in two: no true place does.
 */
export function readSpan(written: Written, start: number, end: number): {text: string; textStart: number; clean: boolean} | undefined {
  const starts = offsets(written)
  let text = ''
  let textStart = -1
  let textAt = 0
  let clean = true
  for (let index = 0; index < written.units.length; index++) {
    const unit = written.units[index]!
    const from = starts[index]!
    const to = from + unit.source.length
    if (textStart < 0 && from >= start) textStart = textAt
    if (from < start && to > start && unit.source.length > 0) return undefined
    if (from < end && to > end) return undefined
    if (from >= start && to <= end && !(to === from && from === end)) {
      if (to > from || from < end) {
        text += unit.text
        if (unit.kind === 'markup' && to > from) clean = false
      }
    }
    textAt += unit.text.length
  }
  return {text, textStart: textStart < 0 ? textAt : textStart, clean}
}

/** Read an edit's new text as the format's parser reads it: escapes and references decoded. */
export function decodeInserted(format: Written['format'], text: string): string {
  if (format === 'markdown') return decodeString(text)
  if (format === 'html') return decodeHTML(text, DecodingMode.Legacy)
  return text
}

/** Whether an edit's new text would be read as markup (a tag, emphasis, a link). */
export function writesMarkup(format: Written['format'], text: string): boolean {
  if (format === 'html') return text.includes('<')
  if (format === 'markdown') return /[\\`*_[\]<>~|&]/u.test(text.replace(/\\[!-/:-@[-`{-~]/gu, '').replace(/&(?:#\d+|#x[\da-f]+|\w+);/giu, ''))
  return false
}

/**
 * Apply an edit to the oracle: it must replace whole characters of the
 * text (never markup, never part of a reference); returns the new
 * written file, or a reason it cannot.
 */
export function applyEdit(written: Written, edit: {start: number; end: number; text: string}): Written | string {
  const starts = offsets(written)
  const units: Array<Unit> = []
  let placed = false
  const inserted: Unit = {source: edit.text, text: decodeInserted(written.format, edit.text), kind: 'text'}
  for (let index = 0; index < written.units.length; index++) {
    const unit = written.units[index]!
    const from = starts[index]!
    const to = from + unit.source.length
    if (to <= edit.start || from >= edit.end) {
      if (!placed && from >= edit.end && (from > edit.start || edit.start === edit.end)) {
        if (edit.start === edit.end && from !== edit.start) return 'an insertion inside a unit'
        units.push(inserted)
        placed = true
      }
      if (!(to === from && from === edit.start && edit.start < edit.end)) units.push(unit)
      continue
    }
    if (from < edit.start || to > edit.end) return 'an edit cuts ' + JSON.stringify(unit.source)
    if (unit.kind === 'markup' && unit.source.length > 0) return 'an edit replaces markup ' + JSON.stringify(unit.source)
  }
  if (!placed) units.push(inserted)
  return {format: written.format, units}
}

// ---------------------------------------------------------------------------
// The properties, each a function that throws on the first broken one.

const pathOf = {text: 'article.txt', markdown: 'article.md', html: 'article.html'} as const

function fail(what: string, written: Written): never {
  const source = sourceOf(written)
  throw new Error(what + ' (' + written.format + ': ' + JSON.stringify(source.length > 400 ? source.slice(0, 400) + '…' : source) + ')')
}

export function lintWritten(written: Written): Promise<Array<VFileMessage>> {
  return lintFile(pathOf[written.format], sourceOf(written))
}

/** A finding as rule, actual text and first fix (`-` for none). */
function key(message: VFileMessage): string {
  return message.ruleId + ' | ' + message.actual + ' | ' + (message.expected?.[0] ?? '-')
}

function withoutFinalBreaks(text: string): string {
  return text.replace(/\n+$/u, '')
}

/**
 * Each finding of `written` is placed where the file writes its `actual`,
 * and its fixes are edits inside that place that change the file's text as
 * the fix changes the text, never replacing markup nor writing any.
 */
export function checkPlaces(written: Written, messages: ReadonlyArray<VFileMessage>): undefined {
  const text = textOf(written)
  for (const message of messages) {
    const place = message.place as {start: {offset: number}; end: {offset: number}}
    const what = key(message) + ' at ' + place.start.offset + '-' + place.end.offset
    const span = readSpan(written, place.start.offset, place.end.offset)
    if (!span) fail('a place cuts a reference or a tag: ' + what, written)
    if (span.text !== message.actual) fail('the place writes ' + JSON.stringify(span.text) + ', not `actual`: ' + what, written)
    const fixes = message.fixes ?? []
    if (fixes.length !== (written.format === 'text' ? 0 : (message.expected?.length ?? 0))) fail('fixes and expected differ: ' + what, written)
    fixes.forEach((edit, index) => {
      if (edit.start < place.start.offset || edit.end > place.end.offset) fail('an edit outside its place: ' + what, written)
      if (writesMarkup(written.format, edit.text)) fail('an edit writes markup, ' + JSON.stringify(edit.text) + ': ' + what, written)
      const after = applyEdit(written, edit)
      if (typeof after === 'string') fail(after + ': ' + what, written)
      const expected = text.slice(0, span.textStart) + message.expected![index] + text.slice(span.textStart + message.actual!.length)
      if (textOf(after) !== expected) fail('the edit does not do what the fix says: ' + what, written)
    })
  }
}

/**
 * The article written as Markdown and HTML reads, to the linter, as its
 * plain text does, and gives the plain text's findings and first fixes,
 * each placed where the file writes it. A fix that would cross markup
 * (emphasis over half of a phrase) is dropped, and its message says so.
 */
export async function checkSameAsPlain(article: Article, seed: number): Promise<undefined> {
  const plain = writePlain(article)
  const plainMessages = await lintWritten(plain)
  checkPlaces(plain, plainMessages)
  for (const written of [writeMarkdown(article, seed), writeHtml(article, seed), writeHtml(article, seed, {fragment: true})]) {
    // The oracle's own check: the file reads as the plain text does.
    if (withoutFinalBreaks(textOf(written)) !== withoutFinalBreaks(textOf(plain))) fail('the writer is wrong', written)
    const read = parseMarkup(sourceOf(written), written.format as 'markdown' | 'html').rendering.text
    if (read !== withoutFinalBreaks(textOf(written)) + '\n') fail('read as ' + JSON.stringify(read), written)
    const messages = await lintWritten(written)
    checkPlaces(written, messages)
    const found = messages.map((message) => (message.note?.includes(crossesMarkup) ? key(message).replace(/ \| -$/u, ' | ?') : key(message)))
    const wanted = plainMessages.map((message) => key(message))
    for (const dropped of found) {
      if (!dropped.endsWith(' | ?')) continue
      const twin = wanted.findIndex((plainKey) => plainKey.startsWith(dropped.slice(0, -1)) && !plainKey.endsWith(' | -') && !plainKey.endsWith(' | ?'))
      if (twin >= 0) wanted[twin] = dropped
    }
    const a = [...found].sort().join('\n')
    const b = [...wanted].sort().join('\n')
    if (a !== b) fail('findings differ from the plain text\'s:\n' + a + '\n--- plain:\n' + b, written)
  }
}

/**
 * Fix `written` as `--fix` does, following each pass in the oracle: every
 * pass must be edits of whole characters of the text; returns the text
 * the fixed file reads as, the fixed file, and whether any pass dropped a
 * fix for crossing markup.
 */
export async function fixInOracle(written: Written): Promise<{text: string; source: string; dropped: boolean}> {
  let current = written
  let dropped = false
  for (let pass = 0; pass < 10; pass++) {
    const messages = await lintWritten(current)
    if (messages.some((message) => message.note?.includes(crossesMarkup))) dropped = true
    const source = sourceOf(current)
    const {text: fixed, applied} = applyFixes(source, messages)
    if (applied === 0) break
    const chosen = chooseFixes(messages)
    let next: Written | string = current
    for (const fix of chosen.reverse()) {
      next = applyEdit(next as Written, {start: fix.start, end: fix.end, text: fix.replacement})
      if (typeof next === 'string') fail(next, current)
    }
    if (sourceOf(next as Written) !== fixed) fail('the fixes do not apply as the oracle applies them', current)
    current = next as Written
  }
  return {text: textOf(current), source: sourceOf(current), dropped}
}

/**
 * `--fix` on the Markdown and HTML files changes only whole characters of
 * their text, is idempotent, and, where no fix was dropped for crossing
 * markup, leaves files that read as the fixed plain text.
 */
export async function checkFixes(article: Article, seed: number): Promise<undefined> {
  const plainFixed = (await fixUntilStable(sourceOf(writePlain(article)), (text) => lintFile(pathOf.text, text))).text
  for (const written of variants(article, seed)) {
    const fixed = await fixInOracle(written)
    const again = await fixUntilStable(fixed.source, (text) => lintFile(pathOf[written.format], text))
    if (again.text !== fixed.source) fail('fix(fix(x)) differs from fix(x)', written)
    const crlf = sourceOf(written).includes('\r')
    if (!fixed.dropped && !crlf && withoutFinalBreaks(fixed.text) !== withoutFinalBreaks(plainFixed)) {
      fail('the fixed file reads as ' + JSON.stringify(fixed.text) + ', not as the fixed text ' + JSON.stringify(plainFixed), written)
    }
  }
}

/**
 * Places and fixes of every finding (articles with words split by markup,
 * block quotes), with LF and CRLF line endings and Markdown front matter.
 */
export async function checkWritten(article: Article, seed: number): Promise<undefined> {
  for (const written of variants(article, seed)) checkPlaces(written, await lintWritten(written))
}

function variants(article: Article, seed: number): Array<Written> {
  return [
    writeMarkdown(article, seed),
    writeHtml(article, seed),
    withCrlf(withByteOrderMark(writeMarkdown(article, seed, {frontMatter: true}))),
    withCrlf(withByteOrderMark(writeHtml(article, seed))),
    withByteOrderMark(writeHtml(article, seed, {fragment: true}))
  ]
}

/**
 * The language server's quick fixes and "fix all" on the Markdown and HTML
 * files: each preferred quick fix edits the document as the message's fix
 * edits the file (whole characters of the text), and "fix all" leaves what
 * `--fix` leaves.
 */
export async function checkServerFixes(article: Article, seed: number): Promise<undefined> {
  for (const written of [writeMarkdown(article, seed), writeHtml(article, seed)]) {
    const source = sourceOf(written)
    const document = TextDocument.create('file:///' + pathOf[written.format], written.format, 1, source)
    const messages = await lintWritten(written)
    const diagnostics = toDiagnostics(document, messages)
    const actions = quickFixes(document, diagnostics).filter((action) => action.isPreferred)
    const fixable = messages.filter((message) => fixOf(message) !== undefined)
    if (actions.length !== fixable.length) fail(actions.length + ' quick fixes for ' + fixable.length + ' fixable findings', written)
    actions.forEach((action, index) => {
      const edits = action.edit?.changes?.[document.uri] ?? []
      const fix = fixOf(fixable[index]!)!
      const after = TextDocument.applyEdits(document, edits)
      if (after !== source.slice(0, fix.start) + fix.replacement + source.slice(fix.end)) fail('a quick fix edits otherwise than the fix', written)
      if (typeof applyEdit(written, {start: fix.start, end: fix.end, text: fix.replacement}) === 'string') fail('a quick fix edits markup', written)
    })
    const lint = (text: string) => lintFile(pathOf[written.format], text)
    const all = await fixAllAction(document, messages, lint)
    const fixed = (await fixUntilStable(source, lint)).text
    const afterAll = all ? TextDocument.applyEdits(document, all.edit?.changes?.[document.uri] ?? []) : source
    if (afterAll !== fixed) fail('"fix all" leaves ' + JSON.stringify(afterAll) + ', --fix ' + JSON.stringify(fixed), written)
  }
}

/** A message as everything a user can see of it (reason and note aside). */
function seen(message: VFileMessage): string {
  const place = message.place as {start: {offset: number}; end: {offset: number}}
  return [message.ruleId, place.start.offset, place.end.offset, message.actual, JSON.stringify(message.expected), JSON.stringify(message.fixes)].join(' | ')
}

/** Run `processor` on `value` as a file at `path` (none: no path). */
async function runPipeline(processor: Processor, value: string, path: string | undefined): Promise<Array<string>> {
  const file = new VFile(path === undefined ? {value} : {value, path})
  await processor.run(processor.parse(file), file)
  return file.messages.map((message) => seen(message))
}

/**
 * Every documented way to lint an article gives the same findings: our
 * parser (as the CLI), retext-english (plain text), remark-retext
 * (Markdown) and rehype-retext (HTML), with or without a file name.
 */
export async function checkPipelines(article: Article, seed: number): Promise<undefined> {
  const retextParser = (): Processor<NlcstRoot> => unified().use(retextEnglish).use(retextHouseStyle) as unknown as Processor<NlcstRoot>
  const ours = unified().use(retextHouseStyleParse).use(retextHouseStyle) as unknown as Processor
  const plain = sourceOf(writePlain(article))
  const expected = await runPipeline(ours, plain, 'article.txt')
  const viaEnglish = await runPipeline(retextParser() as unknown as Processor, plain, 'article.txt')
  if (viaEnglish.join('\n') !== expected.join('\n')) fail('retext-english gives other findings:\n' + viaEnglish.join('\n') + '\n---\n' + expected.join('\n'), writePlain(article))
  const markdown = writeMarkdown(article, seed)
  const html = writeHtml(article, seed)
  const viaRemark = unified().use(remarkParse).use(remarkRetext, retextParser()) as unknown as Processor
  const viaRehype = unified().use(rehypeParse).use(rehypeRetext, retextParser()) as unknown as Processor
  for (const [written, bridge] of [
    [markdown, viaRemark],
    [html, viaRehype]
  ] as const) {
    const source = sourceOf(written)
    const mine = await runPipeline(ours, source, pathOf[written.format])
    for (const [name, result] of [
      ['the bridge', await runPipeline(bridge, source, pathOf[written.format])],
      ['the bridge on a file with no name', await runPipeline(bridge, source, undefined)]
    ] as const) {
      if (result.join('\n') !== mine.join('\n')) fail(name + ' gives other findings:\n' + result.join('\n') + '\n---\n' + mine.join('\n'), written)
    }
  }
}
