/**
 * The package as a user gets it: packed as `npm publish` would, installed
 * into a fresh project with `npm install`, and used there. The CLI on an
 * article, the README's API example, the language server's `initialize`, and
 * TypeScript under `nodenext` and `strict` without `skipLibCheck` (5.9, 6.0).
 *
 * Needs the npm registry (the package's dependencies are installed as a user
 * would, from npm's cache where it has them); the build is `npm test`'s.
 */
import {spawnSync, type SpawnSyncOptions} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {LspClient} from './server-client.js'

const root = fileURLToPath(new URL('../', import.meta.url))
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8')
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {name: string; version: string; bin: Record<string, string>; private?: boolean}

/** What a user installs beside the package to follow the README. */
const consumerDependencies = ['retext-english@5', 'unified@11', 'vfile@6', 'vfile-reporter@8', 'remark-parse@11', 'remark-retext@6', '@types/nlcst@2', 'typescript-5.9@npm:typescript@5.9', 'typescript-6.0@npm:typescript@6.0']

function sh(command: string, args: Array<string>, options: SpawnSyncOptions = {}) {
  const result = spawnSync(command, args, {encoding: 'utf8', maxBuffer: 64e6, ...options})
  return {code: result.status, stdout: String(result.stdout), stderr: String(result.stderr)}
}

/** The README's fenced `lang` blocks in the section headed `heading`. */
function readmeBlocks(heading: string, lang: string): Array<string> {
  const start = readme.indexOf('\n' + heading + '\n')
  const end = readme.indexOf('\n## ', start + 1)
  return [...readme.slice(start, end).matchAll(new RegExp('```' + lang + '\\n([^]*?)```', 'gu'))].map((match) => match[1]!)
}

let work: string
let consumer: string
let packed: {filename: string; files: Array<{path: string}>}

beforeAll(() => {
  work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'house-style-package-')))
  // The build is `npm test`'s own; packing again would only rebuild it.
  const pack = sh('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], {cwd: root})
  expect(pack.code, pack.stderr).toBe(0)
  packed = (JSON.parse(pack.stdout) as Array<typeof packed>)[0]!
  consumer = path.join(work, 'consumer')
  fs.mkdirSync(consumer)
  fs.writeFileSync(path.join(consumer, 'package.json'), JSON.stringify({name: 'consumer', private: true, type: 'module'}))
  const install = sh('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', path.join(work, packed.filename), ...consumerDependencies], {cwd: consumer})
  expect(install.code, install.stderr).toBe(0)
}, 600_000)

afterAll(() => {
  if (work) fs.rmSync(work, {recursive: true, force: true})
})

describe('the packed package', () => {
  it('is publishable: not private, licensed, built code only, nothing twice', () => {
    expect(manifest.private).toBeUndefined()
    const files = packed.files.map((file) => file.path)
    expect(files).toContain('LICENSE')
    expect(files).toContain('README.md')
    for (const bin of Object.values(manifest.bin)) expect(files).toContain(bin)
    expect(files.filter((file) => /^(?:src|rules|tests|scripts)\/.*\.(?:ts|json)$/u.test(file))).toEqual([])
    expect(files.filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))).toEqual([])
    // A file shipped both as source data and in dist would be twice the download.
    const names = new Map<string, number>()
    for (const file of files.filter((file) => file.endsWith('.json') && !file.endsWith('package.json'))) names.set(file.replace(/^dist\//u, ''), (names.get(file.replace(/^dist\//u, '')) ?? 0) + 1)
    expect([...names].filter(([, count]) => count > 1)).toEqual([])
  })

  it('carries the licences of the packages its bundles hold', () => {
    const notices = fs.readFileSync(path.join(consumer, 'node_modules/retext-house-style/dist/bin/THIRD-PARTY-NOTICES.md'), 'utf8')
    // Bundled, so not installed with the package: their notices must come with it.
    // `fast-string-width` is installed inside vfile-reporter's folder (as its `string-width`).
    for (const name of ['unified-engine', 'vscode-languageserver', 'yaml', 'vfile-reporter-json', 'diff', 'glob', 'ignore', 'minimatch', 'unified-message-control', 'fast-string-width']) {
      expect(fs.existsSync(path.join(consumer, 'node_modules', name)), name + ' installed').toBe(false)
      expect(notices, name).toMatch(new RegExp('^## ' + name + ' \\d[^\\n]*\\n\\n```txt\\n\\S', 'mu'))
    }
  })

  it('installs by name and lints an article with the default style and no config', () => {
    fs.writeFileSync(path.join(consumer, 'article.txt'), 'U.S.-backed forces pushed into an IS-held pocket.\n')
    const result = sh(path.join(consumer, 'node_modules/.bin/house-style'), ['article.txt'], {cwd: consumer, env: {...process.env, NO_COLOR: '1'}})
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('Use `US`, not `U.S.`')
    expect(result.stderr).toContain('Use `ISIS`, not `IS`')
    const markdown = sh(path.join(consumer, 'node_modules/.bin/house-style'), ['--stdin-filepath', 'a.md', '--fix'], {cwd: consumer, input: '# U.S. copy\n\nThe U.N. met.\n'})
    expect(markdown.stdout).toBe('# US copy\n\nThe UN met.\n')
  })

  it('runs every part of the CLI from what it installs: formats, a YAML config, each report, workers', () => {
    // The command line is bundled; what it still loads at run time must be a dependency.
    const desk = path.join(consumer, 'desk')
    fs.mkdirSync(desk)
    fs.writeFileSync(path.join(desk, '.housestylerc.yaml'), 'rules:\n  numbers: off\n')
    const formats: Array<[string, string]> = [
      ['txt', 'The U.N. met.\n'],
      ['md', '# Notes\n\nThe U.N. met.\n'],
      ['html', '<p>The U.N. met.</p>\n']
    ]
    for (let index = 0; index < 9; index++) {
      const [extension, text] = formats[index % 3]!
      fs.writeFileSync(path.join(desk, 'story-' + index + '.' + extension), text)
    }
    const cli = path.join(consumer, 'node_modules/.bin/house-style')
    const json = sh(cli, ['--jobs', '2', '-r', 'json', 'desk'], {cwd: consumer})
    const files = JSON.parse(json.stdout) as Array<{messages: Array<{ruleId: string}>}>
    expect(files).toHaveLength(9)
    expect(files.every((file) => file.messages.map((message) => message.ruleId).join() === 'abbreviations')).toBe(true)
    for (const report of ['sarif', 'github', 'pretty']) {
      const result = sh(cli, ['-r', report, '--jobs', '1', 'desk'], {cwd: consumer})
      expect(result.code, report + ': ' + result.stderr).toBe(1)
      expect(result.stdout + result.stderr).toContain('abbreviations')
    }
    expect(sh(cli, ['--fix-dry-run', 'desk/story-0.txt'], {cwd: consumer}).stdout).toContain('+The UN met.')
  })

  it('runs the README’s API example', () => {
    const [example] = readmeBlocks('## API', 'js')
    fs.writeFileSync(path.join(consumer, 'api.js'), example!)
    const result = sh(process.execPath, ['api.js'], {cwd: consumer, env: {...process.env, NO_COLOR: '1'}})
    expect(result.stderr).toBe('')
    expect(result.stdout).toContain('Use `ISIS`, not `ISIL`')
  })

  it('answers the language server’s initialize', async () => {
    const client = new LspClient(consumer, path.join(consumer, 'node_modules/.bin/house-style-language-server'))
    try {
      const result = (await client.initialize(consumer)) as {result?: {capabilities?: {codeActionProvider?: unknown}; serverInfo?: {version?: string}}}
      expect(result.result?.serverInfo?.version).toBe(manifest.version)
      expect(result.result?.capabilities?.codeActionProvider).toBeTruthy()
      const uri = pathToFileURL(path.join(consumer, 'draft.txt')).href
      client.open(uri, 'ISIL fighters left.\n')
      const published = await client.diagnostics(uri, (message) => message.diagnostics.length > 0)
      expect(published.diagnostics.map((diagnostic) => diagnostic.code)).toContain('group-names')
      await client.shutdown()
    } finally {
      client.kill()
    }
  })

  for (const version of ['5.9', '6.0']) {
    it('type-checks a consumer under nodenext and strict, without skipLibCheck, with TypeScript ' + version, () => {
      const [example] = readmeBlocks('## API', 'js')
      const [withRemark] = readmeBlocks('## API', 'ts')
      const typed = [
        example,
        "import {rules, fixOf, applyFixes, loadStyle, type Options, type Fix} from 'retext-house-style'",
        "const options: Options = {style: 'guardian', rules: {numbers: ['warn', {}]}}",
        'const fixes: Array<Fix | undefined> = file.messages.map((message) => fixOf(message))',
        "console.log(rules.map((rule) => rule.meta.id), loadStyle('bbc').name, options, fixes, applyFixes)"
      ]
      fs.writeFileSync(path.join(consumer, 'api.ts'), typed.join('\n') + '\n')
      fs.writeFileSync(path.join(consumer, 'remark.ts'), withRemark!)
      fs.writeFileSync(
        path.join(consumer, 'tsconfig.json'),
        JSON.stringify({compilerOptions: {module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, skipLibCheck: false, types: []}, files: ['api.ts', 'remark.ts']})
      )
      const tsc = path.join(consumer, 'node_modules/typescript-' + version + '/bin/tsc')
      expect(sh(process.execPath, [tsc, '--version']).stdout).toContain('Version ' + version)
      const result = sh(process.execPath, [tsc, '-p', '.'], {cwd: consumer})
      expect(result.stdout + result.stderr).toBe('')
      expect(result.code).toBe(0)
    })
  }
})
