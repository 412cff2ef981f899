/**
 * When the language server lints (`LintScheduler`), with lints that end
 * when the test says: short documents at once and folded, long ones after
 * a pause and cancelled by an edit, nothing stale published.
 */
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest'
import {LintScheduler, type LintSnapshot} from '../src/server/scheduler.js'

interface Doc {
  uri: string
  version: number
  long: boolean
}

/** A lint the test ends (`finish`), or that the scheduler cancels. */
interface PendingLint {
  version: number
  signal: AbortSignal
  finish(): void
}

function harness() {
  const open = new Map<string, Doc>()
  const lints: Array<PendingLint> = []
  const published: Array<[string, number]> = []
  const failures: Array<unknown> = []
  const scheduler = new LintScheduler<Doc>({
    get: (uri) => open.get(uri),
    version: (document) => document.version,
    isLong: (document) => document.long,
    lint: (document, signal) =>
      new Promise((resolve, reject) => {
        const version = document.version
        signal.addEventListener('abort', () => reject(new Error('aborted')))
        lints.push({version, signal, finish: () => resolve({messages: [], ignored: false})})
      }),
    publish: (document, snapshot: LintSnapshot) => published.push([document.uri, snapshot.version]),
    failed: (_uri, error) => failures.push(error)
  })
  return {open, lints, published, failures, scheduler}
}

/** Let promise callbacks run. */
async function settle(): Promise<void> {
  for (let index = 0; index < 5; index++) await Promise.resolve()
}

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('LintScheduler', () => {
  it('lints a short document at once, and folds edits during a lint into one more', async () => {
    const {open, lints, published, scheduler} = harness()
    const doc = {uri: 'a', version: 1, long: false}
    open.set('a', doc)
    scheduler.request('a')
    expect(lints).toHaveLength(1)
    for (let version = 2; version <= 50; version++) {
      doc.version = version
      scheduler.request('a')
    }
    expect(lints).toHaveLength(1)
    lints[0]!.finish()
    await settle()
    // The first result is stale (version 1 of 50): not published; one more lint, of version 50.
    expect(published).toEqual([])
    expect(lints.map((lint) => lint.version)).toEqual([1, 50])
    lints[1]!.finish()
    await settle()
    expect(published).toEqual([['a', 50]])
  })

  it('lints a long document after a pause in edits, each edit restarting the wait', async () => {
    const {open, lints, published, scheduler} = harness()
    const doc = {uri: 'a', version: 1, long: true}
    open.set('a', doc)
    scheduler.request('a')
    for (let version = 2; version <= 100; version++) {
      await vi.advanceTimersByTimeAsync(50)
      doc.version = version
      scheduler.request('a')
    }
    expect(lints).toHaveLength(0)
    await vi.advanceTimersByTimeAsync(1000)
    expect(lints.map((lint) => lint.version)).toEqual([100])
    lints[0]!.finish()
    await settle()
    expect(published).toEqual([['a', 100]])
  })

  it('cancels a long document’s lint in progress when it changes, then lints the new text after a pause', async () => {
    const {open, lints, published, failures, scheduler} = harness()
    const doc = {uri: 'a', version: 1, long: true}
    open.set('a', doc)
    scheduler.request('a')
    await vi.advanceTimersByTimeAsync(1000)
    expect(lints).toHaveLength(1)
    doc.version = 2
    scheduler.request('a')
    expect(lints[0]!.signal.aborted).toBe(true)
    await settle()
    await vi.advanceTimersByTimeAsync(1000)
    expect(lints.map((lint) => lint.version)).toEqual([1, 2])
    lints[1]!.finish()
    await settle()
    expect(published).toEqual([['a', 2]])
    expect(failures).toEqual([])
  })

  it('cancels a long lint when its document closes, lets a short one run out, and publishes neither', async () => {
    const {open, lints, published, scheduler} = harness()
    open.set('long', {uri: 'long', version: 1, long: true})
    open.set('short', {uri: 'short', version: 1, long: false})
    scheduler.request('long')
    scheduler.request('short')
    await vi.advanceTimersByTimeAsync(1000)
    open.clear()
    scheduler.forget('long')
    scheduler.forget('short')
    expect(lints.map((lint) => lint.signal.aborted)).toEqual([false, true])
    lints[0]!.finish()
    await settle()
    expect(published).toEqual([])
  })

  it('does not publish a lint for a document closed and opened again meanwhile, even at the same version', async () => {
    const {open, lints, published, scheduler} = harness()
    open.set('a', {uri: 'a', version: 1, long: false})
    scheduler.request('a')
    scheduler.forget('a')
    open.set('a', {uri: 'a', version: 1, long: false})
    scheduler.request('a')
    lints[0]!.finish()
    await settle()
    expect(published).toEqual([])
    expect(lints).toHaveLength(2)
    lints[1]!.finish()
    await settle()
    expect(published).toEqual([['a', 1]])
  })

  it('reports a publish that throws, and keeps scheduling', async () => {
    const failures: Array<unknown> = []
    let throwing = true
    const open = new Map([['a', {uri: 'a', version: 1, long: false}]])
    const scheduler = new LintScheduler<Doc>({
      get: (uri) => open.get(uri),
      version: (document) => document.version,
      isLong: () => false,
      lint: async () => ({messages: [], ignored: false}),
      publish() {
        if (throwing) throw new Error('boom')
      },
      failed: (_uri, error) => failures.push(error)
    })
    scheduler.request('a')
    await settle()
    expect(failures).toHaveLength(1)
    throwing = false
    open.get('a')!.version = 2
    scheduler.request('a')
    await settle()
    expect(scheduler.snapshot('a', 2)).toBeDefined()
  })
})
