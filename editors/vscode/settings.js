/**
 * What the extension makes of its settings, apart from VS Code's API so the
 * tests can run it: which server to start and how, and what it is told.
 */
const path = require('node:path')

/**
 * The language server shipped in the extension, as the installed package lays it out.
 * @param {string} extensionPath
 */
function bundledServer(extensionPath) {
  return path.join(extensionPath, 'node_modules', 'retext-house-style', 'dist', 'bin', 'house-style-language-server.mjs')
}

/**
 * How to start the server: the bundled one (or one at a given path) runs as
 * a Node module with VS Code's own Node; a bare command is looked up on PATH.
 * Both speak LSP over stdio, and run in the workspace folder, where a
 * relative `houseStyle.style` path is resolved.
 * @param {{serverCommand?: string}} settings
 * @param {string} extensionPath
 * @param {{stdio: number}} TransportKind vscode-languageclient's
 * @param {string | undefined} cwd
 */
function serverOptions(settings, extensionPath, TransportKind, cwd) {
  const command = (settings.serverCommand ?? '').trim()
  const options = cwd ? {cwd} : {}
  if (command === '') return {module: bundledServer(extensionPath), transport: TransportKind.stdio, options}
  if (/\.[cm]?js$/.test(command)) return {module: command, transport: TransportKind.stdio, options}
  return {command, args: ['--stdio'], options: {...options, shell: process.platform === 'win32'}}
}

/**
 * The server's settings (`initializationOptions`, and `houseStyle` in each
 * `workspace/didChangeConfiguration`): an empty style or rules object means
 * "the config's".
 * @param {{style?: string, rules?: Record<string, unknown>, maxSize?: number}} settings
 */
function serverSettings(settings) {
  return {
    style: settings.style ? settings.style : null,
    rules: settings.rules && Object.keys(settings.rules).length > 0 ? settings.rules : null,
    ...(typeof settings.maxSize === 'number' ? {maxSize: settings.maxSize} : {})
  }
}

/** The documents the server lints: saved and unsaved text, Markdown and HTML. */
const documentSelector = [
  {scheme: 'file', language: 'plaintext'},
  {scheme: 'file', language: 'markdown'},
  {scheme: 'file', language: 'html'},
  {scheme: 'untitled', language: 'plaintext'},
  {scheme: 'untitled', language: 'markdown'}
]

module.exports = {bundledServer, serverOptions, serverSettings, documentSelector}
