/**
 * Parsing plain text one paragraph at a time.
 *
 * retext-english parses a whole document in one go, which is superlinear in
 * its size (measured: 250 KB at 1.5 MB/s, 1 MB at 0.7 MB/s); articles get
 * pasted whole, so the CLI parses each blank-line-separated paragraph on its
 * own and shifts the positions back into the file.
 */
import type {Paragraph, Root, RootContent, WhiteSpace} from 'nlcst'
import type {Point, Position} from 'unist'
import {ParseEnglish} from 'parse-english'

/** One or more blank lines (a line break, optional blanks, a line break...). */
const paragraphBreak = /(?:\r\n|\r|\n)(?:[ \t]*(?:\r\n|\r|\n))+/g
const lineBreak = /\r\n|\r|\n/g

/**
 * Parse `value` into an nlcst root whose positions point into `value`.
 */
export function parseParagraphs(value: string): Root {
  const parser = new ParseEnglish()
  const children: Array<RootContent> = []
  const cursor = {offset: 0, line: 1, column: 1}
  let chunkStart = 0

  paragraphBreak.lastIndex = 0
  let match = paragraphBreak.exec(value)
  while (match) {
    addChunk(value.slice(chunkStart, match.index))
    addSeparator(match[0])
    chunkStart = match.index + match[0].length
    match = paragraphBreak.exec(value)
  }
  addChunk(value.slice(chunkStart))

  return {
    type: 'RootNode',
    children,
    position: {start: {line: 1, column: 1, offset: 0}, end: {...cursor}}
  }

  function addChunk(chunk: string): undefined {
    if (chunk === '') return
    const tree = parser.parse(chunk)
    for (const child of tree.children) {
      shift(child, cursor.line - 1, cursor.column - 1, cursor.offset)
      children.push(child)
    }
    advance(chunk)
  }

  function addSeparator(text: string): undefined {
    const start = {...cursor}
    advance(text)
    const node: WhiteSpace = {
      type: 'WhiteSpaceNode',
      value: text,
      position: {start, end: {...cursor}}
    }
    children.push(node)
  }

  function advance(text: string): undefined {
    let lines = 0
    let lastBreakEnd = -1
    lineBreak.lastIndex = 0
    let found = lineBreak.exec(text)
    while (found) {
      lines++
      lastBreakEnd = found.index + found[0].length
      found = lineBreak.exec(text)
    }
    cursor.offset += text.length
    if (lines === 0) {
      cursor.column += text.length
    } else {
      cursor.line += lines
      cursor.column = text.length - lastBreakEnd + 1
    }
  }
}

/**
 * Shift every position in `node` by a number of lines and an offset; the
 * column only moves on the first line of the chunk.
 */
function shift(
  node: RootContent | Paragraph,
  lines: number,
  columns: number,
  offset: number
): undefined {
  if (node.position) {
    node.position = shiftPosition(node.position, lines, columns, offset)
  }
  if ('children' in node) {
    for (const child of node.children) {
      shift(child as RootContent, lines, columns, offset)
    }
  }
}

function shiftPosition(
  position: Position,
  lines: number,
  columns: number,
  offset: number
): Position {
  return {
    start: shiftPoint(position.start, lines, columns, offset),
    end: shiftPoint(position.end, lines, columns, offset)
  }
}

function shiftPoint(point: Point, lines: number, columns: number, offset: number): Point {
  return {
    line: point.line + lines,
    column: point.line === 1 ? point.column + columns : point.column,
    offset: (point.offset ?? 0) + offset
  }
}
