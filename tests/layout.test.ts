/**
 * The layout (issue #23): imports go one way, `cli`/`server`/`web` -> `engine` ->
 * `rules` -> `kit` -> `model` -> `parse`, no rule imports another rule, and
 * the model never reads `rules/`. Read from the import statements, as the
 * ReDoS test reads the regexes (tests/redos.test.ts).
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('../', import.meta.url))

/** Each layer may import those below it (a lower rank), and itself. */
const ranks: Record<string, number> = {parse: 0, model: 1, kit: 2, rules: 3, engine: 4, cli: 5, server: 5, web: 5, entry: 6}

/**
 * The one import across the top: the language server's lint workers tune
 * V8 as the CLI does, with the CLI's module (src/cli/memory.ts).
 */
const allowedAcross = new Set(['src/server/worker.ts -> src/cli/memory.ts'])

/**
 * The layer of a file of the repository (relative, `/`-separated), or
 * `undefined` outside them. The built-in styles (`rules/styles/`) are style
 * data, which the kit's style loader reads, not rules.
 */
export function layerOf(file: string): string | undefined {
  if (file === 'src/index.ts') return 'entry'
  const [top, folder] = file.split('/')
  if (top === 'rules') return folder === 'styles' ? undefined : 'rules'
  if (top === 'src' && folder && folder in ranks) return folder
  return undefined
}

/** The rule a file of `rules/` belongs to: `rules/<id>.ts`, `rules/<id>/...`, `rules/data/<id>.json`. */
export function ruleOf(file: string): string | undefined {
  const parts = file.split('/')
  if (parts[0] !== 'rules' || parts[1] === 'styles') return undefined
  const name = parts[1] === 'data' ? parts[2] : parts[1]
  return name?.replace(/(?:-varcon)?\.(?:ts|json)$/u, '')
}

/** The relative imports of a TypeScript file, resolved to repository paths. */
export function importsOf(file: string, text: string): Array<string> {
  const found: Array<string> = []
  for (const match of text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/gu)) {
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), match[1]!))
    found.push(target.replace(/\.js$/u, '.ts'))
  }
  return found
}

/** What is wrong with one import, or `undefined` when it goes the right way. */
export function wrongImport(from: string, to: string): string | undefined {
  const fromLayer = layerOf(from)
  const toLayer = layerOf(to)
  if (!fromLayer || !toLayer) return undefined
  if (fromLayer === 'model' && toLayer === 'rules') return 'the model reads rules/'
  if (fromLayer === 'rules' && toLayer === 'rules') {
    const fromRule = ruleOf(from)
    const toRule = ruleOf(to)
    if (fromRule !== toRule) return 'a rule imports another rule'
    return undefined
  }
  if (ranks[toLayer]! > ranks[fromLayer]!) return 'an upward import (' + fromLayer + ' -> ' + toLayer + ')'
  if (ranks[toLayer] === ranks[fromLayer] && toLayer !== fromLayer && !allowedAcross.has(from + ' -> ' + to)) {
    return 'an import across (' + fromLayer + ' -> ' + toLayer + ')'
  }
  return undefined
}

function sourceFiles(): Array<string> {
  const files: Array<string> = []
  for (const folder of ['src', 'rules']) {
    for (const entry of fs.readdirSync(path.join(root, folder), {recursive: true, withFileTypes: true})) {
      if (entry.isFile() && entry.name.endsWith('.ts')) {
        files.push(path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
      }
    }
  }
  return files.sort()
}

describe('layout', () => {
  it('has every source file in a layer', () => {
    expect(sourceFiles().filter((file) => !layerOf(file))).toEqual([])
  })

  it('imports one way: cli/server -> engine -> rules -> kit -> model -> parse; no rule imports another; the model never reads rules/', () => {
    const wrong: Array<string> = []
    for (const file of sourceFiles()) {
      for (const target of importsOf(file, fs.readFileSync(path.join(root, file), 'utf8'))) {
        const problem = wrongImport(file, target)
        if (problem) wrong.push(file + ' -> ' + target + ': ' + problem)
      }
    }
    expect(wrong).toEqual([])
  })

  it('tells an import that goes the wrong way (the check itself)', () => {
    expect(wrongImport('src/parse/formats.ts', 'src/model/article.ts')).toBe('an upward import (parse -> model)')
    expect(wrongImport('src/model/people/index.ts', 'rules/data/acronyms.json')).toBe('the model reads rules/')
    expect(wrongImport('rules/acronyms/index.ts', 'rules/group-names/matching.ts')).toBe('a rule imports another rule')
    expect(wrongImport('rules/acronyms/tables.ts', 'rules/data/acronyms.json')).toBeUndefined()
    expect(wrongImport('src/engine/fix.ts', 'src/cli/write.ts')).toBe('an upward import (engine -> cli)')
    expect(wrongImport('src/server/lint.ts', 'src/cli/inputs.ts')).toBe('an import across (server -> cli)')
    expect(wrongImport('src/cli/cli.ts', 'src/parse/formats.ts')).toBeUndefined()
    expect(wrongImport('src/kit/style.ts', 'rules/styles/the-national.json')).toBeUndefined()
    expect(wrongImport('src/kit/style.ts', 'rules/data/people.json')).toBe('an upward import (kit -> rules)')
    expect(importsOf('src/kit/rule.ts', "import {x} from '../model/article.js'\nconst y = await import('./report.js')")).toEqual([
      'src/model/article.ts',
      'src/kit/report.ts'
    ])
  })
})
