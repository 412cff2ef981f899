/**
 * The `house-style` binary, run as a user runs it: from their own folder,
 * with or without config and ignore files.
 */
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {bin, project, runCli} from './cli-project.js'

const draft = 'ISIL fighters held the town, U.N. officials said.\n'


function run(cwd: string, args: Array<string>, input?: string) {
  return runCli(cwd, args, {input})
}

function jsonMessages(stdout: string): Array<{ruleId: string; line: number; column: number; actual: string; expected: Array<string>; fatal: boolean}> {
  return (JSON.parse(stdout) as Array<{messages: []}>).flatMap((file) => file.messages)
}

describe('house-style CLI', () => {
  it('is built', () => {
    expect(fs.existsSync(bin), 'run `npm run build` first').toBe(true)
  })

  it('lints a text file with the default style and no config', () => {
    const cwd = project({'article.txt': draft})
    const result = run(cwd, ['article.txt'])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('1:1-1:5')
    expect(result.stderr).toContain('Use `ISIS`, not `ISIL`')
    expect(result.stderr).toContain('group-names')
    expect(result.stderr).toContain('2 errors')
    expect(result.stdout).toBe('')
  })

  it('never fails a run on information, even with --frail', () => {
    const cwd = project({'article.txt': 'Talks went on to the the end.\n', '.housestylerc.json': JSON.stringify({rules: {'repeated-words': 'info'}})})
    for (const args of [['article.txt'], ['--frail', 'article.txt']]) {
      const result = run(cwd, args)
      expect(result.code).toBe(0)
      expect(result.stderr).toContain('repeated-words')
      expect(result.stderr).toMatch(/ info .*repeated-words/)
    }
  })

  it('prints vfile-reporter-json on stdout with --report json', () => {
    const cwd = project({'article.txt': draft})
    const result = run(cwd, ['--report', 'json', 'article.txt'])
    expect(jsonMessages(result.stdout).map((message) => [message.ruleId, message.line, message.column, message.actual, message.expected])).toEqual([
      ['group-names', 1, 1, 'ISIL', ['ISIS']],
      ['abbreviations', 1, 30, 'U.N.', ['UN']]
    ])
  })

  it('reads config from .housestylerc.json, .housestylerc.yaml, .housestylerc and package.json', () => {
    const off = {rules: {'group-names': 'off', abbreviations: 'warn'}}
    for (const [name, value] of [
      ['.housestylerc.json', JSON.stringify(off)],
      ['.housestylerc', JSON.stringify(off)],
      ['.housestylerc.yaml', 'rules:\n  group-names: off\n  abbreviations: warn\n'],
      ['package.json', JSON.stringify({name: 'copy', houseStyle: off})]
    ] as const) {
      const cwd = project({[name]: value, 'copy/article.txt': draft})
      const result = run(cwd, ['--report', 'json', 'copy/article.txt'])
      expect(jsonMessages(result.stdout).map((message) => [message.ruleId, message.fatal]), name).toEqual([['abbreviations', false]])
      expect(result.code, name).toBe(0)
    }
  })

  it('exits 1 on warnings with --frail', () => {
    const cwd = project({'.housestylerc': JSON.stringify({rules: {'group-names': 'warn', abbreviations: 'warn'}}), 'a.txt': draft})
    expect(run(cwd, ['a.txt']).code).toBe(0)
    expect(run(cwd, ['--frail', 'a.txt']).code).toBe(1)
  })

  it('resolves a style path relative to the config file and takes --style over it', () => {
    const cwd = project({
      '.housestylerc.json': JSON.stringify({style: './styles/ours.json'}),
      'styles/ours.json': JSON.stringify({name: 'ours', extends: 'the-national', rules: {abbreviations: 'off'}}),
      'copy/a.txt': draft
    })
    expect(jsonMessages(run(cwd, ['-r', 'json', 'copy/a.txt']).stdout).map((message) => message.ruleId)).toEqual(['group-names'])
    expect(jsonMessages(run(cwd, ['-r', 'json', '--style', 'the-national', 'copy/a.txt']).stdout).filter((message) => ['group-names', 'abbreviations'].includes(message.ruleId))).toHaveLength(2)
  })

  it('names the file and key of a bad config, and goes on with nothing written', () => {
    const cwd = project({'.housestylerc.json': JSON.stringify({rules: {'group-names': 'loud'}}), 'a.txt': draft})
    const result = run(cwd, ['a.txt'])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('Invalid configuration in `' + path.join(fs.realpathSync(cwd), '.housestylerc.json') + '`: `rules.group-names` must be one of "off", "info", "warn", "error"')
    expect(fs.readFileSync(path.join(cwd, 'a.txt'), 'utf8')).toBe(draft)
  })

  it('searches folders for articles and honours .housestyleignore', () => {
    const cwd = project({
      '.housestyleignore': 'archive/\n',
      'copy/one.txt': draft,
      'copy/two.md': draft,
      'copy/three.html': draft,
      'copy/image.png': draft,
      'archive/old.txt': draft
    })
    const files = (JSON.parse(run(cwd, ['-r', 'json', '.']).stdout) as Array<{path: string}>).map((file) => file.path)
    expect(files.sort()).toEqual(['copy/one.txt', 'copy/three.html', 'copy/two.md'])
  })

  it('reads stdin when no path is given', () => {
    const result = run(project({}), ['-r', 'json'], draft)
    expect(jsonMessages(result.stdout).map((message) => message.ruleId)).toEqual(['group-names', 'abbreviations'])
  })

  it('fails clearly on a missing file, an unknown option or reporter', () => {
    const cwd = project({})
    const missing = run(cwd, ['nope.txt'])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('No such file or folder')
    const option = run(cwd, ['--loud'])
    expect(option.code).toBe(2)
    expect(option.stderr).toContain("Unknown option '--loud'")
    const reporter = run(cwd, ['-r', 'xml', 'a.txt'])
    expect(reporter.code).toBe(2)
    expect(reporter.stderr).toContain('unknown reporter `xml`: expected one of `pretty`, `json`, `sarif`, `github`')
  })

  it('reports a binary file clearly, goes on with the others and fixes nothing in it', () => {
    const binary = Buffer.from([0x49, 0x53, 0x49, 0x4c, 0x00, 0xff, 0xfe, 0x55, 0x2e, 0x53, 0x2e])
    const cwd = project({'good.txt': draft})
    fs.writeFileSync(path.join(cwd, 'bad.txt'), binary)
    const result = run(cwd, ['--fix', '-r', 'json', 'bad.txt', 'good.txt'])
    const files = JSON.parse(result.stdout) as Array<{path: string; messages: Array<{ruleId: string; fatal: boolean; reason: string}>}>
    expect(files.find((file) => file.path === 'bad.txt')!.messages).toMatchObject([{ruleId: 'binary-file', fatal: true}])
    expect(result.code).toBe(1)
    expect(fs.readFileSync(path.join(cwd, 'bad.txt'))).toEqual(binary)
    expect(fs.readFileSync(path.join(cwd, 'good.txt'), 'utf8')).not.toBe(draft)
  })

  it('shows help and version', () => {
    expect(run(project({}), ['--help']).stdout).toContain('Usage: house-style')
    expect(run(project({}), ['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/)
  })
})
