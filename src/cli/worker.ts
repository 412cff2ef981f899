/**
 * A `--jobs` worker of the command line (a worker thread run by tinypool,
 * see `jobs.ts`): lints one file at a time with the CLI's own pipeline
 * (src/cli/pipeline.ts) and returns its messages, and its fixed text with
 * `--fix`, as plain data. Writing fixes stays with the main thread.
 */
import {VFile} from 'vfile'
import type {Processor} from 'unified'
import {toMessageData, type MessageData} from '../engine/messages.js'
import {setPieceHooks} from '../engine/pieces.js'
import {holdYoungGeneration, memoryHooks} from './memory.js'
import {lintParser, lintPipeline, type LintSettings} from './pipeline.js'

// A thread that lints and nothing else, as the CLI's main thread (src/cli/memory.ts).
holdYoungGeneration()
setPieceHooks(memoryHooks)



export interface LintTask {
  settings: LintSettings
  path: string
  /** The file as read: its text, or its bytes when they are not valid UTF-8 (the parser reports where). */
  value: string | Uint8Array
}

export interface LintOutcome {
  messages: Array<MessageData>
  /** With `--fix`: the fixed text, the fixes applied, and the findings before fixing. */
  fix: {text: string; applied: number; before: Array<MessageData>} | undefined
}

/** One processor per settings (a run has one): config and style are loaded once per thread. */
const processors = new Map<string, Processor>()

/**
 * Lint a few files, one after the other: the main thread sends files in
 * small groups, as each task has a cost of its own (a message each way, and
 * tinypool reads the thread's memory use after every task).
 */
export default async function lintTasks(tasks: Array<LintTask>): Promise<Array<LintOutcome>> {
  const outcomes: Array<LintOutcome> = []
  for (const task of tasks) {
    const key = JSON.stringify(task.settings)
    let processor = processors.get(key)
    if (!processor) {
      // A script config is said to be ignored by the main thread, which finds the files' configs first.
      const pipeline = lintPipeline(task.settings, () => undefined)
      processor = lintParser(task.settings).use(pipeline.plugins).freeze() as unknown as Processor
      processors.set(key, processor)
    }
    outcomes.push(await lintOne(processor, task))
  }
  return outcomes
}

/** Lint `task`'s file with `processor` and return what the main thread needs of it. */
export async function lintOne(processor: Processor, task: Pick<LintTask, 'settings' | 'path' | 'value'>): Promise<LintOutcome> {
  const file = new VFile({path: task.path, value: task.value, cwd: task.settings.cwd})
  await processor.run(processor.parse(file), file)
  const fixed = file.data.houseStyleFix
  return {
    messages: file.messages.map((message) => toMessageData(message)),
    fix: fixed && {text: fixed.text, applied: fixed.applied, before: fixed.before.map((message) => toMessageData(message))}
  }
}
