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
 * Our own thin server on vscode-languageserver rather than
 * unified-language-server 4.1.0: that one hangs on reports over 16 KiB,
 * offers no fix-all, and hands code actions the
 * range the client sends back, which Neovim 0.7 gets wrong on non-ASCII
 * lines (see `diagnostics.ts`).
 *
 * Whatever the client sends, the server answers or says why not, and keeps
 * serving: bad frames get a parse error (`framing.ts`), bad params
 * are refused (`params.ts`), documents over the size limit get one
 * diagnostic instead of a lint, and lints run in worker threads
 * (`workers.ts`), cancelled and debounced by `scheduler.ts`.
 */
import fs from 'node:fs'
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
  type InitializeParams,
  type ResponseMessage
} from 'vscode-languageserver/node'
import {version} from '../engine/version.js'
import {fixAllAction, quickFixes} from './actions.js'
import {toDiagnostics} from './diagnostics.js'
import {StrictMessageReader} from './framing.js'
import {isLinted, type EditorSettings, type LintResult} from './lint.js'
import {noticeMessage} from './messages.js'
import {checkedDocumentEvents, codeActionProblem, invalidParams, readSettings, type ServerSettings} from './params.js'
import {LintScheduler} from './scheduler.js'
import {LintWorkers, longDocument} from './workers.js'

/** Default size limit in MB (10^6 bytes), the CLI's `--max-size`. */
const defaultMaxSize = 5

// stdio whatever the arguments: editors start it as `house-style-language-server`,
// some add `--stdio`.
const writer = new StreamMessageWriter(process.stdout)
const reader = new StrictMessageReader(process.stdin, (code, message) => {
  const response: ResponseMessage = {jsonrpc: '2.0', id: null, error: {code, message}}
  void writer.write(response)
})
const connection = createConnection(ProposedFeatures.all, reader, writer)
const documents = new TextDocuments(TextDocument)
const workers = new LintWorkers(workerFile())

let shutdownReceived = false
connection.onShutdown(async () => {
  shutdownReceived = true
  await workers.close()
})
// The editor went away without `exit`: exit too (1 without a shutdown, as LSP says).
process.stdin.on('end', () => process.exit(shutdownReceived ? 0 : 1))

// The last guard, for a bug of ours in a handler: log it and keep serving
// the other documents rather than exit under the editor. On stderr, which
// editors put in their LSP log: the connection itself may be what failed.
const logUncaught = (error: unknown) => process.stderr.write('house-style: ' + String((error as Error | undefined)?.stack ?? error) + '\n')
process.on('uncaughtException', logUncaught)
process.on('unhandledRejection', logUncaught)

let maxSize = defaultMaxSize
/** The editor's style and rules, over each document's config. */
let editorSettings: EditorSettings = {}

/** The lint worker: bundled beside the server, or the compiled module beside this one. */
function workerFile(): string {
  const bundled = fileURLToPath(new URL('house-style-lint-worker.mjs', import.meta.url))
  return fs.existsSync(bundled) ? bundled : fileURLToPath(new URL('worker.js', import.meta.url))
}

/** The file path of a `file:` URI; unsaved buffers have none. URIs were checked on open. */
function filePathOf(uri: string): string | undefined {
  return uri.startsWith('file:') ? fileURLToPath(uri) : undefined
}

function linted(document: TextDocument): boolean {
  return isLinted(filePathOf(document.uri), document.languageId)
}

/** Lint `text` as `document`, in a worker, unless it is over the size limit. */
async function lintText(document: TextDocument, text: string, signal = new AbortController().signal): Promise<LintResult> {
  const bytes = Buffer.byteLength(text)
  if (bytes > maxSize * 1e6) {
    const reason = 'Not linted: this document has ' + megabytes(bytes) + ', over the size limit of ' + megabytes(maxSize * 1e6) + ' (`maxSize` in the server settings)'
    return {messages: [noticeMessage('file-too-large', reason)], ignored: false}
  }
  const result = await workers.lint({filePath: filePathOf(document.uri), languageId: document.languageId, text, settings: editorSettings}, signal)
  if (result.error !== undefined) logError('could not lint ' + document.uri, result.error)
  for (const notice of result.notices ?? []) logOnce(notice)
  return result
}

const scheduler = new LintScheduler<TextDocument>({
  get: (uri) => documents.get(uri),
  version: (document) => document.version,
  isLong: (document) => document.getText().length > longDocument,
  lint: (document, signal) => lintText(document, document.getText(), signal),
  publish(document, snapshot) {
    const diagnostics = snapshot.ignored ? [] : toDiagnostics(document, snapshot.messages)
    void connection.sendDiagnostics({uri: document.uri, version: snapshot.version, diagnostics})
  },
  failed(uri, error) {
    logError('could not lint ' + uri, error)
  }
})

/** Whether to lint a made-up article after start-up (`warmUp` in the `initializationOptions`). */
let warmUpOn = true

connection.onInitialize((params: InitializeParams) => {
  const settings = readSettings(params?.initializationOptions, 'initializationOptions', warn, true)
  applySettings(settings)
  warmUpOn = settings.warmUp ?? true
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll]}
    },
    serverInfo: {name: 'house-style-language-server', version}
  }
})

// Once the editor is ready: it opens its documents now, and those are linted first.
connection.onInitialized(() => {
  if (!warmUpOn) return
  workers.warmUp().then(
    ({lints, ms}) => {
      if (lints > 0) connection.console.info('house-style: warmed up (' + lints + ' lints of a sample article, ' + (ms / 1000).toFixed(1) + ' s)')
    },
    (error: unknown) => logError('warm-up stopped (documents are linted as before)', error)
  )
})

// Settings pushed by the client: `{houseStyle: {maxSize, style, rules}}`.
connection.onDidChangeConfiguration((params) => {
  const settings = (params?.settings as {houseStyle?: unknown} | null | undefined)?.houseStyle
  if (applySettings(readSettings(settings, 'settings.houseStyle', warn))) {
    for (const document of documents.all()) if (linted(document)) scheduler.request(document.uri)
  }
})

/** Apply `settings` (a key left out keeps its value); whether anything changed. */
function applySettings(settings: ServerSettings): boolean {
  const next = settings.maxSize ?? maxSize
  // A key given as `undefined` (`""`, `{}` or `null` in the settings) goes back to the config's.
  const nextEditor: EditorSettings = {...editorSettings}
  if ('style' in settings) nextEditor.style = settings.style
  if ('rules' in settings) nextEditor.rules = settings.rules
  const changed = next !== maxSize || JSON.stringify(nextEditor) !== JSON.stringify(editorSettings)
  maxSize = next
  editorSettings = nextEditor
  return changed
}

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

documents.listen(checkedDocumentEvents(connection, (method, problem) => warn(method + ' ignored: ' + problem)))
connection.listen()

function warn(message: string): void {
  connection.console.warn('house-style: ' + message)
}

function logError(context: string, error: unknown): void {
  connection.console.error('house-style: ' + context + ': ' + String((error as Error | undefined)?.stack ?? error))
}

const logged = new Set<string>()
function logOnce(message: string): void {
  if (logged.has(message)) return
  logged.add(message)
  warn(message)
}

function megabytes(bytes: number): string {
  return (bytes / 1e6).toFixed(1) + ' MB'
}
