/**
 * Every regular expression in the project passes recheck, the ReDoS checker
 * (issue #8).
 *
 * The expressions are found by reading the sources of `src/` and `rules/`
 * with the TypeScript parser: regex literals, and `RegExp(...)` /
 * `new RegExp(...)` calls (a call whose pattern is not a string literal
 * cannot be checked here and fails the test until it is reviewed), plus the
 * `pattern` and `patternProperties` keywords of the JSON Schemas (Ajv
 * compiles them to regexes). A regex recheck cannot decide (`unknown`) fails
 * too, naming it: it is reported, never passed silently.
 *
 * Style data holds no patterns: every table in `rules/data/` and the built-in
 * styles is literal words and phrases, and no code turns data into a regex
 * (no dynamic `RegExp` in the sources). The last tests check both, so a
 * pattern added to the data or the code later is caught here.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {check} from 'recheck'
import ts from 'typescript'
import {describe, expect, it} from 'vitest'
import schema from '../src/kit/style.schema.json' with {type: 'json'}
import {rules} from '../src/index.js'
import {modelSchemas} from '../src/kit/model.js'

const root = fileURLToPath(new URL('../', import.meta.url))

interface Found {
  source: string
  flags: string
  where: string
}

function sourceFiles(folder: string): Array<string> {
  const files: Array<string> = []
  for (const entry of fs.readdirSync(path.join(root, folder), {withFileTypes: true, recursive: true})) {
    if (entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) {
      files.push(path.relative(root, path.join(entry.parentPath, entry.name)))
    }
  }
  return files.sort()
}

/** Regex literals and `RegExp` calls in the sources. */
function findInSources(): {found: Array<Found>; dynamic: Array<string>} {
  const found: Array<Found> = []
  const dynamic: Array<string> = []
  for (const file of [...sourceFiles('src'), ...sourceFiles('rules')]) {
    const text = fs.readFileSync(path.join(root, file), 'utf8')
    const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
    const where = (node: ts.Node): string => file + ':' + (sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1)
    const visit = (node: ts.Node): undefined => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText()
        const end = literal.lastIndexOf('/')
        found.push({source: literal.slice(1, end), flags: literal.slice(end + 1), where: where(node)})
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'RegExp'
      ) {
        const [pattern, flags] = node.arguments ?? []
        if (pattern && ts.isStringLiteralLike(pattern) && (!flags || ts.isStringLiteralLike(flags))) {
          found.push({source: pattern.text, flags: flags && ts.isStringLiteralLike(flags) ? flags.text : '', where: where(node)})
        } else {
          dynamic.push(where(node) + ': ' + node.getText())
        }
      }
      ts.forEachChild(node, visit)
    }
    visit(sourceFile)
  }
  return {found, dynamic}
}

/** `pattern` and `patternProperties` keywords anywhere in a JSON Schema. */
function findInSchema(value: unknown, where: string, found: Array<Found>): Array<Found> {
  if (Array.isArray(value)) {
    value.forEach((item, index) => findInSchema(item, where + '/' + index, found))
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'pattern' && typeof item === 'string') found.push({source: item, flags: 'u', where: where + '/pattern'})
      if (key === 'patternProperties' && typeof item === 'object' && item !== null) {
        for (const pattern of Object.keys(item)) found.push({source: pattern, flags: 'u', where: where + '/patternProperties'})
      }
      findInSchema(item, where + '/' + key, found)
    }
  }
  return found
}

const {found: inSources, dynamic} = findInSources()
const inSchemas: Array<Found> = findInSchema(schema, 'src/kit/style.schema.json', [])
for (const rule of rules) {
  findInSchema(rule.meta.options.schema, rule.meta.id + ' options schema', inSchemas)
  if (rule.meta.data) findInSchema(rule.meta.data.schema, rule.meta.id + ' data schema', inSchemas)
}
for (const [name, schema] of Object.entries(modelSchemas)) findInSchema(schema, 'model ' + name + ' schema', inSchemas)

/** One entry per distinct regex, with every place it is written. */
const distinct = new Map<string, Found & {places: Array<string>}>()
for (const item of [...inSources, ...inSchemas]) {
  const key = '/' + item.source + '/' + item.flags
  const entry = distinct.get(key)
  if (entry) entry.places.push(item.where)
  else distinct.set(key, {...item, places: [item.where]})
}

describe('ReDoS (recheck)', () => {
  it('finds the regexes of the sources', () => {
    // A guard against the finder silently finding nothing.
    expect(inSources.length).toBeGreaterThan(50)
  })

  it('has no RegExp built from a non-literal pattern (data never becomes a regex)', () => {
    expect(dynamic).toEqual([])
  })

  it.each([...distinct.entries()].map(([key, item]) => [key, item] as const))(
    '%s is safe',
    async (_key, item) => {
      const result = await check(item.source, item.flags, {timeout: 20_000})
      const where = item.places.join(', ')
      if (result.status === 'unknown') {
        throw new Error('recheck cannot decide /' + item.source + '/' + item.flags + ' (' + where + '): ' + JSON.stringify(result.error))
      }
      expect(result.status, where + ': ' + (result.status === 'vulnerable' ? result.complexity.summary + ', attack ' + result.attack.pattern : '')).toBe('safe')
    },
    60_000
  )
})

describe('style data holds no patterns', () => {
  const looksLikeRegex = /^\/.+\/[dgimsuvy]*$/su
  const files = [
    ...fs.readdirSync(path.join(root, 'rules', 'data')).map((name) => path.join('rules', 'data', name)),
    ...fs.readdirSync(path.join(root, 'src', 'model', 'data')).map((name) => path.join('src', 'model', 'data', name)),
    ...fs.readdirSync(path.join(root, 'rules', 'styles')).map((name) => path.join('rules', 'styles', name))
  ].filter((name) => name.endsWith('.json'))

  it.each(files)('%s has no regex-like strings', (file) => {
    const strings: Array<string> = []
    const collect = (value: unknown): undefined => {
      if (typeof value === 'string') strings.push(value)
      else if (Array.isArray(value)) for (const item of value) collect(item)
      else if (typeof value === 'object' && value !== null) {
        for (const [key, item] of Object.entries(value)) {
          strings.push(key)
          collect(item)
        }
      }
    }
    collect(JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')))
    expect(strings.filter((value) => looksLikeRegex.test(value))).toEqual([])
  })

  it('the style schema has no pattern keywords', () => {
    expect(findInSchema(schema, 'src/kit/style.schema.json', [])).toEqual([])
  })
})
