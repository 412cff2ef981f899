/**
 * A config's `overrides`, as ESLint's: other options for some of the files
 * it governs, picked by path (`files`, globs relative to the config's
 * folder) or by a Markdown article's front matter (`section: sport`).
 *
 * An override's `style` replaces the config's, its `rules` are merged over
 * the config's (a severity alone keeps the options set below it, as in
 * ESLint), and later overrides win. The options of a file are one object
 * per config and set of matching overrides, so the preset is set up once
 * for all the files that share them (`presetPerConfig`).
 */
import path from 'node:path'
import {minimatch} from 'minimatch'
import YAML from 'yaml'
import {resolveRules, type Options} from './preset.js'
import {loadStyle, type RuleSetting, type StyleData} from '../kit/style.js'
import {formatOfPath} from '../parse/formats.js'

/** One entry of `overrides`, checked. */
export interface Override {
  /** Globs relative to the config's folder, any of which must match (absent: any path). */
  files: Array<string> | undefined
  /** Front matter sections, any of which must be the article's (absent: any article). */
  sections: Array<string> | undefined
  style: string | StyleData | undefined
  rules: Record<string, RuleSetting> | undefined
}

const overrideKeys = ['files', 'section', 'style', 'rules']

/**
 * Check `value`, a config's `overrides`, against the config's own options
 * (`base`, checked already); style paths are resolved from `folder`.
 *
 * @throws
 *   An error naming the key (`overrides[0].rules.honorifics`), without the file.
 */
export function checkOverrides(value: unknown, base: Options, folder: string): Array<Override> {
  if (!Array.isArray(value)) throw new Error('`overrides` must be an array, not ' + typeName(value))
  return value.map((entry: unknown, index) => checkOverride(entry, 'overrides[' + index + ']', base, folder))
}

function checkOverride(entry: unknown, key: string, base: Options, folder: string): Override {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    throw new Error('`' + key + '` must be an object, not ' + typeName(entry))
  }
  const fields = entry as Record<string, unknown>
  for (const name of Object.keys(fields)) {
    if (!overrideKeys.includes(name)) {
      throw new Error('Unknown key `' + key + '.' + name + '`: expected ' + overrideKeys.map((known) => '`' + known + '`').join(', '))
    }
  }
  if (fields['files'] === undefined && fields['section'] === undefined) {
    throw new Error('`' + key + '` must have `files`, `section` or both: which files it applies to')
  }
  const files = strings(fields['files'], key + '.files')
  for (const [index, pattern] of (files ?? []).entries()) {
    if (path.isAbsolute(pattern) || pattern.split(/[\\/]/).includes('..')) {
      throw new Error('`' + key + '.files[' + index + ']` must be a glob relative to the config file, within its folder, not `' + pattern + '`')
    }
  }
  const sections = strings(fields['section'], key + '.section')
  let style = fields['style'] as string | StyleData | undefined
  if (style !== undefined && typeof style !== 'string' && (typeof style !== 'object' || style === null || Array.isArray(style))) {
    throw new Error('`' + key + '.style` must be a style name, a path or a style object, not ' + typeName(style))
  }
  if (typeof style === 'string' && isPath(style)) style = path.resolve(folder, style)
  if (style !== undefined) {
    try {
      loadStyle(style, folder)
    } catch (error) {
      throw new Error('`' + key + '.style`: ' + (error as Error).message)
    }
  }
  const rules = fields['rules']
  if (rules !== undefined && (typeof rules !== 'object' || rules === null || Array.isArray(rules))) {
    throw new Error('`' + key + '.rules` must be an object, not ' + typeName(rules))
  }
  const override: Override = {files, sections, style, rules: rules as Record<string, RuleSetting> | undefined}
  try {
    resolveRules(applyOverrides(base, [override]), folder)
  } catch (error) {
    throw new Error(underKey((error as Error).message, key))
  }
  return override
}

/** An options error from `resolveRules` with its key put under `key`. */
function underKey(message: string, key: string): string {
  // The style's own checks name the style and its key.
  if (/^(Invalid style|Unknown rule or table|Cannot )/.test(message)) return '`' + key + '.style`: ' + message
  const keyed = message
    .replace(/^Invalid options for retext-house-style: `/, '`' + key + '.')
    .replace(/^Invalid options for rule `([^`]+)`: /, '`' + key + '.rules.$1`: ')
    .replace(/ in options `rules`/, ' in `' + key + '.rules`')
  return keyed === message ? '`' + key + '`: ' + message : keyed
}

/** A string or an array of non-empty strings, as an array. */
function strings(value: unknown, key: string): Array<string> | undefined {
  if (value === undefined) return undefined
  const list = typeof value === 'string' ? [value] : value
  if (!Array.isArray(list) || list.length === 0 || !list.every((item) => typeof item === 'string' && item !== '')) {
    throw new Error('`' + key + '` must be a string or a non-empty array of strings, not ' + typeName(value))
  }
  return list as Array<string>
}

export function isPath(value: string): boolean {
  return value.startsWith('.') || value.includes('/') || value.includes('\\') || value.endsWith('.json')
}

export function typeName(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return (typeof value === 'object' ? 'an ' : 'a ') + typeof value + ' (`' + JSON.stringify(value) + '`)'
}

/** `base` with each override over it in turn. */
function applyOverrides(base: Options, overrides: ReadonlyArray<Pick<Override, 'style' | 'rules'>>): Options {
  const options: Options = {...base}
  for (const override of overrides) {
    if (override.style !== undefined) options.style = override.style
    if (override.rules !== undefined) options.rules = mergeRules(options.rules ?? {}, override.rules)
  }
  return options
}

/**
 * `base` with a style and rule settings over it, as a config's `overrides`
 * lay them (a severity alone keeps the options below it): the command
 * line's `--style` and `--only`, an editor's settings.
 */
export function withStyleAndRules(base: Options, style: Override['style'], rules: Override['rules']): Options {
  return applyOverrides(base, [{style, rules}])
}

/** `higher` over `lower`, as ESLint merges: a severity alone keeps the options below it. */
function mergeRules(lower: Record<string, RuleSetting>, higher: Record<string, RuleSetting>): Record<string, RuleSetting> {
  const merged = {...lower}
  for (const [id, setting] of Object.entries(higher)) {
    const below = merged[id]
    const severity = typeof setting === 'string' ? setting : setting.length === 1 ? setting[0] : undefined
    merged[id] = severity !== undefined && Array.isArray(below) && below.length > 1 ? [severity, below[1]!] : setting
  }
  return merged
}

/** A config as the files under it see it. */
export interface OverriddenConfig {
  /** The config file; `undefined` when none was found. */
  path: string | undefined
  options: Options
  overrides: ReadonlyArray<Override>
}

/** Per config: the options of each set of matching overrides (by their indices), made once. */
const variants = new WeakMap<OverriddenConfig, Map<string, Options>>()

/**
 * The options for the file at `filePath` (absolute) under `config`: the
 * config's own object when no override matches it, else the same object for
 * every file that the same overrides match.
 *
 * @param value
 *   The file's content, for the front matter of a Markdown article.
 */
export function fileOptions(config: OverriddenConfig, filePath: string, value: string | Uint8Array | undefined): Options {
  if (config.overrides.length === 0 || config.path === undefined) return config.options
  const relative = path.relative(path.dirname(config.path), filePath).split(path.sep).join('/')
  const inside = relative !== '' && !relative.startsWith('../') && relative !== '..' && !path.isAbsolute(relative)
  let section: string | undefined | null = null
  const matched: Array<number> = []
  for (const [index, override] of config.overrides.entries()) {
    if (override.files && !(inside && override.files.some((pattern) => minimatch(relative, pattern, {dot: true, matchBase: true})))) continue
    if (override.sections) {
      if (section === null) section = formatOfPath(filePath) === 'markdown' && value !== undefined ? frontMatterSection(value) : undefined
      if (section === undefined || !override.sections.includes(section)) continue
    }
    matched.push(index)
  }
  if (matched.length === 0) return config.options
  let known = variants.get(config)
  if (!known) {
    known = new Map()
    variants.set(config, known)
  }
  const key = matched.join(',')
  let options = known.get(key)
  if (!options) {
    options = applyOverrides(
      config.options,
      matched.map((index) => config.overrides[index]!)
    )
    known.set(key, options)
  }
  return options
}

/** Style files named by path in a config and its overrides (their changes change its options). */
export function styleFilesOf(config: OverriddenConfig): Array<string> {
  return [config.options.style, ...config.overrides.map((override) => override.style)].filter(
    (style): style is string => typeof style === 'string' && path.isAbsolute(style)
  )
}

/** The front matter read, at most: a longer one is not read. */
const frontMatterLimit = 64 * 1024

/**
 * The `section` named in a Markdown article's YAML front matter (a leading
 * `---` block, as remark-frontmatter reads it), or `undefined`: no front
 * matter, no string `section`, or a front matter that does not parse.
 */
export function frontMatterSection(value: string | Uint8Array): string | undefined {
  const head =
    typeof value === 'string'
      ? value.slice(0, frontMatterLimit)
      : Buffer.from(value.buffer, value.byteOffset, Math.min(value.byteLength, frontMatterLimit)).toString('utf8')
  const text = head.replace(/^\uFEFF/u, '')
  const open = /^---[ \t]*\r?\n/.exec(text)
  if (!open) return undefined
  const rest = text.slice(open[0].length)
  const close = /^---[ \t]*\r?$/m.exec(rest)
  if (!close) return undefined
  try {
    const document = YAML.parseDocument(rest.slice(0, close.index))
    if (document.errors.length > 0) return undefined
    const data: unknown = document.toJS()
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined
    const section = (data as Record<string, unknown>)['section']
    return typeof section === 'string' ? section : undefined
  } catch {
    return undefined
  }
}
