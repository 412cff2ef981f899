/**
 * House style for VS Code: starts the language server shipped inside the
 * extension (or the one `houseStyle.serverCommand` names) for plain text,
 * Markdown and HTML. Diagnostics, quick fixes and "fix all"
 * (`source.fixAll`) all come from the server; the settings `houseStyle.style`,
 * `houseStyle.rules` and `houseStyle.maxSize` are passed to it, and
 * `houseStyle.enable` starts or stops it.
 */
const vscode = require('vscode')
const {LanguageClient, TransportKind} = require('vscode-languageclient/node')
const {documentSelector, serverOptions, serverSettings} = require('./settings.js')

/** @type {LanguageClient | undefined} */
let client

/** @param {vscode.ExtensionContext} context */
function activate(context) {
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('houseStyle.enable') || event.affectsConfiguration('houseStyle.serverCommand')) void restart(context)
    }),
    {dispose: () => void client?.stop()}
  )
  return restart(context)
}

/** @param {vscode.ExtensionContext} context */
async function restart(context) {
  const settings = vscode.workspace.getConfiguration('houseStyle')
  if (client) {
    const running = client
    client = undefined
    await running.stop()
  }
  if (!settings.get('enable', true)) return
  const cwd = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath
  const server = serverOptions({serverCommand: settings.get('serverCommand', '')}, context.extensionPath, TransportKind, cwd)
  client = new LanguageClient('houseStyle', 'House style', {run: server, debug: server}, {
    documentSelector,
    initializationOptions: serverSettings(current()),
    // Pushes `{houseStyle: {...}}` on every change of these settings; the
    // server reads an empty style or rules object as "the config's".
    synchronize: {configurationSection: 'houseStyle'}
  })
  await client.start()
}

function current() {
  const settings = vscode.workspace.getConfiguration('houseStyle')
  return {style: settings.get('style', ''), rules: settings.get('rules', {}), maxSize: settings.get('maxSize', 5)}
}

function deactivate() {
  return client?.stop()
}

module.exports = {activate, deactivate}
