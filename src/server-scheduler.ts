/**
 * When to lint an open document.
 *
 * Every change asks for a lint, without a debounce (a debounce is latency
 * the user waits for), but at most one lint per document runs at a time:
 * changes that arrive during a lint are folded into one more lint of the
 * latest text when it ends. A result is published only if the document is
 * still open and unchanged since the text that was linted, so a document
 * closed mid-lint gets its diagnostics cleared, not stale ones back.
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
  lint(document: Document): Promise<{messages: Array<VFileMessage>; ignored: boolean}>
  publish(document: Document, snapshot: LintSnapshot): void
  failed(uri: string, error: unknown): void
}

interface State {
  running: boolean
  again: boolean
}

export class LintScheduler<Document> {
  readonly #hooks: SchedulerHooks<Document>
  readonly #states = new Map<string, State>()
  readonly #snapshots = new Map<string, LintSnapshot>()

  constructor(hooks: SchedulerHooks<Document>) {
    this.#hooks = hooks
  }

  /** Lint `uri` now, or once more after the lint in progress. */
  request(uri: string): void {
    const state = this.#states.get(uri)
    if (state?.running) {
      state.again = true
      return
    }
    void this.#run(uri)
  }

  /** The latest lint of `uri` if it was made on `version`. */
  snapshot(uri: string, version: number): LintSnapshot | undefined {
    const snapshot = this.#snapshots.get(uri)
    return snapshot?.version === version ? snapshot : undefined
  }

  /** Forget `uri` (closed); a lint in progress is dropped when it ends. */
  forget(uri: string): void {
    this.#snapshots.delete(uri)
  }

  async #run(uri: string): Promise<void> {
    const state: State = {running: true, again: false}
    this.#states.set(uri, state)
    try {
      do {
        state.again = false
        const document = this.#hooks.get(uri)
        if (document === undefined) break
        const version = this.#hooks.version(document)
        let result
        try {
          result = await this.#hooks.lint(document)
        } catch (error) {
          this.#hooks.failed(uri, error)
          continue
        }
        const current = this.#hooks.get(uri)
        if (current === undefined || this.#hooks.version(current) !== version) continue
        const snapshot = {version, ...result}
        this.#snapshots.set(uri, snapshot)
        this.#hooks.publish(current, snapshot)
      } while (state.again)
    } finally {
      this.#states.delete(uri)
    }
  }
}
