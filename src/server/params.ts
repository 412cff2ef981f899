/**
 * Checks on what a client sends, before anything uses it.
 *
 * vscode-languageserver types params but does not check them: a `didOpen`
 * whose `text` was a number went into a `TextDocument` and threw later,
 * outside any handler, and the server exited. Here a notification with bad
 * params is dropped with a logged message, and a request gets an
 * `InvalidParams` error; each problem names the field.
 */
import {fileURLToPath} from 'node:url'
import type {
  Connection,
  DidChangeTextDocumentParams,
  DidCloseTextDocumentParams,
  DidOpenTextDocumentParams,
  DidSaveTextDocumentParams,
  NotificationHandler,
  WillSaveTextDocumentParams
} from 'vscode-languageserver/node'
import {ErrorCodes, ResponseError, type TextDocuments} from 'vscode-languageserver/node'
import type {RuleSetting} from '../kit/style.js'

/** What `TextDocuments.listen` takes (vscode-languageserver does not export its name). */
type TextDocumentConnection = Parameters<TextDocuments<never>['listen']>[0]

/** What is wrong with a value, naming where it is; `undefined` when it is fine. */
type Problem = string | undefined

const maxInteger = 2 ** 31 - 1

/** LSP's `integer`: a whole number in 32 bits. */
function integerProblem(value: unknown, at: string): Problem {
  return Number.isInteger(value) && Math.abs(value as number) <= maxInteger ? undefined : '`' + at + '` must be an integer'
}

function stringProblem(value: unknown, at: string): Problem {
  return typeof value === 'string' ? undefined : '`' + at + '` must be a string'
}

function objectProblem(value: unknown, at: string): Problem {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? undefined : '`' + at + '` must be an object'
}

/** A document URI: a string, and a `file:` URI must name a local path. */
function uriProblem(value: unknown, at: string): Problem {
  const problem = stringProblem(value, at)
  if (problem || !(value as string).startsWith('file:')) return problem
  try {
    if (!fileURLToPath(value as string).includes('\u0000')) return undefined
  } catch {
    // Falls through: a host other than localhost, an encoded `/`, not a URL.
  }
  return '`' + at + '` must be a `file:` URI of a local path'
}

function positionProblem(value: unknown, at: string): Problem {
  const problem = objectProblem(value, at)
  if (problem) return problem
  const {line, character} = value as {line?: unknown; character?: unknown}
  for (const [field, number] of [['line', line], ['character', character]] as const) {
    if (integerProblem(number, at + '.' + field) || (number as number) < 0) return '`' + at + '.' + field + '` must be an integer from 0'
  }
  return undefined
}

function rangeProblem(value: unknown, at: string): Problem {
  return objectProblem(value, at) ?? positionProblem((value as {start?: unknown}).start, at + '.start') ?? positionProblem((value as {end?: unknown}).end, at + '.end')
}

/** `params.textDocument` with a `uri`. */
function documentProblem(params: unknown): Problem {
  const problem = objectProblem(params, 'params') ?? objectProblem((params as {textDocument?: unknown}).textDocument, 'textDocument')
  return problem ?? uriProblem((params as {textDocument: {uri?: unknown}}).textDocument.uri, 'textDocument.uri')
}

export function didOpenProblem(params: unknown): Problem {
  const problem = documentProblem(params)
  if (problem) return problem
  const {languageId, version, text} = (params as {textDocument: Record<string, unknown>}).textDocument
  return stringProblem(languageId, 'textDocument.languageId') ?? integerProblem(version, 'textDocument.version') ?? stringProblem(text, 'textDocument.text')
}

export function didChangeProblem(params: unknown): Problem {
  const problem = documentProblem(params) ?? integerProblem((params as {textDocument: {version?: unknown}}).textDocument.version, 'textDocument.version')
  if (problem) return problem
  const changes = (params as {contentChanges?: unknown}).contentChanges
  if (!Array.isArray(changes)) return '`contentChanges` must be an array'
  for (const [index, change] of changes.entries()) {
    const at = 'contentChanges[' + index + ']'
    const changeProblem = objectProblem(change, at) ?? stringProblem((change as {text?: unknown}).text, at + '.text')
    if (changeProblem) return changeProblem
    const {range, rangeLength} = change as {range?: unknown; rangeLength?: unknown}
    if (range !== undefined) {
      const bad = rangeProblem(range, at + '.range') ?? (rangeLength === undefined ? undefined : integerProblem(rangeLength, at + '.rangeLength'))
      if (bad) return bad
    }
  }
  return undefined
}

export function didSaveProblem(params: unknown): Problem {
  const text = (params as {text?: unknown} | undefined)?.text
  return documentProblem(params) ?? (text === undefined ? undefined : stringProblem(text, 'text'))
}

/**
 * `textDocument/codeAction`. `range` and `context` are required by LSP but
 * unused or optional here, so only their shape is checked when present.
 */
export function codeActionProblem(params: unknown): Problem {
  const problem = documentProblem(params)
  if (problem) return problem
  const {range, context} = params as {range?: unknown; context?: unknown}
  if (range !== undefined) {
    const bad = rangeProblem(range, 'range')
    if (bad) return bad
  }
  if (context === undefined) return undefined
  const contextProblem = objectProblem(context, 'context')
  if (contextProblem) return contextProblem
  const {diagnostics, only} = context as {diagnostics?: unknown; only?: unknown}
  if (diagnostics !== undefined && !(Array.isArray(diagnostics) && diagnostics.every((diagnostic) => !objectProblem(diagnostic, '')))) {
    return '`context.diagnostics` must be an array of objects'
  }
  if (only !== undefined && !(Array.isArray(only) && only.every((kind) => typeof kind === 'string'))) return '`context.only` must be an array of strings'
  return undefined
}

/** A request's answer to bad params. */
export function invalidParams(method: string, problem: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, method + ': ' + problem)
}

/**
 * The part of `connection` that `TextDocuments` listens on, with each
 * notification checked first: one with bad params is logged through `drop`
 * and never reaches the documents.
 */
export function checkedDocumentEvents(connection: Connection, drop: (method: string, problem: string) => void): TextDocumentConnection {
  function checked<Params>(method: string, check: (params: unknown) => Problem, handler: NotificationHandler<Params>): NotificationHandler<Params> {
    return (params) => {
      const problem = check(params)
      if (problem) drop(method, problem)
      else handler(params)
    }
  }
  return {
    onDidOpenTextDocument: (handler) =>
      connection.onDidOpenTextDocument(checked<DidOpenTextDocumentParams>('textDocument/didOpen', didOpenProblem, handler)),
    onDidChangeTextDocument: (handler) =>
      connection.onDidChangeTextDocument(checked<DidChangeTextDocumentParams>('textDocument/didChange', didChangeProblem, handler)),
    onDidCloseTextDocument: (handler) =>
      connection.onDidCloseTextDocument(checked<DidCloseTextDocumentParams>('textDocument/didClose', documentProblem, handler)),
    onWillSaveTextDocument: (handler) =>
      connection.onWillSaveTextDocument(checked<WillSaveTextDocumentParams>('textDocument/willSave', documentProblem, handler)),
    onWillSaveTextDocumentWaitUntil: (handler) =>
      connection.onWillSaveTextDocumentWaitUntil((params, token) => {
        const problem = documentProblem(params)
        return problem ? invalidParams('textDocument/willSaveWaitUntil', problem) : handler(params, token)
      }),
    onDidSaveTextDocument: (handler) =>
      connection.onDidSaveTextDocument(checked<DidSaveTextDocumentParams>('textDocument/didSave', didSaveProblem, handler))
  }
}

/** Settings the server reads (`initializationOptions`, or `houseStyle` in `workspace/didChangeConfiguration`). */
export interface ServerSettings {
  /** Largest document to lint, in MB (10^6 bytes), as the CLI's `--max-size`. */
  maxSize?: number
  /** A style over the config's, as the CLI's `--style` (`''` or `null`: the config's). */
  style?: string | undefined
  /** Rule settings over the config's (`{}` or `null`: the config's). */
  rules?: Record<string, RuleSetting> | undefined
  /** Warm-up lints after start-up (`initializationOptions` only; default on). */
  warmUp?: boolean
}

/**
 * The settings in `value` that are well formed; the others are reported
 * through `warn`. `startUp`: they are the `initializationOptions`, the only
 * place start-up settings (`warmUp`) are read.
 */
export function readSettings(value: unknown, at: string, warn: (problem: string) => void, startUp = false): ServerSettings {
  if (value === undefined || value === null) return {}
  if (objectProblem(value, at)) {
    warn('`' + at + '` must be an object; ignored')
    return {}
  }
  const settings: ServerSettings = {}
  const {maxSize, style, rules, warmUp} = value as {maxSize?: unknown; style?: unknown; rules?: unknown; warmUp?: unknown}
  if (maxSize !== undefined) {
    if (typeof maxSize === 'number' && maxSize > 0 && Number.isFinite(maxSize)) settings.maxSize = maxSize
    else warn('`' + at + '.maxSize` must be a number of megabytes above 0; ignored')
  }
  if (warmUp !== undefined) {
    if (!startUp) warn('`' + at + '.warmUp` is read at start-up only, from the `initializationOptions`; ignored')
    else if (typeof warmUp === 'boolean') settings.warmUp = warmUp
    else warn('`' + at + '.warmUp` must be true or false; ignored')
  }
  if ('style' in (value as object)) {
    if (style === null || style === '') settings.style = undefined
    else if (typeof style === 'string') settings.style = style
    else warn('`' + at + '.style` must be a style name or path; ignored')
  }
  if ('rules' in (value as object)) {
    if (rules === null || (typeof rules === 'object' && !Array.isArray(rules) && Object.keys(rules).length === 0)) settings.rules = undefined
    else if (!objectProblem(rules, at + '.rules')) settings.rules = rules as Record<string, RuleSetting>
    else warn('`' + at + '.rules` must be an object of rule settings; ignored')
  }
  return settings
}
