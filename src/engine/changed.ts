/**
 * `--changed-since <ref>`: keep only findings on lines changed since a git
 * ref, so a repository with years of legacy copy can lint new work only.
 *
 * Asks git for the diff of each file against the ref (working tree included)
 * and reads the hunks with the `diff` package; a file git does not track is
 * new, so all of it counts as changed.
 *
 * The ref is user text: it is checked to be a commit first
 * (`git rev-parse --verify --end-of-options REF^{commit}`), git gets the
 * commit's id rather than the ref, and every command that takes user text
 * has `--end-of-options` and `--` before it, so a ref such as
 * `--output=FILE` is never read as an option (it would make git write FILE).
 */
import {execFileSync} from 'node:child_process'
import path from 'node:path'
import {parsePatch} from 'diff'
import type {Root} from 'nlcst'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {source} from '../kit/rule.js'

/**
 * The commit `ref` names in the repository at `cwd`; throws an error that
 * names the ref when it names none (or is not a ref at all).
 */
export function commitOf(ref: string, cwd: string): string {
  try {
    const commit = execFileSync('git', ['rev-parse', '--verify', '--quiet', '--end-of-options', ref + '^{commit}'], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe']
    }).trim()
    if (/^[\da-f]{40,64}$/u.test(commit)) return commit
  } catch {
    // Not a commit here, or not a repository: said below.
  }
  throw new Error('`' + ref + '` is not a commit in the git repository at ' + cwd)
}

/** Lines changed since `ref` in `filePath` (1-indexed), or `all` for a new file. */
export function changedLines(ref: string, filePath: string): Set<number> | 'all' {
  const cwd = path.dirname(filePath)
  const name = path.basename(filePath)
  try {
    execFileSync('git', ['ls-files', '--error-unmatch', '--', name], {cwd, stdio: 'ignore'})
  } catch {
    return 'all'
  }
  let commit: string
  try {
    commit = commitOf(ref, cwd)
  } catch (error) {
    throw new Error('Cannot compare with ' + (error as Error).message)
  }
  let patch: string
  try {
    patch = execFileSync('git', ['diff', '--no-color', '--no-ext-diff', '--no-textconv', '--unified=0', '--end-of-options', commit, '--', name], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 256 * 1024 * 1024
    })
  } catch (error) {
    const stderr = String((error as {stderr?: unknown}).stderr ?? '').trim()
    throw new Error('Cannot compare with `' + ref + '`: ' + (stderr || (error as Error).message))
  }
  const lines = new Set<number>()
  for (const file of parsePatch(patch)) {
    for (const hunk of file.hunks) {
      for (let line = hunk.newStart; line < hunk.newStart + hunk.newLines; line++) lines.add(line)
    }
  }
  return lines
}

/**
 * Plugin, after the rules: drop findings on lines not changed since `ref`.
 */
const retextHouseStyleChangedSince: Plugin<[string], Root> = function (ref) {
  // Fix passes lint the same file again: ask git once per file.
  const cache = new Map<string, Set<number> | 'all'>()
  return function (_tree, file: VFile) {
    if (!file.path) return
    const filePath = path.resolve(file.cwd, file.path)
    let changed = cache.get(filePath)
    if (!changed) {
      changed = changedLines(ref, filePath)
      cache.set(filePath, changed)
    }
    if (changed === 'all') return
    file.messages = file.messages.filter(
      (message) => message.source !== source || (message.line !== undefined && message.line !== null && changed.has(message.line))
    )
  }
}

export default retextHouseStyleChangedSince
