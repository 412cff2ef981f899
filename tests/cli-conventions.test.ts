/**
 * What a newcomer from ESLint, textlint or Vale expects of the command line:
 * unmatched patterns fail, standard input as a named file, colour by the
 * environment, and the small commands (`--init`, `--print-config`,
 * `--list-rules`, `--only`, `--output-file`). One line per bad config is
 * tests/hostile.test.ts's.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {bin, project, runCli} from './cli-project.js'

const draft = 'ISIL fighters held the town, U.N. officials said.\n'
const fixed = 'ISIS fighters held the town, UN officials said.\n'

type Report = Array<{path: string; messages: Array<{ruleId: string; fatal?: boolean}>}>

function ruleIds(stdout: string): Array<string> {
  return (JSON.parse(stdout) as Report).flatMap((file) => file.messages.map((message) => message.ruleId))
}

describe('patterns that name no article', () => {
  it('exit 2 with the pattern named, a mistyped glob or an empty folder, unless allowed', () => {
    const cwd = project({'stories/a.txt': draft, 'empty/notes.json': '{}'})
    const glob = runCli(cwd, ['storiez/**/*.txt'])
    expect(glob.code).toBe(2)
    expect(glob.stderr).toContain('No files matching the pattern `storiez/**/*.txt`')
    const folder = runCli(cwd, ['empty'])
    expect(folder.code).toBe(2)
    expect(folder.stderr).toContain('No files matching the pattern `empty`')
    // One good pattern does not hide a bad one.
    const mixed = runCli(cwd, ['stories', 'storiez/*.txt'])
    expect(mixed.code).toBe(2)
    expect(mixed.stderr).toContain('`storiez/*.txt`')
    const allowed = runCli(cwd, ['--no-error-on-unmatched-pattern', '-r', 'json', 'stories', 'storiez/**/*.txt'])
    expect(allowed.code).toBe(1)
    expect(ruleIds(allowed.stdout)).toEqual(['group-names', 'abbreviations'])
    expect(runCli(cwd, ['--no-error-on-unmatched-pattern', 'empty']).code).toBe(0)
  })
})

describe('standard input', () => {
  it('is linted as the file --stdin-filepath names: its format and its config', () => {
    const markdown = '# Notes\n\n```\nISIL\n```\n\nU.N. staff left.\n'
    const cwd = project({'desk/.housestylerc.json': JSON.stringify({rules: {abbreviations: 'off'}})})
    // As plain text the code block is prose; as Markdown it is not.
    expect(ruleIds(runCli(cwd, ['-r', 'json'], {input: markdown}).stdout)).toEqual(['group-names', 'abbreviations'])
    expect(ruleIds(runCli(cwd, ['-r', 'json', '--stdin-filepath', 'story.md'], {input: markdown}).stdout)).toEqual(['abbreviations'])
    // The config of the folder the path is in applies.
    const inDesk = runCli(cwd, ['-r', 'json', '--stdin-filepath', 'desk/story.md'], {input: markdown})
    expect(ruleIds(inDesk.stdout)).toEqual([])
    expect((JSON.parse(inDesk.stdout) as Report)[0]!.path).toBe('desk/story.md')
  })

  it('with --fix, gives the fixed text on stdout and the report on stderr', () => {
    const cwd = project({})
    const result = runCli(cwd, ['--fix'], {input: draft})
    expect(result.stdout).toBe(fixed)
    expect(result.code).toBe(0)
    const html = runCli(cwd, ['--fix', '--stdin-filepath', 'a.html'], {input: '<p>ISIL &amp; U.N. staff</p>\n'})
    expect(html.stdout).toBe('<p>ISIS &amp; UN staff</p>\n')
    // A report on stdout would be mixed with the text.
    const mixed = runCli(cwd, ['--fix', '-r', 'json'], {input: draft})
    expect(mixed.code).toBe(2)
    expect(mixed.stderr).toContain('--output-file')
    const report = path.join(cwd, 'report.json')
    const separate = runCli(cwd, ['--fix', '-r', 'json', '-o', report], {input: draft})
    expect(separate.stdout).toBe(fixed)
    expect(JSON.parse(fs.readFileSync(report, 'utf8'))).toHaveLength(1)
  })
})

describe('colour', () => {
  const ansi = /\u001B\[\d+m/u
  function withEnv(env: Record<string, string | undefined>, args: Array<string>) {
    const cwd = project({'a.txt': draft})
    const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NO_COLOR' && key !== 'FORCE_COLOR'))
    return spawnSync(process.execPath, [bin, ...args, 'a.txt'], {cwd, encoding: 'utf8', env: {...clean, ...env}}).stderr
  }

  it('follows FORCE_COLOR in a pipe, and --no-color over it', () => {
    expect(withEnv({}, [])).not.toMatch(ansi)
    expect(withEnv({FORCE_COLOR: '1'}, [])).toMatch(ansi)
    expect(withEnv({FORCE_COLOR: '0'}, [])).not.toMatch(ansi)
    expect(withEnv({FORCE_COLOR: '1'}, ['--no-color'])).not.toMatch(ansi)
  })

  it.skipIf(spawnSync('script', ['--version']).status !== 0)('follows NO_COLOR on a terminal', () => {
    const cwd = project({'a.txt': draft})
    const onTerminal = (env: Record<string, string>) => {
      const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NO_COLOR' && key !== 'FORCE_COLOR'))
      return spawnSync('script', ['-qec', "'" + process.execPath + "' '" + bin + "' a.txt", '/dev/null'], {cwd, encoding: 'utf8', env: {...clean, ...env}}).stdout
    }
    expect(onTerminal({})).toMatch(ansi)
    expect(onTerminal({NO_COLOR: '1'})).not.toMatch(ansi)
  })
})

describe('--output-file', () => {
  it('writes the report to the file, without colour, and nothing of it to the terminal', () => {
    const cwd = project({'a.txt': draft})
    // A target that cannot be written is an error before any lint, not a lost report.
    const folder = runCli(cwd, ['-o', '.', 'a.txt'])
    expect(folder.code).toBe(1)
    expect(folder.stderr).toContain('cannot write the report to')
    const written = runCli(cwd, ['-o', 'out/report.txt', 'a.txt'], {env: {...process.env, FORCE_COLOR: '1'}})
    expect(written.code).toBe(1)
    expect(written.stderr).toBe('')
    const report = fs.readFileSync(path.join(cwd, 'out/report.txt'), 'utf8')
    expect(report).toContain('Use `ISIS`, not `ISIL`')
    expect(report).not.toMatch(/\u001B\[/u)
    const json = runCli(cwd, ['-r', 'sarif', '--output-file', 'report.sarif', 'a.txt'])
    expect(json.stdout).toBe('')
    expect((JSON.parse(fs.readFileSync(path.join(cwd, 'report.sarif'), 'utf8')) as {runs: Array<{results: Array<unknown>}>}).runs[0]!.results).toHaveLength(2)
  })
})

describe('--only and --list-rules', () => {
  it('--only runs the named rules and no others; an unknown id is a usage error', () => {
    const cwd = project({'a.txt': draft})
    expect(ruleIds(runCli(cwd, ['-r', 'json', '--only', 'abbreviations', 'a.txt']).stdout)).toEqual(['abbreviations'])
    expect(ruleIds(runCli(cwd, ['-r', 'json', '--only', 'abbreviations,group-names', 'a.txt']).stdout)).toEqual(['group-names', 'abbreviations'])
    const unknown = runCli(cwd, ['--only', 'abbreviation', 'a.txt'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('unknown `abbreviation`')
  })

  it('--list-rules gives each rule once: id, the style’s severity, whether it fixes, what it checks', () => {
    const cwd = project({})
    const lines = runCli(cwd, ['--list-rules']).stdout.trimEnd().split('\n')
    expect(lines.length).toBeGreaterThanOrEqual(14)
    const row = (list: Array<string>, id: string) => list.find((line) => line.startsWith(id + ' '))?.split(/\s{2,}/u)
    expect(row(lines, 'group-names')).toEqual(['group-names', 'error', 'fix', expect.stringContaining('ISIS')])
    expect(row(lines, 'figure-attribution')?.slice(0, 3)).toEqual(['figure-attribution', 'info', '-'])
    // The Guardian's style turns name particles off.
    expect(row(lines, 'name-particles')?.[1]).toBe('warn')
    expect(row(runCli(cwd, ['--list-rules', '--style', 'guardian']).stdout.split('\n'), 'name-particles')?.[1]).toBe('off')
  })
})

describe('--init and --print-config', () => {
  it('--init writes a starter config that loads, and never overwrites one', () => {
    const cwd = project({'sport/match.txt': 'Ali Hassan scored. Later, Ali Hassan left.\n', 'news/a.txt': draft})
    const init = runCli(cwd, ['--init'])
    expect(init.code).toBe(0)
    const config = path.join(cwd, '.housestylerc.json')
    const written = fs.readFileSync(config, 'utf8')
    expect(JSON.parse(written)).toMatchObject({style: 'the-national'})
    expect(runCli(cwd, ['-r', 'json', 'news/a.txt']).code).toBe(1)
    const sport = JSON.parse(runCli(cwd, ['--print-config', 'sport/match.txt']).stdout) as {config: string; style: {name: string}}
    expect(sport).toMatchObject({config, style: {name: 'sport'}})
    const again = runCli(cwd, ['--init'])
    expect(again.code).toBe(1)
    expect(again.stderr).toBe('house-style: `' + config + '` exists: not overwritten\n')
    expect(fs.readFileSync(config, 'utf8')).toBe(written)
  })

  it('--print-config shows the config, the style and each rule as they apply to that file', () => {
    const cwd = project({
      '.housestylerc.json': JSON.stringify({rules: {abbreviations: 'warn'}, overrides: [{files: ['opinion/**'], rules: {'group-names': 'off'}, style: 'guardian'}]}),
      'news/a.txt': draft
    })
    const news = JSON.parse(runCli(cwd, ['--print-config', 'news/a.txt']).stdout) as {file: string; config: string; style: {name: string}; rules: Record<string, unknown>; data: object}
    expect(news).toMatchObject({file: 'news/a.txt', config: path.join(cwd, '.housestylerc.json'), style: {name: 'the-national'}})
    expect(news.rules).toMatchObject({abbreviations: 'warn', 'group-names': 'error'})
    expect(news.data).toEqual({})
    // A file not yet written still has a config.
    const opinion = JSON.parse(runCli(cwd, ['--print-config', 'opinion/new.txt']).stdout) as typeof news
    expect(opinion).toMatchObject({style: {name: 'guardian'}, rules: {'group-names': 'off', abbreviations: 'warn'}, data: {honorifics: {laterMention: 'surname'}}})
    expect(JSON.parse(runCli(cwd, ['--print-config', 'news/a.txt', '--only', 'numbers']).stdout)).toMatchObject({rules: {numbers: 'warn', abbreviations: 'off'}})
  })
})
