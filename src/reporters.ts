/**
 * Reports for CI: SARIF 2.1.0 (GitHub code scanning) and GitHub workflow
 * annotations. Both are vfile reporters, `(files, options) => string`, like
 * vfile-reporter and vfile-reporter-json, and resolve from this package.
 */
import path from 'node:path'
import process from 'node:process'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {reporter as prettyReporter} from 'vfile-reporter'
import jsonReporter from 'vfile-reporter-json'
import {rules} from './preset.js'
import {docsBase} from './rule.js'
import {version} from './version.js'


const informationUri = 'https://github.com/retext-house-style/retext-house-style'

/** Reporters by `--report` name. */
export const reporters = {
  pretty: prettyReporter,
  json: jsonReporter,
  sarif: sarifReporter,
  github: githubReporter
} satisfies Record<string, (files: Array<VFile>, options?: object) => string>

export type ReporterName = keyof typeof reporters

/** Path of `file` relative to the cwd, with forward slashes. */
function relativePath(file: VFile): string {
  const absolute = path.resolve(file.cwd, file.path)
  return path.relative(process.cwd(), absolute).split(path.sep).join('/')
}

function range(message: VFileMessage) {
  const place = message.place
  const start = place && 'start' in place ? place.start : place
  const end = place && 'start' in place ? place.end : place
  return {
    startLine: start?.line ?? message.line ?? 1,
    startColumn: start?.column ?? message.column ?? 1,
    endLine: end?.line ?? start?.line ?? message.line ?? 1,
    endColumn: end?.column ?? start?.column ?? message.column ?? 1
  }
}

/**
 * SARIF 2.1.0: one run, the rules with their docs and default level, a result
 * per message with its exact region, and the first fix as a replacement.
 */
export function sarifReporter(files: Array<VFile>): string {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.meta.id, index]))
  const results = files.flatMap((file) =>
    file.messages.map((message) => {
      const region = range(message)
      const artifactLocation = {uri: relativePath(file), uriBaseId: '%SRCROOT%'}
      const replacement = message.expected?.[0]
      return {
        ...(message.ruleId ? {ruleId: message.ruleId} : {}),
        ...(message.ruleId && ruleIndex.has(message.ruleId) ? {ruleIndex: ruleIndex.get(message.ruleId)} : {}),
        level: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'note',
        message: {text: message.reason},
        locations: [{physicalLocation: {artifactLocation, region}}],
        ...(replacement === undefined
          ? {}
          : {
              fixes: [
                {
                  description: {text: 'Replace `' + (message.actual ?? '') + '` with `' + replacement + '`'},
                  artifactChanges: [{artifactLocation, replacements: [{deletedRegion: region, insertedContent: {text: replacement}}]}]
                }
              ]
            })
      }
    })
  )
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'house-style',
            informationUri,
            version,
            rules: rules.map((rule) => ({
              id: rule.meta.id,
              shortDescription: {text: rule.meta.description},
              helpUri: docsBase + rule.meta.id + '.md',
              defaultConfiguration: {level: rule.meta.severity === 'error' ? 'error' : 'warning'}
            }))
          }
        },
        columnKind: 'utf16CodeUnits',
        results
      }
    ]
  }
  return JSON.stringify(log, null, 2)
}

/**
 * GitHub Actions workflow commands: `::error file=…,line=…,col=…::message`,
 * shown as annotations on the pull request; then a summary line.
 */
export function githubReporter(files: Array<VFile>): string {
  const lines: Array<string> = []
  let errors = 0
  let warnings = 0
  for (const file of files) {
    for (const message of file.messages) {
      const {startLine, startColumn, endLine, endColumn} = range(message)
      const level = message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'notice'
      if (level === 'error') errors++
      else if (level === 'warning') warnings++
      const fix = message.expected?.[0] === undefined ? '' : ' (fix: `' + message.expected[0] + '`)'
      const properties = [
        'file=' + escapeProperty(relativePath(file)),
        'line=' + startLine,
        'col=' + startColumn,
        'endLine=' + endLine,
        'endColumn=' + endColumn,
        'title=' + escapeProperty(message.ruleId ? 'house-style ' + message.ruleId : 'house-style')
      ]
      lines.push('::' + level + ' ' + properties.join(',') + '::' + escapeData(message.reason + fix))
    }
  }
  lines.push('house-style: ' + errors + ' error' + (errors === 1 ? '' : 's') + ', ' + warnings + ' warning' + (warnings === 1 ? '' : 's'))
  return lines.join('\n')
}

function escapeData(value: string): string {
  return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A')
}

function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C')
}
