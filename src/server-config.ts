/**
 * Which config file applies to a document in the language server: the
 * CLI's names, but JSON and YAML only.
 *
 * Left to search on its own, unified-engine also imports `.housestylerc.js`,
 * `.cjs` and `.mjs`, which runs code from any folder the editor opens a
 * `.txt` in. So the server finds the file itself, from the document's
 * folder upwards as unified-engine does, skips script configs (saying so)
 * and anything that is not a regular file (a FIFO would block the read, a
 * link to `/dev/zero` never end), and hands the engine the one file found
 * as `rcPath`.
 */
import fs from 'node:fs'
import path from 'node:path'
import {configNames} from './config.js'

/** Config names read, in unified-engine's order within a folder. */
const dataConfigNames = ['', '.json', '.yaml', '.yml'].map((extension) => configNames.rcName + extension)
/** Config names never read: they are code. */
const scriptConfigNames = ['.cjs', '.mjs', '.js'].map((extension) => configNames.rcName + extension)

/** Every name whose change can change a document's config or ignore status. */
export const watchedNames = [...dataConfigNames, ...scriptConfigNames, 'package.json', configNames.ignoreName]

/** A larger `package.json` is not read for a `houseStyle` field. */
const maxPackageBytes = 1024 * 1024

export interface ConfigSearch {
  /** The config file to use, if any. */
  file: string | undefined
  /** Why files that were found are not used, one line each. */
  notices: Array<string>
}

/** The config file for a document in `folder`, searching upwards. */
export function findConfig(folder: string): ConfigSearch {
  const notices: Array<string> = []
  for (let current = path.resolve(folder); ; current = path.dirname(current)) {
    for (const name of scriptConfigNames) {
      const file = path.join(current, name)
      if (fs.existsSync(file)) notices.push('`' + file + '` is not read: the language server never runs code from a folder; use `' + configNames.rcName + '.json` or `.yaml`')
    }
    for (const name of dataConfigNames) {
      const file = path.join(current, name)
      const kind = fileKind(file)
      if (kind === 'file') return {file, notices}
      if (kind === 'other') notices.push('`' + file + '` is not read: it is not a regular file')
    }
    const packageFile = path.join(current, 'package.json')
    if (hasPackageConfig(packageFile)) return {file: packageFile, notices}
    if (path.dirname(current) === current) return {file: undefined, notices}
  }
}

function fileKind(file: string): 'file' | 'other' | undefined {
  const stats = fs.statSync(file, {throwIfNoEntry: false})
  if (!stats) return undefined
  return stats.isFile() ? 'file' : 'other'
}

/**
 * Whether `file` is a `package.json` with a `houseStyle` field. One that is
 * not JSON counts, so that the engine reports it, as the CLI does.
 */
function hasPackageConfig(file: string): boolean {
  const stats = fs.statSync(file, {throwIfNoEntry: false})
  if (!stats?.isFile() || stats.size > maxPackageBytes) return false
  try {
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown
    return data !== null && typeof data === 'object' && (data as Record<string, unknown>)[configNames.packageField] !== undefined
  } catch {
    return true
  }
}
