/**
 * A lint worker of the language server (a worker thread run by tinypool,
 * see `server-workers.ts`): lints one document at a time and returns its
 * messages as plain data.
 */
import {lintDocument, type LintInput} from './server-lint.js'
import {toMessageData, type MessageData} from './server-messages.js'

export interface LintReply {
  messages: Array<MessageData>
  ignored: boolean
  notices: Array<string>
}

export default async function lintTask(input: LintInput): Promise<LintReply> {
  const result = await lintDocument(input)
  return {messages: result.messages.map(toMessageData), ignored: result.ignored, notices: result.notices ?? []}
}
