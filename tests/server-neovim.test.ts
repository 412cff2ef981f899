/**
 * End to end with a real client: headless Neovim (Debian's 0.7.2, built-in
 * LSP client) starts the built server, opens an article with non-ASCII text,
 * receives the diagnostics, asks for code actions as `vim.lsp.buf.code_action()`
 * does, applies the ISIL fix, then "fix all". Neovim 0.7 sends diagnostic
 * ranges back in bytes on such lines; the fixes must still land right.
 *
 * Skipped where `nvim` is not installed (CI: `apt-get install -y neovim`).
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {serverBin} from './server-client.js'

const nvim = spawnSync('nvim', ['--version'], {encoding: 'utf8'})
const present = nvim.status === 0
if (!present) console.warn('Skipping the Neovim end-to-end test: `nvim` not found (apt-get install -y neovim)')

const article = 'Le café’s owner said ISIL fighters held the town, U.N. officials said.\n'

/** Drives Neovim; paths come in through the environment, results go out as JSON. */
const script = String.raw`local server, file, out = vim.env.HOUSE_STYLE_SERVER, vim.env.HOUSE_STYLE_FILE, vim.env.HOUSE_STYLE_OUT
local result = {}
local function finish()
  local f = io.open(out, 'w'); f:write(vim.fn.json_encode(result)); f:close()
  vim.cmd('qall!')
end
vim.cmd('edit ' .. vim.fn.fnameescape(file))
local bufnr = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = 'house-style',
  cmd = {'node', server, '--stdio'},
  root_dir = vim.fn.fnamemodify(file, ':h'),
})
vim.lsp.buf_attach_client(bufnr, client_id)
local function ours() return vim.diagnostic.get(bufnr) end
if not vim.wait(20000, function() return #ours() > 0 end, 50) then
  result.error = 'no diagnostics'; return finish()
end
result.before = {}
for _, d in ipairs(ours()) do table.insert(result.before, {code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code), lnum = d.lnum, col = d.col, message = d.message}) end
-- Put the cursor on ISIL and ask for code actions the way vim.lsp.buf.code_action() does.
local line = vim.api.nvim_buf_get_lines(bufnr, 0, 1, false)[1]
local col = line:find('ISIL', 1, true) - 1
vim.api.nvim_win_set_cursor(0, {1, col})
local params = vim.lsp.util.make_range_params()
params.context = {diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr)}
result.sent = params.context.diagnostics
local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, 10000)
local actions = {}
for _, response in pairs(responses or {}) do for _, a in ipairs(response.result or {}) do table.insert(actions, a) end end
result.titles = {}
for _, a in ipairs(actions) do table.insert(result.titles, a.title) end
local chosen
for _, a in ipairs(actions) do if a.title:find('ISIL', 1, true) then chosen = a end end
if not chosen then result.error = 'no ISIL action'; return finish() end
vim.lsp.util.apply_workspace_edit(chosen.edit, 'utf-16')
result.text = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n')
local gone = vim.wait(20000, function()
  for _, d in ipairs(ours()) do if d.message:find('ISIL', 1, true) then return false end end
  return #ours() > 0
end, 50)
result.after = {}
for _, d in ipairs(ours()) do table.insert(result.after, {lnum = d.lnum, col = d.col, message = d.message}) end
result.gone = gone
-- Then "fix all in document", as a mapping to code_action({context = {only = {'source.fixAll'}}}) asks.
local version = vim.lsp.util.buf_versions[bufnr]
local fixAllParams = vim.lsp.util.make_range_params()
fixAllParams.context = {diagnostics = {}, only = {'source.fixAll'}}
local fixAll = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', fixAllParams, 10000)
for _, response in pairs(fixAll or {}) do
  for _, a in ipairs(response.result or {}) do
    result.fixAllTitle = a.title
    vim.lsp.util.apply_workspace_edit(a.edit, 'utf-16')
  end
end
result.fixedText = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n')
result.clean = vim.wait(20000, function() return #ours() == 0 end, 50)
finish()
`

interface Outcome {
  error?: string
  before: Array<{code: string; lnum: number; col: number; message: string}>
  sent: Array<{range: {start: {character: number}}; data: {range: {start: {character: number}}}}>
  titles: Array<string>
  text: string
  gone: boolean
  after: Array<{message: string}>
  fixAllTitle: string
  fixedText: string
  clean: boolean
}

const title = present ? 'house-style-language-server in ' + nvim.stdout.split('\n')[0] : 'house-style-language-server in Neovim (skipped: `nvim` not found, apt-get install -y neovim)'

describe.skipIf(!present)(title, () => {
  it('shows diagnostics, applies a quick fix and fix-all, and clears the diagnostics', () => {
    const folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'house-style-nvim-')))
    const file = path.join(folder, 'article.txt')
    const out = path.join(folder, 'outcome.json')
    fs.writeFileSync(file, article)
    fs.writeFileSync(path.join(folder, 'drive.lua'), script)
    const run = spawnSync('nvim', ['--headless', '--clean', '-c', 'luafile ' + path.join(folder, 'drive.lua')], {
      cwd: folder,
      encoding: 'utf8',
      timeout: 90_000,
      env: {...process.env, HOUSE_STYLE_SERVER: serverBin, HOUSE_STYLE_FILE: file, HOUSE_STYLE_OUT: out}
    })
    expect(fs.existsSync(out), 'Neovim wrote no outcome: ' + run.stderr + run.stdout).toBe(true)
    const outcome = JSON.parse(fs.readFileSync(out, 'utf8')) as Outcome
    expect(outcome.error).toBeUndefined()
    expect(outcome.before.map((diagnostic) => diagnostic.message)).toEqual(['Use `ISIS`, not `ISIL`', 'Use `UN`, not `U.N.`'])
    expect(outcome.titles).toEqual(['Replace `ISIL` with `ISIS`', 'Replace `U.N.` with `UN`', 'Fix all house-style problems'])
    // The quick fix lands on ISIL although Neovim sent the range in bytes.
    expect(outcome.text).toBe('Le café’s owner said ISIS fighters held the town, U.N. officials said.')
    expect(outcome.gone).toBe(true)
    expect(outcome.after.map((diagnostic) => diagnostic.message)).toEqual(['Use `UN`, not `U.N.`'])
    expect(outcome.fixAllTitle).toBe('Fix all house-style problems')
    expect(outcome.fixedText).toBe('Le café’s owner said ISIS fighters held the town, UN officials said.')
    expect(outcome.clean).toBe(true)
    // Not a check of the server: a note of what this Neovim sent back.
    const sent = outcome.sent[0]
    if (sent && sent.range.start.character !== sent.data.range.start.character) {
      console.info('Neovim sent the range back in bytes (' + sent.range.start.character + ' for ' + sent.data.range.start.character + '); the fix used `data`.')
    }
  }, 120_000)
})
