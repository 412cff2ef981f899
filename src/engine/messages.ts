/**
 * Lint messages as plain data, to cross from a lint worker (the language
 * server's, the CLI's with `--jobs`) to the main thread, or to be kept in the
 * CLI's cache, and back into `VFileMessage`s there.
 *
 * Structured cloning keeps only an error's name, message and stack, so a
 * `VFileMessage` sent as it is would lose its place, rule and fixes. Every
 * field that is plain data is kept (whatever rules and fixers add:
 * `expected`, `fixes`, ...), so this needs no change when they add one.
 */
import {VFileMessage} from 'vfile-message'

export interface MessageData {
  reason: string
  /** The message's own fields that are plain data, by name. */
  fields: Record<string, unknown>
  /** Messages of the chain of causes (a bad config file says what is wrong with it). */
  causes: Array<string>
  /**
   * `file`, `name`, `line`, `column`, `message` and `reason` are left out of `fields`:
   * they are made again from the reason, the place and the file's path, as
   * `VFileMessage` and `VFile#message` made them (the CLI's cache keeps them so).
   */
  derived?: true
}

/** Not sent: the nodes around the finding (heavy, and dropped anyway), the cause (as `causes`), the stack. */
const leftOut = new Set(['ancestors', 'cause', 'stack'])

export function toMessageData(message: VFileMessage): MessageData {
  const fields: Record<string, unknown> = {}
  // By name first: reading `stack` would have V8 format it, for every message.
  for (const name of Object.keys(message)) {
    if (leftOut.has(name)) continue
    const value = (message as unknown as Record<string, unknown>)[name]
    if (isPlainData(value)) fields[name] = value
  }
  const causes: Array<string> = []
  for (let cause = message.cause; cause instanceof Error && causes.length < 10; cause = cause.cause) causes.push(cause.message)
  return {reason: message.reason, fields, causes}
}

/** `filePath`: the path of the file the message is on, for a message whose fields are `derived`. */
export function fromMessageData(data: MessageData, filePath = ''): VFileMessage {
  // No stack to capture: it was not sent (a cached run makes thousands of these).
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    let cause: Error | undefined
    for (let index = data.causes.length - 1; index >= 0; index--) cause = new Error(data.causes[index], {cause})
    if (!data.derived) return Object.assign(new VFileMessage(data.reason, {cause}), data.fields)
    const message = Object.assign(new VFileMessage(data.reason, {cause, place: data.fields['place'] as VFileMessage['place']}), data.fields)
    // As `VFile#message` sets them.
    if (filePath) {
      message.name = filePath + ':' + message.name
      message.file = filePath
    }
    return message
  } finally {
    Error.stackTraceLimit = limit
  }
}

/** Primitives, arrays and plain objects: what structured cloning copies as it is. */
function isPlainData(value: unknown): boolean {
  if (typeof value === 'function' || typeof value === 'symbol') return false
  if (value === null || typeof value !== 'object') return true
  const prototype = Object.getPrototypeOf(value) as unknown
  return Array.isArray(value) || prototype === Object.prototype || prototype === null
}
