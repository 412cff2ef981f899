/**
 * The language server's lint threads (`LintWorkers`) and their warm-up
 * lints after start-up, with a stand-in worker that says which thread ran
 * a lint and how many warm-up lints it had run.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {setTimeout as sleep} from 'node:timers/promises'
import {fileURLToPath} from 'node:url'
import {afterEach, describe, expect, it} from 'vitest'
import {LintWorkers} from '../src/server/workers.js'

const probe = fileURLToPath(new URL('fixtures/server/probe-worker.mjs', import.meta.url))
const input = {filePath: undefined, languageId: 'plaintext', text: 'A short document.'}
let workers: LintWorkers | undefined
/** The threads the stand-in worker was loaded in, one line each. */
const threadLog = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'house-style-workers-')), 'threads.txt')
process.env['PROBE_THREADS'] = threadLog

afterEach(async () => {
  await workers?.close()
  fs.rmSync(threadLog, {force: true})
})

function threadsStarted(): number {
  return fs.existsSync(threadLog) ? fs.readFileSync(threadLog, 'utf8').trim().split('\n').length : 0
}

/** Which thread linted, and how many warm-up lints it had run by then. */
async function lint(pool: LintWorkers): Promise<{thread: string; warmUps: number}> {
  const result = await pool.lint(input, new AbortController().signal)
  const [thread, warmUps] = result.notices ?? []
  return {thread: thread!, warmUps: Number(warmUps!.replace('warm-ups ', ''))}
}

describe('LintWorkers warm-up', {timeout: 20_000}, () => {
  it('runs its warm-up lints once documents have not been linted for a moment, in the thread that lints them, counting the documents’', async () => {
    workers = new LintWorkers(probe)
    const first = await lint(workers)
    const warming = workers.warmUp(5)
    // Run once: a second call is the same run.
    expect(workers.warmUp(5)).toBe(warming)
    // A document linted right after start-up goes first.
    expect((await lint(workers)).warmUps).toBe(0)
    // Two documents linted, so three warm-up lints.
    expect((await warming).lints).toBe(3)
    const after = await lint(workers)
    expect(after).toEqual({thread: first.thread, warmUps: 3})
  })

  it('stops at a warm-up lint that fails, and documents are linted as before', async () => {
    process.env['PROBE_FAIL_AT'] = '1'
    try {
      workers = new LintWorkers(probe)
      await expect(workers.warmUp(5)).rejects.toThrow('warm-up lint 1 failed')
      expect(await lint(workers)).toMatchObject({warmUps: 1})
    } finally {
      delete process.env['PROBE_FAIL_AT']
    }
  })

  it('lints a document changed during the warm-up in the same thread, after the warm-up lint in progress, and pauses the rest', async () => {
    workers = new LintWorkers(probe)
    const first = await lint(workers)
    void workers.warmUp(1000)
    // The warm-up starts after 250 ms with no lint, and each of its lints takes 40 ms.
    await sleep(800)
    const during = await lint(workers)
    // Not in a second thread, which would start cold.
    expect(during.thread).toBe(first.thread)
    expect(during.warmUps).toBeGreaterThan(0)
    // Typing: no warm-up lint between the document's lints.
    let last = during
    for (let index = 0; index < 5; index++) {
      await sleep(20)
      const next = await lint(workers)
      expect(next).toEqual({thread: first.thread, warmUps: last.warmUps})
      last = next
    }
    // Nor was one started (a thread takes a moment to load the worker).
    await sleep(500)
    expect(threadsStarted()).toBe(1)
  })
})
