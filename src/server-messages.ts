/**
 * Lint messages as plain data, to cross from a lint worker to the server's
 * main thread, and back into `VFileMessage`s there.
 *
 * Structured cloning keeps only an error's name, message and stack, so a
 * `VFileMessage` sent as it is would lose its place, rule and fixes. The
 * fields kept are those diagnostics and fixes read.
 */
import type {Point, Position} from 'unist'
import {VFileMessage} from 'vfile-message'

export interface MessageData {
  reason: string
  ruleId: string | undefined
  source: string | undefined
  url: string | undefined
  fatal: boolean | null | undefined
  place: Point | Position | undefined
  actual: string | undefined
  expected: Array<string> | undefined
  note: string | undefined
  /** Messages of the chain of causes (a bad config file says what is wrong with it). */
  causes: Array<string>
}

export function toMessageData(message: VFileMessage): MessageData {
  const causes: Array<string> = []
  for (let cause = message.cause; cause instanceof Error && causes.length < 10; cause = cause.cause) causes.push(cause.message)
  return {
    reason: message.reason,
    ruleId: message.ruleId ?? undefined,
    source: message.source ?? undefined,
    url: message.url ?? undefined,
    fatal: message.fatal,
    place: message.place ?? undefined,
    actual: message.actual ?? undefined,
    expected: message.expected ?? undefined,
    note: message.note ?? undefined,
    causes
  }
}

export function fromMessageData(data: MessageData): VFileMessage {
  let cause: Error | undefined
  for (const text of [...data.causes].reverse()) cause = new Error(text, {cause})
  const message = new VFileMessage(data.reason, {place: data.place, ruleId: data.ruleId, source: data.source, cause})
  message.fatal = data.fatal
  message.url = data.url
  message.actual = data.actual
  message.expected = data.expected
  message.note = data.note
  return message
}

/**
 * The one message a document gets when it is not linted (too large, a lint
 * that failed or was stopped): a warning at its start, from the linter.
 */
export function noticeMessage(ruleId: string, reason: string): VFileMessage {
  const message = new VFileMessage(reason, {place: {line: 1, column: 1, offset: 0}, ruleId, source: 'retext-house-style'})
  message.fatal = false
  return message
}
