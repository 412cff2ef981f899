/**
 * What a content repository's CI uses: `--fix` (atomic, layout kept,
 * idempotent), `--fix-dry-run`, SARIF and GitHub reports, `--changed-since`.
 * Driven through the real binary.
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import ajvDraft04 from 'ajv-draft-04'
import {describe, expect, it} from 'vitest'
import {project, runCli} from './cli-project.js'
import {stampOf, writeFix, type WriteFs} from '../src/cli/write.js'

const articles = fileURLToPath(new URL('../../shared/articles/', import.meta.url))
/** Only the naming rules, so the expectations do not move as rules are added. */
const config = JSON.stringify({rules: Object.fromEntries([['group-names', 'error'], ['abbreviations', 'warn']])})


const run = (cwd: string, args: Array<string>) => runCli(cwd, args)

const markdown = `---
title: "U.S. policy"
tags: [ISIL]
---

# ISIL  retreats

* U.S.-backed forces entered an **IS-held** pocket.
* Code \`ISIL\` stays.

<!-- house-style-ignore -->
ISIL stays here.
`

const html = `<!doctype html>
<html lang="en">
  <body>
    <article data-x="ISIL">
      <h1>ISIL   retreats</h1>
      <p>U.S.-backed forces,
         the <em>U.N.</em> said.</p>
    </article>
  </body>
</html>
`

describe('--fix', () => {
  it('fixes Markdown with front matter and HTML, changing nothing outside the fixes', () => {
    const cwd = project({'.housestylerc.json': config, 'a.md': markdown, 'b.html': html})
    const result = run(cwd, ['--fix', 'a.md', 'b.html'])
    expect(result.code).toBe(0)
    expect(fs.readFileSync(path.join(cwd, 'a.md'), 'utf8')).toBe(
      markdown.replace('# ISIL', '# ISIS').replace('* U.S.-backed', '* US-backed').replace('**IS-held**', '**ISIS-held**')
    )
    expect(fs.readFileSync(path.join(cwd, 'b.html'), 'utf8')).toBe(
      html.replace('<h1>ISIL', '<h1>ISIS').replace('<p>U.S.', '<p>US').replace('<em>U.N.</em>', '<em>UN</em>')
    )
    expect(result.stderr).toContain('a.md: 3 fixes applied')
    // Fixing again changes nothing and finds nothing fixable.
    const again = run(cwd, ['--fix', '-r', 'json', 'a.md', 'b.html'])
    expect(again.stderr).not.toContain('applied')
    const left = (JSON.parse(again.stdout) as Array<{messages: Array<{expected?: Array<string>}>}>).flatMap((file) => file.messages)
    expect(left.filter((message) => message.expected)).toEqual([])
  })

  it('prints a unified diff with --fix-dry-run and writes nothing', () => {
    const cwd = project({'.housestylerc.json': config, 'a.md': markdown})
    const result = run(cwd, ['--fix-dry-run', 'a.md'])
    expect(result.stdout).toContain('--- a.md\n+++ a.md\n')
    expect(result.stdout).toContain('-# ISIL  retreats\n+# ISIS  retreats\n')
    expect(fs.readFileSync(path.join(cwd, 'a.md'), 'utf8')).toBe(markdown)
  })

  it('leaves the original intact when the write fails at any step', () => {
    const cwd = project({'a.txt': 'original text\n'})
    const file = path.join(cwd, 'a.txt')
    const stamp = stampOf(fs.readFileSync(file), fs.statSync(file))
    const options = {roots: [cwd], maxBytes: 1e6}
    for (const step of ['writeSync', 'fsyncSync', 'renameSync'] as const) {
      const failing = {...fs, [step]: () => { throw Object.assign(new Error('disk full'), {code: 'ENOSPC'}) }} as unknown as WriteFs
      expect(() => writeFix(file, 'fixed text\n', stamp, options, failing)).toThrow('ENOSPC')
      expect(fs.readFileSync(file, 'utf8')).toBe('original text\n')
      expect(fs.readdirSync(cwd)).toEqual(['a.txt'])
    }
    writeFix(file, 'fixed text\n', stamp, options)
    expect(fs.readFileSync(file, 'utf8')).toBe('fixed text\n')
  })

  it('fixes a symbolic link’s target and keeps the link', () => {
    const cwd = project({'real.txt': 'The U.N. said.\n'})
    fs.symlinkSync('real.txt', path.join(cwd, 'link.txt'))
    run(cwd, ['--fix', 'link.txt'])
    expect(fs.lstatSync(path.join(cwd, 'link.txt')).isSymbolicLink()).toBe(true)
    expect(fs.readFileSync(path.join(cwd, 'real.txt'), 'utf8')).toBe('The UN said.\n')
  })

  it.skipIf(!fs.existsSync(articles))('fixes the seed draft to a fixed point: twice equals once, nothing fixable left', () => {
    const cwd = project({'draft.txt': fs.readFileSync(articles + 'hajin-unedited.txt', 'utf8')})
    run(cwd, ['--fix', 'draft.txt'])
    const once = fs.readFileSync(path.join(cwd, 'draft.txt'), 'utf8')
    const again = run(cwd, ['--fix', '-r', 'json', 'draft.txt'])
    expect(fs.readFileSync(path.join(cwd, 'draft.txt'), 'utf8')).toBe(once)
    const left = (JSON.parse(again.stdout) as Array<{messages: Array<{expected?: Array<string>}>}>).flatMap((file) => file.messages)
    expect(left.filter((message) => message.expected)).toEqual([])
  })
})

describe('reports', () => {
  it('writes SARIF 2.1.0 that validates against the schema, with rules and fixes', () => {
    const cwd = project({'.housestylerc.json': config, 'copy/a.md': markdown})
    const result = run(cwd, ['-r', 'sarif', 'copy/a.md'])
    const log = JSON.parse(result.stdout)
    const schema = JSON.parse(fs.readFileSync(fileURLToPath(import.meta.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json')), 'utf8'))
    // A CommonJS module: its class is the `default` of what Node hands over.
    const AjvDraft04 = (ajvDraft04 as unknown as {default: new (options: object) => {compile(schema: object): ((data: unknown) => boolean) & {errors?: unknown}}}).default
    const validate = new AjvDraft04({allErrors: true, strict: false, unicodeRegExp: false}).compile(schema)
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true)
    const [run0] = log.runs
    expect(run0.tool.driver.rules.map((rule: {id: string}) => rule.id)).toContain('group-names')
    const first = run0.results[0]
    expect(first).toMatchObject({
      ruleId: 'group-names',
      level: 'error',
      locations: [{physicalLocation: {artifactLocation: {uri: 'copy/a.md'}, region: {startLine: 6, startColumn: 3, endLine: 6, endColumn: 7}}}],
      // In Markdown, the fix is the edit of what changes: `ISIL` -> `ISIS` writes one letter.
      fixes: [
        {
          description: {text: 'Replace `ISIL` with `ISIS`'},
          artifactChanges: [{replacements: [{deletedRegion: {startLine: 6, startColumn: 6, endLine: 6, endColumn: 7}, insertedContent: {text: 'S'}}]}]
        }
      ]
    })
    expect(run0.tool.driver.rules[first.ruleIndex].id).toBe('group-names')
  })

  it('writes GitHub workflow annotations and a summary', () => {
    const cwd = project({'.housestylerc.json': config, 'a.md': markdown})
    const lines = run(cwd, ['-r', 'github', 'a.md']).stdout.trim().split('\n')
    expect(lines[0]).toBe('::error file=a.md,line=6,col=3,endLine=6,endColumn=7,title=house-style group-names::Use `ISIS`, not `ISIL` (fix: `ISIS`)')
    expect(lines).toContain('::warning file=a.md,line=8,col=3,endLine=8,endColumn=7,title=house-style abbreviations::Use `US`, not `U.S.` (fix: `US`)')
    expect(lines.at(-1)).toBe('house-style: 2 errors, 1 warning')
  })
})

describe('--changed-since', () => {
  it('reports only lines changed since a git ref, and all of a new file', () => {
    const cwd = project({'.housestylerc.json': config, 'old.txt': 'ISIL one.\n\nISIL two.\n\nISIL three.\n'})
    const git = (...args: Array<string>) => execFileSync('git', args, {cwd, stdio: 'ignore'})
    git('init', '-q')
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'add', '.')
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'legacy')
    fs.writeFileSync(path.join(cwd, 'old.txt'), 'ISIL one.\n\nISIL two, now with the U.N.\n\nISIL three.\n')
    fs.writeFileSync(path.join(cwd, 'new.txt'), 'ISIL new.\n')
    const result = run(cwd, ['-r', 'json', '--changed-since', 'HEAD', 'old.txt', 'new.txt'])
    const byFile = Object.fromEntries(
      (JSON.parse(result.stdout) as Array<{path: string; messages: Array<{line: number; actual: string}>}>).map((file) => [
        file.path,
        file.messages.map((message) => message.line + ' ' + message.actual)
      ])
    )
    expect(byFile).toEqual({'old.txt': ['3 ISIL', '3 U.N.'], 'new.txt': ['1 ISIL']})
    const bad = run(cwd, ['--changed-since', 'no-such-ref', 'old.txt'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('--changed-since: `no-such-ref` is not a commit in the git repository at ')
  })

  it('never hands a ref to git as an option or to a shell: refused, nothing written, exit 2 naming the ref', () => {
    const cwd = project({'a.txt': 'ISIL one.\n'})
    const git = (...args: Array<string>) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], {cwd, stdio: 'ignore'})
    git('init', '-q')
    git('add', '.')
    git('commit', '-qm', 'first')
    fs.writeFileSync(path.join(cwd, 'a.txt'), 'ISIL one.\n\nISIL two.\n')
    for (const ref of ['--output=pwned.txt', '-opwned.txt', '--exec=touch pwned', '--output', 'HEAD $(touch pwned)', 'HEAD `touch pwned`', 'a b', '']) {
      const result = run(cwd, ['--changed-since=' + ref, 'a.txt'])
      expect(result.code, ref).toBe(2)
      expect(result.stderr, ref).toContain('--changed-since: `' + ref + '` is not a commit')
      expect(fs.readdirSync(cwd).sort(), ref).toEqual(['.git', 'a.txt'])
    }
    // A ref given as the next argument that looks like an option is bad usage too.
    expect(run(cwd, ['--changed-since', '--output=pwned.txt', 'a.txt']).code).toBe(2)
    expect(fs.readdirSync(cwd).sort()).toEqual(['.git', 'a.txt'])
    // A good ref still works.
    expect(run(cwd, ['-r', 'json', '--changed-since=HEAD', 'a.txt']).stdout).toContain('"line":3')
  })
})
