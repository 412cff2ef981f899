/**
 * Lint one open document for the language server, the way the CLI lints a
 * file: unified-engine with the same config files, ignore file and default
 * preset, found from the document's folder, but on the editor's text rather
 * than the file on disk.
 */
import fs from 'node:fs'
import path from 'node:path'
import {Writable} from 'node:stream'
import {unified, type Plugin, type PluggableList, type Processor} from 'unified'
import {engine} from 'unified-engine'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {configNames, configTransform} from './config.js'
import retextHouseStyleControl from './control.js'
import retextHouseStyleParse, {defaultSegmentSize, extensions} from './formats.js'
import retextHouseStyle from './index.js'
import {findConfig, watchedNames} from './server-config.js'

// unified-engine types plugin options as `unknown`; the preset checks its own.
const preset = retextHouseStyle as unknown as Plugin<Array<unknown>>

/** What the server knows of a document: its path on disk (if any) and text. */
export interface LintInput {
  /** Absolute file path; `undefined` for an unsaved buffer (no config, no ignore). */
  filePath: string | undefined
  /** The editor's language id: the format of an unsaved buffer. */
  languageId: string
  text: string
}

export interface LintResult {
  messages: Array<VFileMessage>
  /** The ignore file matched the document: it gets no diagnostics. */
  ignored: boolean
  /** Config files found but not read, and why (for the server's log). */
  notices?: Array<string>
}

/** Language ids of unsaved buffers, as the extension their text is parsed by. */
const extensionByLanguage: Record<string, string> = {plaintext: 'txt', text: 'txt', markdown: 'md', html: 'html'}

/** Whether the server lints a document with this path (or language, for unsaved ones). */
export function isLinted(filePath: string | undefined, languageId: string): boolean {
  if (filePath === undefined) return languageId in extensionByLanguage
  return extensions.includes(path.extname(filePath).slice(1).toLowerCase())
}

/** The name an unsaved buffer is linted under: it picks the format, nothing else. */
export function unsavedName(languageId: string): string {
  return 'untitled.' + (extensionByLanguage[languageId] ?? 'txt')
}

/**
 * The processor (parser, no rules) for every format: formats.ts picks plain
 * text, Markdown or HTML by the file's extension, and long plain text is
 * linted in pieces, as in the CLI (memory stays bounded, and the time per
 * byte does not grow with the length).
 */
function parser(): Processor {
  return unified().use(retextHouseStyleParse, {segmentSize: defaultSegmentSize}) as unknown as Processor
}

/** After the rules, as in the CLI: disable comments. */
const afterRules = [retextHouseStyleControl] as unknown as PluggableList

/**
 * A document's processor as unified-engine configured it, reused while the
 * files it was configured from are unchanged.
 *
 * unified-engine searches for config and ignore files, loads them and
 * attaches every plugin on each run; per keystroke on a 1,500-word article
 * that was a third of the time from `didChange` to diagnostics. So the
 * engine runs once per document (and again when a config, ignore or style
 * file it could have read changes), and each edit only parses and runs.
 */
interface Configured {
  /** The frozen processor with the document's config applied; absent when ignored. */
  processor: Processor | undefined
  /** `fingerprint` of the files that decided the config, at configure time. */
  fingerprint: string
  /** Style files named by path in the config: their changes count too. */
  styleFiles: Array<string>
}

const configured = new Map<string, Configured>()
/** Bounds the cache; an editor rarely has more documents open. */
const maxConfigured = 200

/**
 * Lint `input` with the config and ignore files that apply to its path.
 */
export async function lintDocument(input: LintInput): Promise<LintResult> {
  if (input.filePath === undefined) return lintUnsaved(input.text, input.languageId)
  const filePath = input.filePath
  const cached = configured.get(filePath)
  if (cached && cached.fingerprint === fingerprint(filePath, cached.styleFiles)) {
    if (!cached.processor) return {messages: [], ignored: true}
    return {messages: await run(cached.processor, new VFile({path: filePath, value: input.text})), ignored: false}
  }
  return lintWithEngine(filePath, input.text)
}

async function run(processor: Processor, file: VFile): Promise<Array<VFileMessage>> {
  await processor.run(processor.parse(file), file)
  return file.messages
}

/** Lint through unified-engine, as the CLI does, and cache the processor it configured. */
function lintWithEngine(filePath: string, text: string): Promise<LintResult> {
  const file = new VFile({path: filePath, value: text})
  // Taken before the engine reads anything, so a change made meanwhile shows next time.
  const before = folderStamps(filePath)
  // Found here, not by the engine, which would import script configs (server-config.ts).
  const config = findConfig(path.dirname(filePath))
  const styleFiles: Array<string> = []
  let processor: Processor | undefined
  // Runs as the last plugin of the document's processor: keeps a handle on it.
  const capture = function (this: Processor) {
    processor = this
  }
  return new Promise((resolve, reject) => {
    engine(
      {
        processor: parser(),
        files: [file],
        cwd: path.dirname(filePath),
        ...configNames,
        configTransform(config, configPath) {
          const preset = configTransform(config, configPath)
          const style = (preset.plugins?.[0] as [unknown, {style?: unknown}] | undefined)?.[1]?.style
          if (typeof style === 'string' && path.isAbsolute(style)) styleFiles.push(style)
          return preset
        },
        defaultConfig: {plugins: [[preset, {}]]},
        plugins: [...afterRules, capture],
        rcPath: config.file,
        detectConfig: false,
        detectIgnore: true,
        silentlyIgnore: true,
        out: false,
        output: false,
        quiet: false,
        color: false,
        // unified-language-server 4.1.0 passes a PassThrough here that
        // nothing reads: once the report passes its 16 KiB buffer (some 200
        // findings) the engine waits forever on the write and the document
        // gets no diagnostics. We report nothing (we read the messages off
        // the file) and write into a sink that never applies back-pressure.
        reporter: noReport,
        streamError: sink(),
        streamOut: sink()
      },
      (error) => {
        if (error) {
          reject(error)
          return
        }
        const ignored = file.data['unifiedEngineIgnored'] === true
        const failed = file.messages.some((message) => message.fatal === true && !message.ruleId)
        // A bad config is not cached: the next edit tries again, so fixing it shows at once.
        if (!failed && (ignored || processor)) {
          if (configured.size >= maxConfigured) configured.delete(configured.keys().next().value!)
          configured.set(filePath, {processor: ignored ? undefined : processor, fingerprint: [...before, ...styleFiles.map(stamp)].join('|'), styleFiles})
        }
        resolve({messages: file.messages, ignored, notices: config.notices})
      }
    )
  })
}

/**
 * The size and modification time of every file that could decide the
 * document's config or ignore status (in its folder and each one above)
 * and of the style files the config names.
 */
function fingerprint(filePath: string, styleFiles: ReadonlyArray<string>): string {
  return [...folderStamps(filePath), ...styleFiles.map(stamp)].join('|')
}

function folderStamps(filePath: string): Array<string> {
  const parts: Array<string> = []
  let folder = path.dirname(filePath)
  for (;;) {
    for (const name of watchedNames) parts.push(stamp(path.join(folder, name)))
    const parent = path.dirname(folder)
    if (parent === folder) break
    folder = parent
  }
  return parts
}

function stamp(file: string): string {
  const stats = fs.statSync(file, {throwIfNoEntry: false})
  return stats ? file + ':' + stats.size + ':' + stats.mtimeMs : ''
}

/** An unsaved buffer has no folder to find config in: the default preset. */
async function lintUnsaved(text: string, languageId: string): Promise<LintResult> {
  unsavedProcessor ??= parser().use(preset).use(afterRules).freeze() as unknown as Processor
  return {messages: await run(unsavedProcessor, new VFile({path: unsavedName(languageId), value: text})), ignored: false}
}

let unsavedProcessor: Processor | undefined

function noReport(): string {
  return ''
}

/** A writable stream that drops what it is given and never fills up. */
function sink(): Writable {
  return new Writable({
    write(_chunk, _encoding, done) {
      done()
    }
  })
}
