/**
 * The articles the CLI lints: paths, globs and folders expanded, ignore
 * files honoured, as unified-engine's finder does (the same globs, the same
 * ignore rules, the same messages), so that the CLI can read each file
 * itself (src/kit/read.ts) before handing it to the engine: unified-engine reads
 * whatever it finds, a FIFO or `/dev/zero` too, and has no hook before it
 * reads.
 *
 * Where this differs: a folder reached again through a symbolic link is
 * searched once (a link to a parent made unified-engine search until the
 * path was too long, and two such links doubled the work at every level),
 * and the temporary files of `--fix` are never taken for articles.
 */
import fs from 'node:fs'
import path from 'node:path'
import {globSync, hasMagic} from 'glob'
import ignoreModule, {type Ignore} from 'ignore'
import {readRegularFile} from '../kit/read.js'

// `ignore` is CommonJS whose types declare an ES default export (as unified-engine notes).
const ignore = ignoreModule as unknown as typeof ignoreModule.default

/** A path given or found, relative to the cwd, and why it cannot be linted. */
export interface FoundFile {
  path: string
  /** unified-engine's wording: `No such file or folder`, `Cannot process specified file: it’s ignored`. */
  problem?: string
  /** A file named on the command line (or matched by a glob), not found in a folder. */
  given: boolean
}

export interface FindOptions {
  cwd: string
  /** Called with each input that names no file at all (a glob that matches nothing, a folder without articles). */
  onUnmatched?: (input: string) => undefined
  /** Extensions of articles in folders, without the dot. */
  extensions: ReadonlyArray<string>
  ignore: IgnoreFiles
}

/**
 * Expand `inputs` (paths, folders, globs) into the files to lint, sorted by
 * path; folders are searched for files with `extensions`, leaving out
 * `node_modules` and what ignore files ignore.
 */
export function findFiles(inputs: ReadonlyArray<string>, options: FindOptions): Array<FoundFile> {
  const extensions = new Set(options.extensions.map((extension) => '.' + extension))
  const found = new Map<string, FoundFile>()
  /** Real folders searched already, by device and inode. */
  const searched = new Set<string>()

  for (const input of inputs) {
    const before = found.size
    const paths = hasMagic(input) ? globSync(input, {cwd: options.cwd}) : [path.relative(options.cwd, path.resolve(options.cwd, input)) || '.']
    for (const given of paths) visit(given, false)
    if (found.size === before) options.onUnmatched?.(input)
  }
  return [...found.values()].sort((left, right) => (left.path < right.path ? -1 : 1))

  function visit(relative: string, nested: boolean): undefined {
    const name = path.basename(relative)
    if (nested && (name === 'node_modules' || isTemporaryName(name))) return
    const absolute = path.resolve(options.cwd, relative)
    let stats: fs.Stats | undefined
    let missing = false
    try {
      stats = fs.statSync(absolute)
    } catch (error) {
      missing = (error as NodeJS.ErrnoException).code === 'ENOENT'
    }
    const verdict = options.ignore.check(absolute)
    const ignored = verdict !== 'kept'
    if (ignored && nested) return
    if (!ignored && stats?.isDirectory()) {
      const key = stats.dev + ':' + stats.ino
      if (searched.has(key)) return
      searched.add(key)
      let names: Array<string> = []
      try {
        names = fs.readdirSync(absolute).sort()
      } catch {
        add({path: relative, problem: 'Cannot read folder', given: !nested})
        return
      }
      for (const child of names) visit(path.join(relative, child), true)
      return
    }
    if (nested && !extensions.has(path.extname(relative))) return
    const problem =
      verdict instanceof Error
        ? 'Not linted: its ignore file cannot be read'
        : ignored
          ? 'Cannot process specified file: it’s ignored'
          : missing
            ? 'No such file or folder'
            : undefined
    add(problem === undefined ? {path: relative, given: !nested} : {path: relative, problem, given: !nested})
  }

  function add(file: FoundFile): undefined {
    if (!found.has(file.path)) found.set(file.path, file)
  }
}

/**
 * Ignore files (`.housestyleignore`, gitignore syntax), found from each
 * path's folder upwards as unified-engine finds them, or one given file;
 * their patterns are relative to the ignore file's folder. An ignore file
 * that cannot be read (not a regular file, too large) is an error for the
 * paths under it, named once.
 */
export class IgnoreFiles {
  readonly #name: string | undefined
  readonly #given: string | undefined
  readonly #maxBytes: number
  readonly #byFolder = new Map<string, LoadedIgnore | undefined>()
  #givenLoaded: LoadedIgnore | undefined
  /** Errors met, each once: the paths under them are skipped. */
  readonly errors: Array<Error> = []

  /**
   * @param options.name
   *   File name to look for upwards (none: do not look).
   * @param options.given
   *   Absolute path of the one ignore file to use instead.
   */
  constructor(options: {name?: string | undefined; given?: string | undefined; maxBytes: number}) {
    this.#name = options.name
    this.#given = options.given
    this.#maxBytes = options.maxBytes
  }

  /** Whether the file or folder at `absolute` is ignored, or the error of the ignore file that decides. */
  check(absolute: string): 'ignored' | 'kept' | Error {
    const loaded = this.#given === undefined ? this.#find(path.dirname(absolute)) : (this.#givenLoaded ??= this.#load(this.#given))
    if (!loaded) return 'kept'
    if (loaded.error) return loaded.error
    const relative = path.relative(loaded.folder, absolute)
    if (relative === '' || relative === '..' || relative.startsWith('..' + path.sep) || path.isAbsolute(relative)) return 'kept'
    return loaded.rules.ignores(relative.split(path.sep).join('/')) ? 'ignored' : 'kept'
  }

  #find(folder: string): LoadedIgnore | undefined {
    if (this.#name === undefined) return undefined
    if (this.#byFolder.has(folder)) return this.#byFolder.get(folder)
    const candidate = path.join(folder, this.#name)
    let loaded: LoadedIgnore | undefined
    if (fs.existsSync(candidate)) {
      loaded = this.#load(candidate)
    } else {
      const parent = path.dirname(folder)
      loaded = parent === folder ? undefined : this.#find(parent)
    }
    this.#byFolder.set(folder, loaded)
    return loaded
  }

  #load(filePath: string): LoadedIgnore {
    const folder = path.dirname(filePath)
    try {
      const text = readRegularFile(filePath, this.#maxBytes).bytes.toString('utf8')
      return {folder, rules: ignore().add(text)}
    } catch (error) {
      const failure = new Error('Cannot read ignore file `' + filePath + '`: ' + (error as Error).message)
      this.errors.push(failure)
      return {folder, rules: ignore(), error: failure}
    }
  }
}

interface LoadedIgnore {
  folder: string
  rules: Ignore
  error?: Error
}

const temporaryPattern = /^\..+\.house-style-[\da-f]+\.tmp$/u

/**
 * Whether a file name is one of the temporary files `--fix` writes beside
 * an article (`.NAME.house-style-RANDOM.tmp`, src/cli/write.ts; also an old
 * one, `.NAME.house-style-PID.tmp`): never an article.
 */
export function isTemporaryName(name: string): boolean {
  return temporaryPattern.test(name)
}
