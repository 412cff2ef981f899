/**
 * Reading files that others may have planted: articles, config files and
 * styles in a content repo that takes pull requests from strangers.
 *
 * Only regular files are read. A FIFO would block the read until a writer
 * comes (the whole run hung), a device such as `/dev/zero` never ends (a
 * symbolic link to it grew memory by gigabytes), and a socket cannot be read
 * at all. The size limit is kept while reading, not only by a `stat` before
 * it: a file that grows meanwhile is never read past the limit and one byte.
 * The file is opened without blocking (`O_NONBLOCK`, which a FIFO swapped in
 * between the `stat` and the `open` would otherwise block on) and checked
 * again once open.
 *
 * Node only; shared with the web page's modules through the style loader,
 * which never reads a file there, so `fs` is reached at run time.
 */
import type {Stats} from 'node:fs'
import {builtin} from '../parse/platform.js'

export interface ReadResult {
  bytes: Buffer
  /** The open file's status: the file that was read, not what the path names now. */
  stats: Stats
}

/** Why a file was not read: a one-line reason, no file content in it. */
export class ReadError extends Error {
  /** `too-large` when the only problem is the size. */
  readonly kind: 'not-regular' | 'too-large' | 'changed' | 'system'
  /** The file's size in bytes, when it is too large: at least the limit and one. */
  readonly size: number | undefined

  constructor(message: string, kind: ReadError['kind'], size?: number) {
    super(message)
    this.name = 'ReadError'
    this.kind = kind
    this.size = size
  }
}

// Not on Windows, where `open` neither blocks on nor makes controlling terminals.
function openFlags(fs: typeof import('node:fs')): number {
  return fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOCTTY ?? 0)
}
const chunkSize = 64 * 1024

/**
 * The bytes of the regular file at `filePath` (a symbolic link is followed),
 * at most `maxBytes` of them.
 *
 * @throws {ReadError}
 *   When it is not a regular file, holds more than `maxBytes`, was replaced
 *   while opened, or cannot be read (missing, no permission).
 */
export function readRegularFile(filePath: string, maxBytes: number): ReadResult {
  const fs = builtin('node:fs')
  const before = attempt(() => fs.statSync(filePath))
  refuseUnlessRegular(before)
  if (before.size > maxBytes) throw tooLarge(before.size, maxBytes)
  const descriptor = attempt(() => fs.openSync(filePath, openFlags(fs)))
  try {
    const stats = attempt(() => fs.fstatSync(descriptor))
    refuseUnlessRegular(stats)
    if (stats.dev !== before.dev || stats.ino !== before.ino) {
      throw new ReadError('it was replaced while being opened', 'changed')
    }
    const bytes = readAtMost(descriptor, Math.min(stats.size, maxBytes) + 1, maxBytes + 1)
    if (bytes.byteLength > maxBytes) throw tooLarge(Math.max(stats.size, bytes.byteLength), maxBytes)
    return {bytes, stats}
  } finally {
    fs.closeSync(descriptor)
  }
}

/**
 * Read from `descriptor` until its end or `limit` bytes, starting with room
 * for `expected` (the size `fstat` gave, and one to see the end).
 */
function readAtMost(descriptor: number, expected: number, limit: number): Buffer {
  const fs = builtin('node:fs')
  let buffer = Buffer.allocUnsafe(Math.max(1, Math.min(expected, limit)))
  let length = 0
  while (length < limit) {
    if (length === buffer.byteLength) {
      const grown = Buffer.allocUnsafe(Math.min(limit, Math.max(buffer.byteLength * 2, chunkSize)))
      buffer.copy(grown, 0, 0, length)
      buffer = grown
    }
    const read = attempt(() => fs.readSync(descriptor, buffer, length, buffer.byteLength - length, null))
    if (read === 0) break
    length += read
  }
  return buffer.subarray(0, length)
}

function refuseUnlessRegular(stats: Stats): undefined {
  if (stats.isFile()) return
  throw new ReadError('it is ' + kindOf(stats) + ', not a regular file', 'not-regular')
}

/** What a file that is not a regular one is, for a message. */
export function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder'
  if (stats.isFIFO()) return 'a FIFO (named pipe)'
  if (stats.isCharacterDevice()) return 'a character device'
  if (stats.isBlockDevice()) return 'a block device'
  if (stats.isSocket()) return 'a socket'
  if (stats.isSymbolicLink()) return 'a symbolic link'
  return 'a regular file'
}

function tooLarge(size: number, maxBytes: number): ReadError {
  return new ReadError('it has ' + megabytes(size) + ', over the size limit of ' + megabytes(maxBytes), 'too-large', size)
}

/** Bytes as megabytes, as `--max-size` takes them. */
export function megabytes(bytes: number): string {
  return (bytes / 1e6).toFixed(bytes < 1e6 ? 3 : 1) + ' MB'
}

/** Run a file system call; its error becomes a `ReadError` with a short reason. */
function attempt<Result>(call: () => Result): Result {
  try {
    return call()
  } catch (error) {
    throw new ReadError(systemReason(error), 'system')
  }
}

/** A file system error in a few words, without the path Node puts in its message. */
export function systemReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  switch (code) {
    case 'ENOENT': {
      return 'no such file'
    }
    case 'EACCES':
    case 'EPERM': {
      return 'permission denied'
    }
    case 'EISDIR': {
      return 'it is a folder'
    }
    case 'ELOOP': {
      return 'too many symbolic links (a loop?)'
    }
    case 'ENOTDIR': {
      return 'a part of its path is not a folder'
    }
    case 'EAGAIN': {
      return 'it cannot be read without waiting'
    }
    case 'ENXIO': {
      return 'no such device'
    }
    default: {
      return code ?? (error instanceof Error ? error.message.split('\n')[0]! : String(error))
    }
  }
}

/**
 * Where a `JSON.parse` error lies in `text`, as ` (line L, column C)`, or
 * nothing when V8 does not say. Never the error's message: V8 quotes the
 * text in it (`Unexpected token 'r', "root:$6$…" is not valid JSON`), and
 * a file given as a style or config may be any file.
 */
export function jsonErrorPlace(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : ''
  const position = /\bposition (\d+)/u.exec(message)
  let offset: number | undefined
  if (position) offset = Number(position[1])
  else if (/end of JSON input/u.test(message)) offset = text.length
  if (offset === undefined || offset > text.length) return ''
  let line = 1
  let lineStart = 0
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line++
    lineStart = index + 1
  }
  return ' (line ' + line + ', column ' + (offset - lineStart + 1) + ')'
}
