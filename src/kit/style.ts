/**
 * House styles: which rules run, how severe they are, and the word tables
 * they read.
 *
 * A style is data. The built-in `the-national` style is the default; a style
 * can be given by name, as a path to a JSON file, or as an object, and can
 * extend another. Each rule's data is merged over the rule's own defaults
 * (objects merge key by key, arrays replace, `null` removes an entry), so a
 * newsroom style only lists what differs.
 */
import schema from './style.schema.json' with {type: 'json'}
import bbc from '../../rules/styles/bbc.json' with {type: 'json'}
import guardian from '../../rules/styles/guardian.json' with {type: 'json'}
import theNational from '../../rules/styles/the-national.json' with {type: 'json'}
import usAgency from '../../rules/styles/us-agency.json' with {type: 'json'}
import {jsonErrorPlace, readRegularFile} from './read.js'
import {builtin, onNode} from '../parse/platform.js'
import {validate} from './validate.js'

/** `info` is a suggestion: shown, never failing a run (`fatal` left unset on its messages). */
export type Severity = 'off' | 'info' | 'warn' | 'error'
export type RuleSetting = Severity | [Severity] | [Severity, Record<string, unknown>]

/** A style as written in a file or passed as an object. */
export interface StyleData {
  name: string
  description?: string
  /** Why, per rule id or topic: where the newsroom's guide is silent, or a rule is off. Read by people, not the linter. */
  notes?: Record<string, string>
  /** A built-in style name or a path, relative to the style file. */
  extends?: string
  rules?: Record<string, RuleSetting>
  data?: Record<string, Record<string, unknown>>
}

/** A style with everything it extends folded in. */
export interface Style {
  name: string
  /** Where it came from, for error messages. */
  source: string
  rules: Record<string, RuleSetting>
  data: Record<string, Record<string, unknown>>
}

export const defaultStyleName = 'the-national'

/**
 * The JSON Schema of a style file. Typed here, not as the JSON module, so the
 * declaration a TypeScript user reads imports no JSON (which `nodenext` rejects).
 */
export const styleSchema: Readonly<Record<string, unknown>> = schema

const builtIn: Record<string, StyleData> = {
  'the-national': theNational as StyleData,
  guardian: guardian as StyleData,
  bbc: bbc as StyleData,
  'us-agency': usAgency as unknown as StyleData
}

const loaded = new Map<string, Style>()
/** Style objects already resolved, by the object the caller passed. */
const resolvedObjects = new WeakMap<object, Style>()
/** Every resolved style, so passing one back in is free. */
const resolvedStyles = new WeakSet<object>()

/** Names of the styles that ship with the package. */
export function builtInStyles(): Array<string> {
  return Object.keys(builtIn)
}

/**
 * Resolve a style given by name, path or object.
 *
 * @param input
 *   Style name (`the-national`), path to a JSON file, style object, or an
 *   already resolved style.
 * @param base
 *   Folder that relative paths are resolved from (default: the cwd).
 */
export function loadStyle(input: string | StyleData | Style | undefined, base = onNode() ? process.cwd() : ''): Style {
  if (input === undefined) return loadStyle(defaultStyleName)
  if (typeof input === 'string') return loadNamed(input, base, [])
  if (resolvedStyles.has(input)) return input as Style
  let style = resolvedObjects.get(input)
  if (!style) {
    style = resolve(input, 'style object `' + String(input.name) + '`', base, [])
    resolvedObjects.set(input, style)
  }
  return style
}

function loadNamed(name: string, base: string, chain: Array<string>): Style {
  const builtInStyle = builtIn[name]
  if (!builtInStyle && !onNode()) {
    throw new Error('Cannot load style `' + name + '` here: expected one of ' + builtInStyles().map((known) => '`' + known + '`').join(', ') + ' or a style opened as a file')
  }
  const key = builtInStyle ? name : builtin('node:path').resolve(base, name)
  const cached = loaded.get(key)
  if (cached) return cached
  if (chain.includes(key)) {
    throw new Error('Cannot load style `' + name + '`: it extends itself (' + [...chain, key].join(' -> ') + ')')
  }
  let style: Style
  if (builtInStyle) {
    style = resolve(builtInStyle, 'built-in style `' + name + '`', base, [...chain, key])
  } else {
    const file = looksLikePackage(name) ? packageStyle(name, base) : looksLikePath(name) ? key : undefined
    if (file === undefined) {
      throw new Error(
        'Cannot find style `' + name + '`: expected one of ' +
          builtInStyles().map((known) => '`' + known + '`').join(', ') +
          ', a path to a JSON style file or an installed package whose main file is one'
      )
    }
    style = resolve(readStyleFile(file), '`' + file + '`', builtin('node:path').dirname(file), [...chain, key])
  }
  loaded.set(key, style)
  return style
}

/** `house-style-ours`, `@ours/house-style`: an npm package name, not a path. */
function looksLikePackage(name: string): boolean {
  return /^(?:@[a-z\d][\w.~-]*\/)?[a-z\d][\w.~-]*$/u.test(name) && !name.endsWith('.json')
}

/**
 * The JSON file an installed style package names as its main, found as Node
 * finds packages from `base`. Only JSON is read: a style package runs no code.
 */
function packageStyle(name: string, base: string): string | undefined {
  let file: string
  try {
    const path = builtin('node:path')
    file = builtin('node:module').createRequire(path.join(base, 'house-style.json')).resolve(name)
  } catch {
    return undefined
  }
  if (!file.endsWith('.json')) throw new Error('Cannot load style package `' + name + '`: its main file, `' + file + '`, is not a JSON style file')
  return file
}

function looksLikePath(name: string): boolean {
  return name.includes('/') || name.includes(builtin('node:path').sep) || name.endsWith('.json')
}

/** The largest style file read, in bytes (the CLI sets it to `--max-size`). */
let styleSizeLimit = 5e6

/**
 * Set the largest style file that is read, in bytes: a style named by a
 * config file in a content repo may be any file (`/dev/zero`).
 */
export function setStyleSizeLimit(bytes: number): undefined {
  styleSizeLimit = bytes
}

/**
 * The data of a style file: a regular file within the size limit, JSON, an
 * object with a `name`. The errors never quote the file, which may be any
 * file (`--style /etc/shadow`): only where JSON breaks, and which keys are
 * wrong once it looks like a style.
 */
function readStyleFile(file: string): unknown {
  let text: string
  try {
    text = readRegularFile(file, styleSizeLimit).bytes.toString('utf8')
  } catch (error) {
    throw new Error('Cannot read style file `' + file + '`: ' + (error as Error).message)
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new Error('Cannot parse style file `' + file + '`: not valid JSON' + jsonErrorPlace(text, error))
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || typeof (data as {name?: unknown}).name !== 'string') {
    throw new Error('Invalid style `' + file + '`: not a style (a JSON object with a `name`)')
  }
  return data
}

function resolve(data: unknown, source: string, base: string, chain: Array<string>): Style {
  // The built-in styles are checked by the test suite, not at every start.
  if (!chain.some((key) => builtIn[key] === data)) validate(schema, data, 'Invalid style ' + source)
  const style = data as StyleData
  const parent = style.extends ? loadNamed(style.extends, base, chain) : undefined
  const resolved: Style = {
    name: style.name,
    source,
    rules: {...parent?.rules, ...style.rules},
    data: merge(parent?.data ?? {}, style.data ?? {}) as Style['data']
  }
  resolvedStyles.add(resolved)
  return resolved
}

/**
 * Merge `override` into `base`: plain objects merge key by key, `null`
 * removes a key, anything else (arrays too) replaces.
 */
export function merge(base: Record<string, unknown>, override: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {...base}
  for (const [key, value] of Object.entries(override)) {
    const current = result[key]
    if (value === null) {
      delete result[key]
    } else if (isPlainObject(value) && isPlainObject(current)) {
      result[key] = merge(current, value)
    } else {
      result[key] = value
    }
  }
  return result
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
