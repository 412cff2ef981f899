/**
 * Writing fixed articles back (`--fix`), in folders others may write to and
 * files others may have edited meanwhile. A file is written only when:
 *
 * - it is what was read: the same file (device and inode) with the same
 *   bytes, checked again just before the write (an edit made while the run
 *   lints is kept, the file reported);
 * - its mode bits allow writing (a 0444 file is read-only also to root);
 * - its real path lies within the paths given on the command line, unless
 *   the caller allows more (a symbolic link out of them is not followed).
 *
 * A file with one name is replaced atomically: a temporary file beside it,
 * created exclusively under a name no one can guess (a planted symbolic link
 * cannot catch the write), given the file's mode and owner, flushed, then
 * renamed over it. A file with several names (hard links), whose owner
 * could not be kept by replacing it, or in a folder we may not write in, is
 * rewritten in place instead, so that every name and the owner stay: that
 * write is not atomic (a crash in the middle of it can leave the file
 * part-written), the price of keeping them.
 * Temporary files are removed on any exit Node sees (`removeTemporaries`).
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import process from 'node:process'
import type {Plugin} from 'unified'
import type {FileSet} from 'unified-engine'
import type {VFile} from 'vfile'
// `file.data.houseStyleFix`.
import type {} from '../engine/fix.js'
import {readRegularFile, systemReason} from '../kit/read.js'
import {source} from '../kit/rule.js'

/** What was read of a file: enough to tell at write time whether it changed since. */
export interface ReadStamp {
  dev: number
  ino: number
  size: number
  /** SHA-256 of the bytes read, hex. */
  digest: string
}

export function stampOf(bytes: Uint8Array, stats: fs.Stats): ReadStamp {
  return {dev: stats.dev, ino: stats.ino, size: bytes.byteLength, digest: digestOf(bytes)}
}

function digestOf(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(bytes).digest('hex')
}

/** Why a fix was not written: one line, for the report. */
export class WriteRefusal extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'WriteRefusal'
  }
}

export interface WriteOptions {
  /** Real paths (folders) writes stay within; `undefined`: anywhere. */
  roots: ReadonlyArray<string> | undefined
  /** Largest file read again to compare, in bytes. */
  maxBytes: number
}

/** The parts of `fs` a write uses, so that a test can make one fail. */
export type WriteFs = Pick<
  typeof fs,
  'openSync' | 'writeSync' | 'fchmodSync' | 'fchownSync' | 'fstatSync' | 'fsyncSync' | 'ftruncateSync' | 'closeSync' | 'renameSync' | 'rmSync' | 'statSync' | 'realpathSync' | 'accessSync'
>

/** How a file was written. */
export type Written = 'replaced' | 'in place'

/**
 * Write `text` over the file at `filePath`, which was read as `stamp`.
 *
 * @throws {WriteRefusal}
 *   When the file is not written, saying why; the file is then as it was.
 */
export function writeFix(filePath: string, text: string, stamp: ReadStamp, options: WriteOptions, system: WriteFs = fs): Written {
  const target = attempt(() => system.realpathSync(filePath))
  if (options.roots && !options.roots.some((root) => within(target, root))) {
    throw new WriteRefusal(
      'its real path `' + target + '` is outside the paths given (a symbolic link out of them is not followed; `--follow-symlinks` allows it)'
    )
  }
  const stats = attempt(() => system.statSync(target))
  if (!stats.isFile() || stats.dev !== stamp.dev || stats.ino !== stamp.ino) {
    throw new WriteRefusal('it was replaced on disk since it was read')
  }
  if ((stats.mode & 0o222) === 0) {
    throw new WriteRefusal('it is read-only (mode ' + (stats.mode & 0o7777).toString(8).padStart(4, '0') + ')')
  }
  attempt(() => system.accessSync(target, fs.constants.W_OK))
  if (changedSince(target, stamp, options.maxBytes)) throw new WriteRefusal('it changed on disk since it was read')
  const bytes = Buffer.from(text, 'utf8')
  if (stats.nlink > 1) return writeInPlace(target, bytes, stamp, system)
  return replace(target, bytes, stats, stamp, system)
}

/** Whether the file at `target` no longer holds what `stamp` says was read. */
function changedSince(target: string, stamp: ReadStamp, maxBytes: number): boolean {
  try {
    const {bytes, stats} = readRegularFile(target, Math.max(maxBytes, stamp.size))
    return stats.dev !== stamp.dev || stats.ino !== stamp.ino || bytes.byteLength !== stamp.size || digestOf(bytes) !== stamp.digest
  } catch {
    return true
  }
}

/** Write a temporary file beside `target` with its mode and owner, then rename it over `target`. */
function replace(target: string, bytes: Buffer, stats: fs.Stats, stamp: ReadStamp, system: WriteFs): Written {
  const temporary = temporaryPath(target)
  let descriptor: number
  try {
    descriptor = system.openSync(temporary, 'wx', 0o600)
  } catch (error) {
    // A folder we may not write in, holding a file we may: write in place.
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EACCES' || code === 'EPERM') return writeInPlace(target, bytes, stamp, system)
    throw new WriteRefusal(systemReason(error))
  }
  temporaries.add(temporary)
  try {
    try {
      writeAll(system, descriptor, bytes)
      system.fchmodSync(descriptor, stats.mode & 0o7777)
      const owned = system.fstatSync(descriptor)
      if (owned.uid !== stats.uid || owned.gid !== stats.gid) system.fchownSync(descriptor, stats.uid, stats.gid)
      system.fsyncSync(descriptor)
    } finally {
      system.closeSync(descriptor)
    }
  } catch (error) {
    system.rmSync(temporary, {force: true})
    temporaries.delete(temporary)
    // The owner cannot be given away (not root): write in place, which keeps it.
    if ((error as NodeJS.ErrnoException).code === 'EPERM') return writeInPlace(target, bytes, stamp, system)
    throw new WriteRefusal(systemReason(error))
  }
  try {
    // Last look before the rename: the file is still the one read, unchanged in size and time.
    const now = system.statSync(target)
    if (now.dev !== stats.dev || now.ino !== stats.ino || now.size !== stats.size || now.mtimeMs !== stats.mtimeMs) {
      throw new WriteRefusal('it changed on disk since it was read')
    }
    system.renameSync(temporary, target)
  } catch (error) {
    system.rmSync(temporary, {force: true})
    throw error instanceof WriteRefusal ? error : new WriteRefusal(systemReason(error))
  } finally {
    temporaries.delete(temporary)
  }
  syncFolder(path.dirname(target))
  return 'replaced'
}

/** Rewrite `target` in place: every hard link and the owner stay; not atomic. */
function writeInPlace(target: string, bytes: Buffer, stamp: ReadStamp, system: WriteFs): Written {
  const flags = fs.constants.O_WRONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOFOLLOW ?? 0)
  const descriptor = attempt(() => system.openSync(target, flags))
  try {
    const stats = system.fstatSync(descriptor)
    if (!stats.isFile() || stats.dev !== stamp.dev || stats.ino !== stamp.ino) throw new WriteRefusal('it was replaced on disk since it was read')
    writeAll(system, descriptor, bytes, 0)
    system.ftruncateSync(descriptor, bytes.byteLength)
    system.fsyncSync(descriptor)
  } catch (error) {
    throw error instanceof WriteRefusal ? error : new WriteRefusal(systemReason(error))
  } finally {
    system.closeSync(descriptor)
  }
  return 'in place'
}

function writeAll(system: WriteFs, descriptor: number, bytes: Buffer, position?: number): undefined {
  let written = 0
  while (written < bytes.byteLength) {
    written += system.writeSync(descriptor, bytes, written, bytes.byteLength - written, position === undefined ? null : position + written)
  }
}

/** Flush the folder's entry for a rename; not every system can open a folder. */
function syncFolder(folder: string): undefined {
  try {
    const descriptor = fs.openSync(folder, 'r')
    try {
      fs.fsyncSync(descriptor)
    } finally {
      fs.closeSync(descriptor)
    }
  } catch {
    // The rename is done; only its durability after a power cut is less sure.
  }
}

function attempt<Result>(call: () => Result): Result {
  try {
    return call()
  } catch (error) {
    throw new WriteRefusal(systemReason(error))
  }
}

/** Whether `target` is `root` or inside it. */
function within(target: string, root: string): boolean {
  return target === root || target.startsWith(root.endsWith(path.sep) ? root : root + path.sep)
}

/**
 * The real path of a folder the writes may go into: the folder's parents
 * resolved, not the folder itself, so that a folder given (or holding a
 * given file) that is a symbolic link does not lead writes elsewhere.
 */
export function rootOf(folder: string): string | undefined {
  try {
    return path.join(fs.realpathSync(path.dirname(folder)), path.basename(folder))
  } catch {
    return undefined
  }
}

/** `.NAME.house-style-RANDOM.tmp`, beside the file (never taken for an article: `isTemporaryName` in src/engine/find.ts). */
function temporaryPath(target: string): string {
  return path.join(path.dirname(target), '.' + path.basename(target) + '.house-style-' + crypto.randomBytes(8).toString('hex') + '.tmp')
}

/** Temporary files written and not yet renamed or removed. */
const temporaries = new Set<string>()

/** Remove the temporary files left (at exit, on a signal). */
export function removeTemporaries(): undefined {
  for (const temporary of temporaries) {
    try {
      fs.rmSync(temporary, {force: true})
    } catch {
      // Nothing more can be done at exit.
    }
  }
  temporaries.clear()
}

/**
 * Remove temporary files on any exit Node sees: a normal one, an uncaught
 * error, and the signals that would otherwise end the process at once
 * (which then exits as killed by them: 128 and the signal's number). Writes
 * are synchronous, so a signal is handled between them. `kill -9` leaves a
 * temporary file behind; it is never taken for an article (`isTemporaryName`).
 */
export function removeTemporariesOnExit(): undefined {
  process.on('exit', removeTemporaries)
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      removeTemporaries()
      process.exit(128 + os.constants.signals[signal])
    })
  }
}

declare module 'vfile' {
  interface DataMap {
    /** What the CLI read of the file: a fix is written only over those bytes. */
    houseStyleRead: ReadStamp
    /** The fixes were handled: written or refused. */
    houseStyleWritten: boolean
  }
}

export interface FixWriterOptions extends WriteOptions {
  /** Told of each file written, with how many fixes. */
  onWritten(file: VFile, applied: number): undefined
}

/**
 * Plugin (the CLI, with `--fix`): write each file's fixed text once every
 * file is linted and before the report (a unified-engine completer), so
 * that the report tells the truth: a file not written gets its findings as
 * they were before fixing back, and one error saying why.
 */
export function retextHouseStyleWrite(options: FixWriterOptions): Plugin<[unknown?, FileSet?]> {
  const completer = (fileSet: FileSet): undefined => {
    for (const file of fileSet.valueOf()) writeFileFixes(file, options)
  }
  return function (_options, fileSet) {
    fileSet?.use(completer)
  }
}

function writeFileFixes(file: VFile, options: FixWriterOptions): undefined {
  const fixed = file.data.houseStyleFix
  const stamp = file.data.houseStyleRead
  // unified-engine may run completers again for files done later: once each.
  if (!fixed || fixed.applied === 0 || !stamp || !file.path || file.data.houseStyleWritten) return
  file.data.houseStyleWritten = true
  try {
    writeFix(path.resolve(file.cwd, file.path), fixed.text, stamp, options)
    options.onWritten(file, fixed.applied)
  } catch (error) {
    const reason = error instanceof WriteRefusal ? error.message : systemReason(error)
    file.messages = [...file.messages.filter((message) => message.source !== source), ...fixed.before]
    const message = file.message('Fixes not written: ' + reason + '; the findings are those of the file as it was read', {
      ruleId: 'fix-not-written',
      source
    })
    message.fatal = true
  }
}
