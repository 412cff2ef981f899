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
 * docs/benchmarks.md). Each runs only after this long with no lint.
 */
export const warmUpLints = 200
const warmUpQuietMs = 250

export class LintWorkers {
  readonly #short: Tinypool
  readonly #long: Tinypool
  /** The warm-up lint in progress: a document's lint waits for it rather than start a second, cold, thread. */
  #warming: Promise<unknown> | undefined
  /** Lints in progress, and when the last one started or ended (for the warm-up). */
  #linting = 0
  #lastLintAt = 0
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
    this.#linting++
    try {
      if (this.#warming) await this.#warming
      return await this.#lint(input, signal)
    } finally {
      this.#linting--
      this.#lastLintAt = performance.now()
    }
  }

  /**
   * Lint a made-up article `lints` times in the short lane's worker, each
   * time only once no document has been linted for a moment, so that its
   * code is compiled before the user types. Resolves when done or closed.
   */
  async warmUp(lints = warmUpLints): Promise<void> {
    // The editor opens its documents right after start-up: they go first.
    this.#lastLintAt = performance.now()
    for (let round = 0; round < lints && !this.#closed; round++) {
      while (!this.#closed && (this.#linting > 0 || performance.now() - this.#lastLintAt < warmUpQuietMs)) await sleep(warmUpQuietMs, undefined, {ref: false})
      if (this.#closed) return
      this.#warming = this.#short.run(round, {name: 'warmUp'}).catch(() => undefined)
      await this.#warming
      this.#warming = undefined
    }
  }

  async #lint(input: LintInput, signal: AbortSignal): Promise<LintResult & {error?: unknown}> {
    const long = input.text.length > longDocument
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
