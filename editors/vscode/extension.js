/**
 * A minimal VS Code client for `house-style-language-server`: starts it
 * over stdio for plain text, Markdown and HTML files. Diagnostics, quick
 * fixes and "fix all" (`source.fixAll`) all come from the server.
 */
const vscode = require('vscode')
const {LanguageClient, TransportKind} = require('vscode-languageclient/node')

/** @type {LanguageClient | undefined} */
let client

/** @param {vscode.ExtensionContext} context */
function activate(context) {
  const command = vscode.workspace.getConfiguration('houseStyle').get('serverCommand', 'house-style-language-server')
  // A path to the built server runs with VS Code's own Node; a bare name is looked up on PATH.
  const server = command.endsWith('.js')
    ? {module: command, transport: TransportKind.stdio}
    : {command, transport: TransportKind.stdio, options: {shell: process.platform === 'win32'}}
  client = new LanguageClient('houseStyle', 'House style', {run: server, debug: server}, {
    documentSelector: [
      {scheme: 'file', language: 'plaintext'},
      {scheme: 'file', language: 'markdown'},
      {scheme: 'file', language: 'html'},
      {scheme: 'untitled', language: 'plaintext'}
    ]
  })
  context.subscriptions.push(client)
  return client.start()
}

function deactivate() {
  return client?.stop()
}

module.exports = {activate, deactivate}
