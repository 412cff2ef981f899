/**
 * When to lint an open document.
 *
 * At most one lint per document runs at a time; edits that arrive during
 * it are folded into one more lint of the latest text when it ends.
 *
 * - A short document is linted at once on an edit, with no debounce (a
 *   debounce is latency the user waits for): its lint takes milliseconds,
 *   and while it runs the edits pile up and are folded.
 * - A long one (seconds per lint) waits for a pause in typing (`delayMs`
 *   after the last edit), and an edit cancels its lint in progress, whose
 *   result could only be stale.
 *
 * A result is published only if the document is still open and unchanged
 * since the text that was linted, so a document closed mid-lint gets its
 * diagnostics cleared, not stale ones back.
 */
import type {VFileMessage} from 'vfile-message'

/** The last lint of a document, for the version it was made on. */
export interface LintSnapshot {
  version: number
  messages: Array<VFileMessage>
  ignored: boolean
}

export interface SchedulerHooks<Document> {
  /** The open document for `uri`, if it is still open. */
  get(uri: string): Document | undefined
  version(document: Document): number
  /** Whether re-lints of the document wait for a pause, and an edit cancels its lint. */
  isLong(document: Document): boolean
  /** Lint the document's text; rejects (with anything) once `signal` aborts. */
  lint(document: Document, signal: AbortSignal): Promise<{messages: Array<VFileMessage>; ignored: boolean}>
  publish(document: Document, snapshot: LintSnapshot): void
  failed(uri: string, error: unknown): void
}

/** A pause of this long (ms) in edits to a long document sets off its lint. */
export const defaultDelayMs = 300

interface State {
  /** Waiting for a pause in edits (long documents). */
  timer: ReturnType<typeof setTimeout> | undefined
  running: {controller: AbortController; long: boolean} | undefined
  /** An edit came in while the lint was running. */
  again: boolean
}

export class LintScheduler<Document> {
  readonly #hooks: SchedulerHooks<Document>
  readonly #delayMs: number
  readonly #states = new Map<string, State>()
  readonly #snapshots = new Map<string, LintSnapshot>()

  constructor(hooks: SchedulerHooks<Document>, options: {delayMs?: number} = {}) {
    this.#hooks = hooks
    this.#delayMs = options.delayMs ?? defaultDelayMs
  }

  /** The document changed (or opened): lint it, now, after a pause, or after the lint in progress. */
  request(uri: string): void {
    const document = this.#hooks.get(uri)
    if (document === undefined) return
    let state = this.#states.get(uri)
    if (state?.running) {
      state.again = true
      if (state.running.long) state.running.controller.abort()
      return
    }
    if (!state) {
      state = {timer: undefined, running: undefined, again: false}
      this.#states.set(uri, state)
    }
    this.#start(uri, state, document)
  }

  /** The latest lint of `uri` if it was made on `version`. */
  snapshot(uri: string, version: number): LintSnapshot | undefined {
    const snapshot = this.#snapshots.get(uri)
    return snapshot?.version === version ? snapshot : undefined
  }

  /**
   * Forget `uri` (closed): a long lint in progress is cancelled, a short one
   * runs out (stopping its worker would cost more) and is dropped.
   */
  forget(uri: string): void {
    this.#snapshots.delete(uri)
    const state = this.#states.get(uri)
    if (!state) return
    clearTimeout(state.timer)
    state.timer = undefined
    state.again = false
    if (state.running?.long) state.running.controller.abort()
    if (!state.running) this.#states.delete(uri)
  }

  #start(uri: string, state: State, document: Document): void {
    clearTimeout(state.timer)
    state.timer = undefined
    if (!this.#hooks.isLong(document)) {
      void this.#run(uri, state)
      return
    }
    state.timer = setTimeout(() => {
      state.timer = undefined
      void this.#run(uri, state)
    }, this.#delayMs)
  }

  async #run(uri: string, state: State): Promise<void> {
    const document = this.#hooks.get(uri)
    if (document === undefined) {
      this.#states.delete(uri)
      return
    }
    const version = this.#hooks.version(document)
    const controller = new AbortController()
    state.running = {controller, long: this.#hooks.isLong(document)}
    state.again = false
    let result
    try {
      result = await this.#hooks.lint(document, controller.signal)
    } catch (error) {
      if (!controller.signal.aborted) this.#hooks.failed(uri, error)
    } finally {
      state.running = undefined
    }
    const current = this.#hooks.get(uri)
    // The same document object: one closed and opened again is another, whatever its version.
    if (result && current === document && this.#hooks.version(current) === version) {
      const snapshot = {version, ...result}
      this.#snapshots.set(uri, snapshot)
      try {
        this.#hooks.publish(current, snapshot)
      } catch (error) {
        this.#hooks.failed(uri, error)
      }
    }
    if (state.again && current !== undefined) this.#start(uri, state, current)
    else if (state.timer === undefined && this.#states.get(uri) === state) this.#states.delete(uri)
  }
}
