/**
 * Where the language server lints: worker threads, in two lanes, so that
 * its main thread only speaks the protocol and one document never holds up
 * another's diagnostics.
 *
 * - Short documents (up to `longDocument`, 128 KiB: every real article) go
 *   to one worker that stays up, with a warm config cache.
 * - Long documents go to workers of their own (as many as the CPUs less
 *   one, at least one), started when needed and stopped when idle, so the
 *   memory a long lint took is given back. A long lint is cancelled by
 *   stopping its worker.
 *
 * A lint that runs out of memory ends its worker, not the server; one that
 * runs past a time limit is stopped. Either way the document gets one
 * diagnostic saying so. tinypool runs the workers (see the README's
 * design notes).
 */
import os from 'node:os'
import {setTimeout as sleep} from 'node:timers/promises'
import Tinypool from 'tinypool'
import type {VFileMessage} from 'vfile-message'
import {defaultSegmentSize} from '../engine/pieces.js'
import type {LintInput, LintResult} from './lint.js'
import {fromMessageData} from '../engine/messages.js'
import {noticeMessage} from './messages.js'
import type {LintReply} from './worker.js'

/** Longer documents (in UTF-16 units) are linted in pieces, on the long lane. */
export const longDocument = defaultSegmentSize

/**
 * Heap limits per worker. A short document's tree is some 200 bytes per
 * byte of text (26 MB at 128 KiB); a long one is linted in pieces, but a
 * Markdown or HTML one is parsed whole first (remark's tree of a 5 MB
 * file is 500 MB).
 */
const shortHeapMb = 512
const longHeapMb = 2048

/**
 * Time limits, to catch only lints that would never end (a read that
 * blocks, a runaway rule): a minute and more, and 30 s per MB, some three
 * times what a Markdown document takes.
 */
const baseTimeoutMs = 60_000
const timeoutMsPerMb = 30_000

/** A long-lane worker left idle this long is stopped, giving its memory back. */
const idleMs = 10_000

/**
 * Warm-up lints (`warmUp`) after start-up: until V8 has compiled the rules,
 * a re-lint takes twice the CPU, and a busy machine doubles that again (see
 * docs/benchmarks.md). Short documents linted meanwhile count toward them.
 * Each runs only after this long with no lint.
 */
export const warmUpLints = 200
const warmUpQuietMs = 250

/** What the warm-up did: its lints (documents' not counted) and their time. */
export interface WarmUpDone {
  lints: number
  ms: number
}

export class LintWorkers {
  readonly #short: Tinypool
  readonly #long: Tinypool
  /** The warm-up lint in progress: a short document's lint waits for it rather than start a second, cold, thread. */
  #warming: Promise<unknown> | undefined
  #warmUp: Promise<WarmUpDone> | undefined
  /** Lints in progress, when the last one ended, and how many short ones there have been (for the warm-up). */
  #linting = 0
  #lastLintAt = 0
  #shortLints = 0
  #closed = false

  /** @param workerFile The worker module (`worker.ts` built). */
  constructor(workerFile: string) {
    const common = {filename: workerFile}
    this.#short = new Tinypool({...common, minThreads: 1, maxThreads: 2, idleTimeout: idleMs, resourceLimits: {maxOldGenerationSizeMb: shortHeapMb}})
    this.#long = new Tinypool({
      ...common,
      minThreads: 0,
      maxThreads: Math.max(1, os.availableParallelism() - 1),
      idleTimeout: idleMs,
      resourceLimits: {maxOldGenerationSizeMb: longHeapMb}
    })
  }

  /**
   * Lint `input` in a worker. Rejects with an `AbortError` when `signal`
   * aborts (the document changed or closed); a lint that failed or was
   * stopped resolves with one message saying so (and `error` to log).
   */
  async lint(input: LintInput, signal: AbortSignal): Promise<LintResult & {error?: unknown}> {
    const long = input.text.length > longDocument
    this.#linting++
    try {
      if (!long && this.#warming) await this.#warming.then(nothing, nothing)
      return await this.#lint(input, signal, long)
    } finally {
      this.#linting--
      if (!long) this.#shortLints++
      this.#lastLintAt = performance.now()
    }
  }

  /**
   * Lint a made-up article in the short lane's worker, each time only once
   * no document has been linted for a moment, until it and the documents
   * have been linted `lints` times, so that the code is compiled before the
   * user types. Runs once (a second call gets the first one's promise);
   * resolves when done or closed, rejects at the first failure.
   */
  warmUp(lints = warmUpLints): Promise<WarmUpDone> {
    this.#warmUp ??= this.#runWarmUp(lints)
    return this.#warmUp
  }

  async #runWarmUp(lints: number): Promise<WarmUpDone> {
    // The editor opens its documents right after start-up: they go first.
    this.#lastLintAt = performance.now()
    const done: WarmUpDone = {lints: 0, ms: 0}
    const wanted = () => !this.#closed && done.lints + this.#shortLints < lints
    while (wanted()) {
      while (!this.#closed && (this.#linting > 0 || performance.now() - this.#lastLintAt < warmUpQuietMs)) await sleep(warmUpQuietMs, undefined, {ref: false})
      if (!wanted()) break
      const started = performance.now()
      this.#warming = this.#short.run(done.lints, {name: 'warmUp', signal: AbortSignal.timeout(baseTimeoutMs)})
      try {
        await this.#warming
      } catch (error) {
        if (this.#closed) break
        throw error
      } finally {
        this.#warming = undefined
      }
      done.ms += performance.now() - started
      done.lints++
    }
    return done
  }

  async #lint(input: LintInput, signal: AbortSignal, long: boolean): Promise<LintResult & {error?: unknown}> {
    const timeoutMs = baseTimeoutMs + Math.ceil((input.text.length / 1e6) * timeoutMsPerMb)
    const timeout = AbortSignal.timeout(timeoutMs)
    try {
      const reply = (await (long ? this.#long : this.#short).run(input, {signal: AbortSignal.any([signal, timeout])})) as LintReply
      return {messages: reply.messages.map((data) => fromMessageData(data)), ignored: reply.ignored, notices: reply.notices}
    } catch (error) {
      if (signal.aborted) throw error
      return {messages: [failure(error, timeout.aborted, timeoutMs)], ignored: false, error}
    }
  }

  async close(): Promise<void> {
    this.#closed = true
    await Promise.all([this.#short.destroy(), this.#long.destroy()])
  }
}

/** The one message of a document whose lint failed or was stopped. */
function failure(error: unknown, timedOut: boolean, timeoutMs: number): VFileMessage {
  if (timedOut) return noticeMessage('lint-stopped', 'Linting stopped after ' + timeoutMs / 1000 + ' s: this document was not checked')
  const code = (error as {code?: unknown} | undefined)?.code
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') return noticeMessage('lint-failed', 'Linting ran out of memory: this document was not checked')
  return noticeMessage('lint-failed', 'Linting failed: this document was not checked (' + String((error as Error | undefined)?.message ?? error) + ')')
}

function nothing(): undefined {}
