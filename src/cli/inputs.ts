/**
 * What a CLI run lints: the files found (src/engine/find.ts), each under a config
 * that could be read (src/engine/config.ts), read by us (src/kit/read.ts) and handed
 * to unified-engine as VFiles with their content, so that the engine reads
 * nothing itself. Errors that concern many files (a bad config, an ignore
 * file that cannot be read) are said once; each file's own problem (not a
 * regular file, too large, missing) is a fatal message on it.
 */
import path from 'node:path'
import {hasMagic} from 'glob'
import {VFile} from 'vfile'
import type {ConfigFinder} from '../engine/config.js'
import {findFiles, type FoundFile, type IgnoreFiles} from '../engine/find.js'
import {megabytes, readRegularFile, ReadError} from '../kit/read.js'
import {source} from '../kit/rule.js'
import {rootOf, stampOf} from './write.js'

export interface InputOptions {
  cwd: string
  extensions: ReadonlyArray<string>
  ignore: IgnoreFiles
  configs: ConfigFinder
  /** Largest article read, in bytes (`--max-size`). */
  maxBytes: number
  /**
   * `false`: each file's value is left as its bytes, to be made text with
   * `decodeValue` if it is linted (a file replayed from the cache is not,
   * and an archive's text was most of what the collector had to move about).
   */
  decode?: boolean
}

export interface Inputs {
  files: Array<VFile>
  /** Inputs that named no file at all. */
  unmatched: Array<string>
  /** Errors that kept files from being linted, each once, with how many files. */
  errors: Array<{error: Error; files: number}>
}

/** Find, check and read the files named by `patterns`. */
export function readInputs(patterns: ReadonlyArray<string>, options: InputOptions): Inputs {
  const unmatched: Array<string> = []
  const found = findFiles(patterns, {
    ...options,
    onUnmatched(input) {
      unmatched.push(input)
      return undefined
    }
  })
  const failures = new Map<Error, number>()
  for (const error of options.ignore.errors) failures.set(error, 0)
  const files: Array<VFile> = []
  for (const entry of found) {
    const absolute = path.resolve(options.cwd, entry.path)
    if (entry.problem === undefined) {
      try {
        options.configs.configFor(absolute)
      } catch (error) {
        failures.set(error as Error, (failures.get(error as Error) ?? 0) + 1)
        continue
      }
    }
    files.push(readInput(entry, absolute, options))
  }
  return {files, unmatched, errors: [...failures].map(([error, count]) => ({error, files: count}))}
}

function readInput(entry: FoundFile, absolute: string, options: InputOptions): VFile {
  // A value, even empty, keeps unified-engine from reading the file itself.
  const file = new VFile({path: entry.path, cwd: options.cwd, value: ''})
  if (entry.problem !== undefined) {
    file.message(entry.problem).fatal = true
    return file
  }
  try {
    const {bytes, stats} = readRegularFile(absolute, options.maxBytes)
    file.value = options.decode === false ? bytes : textOrBytes(bytes)
    file.data.houseStyleRead = stampOf(bytes, stats)
  } catch (error) {
    if (!(error instanceof ReadError)) throw error
    const [ruleId, reason] =
      error.kind === 'too-large'
        ? ['file-too-large', 'Cannot lint a file of ' + megabytes(error.size ?? 0) + ', over the size limit of ' + megabytes(options.maxBytes) + ' (`--max-size`): skipped']
        : error.kind === 'not-regular' || error.kind === 'changed'
          ? ['not-a-regular-file', 'Skipped: ' + error.message]
          : ['unreadable-file', 'Cannot read file: ' + error.message]
    file.message(reason, {ruleId, source}).fatal = true
  }
  return file
}

/** Make the bytes of a file read with `decode: false` text, as a file read otherwise has it. */
export function decodeValue(file: VFile): undefined {
  if (typeof file.value !== 'string' && file.value !== undefined) file.value = textOrBytes(Buffer.from(file.value.buffer, file.value.byteOffset, file.value.byteLength))
}

/**
 * The text of valid UTF-8 with no U+FFFD in it, so that the bytes need not
 * stay in memory beside it until the file is parsed; otherwise the bytes,
 * from which the parser tells a bad byte from a real U+FFFD (src/parse/formats.ts,
 * which would read the file again without them).
 */
function textOrBytes(bytes: Buffer): string | Buffer {
  let text: string
  try {
    text = decoder.decode(bytes)
  } catch {
    return bytes
  }
  return text.includes('\uFFFD') ? bytes : text
}

const decoder = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})

/**
 * Standard input, read up to `maxBytes` and one more byte: `undefined` when
 * it holds more (nothing is linted then).
 */
export async function readStdin(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Buffer | undefined> {
  const chunks: Array<Buffer> = []
  let length = 0
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
    length += bytes.byteLength
    if (length > maxBytes) return undefined
    chunks.push(bytes)
  }
  return Buffer.concat(chunks)
}

/**
 * The folders `--fix` may write into, from the paths given: a folder given,
 * the folder of a file given, the fixed start of a glob (`stories/` of
 * `stories/**\/*.md`); each as `rootOf` makes it, its own last link not
 * followed.
 */
export function writeRoots(patterns: ReadonlyArray<string>, cwd: string, isFolder: (absolute: string) => boolean): Array<string> {
  const roots: Array<string> = []
  for (const pattern of patterns) {
    let folder: string
    if (hasMagic(pattern)) {
      const fixed: Array<string> = []
      for (const part of pattern.split('/')) {
        if (hasMagic(part)) break
        fixed.push(part)
      }
      folder = path.resolve(cwd, fixed.join('/') || '.')
    } else {
      const absolute = path.resolve(cwd, pattern)
      folder = isFolder(absolute) ? absolute : path.dirname(absolute)
    }
    const root = rootOf(folder)
    if (root !== undefined) roots.push(root)
  }
  return roots
}
