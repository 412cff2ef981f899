/**
 * The GitHub Action's lint step, run here as GitHub runs it: its script with
 * the inputs in the environment and the action's folder as this package.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'

const root = fileURLToPath(new URL('../', import.meta.url))
const action = parse(fs.readFileSync(path.join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, {default: string}>
  runs: {using: string; steps: Array<{name?: string; run?: string; env?: Record<string, string>}>}
}

function lintStep(inputs: Record<string, string>, cwd: string) {
  const step = action.runs.steps.find((candidate) => candidate.name === 'Lint')!
  const env: Record<string, string> = {...(process.env as Record<string, string>), GITHUB_ACTION_PATH: root}
  for (const [name, expression] of Object.entries(step.env ?? {})) {
    const input = /inputs\.([\w-]+)/.exec(expression)![1]!
    env[name] = inputs[input] ?? action.inputs[input]!.default
  }
  return spawnSync('bash', ['-e', '-c', step.run!], {cwd, env, encoding: 'utf8'})
}

describe('action.yml', () => {
  it('is a composite action with documented inputs', () => {
    expect(action.runs.using).toBe('composite')
    expect(Object.keys(action.inputs).sort()).toEqual(['args', 'changed-since', 'files', 'report'])
  })

  it('annotates changed lines of a pull request and fails on errors', () => {
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'house-style-action-'))
    fs.mkdirSync(path.join(cwd, 'stories'))
    fs.writeFileSync(path.join(cwd, 'stories/a.md'), '# Old ISIL headline\n')
    const git = (...args: Array<string>) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], {cwd, stdio: 'ignore'})
    git('init', '-q')
    git('add', '.')
    git('commit', '-qm', 'old')
    fs.appendFileSync(path.join(cwd, 'stories/a.md'), '\nNew ISIL copy.\n')
    const result = lintStep({files: 'stories', 'changed-since': 'HEAD'}, cwd)
    expect(result.status).toBe(1)
    expect(result.stdout).toContain('::error file=stories/a.md,line=3,col=5')
    expect(result.stdout).not.toContain('line=1,')
  })

  it('passes inputs as data, never as shell code', () => {
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'house-style-action-'))
    fs.writeFileSync(path.join(cwd, 'a.txt'), 'Fine copy.\n')
    lintStep({files: 'a.txt $(touch pwned) `touch pwned2`', args: '--frail;touch pwned3'}, cwd)
    expect(fs.readdirSync(cwd)).toEqual(['a.txt'])
    // Nor is a ref read as an option, by our CLI or by git.
    const result = lintStep({files: 'a.txt', 'changed-since': '--output=pwned4'}, cwd)
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('`--output=pwned4` is not a commit')
    expect(fs.readdirSync(cwd)).toEqual(['a.txt'])
  })
})
