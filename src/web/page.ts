/**
 * The page: an article to paste or type, its findings marked in the text and
 * listed beside it, fixes one at a time or all at once (as `--fix` makes
 * them), undo, and a link that carries the text in its fragment. Linting
 * runs in a worker (src/web/worker.ts); nothing leaves the browser.
 */
import {render, select, selectionOf, textOf} from './editor.js'
import type {Finding, Format, Request, Response, StyleChoice} from './protocol.js'
import {decodeShare, encodeShare} from './share.js'
import type {StyleData} from '../kit/style.js'

const builtInStyles = ['the-national', 'guardian', 'bbc', 'us-agency']

function element<Type extends HTMLElement>(id: string): Type {
  const found = document.getElementById(id)
  if (!found) throw new Error('The page has no #' + id)
  return found as Type
}

const editor = element<HTMLDivElement>('article')
const styleSelect = element<HTMLSelectElement>('style')
const styleFile = element<HTMLInputElement>('style-file')
const formatSelect = element<HTMLSelectElement>('format')
const fixAllButton = element<HTMLButtonElement>('fix-all')
const undoButton = element<HTMLButtonElement>('undo')
const redoButton = element<HTMLButtonElement>('redo')
const copyButton = element<HTMLButtonElement>('copy')
const shareButton = element<HTMLButtonElement>('share')
const summary = element<HTMLElement>('summary')
const list = element<HTMLElement>('findings')
const details = element<HTMLElement>('details')
const status = element<HTMLElement>('status')
const problem = element<HTMLElement>('problem')

// `plaintext-only` keeps pasted formatting out; where it is not known, paste is made plain below.
editor.contentEditable = 'plaintext-only'
if (editor.contentEditable !== 'plaintext-only') editor.contentEditable = 'true'

interface State {
  text: string
  format: Format
  style: StyleChoice
  /** Findings of `text`, once linted. */
  findings: Array<Finding>
  /** The finding shown in the details, by index into `findings`. */
  selected: number | undefined
}

const state: State = {text: '', format: 'txt', style: {name: 'the-national'}, findings: [], selected: undefined}

// --- The worker -------------------------------------------------------------

const worker = new Worker(new URL('./worker.js', import.meta.url), {type: 'module'})
let nextId = 1
const waiting = new Map<number, (response: Response) => void>()
worker.onmessage = (event: MessageEvent<Response>) => {
  const resolve = waiting.get(event.data.id)
  waiting.delete(event.data.id)
  resolve?.(event.data)
}

function ask(request: Omit<Request, 'id'>): Promise<Response> {
  const id = nextId++
  return new Promise((resolve) => {
    waiting.set(id, resolve)
    worker.postMessage({...request, id} as Request)
  })
}

// One lint at a time; text typed meanwhile is linted when it returns.
let linting = false
let lintAgain = false

async function lint(): Promise<undefined> {
  if (linting) {
    lintAgain = true
    return
  }
  linting = true
  const response = await ask({kind: 'lint', text: state.text, format: state.format, style: state.style})
  linting = false
  if (response.kind === 'error') showProblem(response.message)
  else if (response.kind === 'lint' && response.text === state.text) {
    showProblem(undefined)
    state.findings = response.findings
    if (state.selected !== undefined && state.selected >= state.findings.length) state.selected = undefined
    render(editor, state.text, state.findings, document.activeElement === editor)
    renderList()
    announce(countText())
    // For tests and automation: how many lints have been shown.
    document.body.dataset['lints'] = String(Number(document.body.dataset['lints'] ?? 0) + 1)
  }
  if (lintAgain || response.text !== state.text) {
    lintAgain = false
    await lint()
  }
}

// --- Text and history -------------------------------------------------------

interface Snapshot {
  text: string
  caret: number
}
const past: Array<Snapshot> = []
const future: Array<Snapshot> = []
let lastTyped = 0

/** Set the article's text: from typing (grouped into one undo step a second apart) or from an action. */
function setText(text: string, how: 'typing' | 'action', caret?: number): undefined {
  if (text === state.text) return
  const now = Date.now()
  const grouped = how === 'typing' && now - lastTyped < 1000 && past.length > 0
  if (!grouped) past.push({text: state.text, caret: selectionOf(editor)?.start ?? 0})
  lastTyped = how === 'typing' ? now : 0
  future.length = 0
  state.text = text
  state.selected = undefined
  if (how === 'action') {
    // Marks of the old text would point at the wrong words until the new lint comes.
    state.findings = []
    render(editor, text, [], false)
    if (caret !== undefined && document.activeElement === editor) select(editor, caret)
    renderList()
  }
  updateButtons()
  void lint()
}

function restore(from: Array<Snapshot>, to: Array<Snapshot>): undefined {
  const snapshot = from.pop()
  if (!snapshot) return
  to.push({text: state.text, caret: selectionOf(editor)?.start ?? 0})
  state.text = snapshot.text
  state.findings = []
  state.selected = undefined
  render(editor, state.text, [], false)
  editor.focus()
  select(editor, Math.min(snapshot.caret, state.text.length))
  renderList()
  updateButtons()
  void lint()
}

function updateButtons(): undefined {
  undoButton.disabled = past.length === 0
  redoButton.disabled = future.length === 0
  fixAllButton.disabled = !state.findings.some((finding) => finding.fix)
}

editor.addEventListener('input', (event) => {
  if ((event as InputEvent).isComposing) return
  setText(textOf(editor), 'typing')
})
editor.addEventListener('compositionend', () => setText(textOf(editor), 'typing'))
editor.addEventListener('paste', (event) => {
  if (editor.contentEditable === 'plaintext-only') return
  event.preventDefault()
  const text = event.clipboardData?.getData('text/plain') ?? ''
  document.execCommand('insertText', false, text)
})

// --- Findings: the list and the details ----------------------------------------

function countText(): string {
  const count = state.findings.length
  return count === 0 ? 'No findings' : count === 1 ? '1 finding' : count + ' findings'
}

function lineAndColumn(offset: number): string {
  const before = state.text.slice(0, offset)
  const line = before.split('\n').length
  return line + ':' + (offset - before.lastIndexOf('\n'))
}

function renderList(): undefined {
  summary.textContent = countText()
  const byRule = new Map<string, Array<number>>()
  state.findings.forEach((finding, index) => {
    const indices = byRule.get(finding.rule) ?? []
    indices.push(index)
    byRule.set(finding.rule, indices)
  })
  const groups = [...byRule].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
  list.replaceChildren(
    ...groups.map(([rule, indices]) => {
      const group = document.createElement('li')
      const heading = document.createElement('h3')
      heading.textContent = rule + ' '
      const count = document.createElement('span')
      count.className = 'count'
      count.textContent = '(' + indices.length + ')'
      heading.append(count)
      const items = document.createElement('ul')
      for (const index of indices) {
        const finding = state.findings[index]!
        const item = document.createElement('li')
        const button = document.createElement('button')
        button.type = 'button'
        button.className = 'item severity-' + finding.severity
        button.dataset['item'] = String(index)
        if (index === state.selected) button.setAttribute('aria-current', 'true')
        button.textContent = lineAndColumn(finding.start) + ' ' + plain(finding.reason)
        item.append(button)
        items.append(item)
      }
      group.append(heading, items)
      return group
    })
  )
  renderDetails()
  updateButtons()
}

/** A reason without its code marks: `Use \`Mr Bali\`` reads `Use “Mr Bali”`. */
function plain(text: string): string {
  return text.replaceAll(/`([^`]*)`/gu, '“$1”')
}

function renderDetails(): undefined {
  const finding = state.selected === undefined ? undefined : state.findings[state.selected]
  for (const mark of editor.querySelectorAll('mark.selected')) mark.classList.remove('selected')
  if (!finding) {
    details.hidden = true
    return
  }
  editor.querySelector('mark[data-finding="' + state.selected + '"]')?.classList.add('selected')
  const reason = document.createElement('p')
  reason.className = 'reason'
  reason.textContent = plain(finding.reason)
  const meta = document.createElement('p')
  meta.className = 'meta'
  meta.textContent = finding.rule + ' · ' + (finding.severity === 'warn' ? 'warning' : finding.severity) + ' · ' + lineAndColumn(finding.start) + ' '
  if (finding.url) {
    const link = document.createElement('a')
    link.href = finding.url
    link.target = '_blank'
    link.rel = 'noopener noreferrer'
    link.textContent = 'about ' + finding.rule
    meta.append(link)
  }
  const parts: Array<HTMLElement> = [reason, meta]
  if (finding.note) {
    const note = document.createElement('p')
    note.className = 'note'
    note.textContent = plain(finding.note)
    parts.push(note)
  }
  const fixes = document.createElement('div')
  fixes.className = 'fixes'
  const choices = finding.fix ? (state.format === 'txt' ? finding.expected : finding.expected.slice(0, 1)) : []
  choices.forEach((choice, index) => {
    const button = document.createElement('button')
    button.type = 'button'
    button.className = 'apply'
    button.dataset['choice'] = String(index)
    button.textContent = choice.trim() === '' ? 'Apply fix (remove)' : 'Apply fix: ' + choice.trim()
    fixes.append(button)
  })
  if (choices.length === 0) {
    const none = document.createElement('p')
    none.textContent = 'No automatic fix: edit the text.'
    fixes.append(none)
  }
  parts.push(fixes)
  details.replaceChildren(...parts)
  details.hidden = false
}

function show(index: number | undefined, how: 'hover' | 'select'): undefined {
  state.selected = index
  for (const button of list.querySelectorAll('button[aria-current]')) button.removeAttribute('aria-current')
  if (index !== undefined) list.querySelector('button[data-item="' + index + '"]')?.setAttribute('aria-current', 'true')
  renderDetails()
  const finding = index === undefined ? undefined : state.findings[index]
  if (finding && how === 'select') {
    const position = inTextOrder().findIndex((entry) => entry.index === index) + 1
    announce('Finding ' + position + ' of ' + state.findings.length + ': ' + plain(finding.reason) + ' (' + finding.rule + ')')
  }
}

/** Apply choice `choice` of finding `index`: its first choice is the edit `--fix` makes. */
function apply(index: number, choice: number): undefined {
  const finding = state.findings[index]
  if (!finding?.fix) return
  const edit = choice === 0 ? finding.fix : {start: finding.start, end: finding.end, replacement: finding.expected[choice] ?? ''}
  const text = state.text.slice(0, edit.start) + edit.replacement + state.text.slice(edit.end)
  setText(text, 'action', edit.start + edit.replacement.length)
  announce('Fixed: ' + plain(finding.reason))
}

list.addEventListener('click', (event) => {
  const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-item]')
  if (!button) return
  const index = Number(button.dataset['item'])
  const finding = state.findings[index]
  if (!finding) return
  show(index, 'select')
  editor.focus()
  select(editor, finding.start, finding.end)
  editor.querySelector('mark[data-finding="' + index + '"]')?.scrollIntoView({block: 'nearest'})
})

details.addEventListener('click', (event) => {
  const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-choice]')
  if (button && state.selected !== undefined) apply(state.selected, Number(button.dataset['choice']))
})

editor.addEventListener('mouseover', (event) => {
  const mark = (event.target as HTMLElement).closest<HTMLElement>('mark[data-finding]')
  if (mark) show(Number(mark.dataset['finding']), 'hover')
})
// Focusing a finding shows it too: a list entry reached with Tab, or the caret moved into a mark.
list.addEventListener('focusin', (event) => {
  const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-item]')
  if (button) show(Number(button.dataset['item']), 'hover')
})
document.addEventListener('selectionchange', () => {
  if (document.activeElement !== editor) return
  const selection = document.getSelection()
  const node = selection?.anchorNode
  const mark = (node instanceof HTMLElement ? node : node?.parentElement)?.closest<HTMLElement>('mark[data-finding]')
  if (mark && Number(mark.dataset['finding']) !== state.selected) show(Number(mark.dataset['finding']), 'hover')
})
editor.addEventListener('click', (event) => {
  const mark = (event.target as HTMLElement).closest<HTMLElement>('mark[data-finding]')
  if (mark) show(Number(mark.dataset['finding']), 'select')
})

/** The findings in the order of the text. */
function inTextOrder(): Array<{finding: Finding; index: number}> {
  return state.findings.map((finding, index) => ({finding, index})).sort((a, b) => a.finding.start - b.finding.start || a.index - b.index)
}

/** The finding after (or before) the caret, round the end. */
function step(direction: 1 | -1): undefined {
  if (state.findings.length === 0) return
  const order = inTextOrder()
  const current = state.selected === undefined ? -1 : order.findIndex((entry) => entry.index === state.selected)
  let next: number
  if (current !== -1) next = (current + direction + order.length) % order.length
  else {
    const caret = selectionOf(editor)?.start ?? 0
    const after = order.findIndex((entry) => entry.finding.start >= caret)
    next = direction === 1 ? (after === -1 ? 0 : after) : (after <= 0 ? order.length : after) - 1
  }
  const {finding, index} = order[next]!
  show(index, 'select')
  editor.focus()
  select(editor, finding.start, finding.end)
  editor.querySelector('mark[data-finding="' + index + '"]')?.scrollIntoView({block: 'nearest'})
}

document.addEventListener('keydown', (event) => {
  const modifier = event.ctrlKey || event.metaKey
  if ((event.altKey && event.key === 'ArrowDown') || (event.key === 'F8' && !event.shiftKey)) step(1)
  else if ((event.altKey && event.key === 'ArrowUp') || (event.key === 'F8' && event.shiftKey)) step(-1)
  else if (event.altKey && event.key === 'Enter' && state.selected !== undefined) apply(state.selected, 0)
  else if (event.key === 'Escape' && state.selected !== undefined) show(undefined, 'select')
  else if (modifier && !event.shiftKey && event.key.toLowerCase() === 'z') restore(past, future)
  else if (modifier && ((event.shiftKey && event.key.toLowerCase() === 'z') || event.key.toLowerCase() === 'y')) restore(future, past)
  else return
  event.preventDefault()
})

// --- Actions ------------------------------------------------------------------

fixAllButton.addEventListener('click', async () => {
  const text = state.text
  const response = await ask({kind: 'fix-all', text, format: state.format, style: state.style})
  if (response.kind === 'error') return showProblem(response.message)
  if (response.kind !== 'fix-all' || state.text !== text) return
  setText(response.fixed, 'action')
  announce(response.applied === 1 ? '1 fix applied' : response.applied + ' fixes applied')
})
undoButton.addEventListener('click', () => restore(past, future))
redoButton.addEventListener('click', () => restore(future, past))
copyButton.addEventListener('click', async () => {
  await navigator.clipboard.writeText(state.text)
  announce('Text copied')
})
shareButton.addEventListener('click', async () => {
  const fragment = await encodeShare({text: state.text, format: state.format, style: state.style})
  history.replaceState(null, '', location.pathname + location.search + fragment)
  try {
    await navigator.clipboard.writeText(location.href)
    announce('Link copied: the text is in the link itself, not on any server')
  } catch {
    announce('The link is in the address bar: the text is in the link itself, not on any server')
  }
})

styleSelect.addEventListener('change', () => {
  if (styleSelect.value === 'file') return
  state.style = {name: styleSelect.value}
  void lint()
})
styleFile.addEventListener('change', async () => {
  const file = styleFile.files?.[0]
  if (!file) return
  let data: StyleData
  try {
    data = JSON.parse(await file.text()) as StyleData
  } catch {
    return showProblem('Cannot read `' + file.name + '`: not valid JSON')
  }
  state.style = {data}
  let option = styleSelect.querySelector<HTMLOptionElement>('option[value="file"]')
  if (!option) {
    option = document.createElement('option')
    option.value = 'file'
    styleSelect.append(option)
  }
  option.textContent = (typeof data.name === 'string' ? data.name : 'style') + ' (' + file.name + ')'
  styleSelect.value = 'file'
  void lint()
})
formatSelect.addEventListener('change', () => {
  state.format = formatSelect.value === 'md' ? 'md' : 'txt'
  void lint()
})

function showProblem(message: string | undefined): undefined {
  problem.hidden = message === undefined
  problem.textContent = message === undefined ? '' : plain(message)
}

let announced = ''
function announce(message: string): undefined {
  if (message === announced) return
  announced = message
  status.textContent = message
}

// --- Start ---------------------------------------------------------------------

async function start(): Promise<undefined> {
  for (const name of builtInStyles) {
    const option = document.createElement('option')
    option.value = name
    option.textContent = name === 'the-national' ? 'the-national (default)' : name
    styleSelect.append(option)
  }
  const shared = await decodeShare(location.hash)
  if (shared) {
    state.format = shared.format
    formatSelect.value = shared.format
    if ('name' in shared.style && builtInStyles.includes(shared.style.name)) {
      state.style = shared.style
      styleSelect.value = shared.style.name
    } else if ('data' in shared.style) {
      state.style = shared.style
      const option = document.createElement('option')
      option.value = 'file'
      option.textContent = String(shared.style.data.name) + ' (from the link)'
      styleSelect.append(option)
      styleSelect.value = 'file'
    }
    state.text = shared.text
    render(editor, state.text, [], false)
  }
  updateButtons()
  document.body.dataset['ready'] = 'true'
  await lint()
}

void start()
