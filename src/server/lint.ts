/**
 * Lint one open document for the language server, the way the CLI lints a
 * file: the same config files, ignore file and default preset, found from
 * the document's folder by the CLI's own finders (`ConfigFinder`,
 * `IgnoreFiles`: JSON, YAML and `package.json` only, never a script config,
 * regular files only, within a size limit), but on the editor's text
 * rather than the file on disk.
 */
import fs from 'node:fs'
import path from 'node:path'
import {unified, type Plugin, type PluggableList, type Processor} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {ConfigFinder, configFileNames, configNames, type FoundConfig} from '../engine/config.js'
import retextHouseStyleControl from '../engine/control.js'
import {IgnoreFiles} from '../engine/find.js'
import {extensions} from '../parse/formats.js'
import {fileOptions, styleFilesOf, withStyleAndRules} from '../engine/overrides.js'
import {defaultSegmentSize, retextHouseStylePieces} from '../engine/pieces.js'
import retextHouseStyle, {type Options} from '../engine/preset.js'
import type {RuleSetting} from '../kit/style.js'

// Used as a plugin whose options are `unknown`: the preset checks its own.
const preset = retextHouseStyle as unknown as Plugin<Array<unknown>>

/** What the server knows of a document: its path on disk (if any) and text. */
export interface LintInput {
  /** Absolute file path; `undefined` for an unsaved buffer (no config, no ignore). */
  filePath: string | undefined
  /** The editor's language id: the format of an unsaved buffer. */
  languageId: string
  text: string
  /** The editor's settings, over the config's: a style (as the CLI's `--style`) and rule settings. */
  settings?: EditorSettings
}

/** Style and rule settings from the editor (the server's `style` and `rules` settings). */
export interface EditorSettings {
  style?: string
  rules?: Record<string, RuleSetting>
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
 * The processor (parser, no rules) for every format: src/parse/formats.ts picks plain
 * text, Markdown or HTML by the file's extension, and a long file is
 * linted in pieces of its text, as in the CLI (memory stays bounded, and the time per
 * byte does not grow with the length).
 */
function parser(): Processor {
  return unified().use(retextHouseStylePieces, {segmentSize: defaultSegmentSize}) as unknown as Processor
}

/** After the rules, as in the CLI: disable comments. */
const afterRules = [retextHouseStyleControl] as unknown as PluggableList

/**
 * A document's config and its processors, reused while the files it was
 * configured from are unchanged: finding and loading the config and
 * attaching every plugin on each keystroke was a third of the time from
 * `didChange` to diagnostics on a 1,500-word article.
 */
interface Configured {
  /** The config that applies to the document; absent when it is ignored. */
  config: FoundConfig | undefined
  /**
   * A frozen processor per options object the document has had: its
   * overrides can depend on its front matter, which an edit can change.
   */
  processors: Map<Options, Processor>
  /** `fingerprint` of the files that decided the config, at configure time. */
  fingerprint: string
  /** Style files named by path in the config: their changes count too. */
  styleFiles: Array<string>
}

const configured = new Map<string, Configured>()
/** Bounds the cache; an editor rarely has more documents open. */
const maxConfigured = 200

/** The largest config, ignore or style file read, as the CLI's `--max-size` default. */
const maxConfigBytes = 5e6

/**
 * Lint `input` with the config and ignore files that apply to its path.
 */
export async function lintDocument(input: LintInput): Promise<LintResult> {
  if (input.filePath === undefined) return lintUnsaved(input.text, input.languageId, input.settings)
  const filePath = input.filePath
  let cached = configured.get(filePath)
  let notices: Array<string> = []
  if (!cached || cached.fingerprint !== fingerprint(filePath, cached.styleFiles)) {
    const result = configure(filePath)
    if (result instanceof Error) {
      // A bad config is not cached: the next edit tries again, so fixing it shows at once.
      const file = new VFile({path: filePath, value: input.text})
      file.message(result.message).fatal = true
      return {messages: file.messages, ignored: false, notices: result.notices}
    }
    cached = result.configured
    notices = result.notices
    if (configured.size >= maxConfigured) configured.delete(configured.keys().next().value!)
    configured.set(filePath, cached)
  }
  if (!cached.config) return {messages: [], ignored: true, notices}
  const options = withEditorSettings(fileOptions(cached.config, filePath, input.text), input.settings)
  return {...(await runWith(cached.processors, options, new VFile({path: filePath, value: input.text}))), notices}
}

/**
 * Lint `file` with the processor for `options` (made once into `processors`);
 * options the preset rejects (only the editor's settings can be bad here, a
 * config was checked when read) give one message saying so.
 */
async function runWith(processors: Map<Options, Processor>, options: Options, file: VFile): Promise<LintResult> {
  let processor = processors.get(options)
  if (!processor) {
    try {
      processor = parser().use(preset, options).use(afterRules).freeze() as unknown as Processor
    } catch (error) {
      file.message('Invalid house-style settings in the editor: ' + (error as Error).message).fatal = true
      return {messages: file.messages, ignored: false}
    }
    processors.set(options, processor)
  }
  return {messages: await run(processor, file), ignored: false}
}

/** Options with the editor's settings over them, one object per pair (processors are cached by it). */
const withSettings = new WeakMap<Options, Map<string, Options>>()

function withEditorSettings(options: Options, settings: EditorSettings | undefined): Options {
  if (!settings || (settings.style === undefined && settings.rules === undefined)) return options
  const key = JSON.stringify(settings)
  let known = withSettings.get(options)
  if (!known) {
    known = new Map()
    withSettings.set(options, known)
  }
  let merged = known.get(key)
  if (!merged) {
    merged = withStyleAndRules(options, settings.style, settings.rules)
    known.set(key, merged)
  }
  return merged
}

async function run(processor: Processor, file: VFile): Promise<Array<VFileMessage>> {
  await processor.run(processor.parse(file), file)
  return file.messages
}

/** The processor for the document at `filePath`, or the error of its config or ignore file. */
function configure(filePath: string): {configured: Configured; notices: Array<string>} | (Error & {notices: Array<string>}) {
  // Taken before anything is read, so a change made meanwhile shows next time.
  const before = folderStamps(filePath)
  const notices: Array<string> = []
  const ignores = new IgnoreFiles({name: configNames.ignoreName, maxBytes: maxConfigBytes})
  const ignored = ignores.check(filePath)
  if (ignored instanceof Error) return Object.assign(ignored, {notices})
  const configs = new ConfigFinder({
    maxBytes: maxConfigBytes,
    detect: true,
    onScript(file) {
      notices.push('`' + file + '` is not read: the language server never runs code from a folder; use `' + configNames.rcName + '.json` or `.yaml`')
    }
  })
  let config
  try {
    config = configs.configFor(filePath)
  } catch (error) {
    return Object.assign(error as Error, {notices})
  }
  const styleFiles = styleFilesOf(config)
  return {
    configured: {config: ignored === 'ignored' ? undefined : config, processors: new Map(), fingerprint: [...before, ...styleFiles.map(stamp)].join('|'), styleFiles},
    notices
  }
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
    for (const name of configFileNames) parts.push(stamp(path.join(folder, name)))
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
async function lintUnsaved(text: string, languageId: string, settings: EditorSettings | undefined): Promise<LintResult> {
  return runWith(unsavedProcessors, withEditorSettings(unsavedOptions, settings), new VFile({path: unsavedName(languageId), value: text}))
}

const unsavedOptions: Options = {}
const unsavedProcessors = new Map<Options, Processor>()
