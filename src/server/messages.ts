/**
 * The one message a document gets when it is not linted (too large, a lint
 * that failed or was stopped): a warning at its start, from the linter.
 * (Messages as plain data, to cross from a lint worker: src/engine/messages.ts.)
 */
import {VFileMessage} from 'vfile-message'

export function noticeMessage(ruleId: string, reason: string): VFileMessage {
  const message = new VFileMessage(reason, {place: {line: 1, column: 1, offset: 0}, ruleId, source: 'retext-house-style'})
  message.fatal = false
  return message
}
