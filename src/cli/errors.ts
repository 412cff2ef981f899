/**
 * Errors as the CLI prints them: one line each, the reason and, for an
 * error with causes, theirs after it; stack traces only with `--debug`
 * (they point into the bundle, of no use to a reader).
 */
import type {VFile} from 'vfile'

/** `error` in one line (its causes after colons), or with its stack and causes' stacks when `debug`. */
export function describeError(error: unknown, debug: boolean): string {
  if (debug) {
    const parts: Array<string> = []
    for (let current: unknown = error; current !== undefined && parts.length < 10; current = causeOf(current)) {
      parts.push(current instanceof Error ? (current.stack ?? current.message) : String(current))
    }
    return parts.join('\n[cause]: ')
  }
  return summary(error)
}

/** The first line of each message in the chain of causes, joined. */
function summary(error: unknown): string {
  const parts: Array<string> = []
  for (let current: unknown = error; current !== undefined && parts.length < 10; current = causeOf(current)) {
    const text = current instanceof Error ? current.message : String(current)
    const line = text.split(/\r?\n|\r/u, 1)[0]!
    if (line && !parts.includes(line)) parts.push(line)
  }
  return parts.join(': ')
}

function causeOf(error: unknown): unknown {
  return error instanceof Error ? error.cause : undefined
}

/**
 * Make each message of `file` that has a cause (unified-engine's `Cannot
 * process file` on an error in a plugin) one line, the cause's reason after
 * it, and drop the cause, whose stack the reporters would print.
 */
export function flattenCauses(file: VFile): undefined {
  for (const message of file.messages) {
    if (message.cause === undefined) continue
    const reason = summary(Object.assign(new Error(message.reason), {cause: message.cause}))
    message.reason = reason
    message.message = reason
    delete message.cause
  }
}

/**
 * End the process quietly when the reader of its output goes away (`| head`):
 * exit 141, as a program killed by SIGPIPE does, which Node ignores and
 * turns into `EPIPE` errors that would otherwise end it with a stack trace.
 * Output to a socket (what Node's `child_process` gives a child) says
 * `ECONNRESET` instead when its reader left data unread.
 */
export function onClosedPipe(...streams: Array<NodeJS.WriteStream>): undefined {
  for (const stream of streams) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      process.exit(error.code === 'EPIPE' || error.code === 'ECONNRESET' ? 141 : 1)
    })
  }
}
