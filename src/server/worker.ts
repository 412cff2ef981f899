/**
 * A lint worker of the language server (a worker thread run by tinypool,
 * see `workers.ts`): lints one document at a time and returns its
 * messages as plain data.
 */
import {setPieceHooks} from '../engine/pieces.js'
import {holdYoungGeneration, memoryHooks} from '../cli/memory.js'
import {lintDocument, type LintInput} from './lint.js'
import {toMessageData, type MessageData} from '../engine/messages.js'

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
