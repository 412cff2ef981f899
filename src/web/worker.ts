/**
 * The page's lint worker: the same pipeline as the command line and the
 * language server (parse in pieces, the preset, disable comments), off the
 * page's thread so that typing never waits for it.
 */
import type {Root} from 'nlcst'
import {unified, type Processor} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import './modules.js'
import retextHouseStyleControl from '../engine/control.js'
import {fixOf, fixUntilStable} from '../engine/fix.js'
import {defaultSegmentSize, retextHouseStylePieces} from '../engine/pieces.js'
import retextHouseStyle from '../engine/preset.js'
import {builtInStyles, loadStyle, type Style} from '../kit/style.js'
import type {Finding, Format, Request, Response, StyleChoice} from './protocol.js'

/** One frozen processor per style: attaching every rule on each keystroke would cost more than the lint. */
const processors = new Map<string, Processor<Root>>()

function processorFor(choice: StyleChoice): Processor<Root> {
  const key = 'name' in choice ? 'name:' + choice.name : 'data:' + JSON.stringify(choice.data)
  let processor = processors.get(key)
  if (!processor) {
    const style: Style = loadStyle('name' in choice ? choice.name : choice.data)
    processor = unified()
      .use(retextHouseStylePieces, {segmentSize: defaultSegmentSize})
      .use(retextHouseStyle, {style})
      .use(retextHouseStyleControl)
      .freeze() as unknown as Processor<Root>
    if (processors.size > 20) processors.clear()
    processors.set(key, processor)
  }
  return processor
}

async function lint(text: string, format: Format, choice: StyleChoice): Promise<Array<VFileMessage>> {
  const processor = processorFor(choice)
  const file = new VFile({value: text, path: 'article.' + format})
  await processor.run(processor.parse(file), file)
  return file.messages
}

function findingOf(message: VFileMessage): Finding | undefined {
  const place = message.place && 'start' in message.place ? message.place : undefined
  const start = place?.start.offset
  const end = place?.end.offset
  if (start === undefined || end === undefined) return undefined
  const fix = fixOf(message)
  return {
    start,
    end,
    rule: message.ruleId ?? 'house-style',
    severity: message.fatal === true ? 'error' : message.fatal === false ? 'warn' : 'info',
    reason: message.reason,
    note: message.note,
    url: message.url,
    expected: message.expected ?? [],
    fix: fix && {start: fix.start, end: fix.end, replacement: fix.replacement}
  }
}

async function answer(request: Request): Promise<Response> {
  try {
    if (request.kind === 'lint') {
      const messages = await lint(request.text, request.format, request.style)
      const findings = messages.map((message) => findingOf(message)).filter((finding): finding is Finding => finding !== undefined)
      return {id: request.id, kind: 'lint', text: request.text, findings, styles: builtInStyles()}
    }
    // `--fix`'s own loop: lint, apply the fixes that do not overlap, again until none is left.
    const result = await fixUntilStable(request.text, (text) => lint(text, request.format, request.style))
    return {id: request.id, kind: 'fix-all', text: request.text, fixed: result.text, applied: result.applied}
  } catch (error) {
    return {id: request.id, kind: 'error', text: request.text, message: (error as Error).message}
  }
}

const scope = globalThis as unknown as {onmessage: ((event: MessageEvent<Request>) => void) | null; postMessage(response: Response): void}
scope.onmessage = (event) => {
  void answer(event.data).then((response) => scope.postMessage(response))
}
