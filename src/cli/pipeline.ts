/**
 * The lint of one file as the command line runs it: its config (with the
 * overrides that match it) and the command line's options over it, the
 * preset, disable comments, `--changed-since` and the fixes. Made the same
 * way in the main thread and in each `--jobs` worker (src/cli/worker.ts),
 * from plain settings that cross to a worker as they are.
 */
import path from 'node:path'
import {unified, type Plugin, type PluggableList, type Processor} from 'unified'
import type {VFile} from 'vfile'
import retextHouseStyleChangedSince from '../engine/changed.js'
import {ConfigFinder, presetPerConfig} from '../engine/config.js'
import retextHouseStyleControl from '../engine/control.js'
import {retextHouseStyleFix} from '../engine/fix.js'
import {fileOptions, withStyleAndRules} from '../engine/overrides.js'
import {defaultSegmentSize, retextHouseStylePieces} from '../engine/pieces.js'
import type {Options} from '../engine/preset.js'
import {rules} from '../engine/rules.js'

/** What the command line says about linting a file. */
export interface LintSettings {
  cwd: string
  style: string | undefined
  config: string | undefined
  detectConfig: boolean
  maxBytes: number
  maxFindings: number
  changedSince: string | undefined
  /** `--fix` or `--fix-dry-run`: fix the text (writing is the main thread's). */
  fixing: boolean
  /** `--only`: the rules to run, the others off. */
  only: Array<string> | undefined
}

export interface LintPipeline {
  configs: ConfigFinder
  /** A file's options: its config's, with the overrides that match it, and the command line's over them. */
  optionsFor(file: VFile): Options
  /** The plugins after the parser, up to the fixes. */
  plugins: PluggableList
}

export function lintPipeline(settings: LintSettings, onScript: (filePath: string) => undefined): LintPipeline {
  const configs = new ConfigFinder({maxBytes: settings.maxBytes, configPath: settings.config, detect: settings.detectConfig, onScript})
  // One object per config and set of overrides, so the preset is set up once for each.
  const withCommandLine = new WeakMap<Options, Options>()
  function optionsFor(file: VFile): Options {
    const filePath = path.resolve(file.cwd, file.path || 'stdin')
    const given = fileOptions(configs.configFor(filePath), filePath, file.value)
    let options = withCommandLine.get(given)
    if (!options) {
      const others = settings.only && Object.fromEntries(rules.filter((rule) => !settings.only!.includes(rule.meta.id)).map((rule) => [rule.meta.id, 'off' as const]))
      options = {...withStyleAndRules(given, settings.style, others), maxFindings: settings.maxFindings}
      withCommandLine.set(given, options)
    }
    return options
  }
  // After the rules: disable comments, then the changed-lines filter, then fixes.
  const plugins: PluggableList = [presetPerConfig(optionsFor) as Plugin, retextHouseStyleControl]
  if (settings.changedSince !== undefined) plugins.push([retextHouseStyleChangedSince, settings.changedSince])
  if (settings.fixing) plugins.push(retextHouseStyleFix)
  return {configs, optionsFor, plugins}
}

/** The parser the CLI reads every file with: by extension, long files in pieces. */
export function lintParser(settings: Pick<LintSettings, 'maxBytes'>): Processor {
  return unified().use(retextHouseStylePieces, {maxSize: settings.maxBytes, segmentSize: defaultSegmentSize}) as unknown as Processor
}
