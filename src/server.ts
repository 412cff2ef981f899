#!/usr/bin/env node
/**
 * `house-style-language-server`: the house style in any LSP editor, over
 * stdio.
 *
 * Diagnostics as the user types, a quick fix per `expected` value, "fix all
 * in document" (`source.fixAll`), the rule's docs page as the code link and
 * the severity from config. Config and ignore files are the CLI's, found
 * from the document's folder (JSON and YAML only: no script config runs).
 *
 * Our own thin server on vscode-languageserver and unified-engine rather
 * than unified-language-server 4.1.0: that one hangs on reports over 16 KiB
 * (see `server-lint.ts`), offers no fix-all, and hands code actions the
 * range the client sends back, which Neovim 0.7 gets wrong on non-ASCII
 * lines (see `server-diagnostics.ts`).
 */
import process from 'node:process'
import {fileURLToPath} from 'node:url'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {
  CodeActionKind,
  createConnection,
  ProposedFeatures,
  StreamMessageWriter,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type CodeActionParams,
  type ResponseMessage
} from 'vscode-languageserver/node'
import {fixAllAction, quickFixes} from './server-actions.js'
import {toDiagnostics} from './server-diagnostics.js'
import {StrictMessageReader} from './server-framing.js'
import {isLinted, lintDocument} from './server-lint.js'
import {checkedDocumentEvents, codeActionProblem, invalidParams} from './server-params.js'
import {LintScheduler} from './server-scheduler.js'

// stdio whatever the arguments: editors start it as `house-style-language-server`,
// some add `--stdio`. Bad frames are answered with a parse error (server-framing.ts).
const writer = new StreamMessageWriter(process.stdout)
const reader = new StrictMessageReader(process.stdin, (code, message) => {
  const response: ResponseMessage = {jsonrpc: '2.0', id: null, error: {code, message}}
  void writer.write(response)
})
const connection = createConnection(ProposedFeatures.all, reader, writer)
const documents = new TextDocuments(TextDocument)

let shutdownReceived = false
connection.onShutdown(() => {
  shutdownReceived = true
})
// The editor went away without `exit`: exit too (1 without a shutdown, as LSP says).
process.stdin.on('end', () => process.exit(shutdownReceived ? 0 : 1))

// The last guard, for a bug of ours in a handler: log it and keep serving
// the other documents rather than exit under the editor.
process.on('uncaughtException', (error) => connection.console.error('house-style: ' + String(error.stack ?? error)))
process.on('unhandledRejection', (error) => connection.console.error('house-style: ' + String((error as Error | undefined)?.stack ?? error)))

/** The file path of a `file:` URI; unsaved buffers have none. URIs were checked on open. */
function filePathOf(uri: string): string | undefined {
  return uri.startsWith('file:') ? fileURLToPath(uri) : undefined
}

function linted(document: TextDocument): boolean {
  return isLinted(filePathOf(document.uri), document.languageId)
}

async function lintText(document: TextDocument, text: string) {
  const result = await lintDocument({filePath: filePathOf(document.uri), languageId: document.languageId, text})
  for (const notice of result.notices ?? []) logOnce(notice)
  return result
}

const logged = new Set<string>()
function logOnce(message: string): void {
  if (logged.has(message)) return
  logged.add(message)
  connection.console.warn('house-style: ' + message)
}

const scheduler = new LintScheduler<TextDocument>({
  get: (uri) => documents.get(uri),
  version: (document) => document.version,
  lint: (document) => lintText(document, document.getText()),
  publish(document, snapshot) {
    const diagnostics = snapshot.ignored ? [] : toDiagnostics(document, snapshot.messages)
    void connection.sendDiagnostics({uri: document.uri, version: snapshot.version, diagnostics})
  },
  failed(uri, error) {
    connection.console.error('house-style: could not lint ' + uri + ': ' + String((error as Error)?.stack ?? error))
  }
})

connection.onInitialize(() => ({
  capabilities: {
    textDocumentSync: TextDocumentSyncKind.Incremental,
    codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll]}
  },
  serverInfo: {name: 'house-style-language-server'}
}))

// Fires on open as well as on each change.
documents.onDidChangeContent(({document}) => {
  if (linted(document)) scheduler.request(document.uri)
})

documents.onDidClose(({document}) => {
  scheduler.forget(document.uri)
  void connection.sendDiagnostics({uri: document.uri, diagnostics: []})
})

connection.onCodeAction(async (params: CodeActionParams) => {
  const problem = codeActionProblem(params)
  if (problem) return invalidParams('textDocument/codeAction', problem)
  const document = documents.get(params.textDocument.uri)
  if (!document || !linted(document)) return []
  // `context` is required by the protocol; a client that leaves it out still gets fix-all.
  const only = params.context?.only
  const wants = (kind: string) => !only || only.some((asked) => kind === asked || kind.startsWith(asked + '.'))
  const actions: Array<CodeAction> = []
  if (wants(CodeActionKind.QuickFix)) actions.push(...quickFixes(document, params.context?.diagnostics ?? []))
  if (wants(CodeActionKind.SourceFixAll)) {
    const latest = scheduler.snapshot(document.uri, document.version) ?? (await lintText(document, document.getText()))
    const fixAll = latest.ignored ? undefined : await fixAllAction(document, latest.messages, async (text) => (await lintText(document, text)).messages)
    if (fixAll) actions.push(fixAll)
  }
  return actions
})

documents.listen(checkedDocumentEvents(connection, (method, problem) => connection.console.warn('house-style: ' + method + ' ignored: ' + problem)))
connection.listen()
