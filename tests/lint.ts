/**
 * Test helpers: lint a text with the preset or with some rules.
 */
import type {Root} from 'nlcst'
import {unified, type PluggableList} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import retextHouseStyleControl from '../src/engine/control.js'
import {retextHouseStylePieces, type PiecesOptions} from '../src/engine/pieces.js'
import retextHouseStyle, {retextHouseStyleParse, type Options} from '../src/index.js'

/** Lint `text` with `plugins` (default: the whole preset). */
export async function lint(text: string, plugins?: PluggableList): Promise<Array<VFileMessage>> {
  return (await run('example.txt', text, plugins ?? [retextHouseStyle])).messages
}

/**
 * Parse `value` as the file `path` (with `parse` options: with a
 * `segmentSize`, as the CLI parses, in pieces), run `plugins`, return the file.
 */
export async function run(path: string, value: string, plugins: PluggableList, parse: PiecesOptions = {}): Promise<VFile> {
  const processor = (parse.segmentSize === undefined ? unified().use(retextHouseStyleParse, parse) : unified().use(retextHouseStylePieces, parse)).use(
    plugins
  )
  const file = new VFile({value, path})
  await processor.run(processor.parse(file) as Root, file)
  return file
}

/** Lint `text` with the preset and `options`. */
export function lintWith(text: string, options: Options): Promise<Array<VFileMessage>> {
  return lint(text, [[retextHouseStyle, options]])
}

/** `line:column-line:column: reason`, as the docs pages write findings. */
export function formatMessage(message: VFileMessage): string {
  const place = message.place
  const range =
    place && 'start' in place
      ? place.start.line + ':' + place.start.column + '-' + place.end.line + ':' + place.end.column
      : message.line + ':' + message.column
  return range + ': ' + message.reason
}

/**
 * Lint a file as the CLI does: parsed by its extension, the preset with
 * `options`, then disable comments.
 */
export async function lintFile(path: string, value: string, options: Options = {}, parse: PiecesOptions = {}): Promise<Array<VFileMessage>> {
  return (await run(path, value, [[retextHouseStyle, options], retextHouseStyleControl], parse)).messages
}
