/**
 * The JSON and SARIF reports written in chunks are the same text as the
 * reports made whole: vfile-reporter-json's, and the SARIF log as
 * JSON.stringify indents it.
 */
import {VFile} from 'vfile'
import jsonReporter from 'vfile-reporter-json'
import {describe, expect, it} from 'vitest'
import {githubReporter, sarifLog, sarifReporter, sarifResult, streamedReporters, writeJsonReport, writeSarifReport} from '../src/cli/reporters.js'
import {rules} from '../src/index.js'

function files(): Array<VFile> {
  const article = new VFile({path: 'stories/a.txt', value: 'The color of ISIL.'})
  const warning = article.message('Use `colour`, not `color`', {place: {start: {line: 1, column: 5, offset: 4}, end: {line: 1, column: 10, offset: 9}}, ruleId: 'british-spelling', source: 'retext-house-style'})
  warning.actual = 'color'
  warning.expected = ['colour']
  warning.note = 'House style uses “British” spelling.'
  warning.url = 'https://example.com/british-spelling.md'
  const info = article.info('A note \\ with "quotes"\nand a line break', {line: 1, column: 14})
  info.ruleId = 'group-names'
  const broken = new VFile({path: 'stories/b.txt', value: ''})
  try {
    broken.fail('Cannot lint a binary file', {line: 1, column: 1})
  } catch {}
  const clean = new VFile({path: 'stories/c.txt', value: 'Fine.'})
  return [article, broken, clean]
}

function written(report: typeof writeJsonReport, given: Array<VFile>, options = {}): {text: string; chunks: number} {
  const chunks: Array<string> = []
  report(given, options, (chunk) => {
    chunks.push(typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk))
  })
  return {text: chunks.join(''), chunks: chunks.length}
}

describe('reports written in chunks', () => {
  it('JSON is vfile-reporter-json’s report, with quiet and silent too', () => {
    for (const options of [{}, {quiet: true}, {silent: true}]) {
      expect(written(writeJsonReport, files(), options).text).toBe(jsonReporter(files(), options))
    }
    expect(written(writeJsonReport, []).text).toBe(jsonReporter([]))
  })

  it('SARIF is the log built in one piece, as JSON.stringify indents it, with and without results', () => {
    const ruleIndex = new Map(rules.map((rule, index) => [rule.meta.id, index]))
    for (const given of [files(), [new VFile({path: 'empty.txt'})]]) {
      const log = sarifLog()
      log.runs[0]!.results = given.flatMap((file) => file.messages.map((message) => sarifResult(message, file.path, ruleIndex))) as never
      expect(sarifReporter(given)).toBe(JSON.stringify(log, null, 2))
    }
    expect(written(writeSarifReport, files()).chunks).toBeGreaterThan(3)
  })

  it('SARIF and GitHub reports name text read from stdin `stdin`', () => {
    const piped = new VFile({value: 'The color.'})
    expect(JSON.parse(sarifReporter([piped])).runs[0].results).toEqual([])
    piped.message('Use `colour`, not `color`', {line: 1, column: 5})
    expect(JSON.parse(sarifReporter([piped])).runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('stdin')
    expect(githubReporter([piped])).toContain('::warning file=stdin,line=1,col=5')
  })

  it('the CLI’s reporters write large reports to the stream in chunks, then a line break, and leave unified-engine nothing to write', () => {
    const many = new VFile({path: 'long.txt', value: 'x'})
    for (let index = 0; index < 2000; index++) many.message('Finding ' + index, {line: 1 + index, column: 1})
    for (const name of ['json', 'sarif'] as const) {
      const chunks: Array<string> = []
      const stream = {write: (chunk: string) => chunks.push(chunk)} as unknown as NodeJS.WritableStream
      expect(streamedReporters(stream)[name]([many])).toBe('')
      expect(chunks.length).toBeGreaterThan(1)
      const whole = name === 'json' ? jsonReporter([many]) : sarifReporter([many])
      expect(chunks.join('')).toBe(whole + '\n')
    }
  })
})
