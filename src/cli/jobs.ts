/**
 * Linting files elsewhere than in unified-engine's own pipeline: in worker
 * threads (`--jobs`), or not at all when the cache has them (`--cache`).
 *
 * The engine still runs the show (file order, reporters, exit codes, the
 * `--fix` writer), so a report is the same whichever way a file was linted:
 * the engine's processor parses nothing, and this plugin, in place of the
 * rules, gets each file's outcome (from the cache, a worker or this thread)
 * and puts its messages, and its fixed text, on the file. tinypool runs the
 * workers, as for the language server.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Root} from 'nlcst'
import Tinypool from 'tinypool'
import type {Plugin, Processor} from 'unified'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {fromMessageData} from '../engine/messages.js'
import type {Options} from '../engine/preset.js'
import {loadStyle} from '../kit/style.js'
import {digest, type LintCache} from './cache.js'
import {decodeValue} from './inputs.js'
import {lintParser, lintPipeline, type LintPipeline, type LintSettings} from './pipeline.js'
import {version} from '../engine/version.js'
import {lintOne, type LintOutcome, type LintTask} from './worker.js'

/** Fewer files than this are linted in the main thread: starting workers costs more than they save. */
export const minFilesForWorkers = 8

/** Files sent to a worker at once. */
const groupSize = 8

export interface RemoteOptions {
  settings: LintSettings
  /** The main thread's pipeline: its config finder and options, for the cache key. */
  pipeline: LintPipeline
  /** Worker threads to lint in; 1 lints in this thread. */
  jobs: number
  cache: LintCache | undefined
  /** Called as each file is done. */
  onDone?: (file: VFile) => undefined
}

export interface Remote {
  plugin: Plugin<[], Root>
  /**
   * Put the cached outcome on `file` if the cache has it (content and
   * configuration unchanged): such a file needs neither the engine nor a
   * worker. Whether it did. `forJsonReport`: the file goes to the JSON
   * report and nowhere else, so it may get the report's text of its
   * findings (`houseStyleReport`) in place of messages.
   */
  replay(file: VFile, forJsonReport: boolean): boolean
  /** Make fatal again the messages held back from being fatal while the engine ran. */
  restoreSeverities(files: ReadonlyArray<VFile>): undefined
  /** Stop the workers (once the engine is done). */
  close(): Promise<undefined>
}

/** A parser for the engine that reads nothing: the outcome comes from the plugin. */
export const parseNothing: Plugin<[], string, Root> = function () {
  ;(this as unknown as Processor<Root>).parser = () => ({type: 'RootNode', children: []})
}

export function remoteLint(options: RemoteOptions): Remote {
  const {settings, pipeline, cache} = options
  const pool =
    options.jobs > 1
      ? // Started on the first file the cache does not have.
        new Tinypool({filename: workerFile(), minThreads: 0, maxThreads: options.jobs, idleTimeout: 5000, useAtomics: false})
      : undefined
  // tinypool's threads do not keep the process alive: while they work, this does
  // (else Node ends the run, with files in flight, once nothing else is left to do).
  const keepAlive = pool ? setInterval(() => undefined, 60_000) : undefined
  let local: Processor | undefined
  const configKeys = new WeakMap<Options, string>()
  const held = new WeakSet<VFileMessage>()

  function configKey(file: VFile): string {
    const given = pipeline.optionsFor(file)
    let key = configKeys.get(given)
    if (key === undefined) {
      // The style as resolved (its file's data, what it extends), not its name.
      const resolved = {...given, style: loadStyle(given.style)}
      key = digest(JSON.stringify({version, build: buildDigest(), settings: {...settings, cwd: undefined}, options: resolved}))
      configKeys.set(given, key)
    }
    return key
  }

  // Files for the workers, gathered while the engine hands them over (it hands
  // a batch over at once) and sent in groups of `groupSize`.
  let waiting: Array<{task: LintTask; resolve: (outcome: LintOutcome) => void; reject: (error: unknown) => void}> = []
  let flushing = false

  function send(): undefined {
    flushing = false
    while (waiting.length > 0) {
      const group = waiting.slice(0, groupSize)
      waiting = waiting.slice(groupSize)
      pool!.run(group.map((entry) => entry.task)).then(
        (outcomes: Array<LintOutcome>) => group.forEach((entry, index) => entry.resolve(outcomes[index]!)),
        (error: unknown) => group.forEach((entry) => entry.reject(error))
      )
    }
  }

  async function outcomeOf(file: VFile): Promise<LintOutcome> {
    const value = file.value
    const task: LintTask = {settings, path: file.path, value: typeof value === 'string' ? value : new Uint8Array(value)}
    if (pool) {
      return new Promise((resolve, reject) => {
        waiting.push({task, resolve, reject})
        if (waiting.length >= groupSize) send()
        else if (!flushing) {
          flushing = true
          setImmediate(send)
        }
      })
    }
    local ??= lintParser(settings).use(pipeline.plugins).freeze() as unknown as Processor
    return lintOne(local, task)
  }

  /** The cache's key, content digest and configuration key of `file`. */
  function cacheKeys(file: VFile): {key: string; content: string; config: string} {
    // The digest of the bytes read (src/cli/inputs.ts) is that of the value, which is them or their text.
    return {key: path.resolve(file.cwd, file.path), content: file.data.houseStyleRead?.digest ?? digest(file.value), config: configKey(file)}
  }

  /** Put `outcome` on `file`; `hold`: keep its messages from being fatal while the engine runs. */
  function apply(file: VFile, outcome: LintOutcome, hold: boolean): undefined {
    for (const data of outcome.messages) {
      const message = fromMessageData(data, file.path)
      // unified-engine flushes the files once all that are not failed are done, and a
      // file that fails (has a fatal message) before it is queued then waits forever:
      // no message is fatal until the engine is done (`restoreSeverities`).
      if (hold && message.fatal === true) {
        held.add(message)
        message.fatal = false
      }
      file.messages.push(message)
    }
    if (outcome.fix) {
      file.data.houseStyleFix = {text: outcome.fix.text, applied: outcome.fix.applied, before: outcome.fix.before.map((data) => fromMessageData(data, file.path))}
    }
    options.onDone?.(file)
  }

  const plugin: Plugin<[], Root> = function () {
    return async function (_tree, file) {
      decodeValue(file)
      // Standard input with no `--stdin-filepath` has no path to keep it under.
      const keys = cache && file.path ? cacheKeys(file) : undefined
      const cached = keys && cache!.get(keys.key, keys.content, keys.config)
      let outcome: LintOutcome
      if (cached) outcome = cached
      else {
        outcome = await outcomeOf(file)
        if (keys) cache!.set(keys.key, keys.content, keys.config, outcome, file.path)
      }
      apply(file, outcome, true)
    }
  }

  return {
    plugin,
    replay(file, forJsonReport) {
      if (!cache || !file.path) return false
      const keys = cacheKeys(file)
      const report = forJsonReport ? cache.getReport(keys.key, keys.content, keys.config) : undefined
      if (report) {
        file.data.houseStyleReport = report
        // Not needed by the report: the text is let go (docs/benchmarks.md, issue 20).
        file.value = ''
        options.onDone?.(file)
        return true
      }
      const outcome = cache.get(keys.key, keys.content, keys.config)
      if (!outcome) return false
      // Other reports may show the text (SARIF's regions).
      decodeValue(file)
      apply(file, outcome, false)
      return true
    },
    restoreSeverities(files) {
      for (const file of files) {
        for (const message of file.messages) {
          if (held.delete(message)) message.fatal = true
        }
      }
    },
    async close() {
      clearInterval(keepAlive)
      await pool?.destroy()
    }
  }
}

let build: string | undefined

/**
 * The running build's code and built-in data (the bundles' files), for the
 * cache key: another build of the same version (a checkout between
 * releases) must not replay this one's findings. Unbundled, the version
 * alone says it.
 */
function buildDigest(): string {
  if (build !== undefined) return build
  const hash = crypto.createHash('sha256')
  const folder = path.dirname(fileURLToPath(import.meta.url))
  if (fs.existsSync(path.join(folder, 'house-style-cli-worker.mjs'))) {
    for (const dir of [folder, path.join(folder, 'chunks')]) {
      for (const name of fs.readdirSync(dir).filter((name) => name.endsWith('.mjs')).sort()) hash.update(name).update(fs.readFileSync(path.join(dir, name)))
    }
  }
  build = hash.digest('hex')
  return build
}

/** The worker module: beside the bundled CLI, else the compiled `worker.js` beside this one. */
function workerFile(): string {
  const bundled = fileURLToPath(new URL('house-style-cli-worker.mjs', import.meta.url))
  return fs.existsSync(bundled) ? bundled : fileURLToPath(new URL('worker.js', import.meta.url))
}
