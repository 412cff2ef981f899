/**
 * Code actions: a quick fix per `expected` value of a diagnostic, and "fix
 * all in document" (`source.fixAll`), which applies every first-choice fix
 * and lints again until nothing fixable is left, as `--fix` does.
 */
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {CodeActionKind, type CodeAction, type Diagnostic, type TextEdit} from 'vscode-languageserver/node'
import type {VFileMessage} from 'vfile-message'
import {chooseFixes, fixUntilStable, type Fix} from '../engine/fix.js'
import {fixDataOf} from './diagnostics.js'

export const fixAllTitle = 'Fix all house-style problems'

/**
 * One quick fix per replacement of each of our diagnostics, first choice
 * preferred. Uses the range kept in the diagnostic's `data`, and only while
 * the document still holds the text the diagnostic was about.
 */
export function quickFixes(document: TextDocument, diagnostics: ReadonlyArray<Diagnostic>): Array<CodeAction> {
  const actions: Array<CodeAction> = []
  for (const diagnostic of diagnostics) {
    const data = fixDataOf(diagnostic)
    if (!data || document.getText(data.range) !== data.actual) continue
    data.expected.forEach((replacement, index) => {
      actions.push({
        title: replacement === '' ? 'Remove `' + data.actual + '`' : 'Replace `' + data.actual + '` with `' + replacement + '`',
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: index === 0,
        edit: {changes: {[document.uri]: [data.edits?.[index] ?? {range: data.range, newText: replacement}]}}
      })
    })
  }
  return actions
}

/**
 * The "fix all" action for `document`, or `undefined` when nothing is fixable.
 *
 * @param messages
 *   Messages of a lint of the document's current text.
 * @param lint
 *   Lints a text as this document (same path, same config).
 */
export async function fixAllAction(
  document: TextDocument,
  messages: ReadonlyArray<VFileMessage>,
  lint: (text: string) => Promise<ReadonlyArray<VFileMessage>>
): Promise<CodeAction | undefined> {
  const text = document.getText()
  const firstPass = chooseFixes(messages)
  if (firstPass.length === 0) return undefined
  // The first pass uses the messages already at hand instead of linting again.
  const result = await fixUntilStable(text, lint, {messages})
  if (result.text === text) return undefined
  return {
    title: fixAllTitle,
    kind: CodeActionKind.SourceFixAll,
    edit: {changes: {[document.uri]: editsFor(document, text, firstPass, result.text)}}
  }
}

/**
 * Edits from `text` to `fixed`: the first-pass fixes one by one when they
 * are the whole change (so the editor keeps the cursor and the undo steps
 * small), else one edit over the span that changed.
 */
function editsFor(document: TextDocument, text: string, firstPass: ReadonlyArray<Fix>, fixed: string): Array<TextEdit> {
  let onePass = ''
  let cursor = 0
  for (const fix of firstPass) {
    onePass += text.slice(cursor, fix.start) + fix.replacement
    cursor = fix.end
  }
  onePass += text.slice(cursor)
  if (onePass === fixed) {
    return firstPass.map((fix) => ({
      range: {start: document.positionAt(fix.start), end: document.positionAt(fix.end)},
      newText: fix.replacement
    }))
  }
  let start = 0
  while (start < text.length && start < fixed.length && text[start] === fixed[start]) start++
  let end = 0
  while (end < text.length - start && end < fixed.length - start && text[text.length - 1 - end] === fixed[fixed.length - 1 - end]) end++
  // Never split a surrogate pair (an emoji, say): LSP positions count UTF-16 units.
  if (start > 0 && isHighSurrogate(text.charCodeAt(start - 1))) start--
  if (end > 0 && isHighSurrogate(text.charCodeAt(text.length - end - 1))) end--
  return [
    {
      range: {start: document.positionAt(start), end: document.positionAt(text.length - end)},
      newText: fixed.slice(start, fixed.length - end)
    }
  ]
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}
