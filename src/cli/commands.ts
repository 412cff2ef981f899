/**
 * The small commands beside linting: `--list-rules`, `--print-config` and
 * `--init`. Each returns its text or throws an error that `cli.ts` reports
 * in one line.
 */
import fs from 'node:fs'
import path from 'node:path'
import {VFile} from 'vfile'
import {resolveRules} from '../engine/preset.js'
import {rules} from '../engine/rules.js'
import {loadStyle} from '../kit/style.js'
import type {LintPipeline} from './pipeline.js'

/** `--list-rules`: a line per rule (id, the severity `styleName` gives it, `fix` or `-`, what it checks). */
export function listRules(styleName: string | undefined): string {
  const style = loadStyle(styleName)
  const rows = rules.map((rule) => {
    const setting = style.rules[rule.meta.id] ?? rule.meta.severity
    const severity = typeof setting === 'string' ? setting : setting[0]
    return [rule.meta.id, severity, rule.meta.fixable ? 'fix' : '-', rule.meta.description.replaceAll('`', '')]
  })
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]!.length)))
  return rows.map((row) => row.map((cell, column) => (column < 3 ? cell.padEnd(widths[column]!) : cell)).join('  ')).join('\n')
}

/**
 * `--print-config <file>`: what applies to the file at `given` (relative to
 * `cwd`), as JSON: the config file found, the style after overrides and
 * front matter, each rule's severity and options, the style's data.
 */
export function printConfig(given: string, cwd: string, pipeline: LintPipeline): string {
  const absolute = path.resolve(cwd, given)
  let value = ''
  try {
    value = fs.readFileSync(absolute, 'utf8')
  } catch {
    // A file yet to be written: its front matter cannot choose a section.
  }
  const file = new VFile({path: path.relative(cwd, absolute), cwd, value})
  const found = pipeline.configs.configFor(absolute)
  const options = pipeline.optionsFor(file)
  const resolved = resolveRules(options)
  const style = loadStyle(options.style)
  const settings = rules.map((rule) => {
    const on = resolved.find((entry) => entry.rule === rule)
    const {style: _style, ...ruleOptions} = on?.options ?? {style}
    return [rule.meta.id, on ? (Object.keys(ruleOptions).length > 0 ? [on.severity, ruleOptions] : on.severity) : 'off']
  })
  const printed = {file: file.path, config: found.path ?? null, style: {name: style.name, source: style.source}, rules: Object.fromEntries(settings), data: style.data}
  return JSON.stringify(printed, null, 2)
}

/** `--init`: write a starter `.housestylerc.json` in `folder`, never over one; its path. */
export function initConfig(folder: string): string {
  const target = path.join(folder, '.housestylerc.json')
  if (fs.existsSync(target)) throw new Error('`' + target + '` exists: not overwritten')
  // Sport pages call people by surname: the example override most newsrooms need first.
  const sport = {name: 'sport', extends: 'the-national', data: {honorifics: {laterMention: 'surname'}}}
  const starter = {style: 'the-national', rules: {}, overrides: [{files: ['sport/**'], style: sport}]}
  fs.writeFileSync(target, JSON.stringify(starter, null, 2) + '\n', {flag: 'wx'})
  return target
}
