/**
 * A lint worker of the language server (a worker thread run by tinypool,
 * see `workers.ts`): lints one document at a time and returns its
 * messages as plain data.
 */
import {setPieceHooks} from '../engine/pieces.js'
import {rules} from '../engine/rules.js'
import type {RuleSetting} from '../kit/style.js'
import {holdYoungGeneration, memoryHooks} from '../cli/memory.js'
import {lintDocument, type LintInput} from './lint.js'
import {toMessageData, type MessageData} from '../engine/messages.js'
import sample from './warm-up.json' with {type: 'json'}

// A thread that lints and nothing else, as the CLI: the young generation is
// kept from growing before a long document is linted in pieces (src/cli/memory.ts).
// A worker starts with one four times the main thread's, and loading the
// style doubled it; left alone, a 20 MB lint took half as long again.
holdYoungGeneration()
setPieceHooks(memoryHooks)

export interface LintReply {
  messages: Array<MessageData>
  ignored: boolean
  notices: Array<string>
}

export default async function lintTask(input: LintInput): Promise<LintReply> {
  const result = await lintDocument(input)
  return {messages: result.messages.map(toMessageData), ignored: result.ignored, notices: result.notices ?? []}
}

/** The warm-up article three times over (some 1,400 words), as long as a long article. */
const warmUpText = Array.from({length: 3}, () => sample.paragraphs.join('\n\n')).join('\n\n')
/** Every rule on, so that every rule's code is compiled. */
const everyRule: Record<string, RuleSetting> = Object.fromEntries(rules.map((rule) => [rule.meta.id, 'warn']))

/**
 * One lint of a made-up article (`warm-up.json`) with every rule on, its
 * result dropped: run while the editor is idle after start-up (`workers.ts`)
 * so that V8 has compiled the rules when the user types.
 */
export async function warmUp(round: number): Promise<undefined> {
  // Unsaved, so no config is read; a different text each time, as typing makes. The
  // first round makes the processor (most of its time): one paragraph, so that a
  // document's lint waiting for it waits less.
  const text = round === 0 ? sample.paragraphs[1]! : warmUpText + ' x'.repeat(round % 50)
  await lintDocument({filePath: undefined, languageId: 'plaintext', text, settings: {rules: everyRule}})
  return undefined
}
