/**
 * Lint messages as LSP diagnostics.
 *
 * Each diagnostic carries its own fix in `data`: the range the server
 * computed (UTF-16 columns, as LSP says), the text it replaces and the
 * replacements. Code actions use that range, never the diagnostic range the
 * client sends back: Debian's Neovim 0.7 sends that back in bytes on lines
 * with non-ASCII text, which would replace the wrong characters.
 */
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {DiagnosticSeverity, type Diagnostic, type Range} from 'vscode-languageserver/node'
import type {VFileMessage} from 'vfile-message'

export const diagnosticSource = 'retext-house-style'

/** What a diagnostic of ours keeps in `data`. */
export interface FixData {
  /** Exact range of `actual` in the document version that was linted. */
  range: Range
  /** The text the fix replaces. */
  actual: string
  /** Replacements, first choice first; empty when there is no safe fix. */
  expected: Array<string>
  /**
   * For each replacement, the edit it makes to the document, where it is
   * only part of `range` (Markdown and HTML: only what changes, written as
   * the document writes text, `&quot;` kept).
   */
  edits?: Array<{range: Range; newText: string}>
}

/** Turn the messages of a lint of `document` into diagnostics. */
export function toDiagnostics(document: TextDocument, messages: ReadonlyArray<VFileMessage>): Array<Diagnostic> {
  return messages.map((message) => toDiagnostic(document, message))
}

function toDiagnostic(document: TextDocument, message: VFileMessage): Diagnostic {
  const range = rangeOf(document, message)
  const diagnostic: Diagnostic = {
    range,
    severity: severityOf(message),
    source: diagnosticSource,
    message: textOf(message)
  }
  if (message.ruleId) diagnostic.code = message.ruleId
  if (message.url) diagnostic.codeDescription = {href: message.url}
  const actual = document.getText(range)
  const data: FixData = {range, actual, expected: message.expected ?? []}
  if (message.fixes) {
    data.edits = message.fixes.map((edit) => ({
      range: {start: document.positionAt(edit.start), end: document.positionAt(edit.end)},
      newText: edit.text
    }))
  }
  diagnostic.data = data
  return diagnostic
}

/**
 * The message's reason; for the engine's own failures ("Cannot process
 * file") with the cause, so a bad config file says what is wrong with it.
 */
function textOf(message: VFileMessage): string {
  if (message.ruleId) return message.reason
  let text = message.reason
  let cause = message.cause
  while (cause instanceof Error) {
    text += ': ' + cause.message
    cause = cause.cause
  }
  return text
}

/** `fatal: true` is an error, `false` a warning, `null`/`undefined` information. */
function severityOf(message: VFileMessage): DiagnosticSeverity {
  if (message.fatal === true) return DiagnosticSeverity.Error
  if (message.fatal === false) return DiagnosticSeverity.Warning
  return DiagnosticSeverity.Information
}

/**
 * The message's place, from its offsets when it has them (vfile offsets
 * count UTF-16 code units, as LSP does), else from its 1-based line/column.
 */
function rangeOf(document: TextDocument, message: VFileMessage): Range {
  const place = message.place
  if (place && 'start' in place) {
    const {start, end} = place
    if (start.offset !== undefined && end.offset !== undefined) {
      return {start: document.positionAt(start.offset), end: document.positionAt(end.offset)}
    }
    return {start: point(start.line, start.column), end: point(end.line, end.column)}
  }
  if (place) {
    const start = point(place.line, place.column)
    return {start, end: start}
  }
  return {start: {line: 0, character: 0}, end: {line: 0, character: 0}}
}

function point(line: number | undefined, column: number | undefined): {line: number; character: number} {
  return {line: Math.max((line ?? 1) - 1, 0), character: Math.max((column ?? 1) - 1, 0)}
}

/** The `data` of one of our diagnostics, if it is well formed. */
export function fixDataOf(diagnostic: Diagnostic): FixData | undefined {
  if (diagnostic.source !== diagnosticSource) return undefined
  const data = diagnostic.data as Partial<FixData> | undefined
  if (!data || typeof data !== 'object') return undefined
  if (typeof data.actual !== 'string' || !Array.isArray(data.expected) || !isRange(data.range)) return undefined
  if (!data.expected.every((value) => typeof value === 'string')) return undefined
  const result: FixData = {range: data.range, actual: data.actual, expected: data.expected}
  if (data.edits !== undefined) {
    const edits = data.edits as unknown
    if (!Array.isArray(edits) || edits.length !== data.expected.length) return undefined
    if (!edits.every((edit: {range?: unknown; newText?: unknown}) => isRange(edit?.range) && typeof edit.newText === 'string')) return undefined
    result.edits = edits as FixData['edits']
  }
  return result
}

function isRange(value: unknown): value is Range {
  if (!value || typeof value !== 'object') return false
  const range = value as Partial<Range>
  return isPosition(range.start) && isPosition(range.end)
}

function isPosition(value: unknown): boolean {
  if (!value || typeof value !== 'object') return false
  const position = value as {line?: unknown; character?: unknown}
  return Number.isInteger(position.line) && Number.isInteger(position.character)
}
