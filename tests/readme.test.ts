/**
 * The README's examples, as a reader copies them: the quick start prints
 * what the README shows, and the configuration and style examples load.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('../', import.meta.url))
const bin = path.join(root, 'dist/bin/house-style.mjs')
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8')

/** The fenced blocks of `lang` in the README section headed `heading`. */
function blocks(heading: string, lang: string): Array<string> {
  const start = readme.indexOf('\n' + heading + '\n')
  expect(start, heading + ' in the README').toBeGreaterThan(-1)
  const rest = readme.slice(start + heading.length + 2)
  const end = rest.search(/\n#{1,3} /u)
  const section = end === -1 ? rest : rest.slice(0, end)
  return [...section.matchAll(new RegExp('```' + lang + '\\n([^]*?)```', 'gu'))].map((match) => match[1]!)
}

function run(cwd: string, args: Array<string>) {
  const result = spawnSync(process.execPath, [bin, ...args], {cwd, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

describe('README', () => {
  it('documents every option of `--help` in its table, and no other', () => {
    const longOptions = (text: string) => new Set([...text.matchAll(/(?<![\w-])--[a-z][a-z-]+/gu)].map((match) => match[0]))
    const help = longOptions(run(root, ['--help']).stdout)
    const start = readme.indexOf('\n## Command line\n')
    const table = readme.slice(start, readme.indexOf('\n## ', start + 1)).split('\n').filter((line) => line.startsWith('| `-'))
    const documented = longOptions(table.map((line) => line.split(' | ')[0]).join(' '))
    expect([...documented].sort()).toEqual([...help].sort())
  })

  it('quick start: lints an article with the default style and no config, as shown', () => {
    const [commands] = blocks('## Quick start', 'sh')
    const [shown] = blocks('## Quick start', 'txt')
    const printf = /^printf '([^']*)' > (\S+)$/mu.exec(commands!)
    expect(printf, 'the quick start writes an article with printf').not.toBeNull()
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'house-style-readme-'))
    fs.writeFileSync(path.join(cwd, printf![2]!), printf![1]!.replaceAll('\\n', '\n'))
    const args = /^npx house-style (.+)$/mu.exec(commands!)![1]!.split(' ')
    const result = run(cwd, args)
    expect(result.code).toBe(1)
    expect(result.stderr.trim()).toBe(shown!.trim())
  })

  it('configuration and style examples load and lint', () => {
    const [config] = blocks('## Configuration', 'json')
    const [style] = blocks('### Styles', 'json')
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'house-style-readme-'))
    const styleFile = (JSON.parse(config!) as {style: string}).style
    fs.writeFileSync(path.join(cwd, '.housestylerc.json'), config!)
    fs.writeFileSync(path.join(cwd, styleFile), style!)
    fs.writeFileSync(path.join(cwd, 'article.txt'), 'ISIL fighters and a Ph.D. student.\n')
    const result = run(cwd, ['--report', 'json', 'article.txt'])
    expect(result.stderr).toBe('')
    const messages = (JSON.parse(result.stdout) as Array<{messages: Array<{ruleId: string; actual: string}>}>).flatMap((file) => file.messages)
    // The style's own tables: the group is `Isis`, `Ph.D.` is an abbreviation.
    expect(messages.map((message) => message.ruleId + ' ' + message.actual)).toEqual(['group-names ISIL', 'abbreviations Ph.D.'])
  })
})
