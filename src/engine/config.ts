/**
 * Configuration files: `.housestylerc`, `.housestylerc.json`,
 * `.housestylerc.yaml` (or `.yml`) or a `houseStyle` field in
 * `package.json`, found from each file's folder upwards.
 *
 * A config holds our options (`{style, rules, overrides}`), not unified's
 * `{plugins, settings}`, and is checked when it is read, so a mistake names
 * the key and the file. Its `overrides` (src/engine/overrides.ts) give other
 * options to some files: `fileOptions` gives each file its options.
 *
 * No code from a content repo runs: a config is data, never a module.
 * unified-engine would import `.housestylerc.js`, `.cjs` and `.mjs`; the CLI
 * and the language server find and read config files themselves
 * (`ConfigFinder`: regular files only, within the size limit, each error
 * once) and say once that a JS config is ignored.
 */
import fs from 'node:fs'
import path from 'node:path'
import type {Root} from 'nlcst'
import type {Plugin, Processor} from 'unified'
import type {VFile} from 'vfile'
import YAML from 'yaml'
import {checkOverrides, isPath, typeName, type OverriddenConfig} from './overrides.js'
import retextHouseStyle, {resolveRules, type Options} from './preset.js'
import {jsonErrorPlace, readRegularFile} from '../kit/read.js'

export const configNames = {rcName: '.housestylerc', packageField: 'houseStyle', ignoreName: '.housestyleignore'}

/** Config file names in a folder, in unified-engine's order (it takes the first it finds). */
const candidates = ['', '.json', '.cjs', '.mjs', '.js', '.yaml', '.yml'].map((extension) => configNames.rcName + extension)

/** Every name in a folder whose change can change a file's config or whether it is ignored. */
export const configFileNames = [...candidates, 'package.json', configNames.ignoreName]
const scriptExtensions = new Set(['.js', '.cjs', '.mjs'])

/** Whether `filePath` is a config that would be code (`.housestylerc.js`, `-c setup.mjs`). */
export function isScriptConfig(filePath: string): boolean {
  return scriptExtensions.has(path.extname(filePath).toLowerCase())
}

/**
 * A config checked, as the preset's options and its overrides: style paths
 * resolved from the config's folder.
 *
 * @param config
 *   The config as parsed (for `package.json`, its `houseStyle` field).
 * @throws
 *   An error naming the file and the key.
 */
export function configOptions(config: unknown, filePath: string): Pick<FoundConfig, 'options' | 'overrides'> {
  const where = 'Invalid configuration in `' + filePath + '`: '
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    const key = path.basename(filePath) === 'package.json' ? '`' + configNames.packageField + '`' : 'the configuration'
    throw new Error(where + key + ' must be an object, not ' + typeName(config))
  }
  const options = {...(config as Record<string, unknown>)}
  delete options['$schema']
  if ('maxFindings' in options) {
    throw new Error(where + '`maxFindings` is not read from config files: use `--max-findings`')
  }
  if (typeof options['style'] === 'string' && isPath(options['style'])) {
    options['style'] = path.resolve(path.dirname(filePath), options['style'])
  }
  const overrides = options['overrides']
  delete options['overrides']
  try {
    resolveRules(options as Options, path.dirname(filePath))
  } catch (error) {
    throw new Error(where + (error as Error).message.replace(/^Invalid options for retext-house-style: /, ''))
  }
  if (overrides === undefined) return {options: options as Options, overrides: []}
  try {
    return {options: options as Options, overrides: checkOverrides(overrides, options as Options, path.dirname(filePath))}
  } catch (error) {
    throw new Error(where + (error as Error).message)
  }
}

/**
 * The config that applies to a file: none found (`path` undefined, no
 * options, no overrides) or a checked one. `fileOptions` gives a file's
 * options under it.
 */
export type FoundConfig = OverriddenConfig

/** No config: one object, so that every file without one shares a preset. */
const noConfig: FoundConfig = {path: undefined, options: {}, overrides: []}

export interface ConfigFinderOptions {
  /** Largest config file read, in bytes. */
  maxBytes: number
  /** A config file to use for every file instead of searching (`--config`). */
  configPath?: string | undefined
  /** Whether to search for config files (`--no-config` turns it off). */
  detect: boolean
  /** Called once for each JS config found and ignored. */
  onScript(filePath: string): undefined
}

/**
 * Finds the config of each file as unified-engine would (same names, same
 * order, from the file's folder up; `package.json` only when it has the
 * field), reading each file once, with our own checks.
 */
export class ConfigFinder {
  readonly #options: ConfigFinderOptions
  /** By folder: the config that applies to files in it, or why none can. */
  readonly #byFolder = new Map<string, FoundConfig | Error>()
  readonly #scriptsSeen = new Set<string>()
  #given: FoundConfig | Error | undefined

  constructor(options: ConfigFinderOptions) {
    this.#options = options
  }

  /**
   * The config for the file at `filePath` (absolute).
   *
   * @throws
   *   The config's error, the same error object for every file it applies to.
   */
  configFor(filePath: string): FoundConfig {
    const found = this.#find(path.dirname(filePath))
    if (found instanceof Error) throw found
    return found
  }

  #find(folder: string): FoundConfig | Error {
    const {configPath, detect} = this.#options
    if (configPath !== undefined) {
      this.#given ??= this.#load(path.resolve(configPath), true) ?? noConfig
      return this.#given
    }
    if (!detect) return noConfig
    const known = this.#byFolder.get(folder)
    if (known) return known
    let found: FoundConfig | Error | undefined
    for (const name of [...candidates, 'package.json']) {
      found = this.#load(path.join(folder, name), false)
      if (found) break
    }
    if (!found) {
      const parent = path.dirname(folder)
      found = parent === folder ? noConfig : this.#find(parent)
    }
    this.#byFolder.set(folder, found)
    return found
  }

  /** The config in `filePath`, or `undefined` when there is none to use there. */
  #load(filePath: string, given: boolean): FoundConfig | Error | undefined {
    if (isScriptConfig(filePath)) {
      if (!given && !exists(filePath)) return undefined
      if (!this.#scriptsSeen.has(filePath)) {
        this.#scriptsSeen.add(filePath)
        this.#options.onScript(filePath)
      }
      return undefined
    }
    if (!given && !exists(filePath)) return undefined
    try {
      const config = parseConfig(filePath, readText(filePath, this.#options.maxBytes))
      if (config === undefined) return undefined
      return {path: filePath, ...configOptions(config, filePath)}
    } catch (error) {
      return error as Error
    }
  }
}

/** Whether there is something at `filePath` (a dangling symbolic link is nothing, as for unified-engine). */
function exists(filePath: string): boolean {
  try {
    fs.statSync(filePath)
    return true
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    // A missing file, or a part of the path that is not a folder, is no config.
    if (code === 'ENOENT' || code === 'ENOTDIR') return false
    // Anything else is a config that cannot be read: reading it says why.
    return true
  }
}

function readText(filePath: string, maxBytes: number): string {
  try {
    // A byte order mark is no part of JSON or YAML.
    return readRegularFile(filePath, maxBytes).bytes.toString('utf8').replace(/^\uFEFF/u, '')
  } catch (error) {
    throw new Error('Cannot read config file `' + filePath + '`: ' + (error as Error).message)
  }
}

/**
 * The config in a file's text: YAML by its extension, JSON otherwise; for
 * `package.json`, its `houseStyle` field (`undefined` without one).
 */
function parseConfig(filePath: string, text: string): unknown {
  const extension = path.extname(filePath).toLowerCase()
  if (extension === '.yaml' || extension === '.yml') {
    let document: unknown
    try {
      document = YAML.parse(text)
    } catch (error) {
      const place = (error as {linePos?: Array<{line: number; col: number}>}).linePos?.[0]
      throw new Error('Cannot parse config file `' + filePath + '`: not valid YAML' + (place ? ' (line ' + place.line + ', column ' + place.col + ')' : ''))
    }
    // An empty YAML file is an empty config.
    return document ?? {}
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new Error('Cannot parse config file `' + filePath + '`: not valid JSON' + jsonErrorPlace(text, error))
  }
  if (path.basename(filePath) !== 'package.json') return data
  if (typeof data !== 'object' || data === null || !Object.hasOwn(data, configNames.packageField)) return undefined
  return (data as Record<string, unknown>)[configNames.packageField]
}

/**
 * Plugin (the CLI): the preset with the options of the config that applies
 * to each file, as `optionsFor` gives them. The preset is set up once per
 * options object (its rules, its style): `fileOptions` gives one per config
 * and set of matching overrides, shared by every file under it and by the
 * copies `--fix` lints. `preset` is the house style's (a test counts).
 */
export function presetPerConfig(
  optionsFor: (file: VFile) => Options,
  preset: (this: Processor<Root>, options: Options) => Transformer = retextHouseStyle as unknown as (this: Processor<Root>, options: Options) => Transformer
): Plugin<[], Root> {
  const transformers = new WeakMap<Options, Transformer>()
  return function () {
    const processor = this as unknown as Processor<Root>
    return async function (tree, file) {
      const options = optionsFor(file)
      let transformer = transformers.get(options)
      if (!transformer) {
        transformer = preset.call(processor, options)
        transformers.set(options, transformer)
      }
      await transformer(tree, file)
    }
  }
}

export type Transformer = (tree: Root, file: VFile) => Promise<undefined>
