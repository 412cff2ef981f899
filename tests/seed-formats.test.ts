/**
 * The seed draft as a CMS exports it (issue #15): Markdown and HTML with
 * straight quotes and apostrophes written as character references, a word
 * in emphasis, a link and an image's alt text. Through the real CLI it must
 * give exactly the plain text's findings, each where the file writes it,
 * and `--fix` must leave a file that reads as the fixed plain text, its
 * references kept as they were. Skipped when ../shared/articles is absent.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {readSpan, sourceOf, textOf, type Unit, type Written} from './markup.js'

const articles = fileURLToPath(new URL('../../shared/articles/', import.meta.url))
const bin = fileURLToPath(new URL('../dist/bin/house-style.mjs', import.meta.url))
const present = fs.existsSync(articles)

interface JsonMessage {
  ruleId: string
  actual: string
  expected?: Array<string>
  place: {start: {offset: number}; end: {offset: number}}
}

/** The alt text of the photo both exports carry; the plain text has it as a paragraph. */
const caption = 'Smoke rises over Hajin'
const emphasised = 'Twitter'
const linked = 'Syrian Observatory for Human Rights'

/**
 * The draft written as `format`, character by character, with the
 * oracle's units (tests/markup.ts): what each part of the file writes.
 */
function exportDraft(plain: string, format: 'markdown' | 'html'): Written {
  const units: Array<Unit> = []
  const markup = (source: string, text = '') => units.push({source, text, kind: 'markup'})
  const text = (value: string) => {
    for (const character of value) {
      let source = character
      if (character === '"') source = '&quot;'
      else if (character === "'") source = format === 'html' ? '&#x27;' : '&#39;'
      else if (character === '&') source = '&amp;'
      else if (character === '<') source = '&lt;'
      else if (format === 'markdown' && '[]*_`\\'.includes(character)) source = '\\' + character
      units.push({source, text: character, kind: 'text'})
    }
  }
  /** A paragraph with its emphasis and link in markup. */
  const paragraph = (value: string) => {
    let rest = value
    while (rest) {
      const emphasis = rest.indexOf(emphasised)
      const link = rest.indexOf(linked)
      const next = [emphasis, link].filter((at) => at >= 0).sort((a, b) => a - b)[0]
      if (next === undefined) {
        text(rest)
        break
      }
      text(rest.slice(0, next))
      const word = next === emphasis ? emphasised : linked
      if (word === emphasised) markup(format === 'html' ? '<em>' : '*')
      else markup(format === 'html' ? '<a href="https://www.syriahr.com/en/">' : '[')
      text(word)
      if (word === emphasised) markup(format === 'html' ? '</em>' : '*')
      else markup(format === 'html' ? '</a>' : '](https://www.syriahr.com/en/)')
      rest = rest.slice(next + word.length)
    }
  }
  const [headline, ...body] = plain.trim().split(/\n\n+/u)
  if (format === 'html') markup('<!doctype html>\n<html><head><title>Hajin</title></head><body>\n<h1>')
  else markup('# ')
  paragraph(headline!)
  markup(format === 'html' ? '</h1>\n<figure><img src="hajin.jpg" alt="' : '\n\n![', '\n\n')
  text(caption)
  markup(format === 'html' ? '"></figure>\n' : '](hajin.jpg)')
  for (const value of body) {
    markup(format === 'html' ? '<p>' : '\n\n', '\n\n')
    paragraph(value)
    if (format === 'html') markup('</p>\n')
  }
  markup(format === 'html' ? '</body></html>\n' : '\n', '\n')
  return {format, units}
}

/** The plain text the exports read as: the draft with the caption after its headline. */
function plainOf(plain: string): string {
  const [headline, ...body] = plain.trim().split(/\n\n+/u)
  return [headline, caption, ...body].join('\n\n') + '\n'
}

function run(args: Array<string>): {stdout: string; stderr: string; status: number | null} {
  return spawnSync(process.execPath, [bin, ...args], {encoding: 'utf8'})
}

function lint(file: string): Array<JsonMessage> {
  const result = run(['--report', 'json', file])
  return (JSON.parse(result.stdout) as Array<{messages: Array<JsonMessage>}>)[0]!.messages
}

function key(message: JsonMessage, textStart: number): string {
  return [textStart, message.ruleId, message.actual, message.expected?.[0] ?? '-'].join(' | ')
}

describe.skipIf(!present)('the seed draft exported as Markdown and HTML', () => {
  const draft = present ? fs.readFileSync(articles + 'hajin-unedited.txt', 'utf8') : ''
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'house-style-seed-'))
  const plainPath = path.join(folder, 'hajin.txt')
  fs.writeFileSync(plainPath, plainOf(draft))
  const plainFindings = present ? lint(plainPath).map((message) => key(message, message.place.start.offset)) : []

  for (const format of ['markdown', 'html'] as const) {
    it('gives the plain text’s findings as ' + format + ', each where the file writes it', () => {
      const written = exportDraft(draft, format)
      expect(textOf(written)).toBe(plainOf(draft))
      const source = sourceOf(written)
      // What a CMS writes: references for quotes and apostrophes.
      expect(source).toContain(format === 'html' ? '&#x27;' : '&#39;')
      expect(source).toContain('&quot;')
      const file = path.join(folder, format === 'html' ? 'hajin.html' : 'hajin.md')
      fs.writeFileSync(file, source)
      const found = lint(file).map((message) => {
        const span = readSpan(written, message.place.start.offset, message.place.end.offset)
        expect(span?.text, message.ruleId + ' ' + message.actual).toBe(message.actual)
        return key(message, span!.textStart)
      })
      expect(found.sort()).toEqual([...plainFindings].sort())
      expect(found.length).toBeGreaterThan(20)
    })

    it('fixes the ' + format + ' export as the plain text is fixed, its references kept', () => {
      const written = exportDraft(draft, format)
      const file = path.join(folder, format === 'html' ? 'fixed.html' : 'fixed.md')
      fs.writeFileSync(file, sourceOf(written))
      const plainCopy = path.join(folder, 'fixed-' + format + '.txt')
      fs.writeFileSync(plainCopy, plainOf(draft))
      run(['--fix', plainCopy])
      run(['--fix', file])
      const fixed = fs.readFileSync(file, 'utf8')
      const fixedPlain = fs.readFileSync(plainCopy, 'utf8')
      expect(fixedPlain).not.toBe(plainOf(draft))
      // Each change replaced whole characters of the text: read the file
      // back through the oracle by replaying the changes as text.
      let rest = fixed
      let readBack = ''
      for (const unit of written.units) {
        if (unit.kind === 'markup') {
          const at = rest.indexOf(unit.source)
          expect(at, 'markup lost: ' + JSON.stringify(unit.source)).toBeGreaterThanOrEqual(0)
          readBack += decode(rest.slice(0, at), format) + unit.text
          rest = rest.slice(at + unit.source.length)
        }
      }
      readBack += decode(rest, format)
      expect(readBack).toBe(fixedPlain)
      // The file still writes quotes as it did.
      expect(fixed.split('&quot;').length).toBe(sourceOf(written).split('&quot;').length)
      expect(fixed).not.toMatch(/(?<![=\w])"(?!>)/u)
    })
  }
})

/** Text between markup, decoded as the export wrote it. */
function decode(value: string, format: 'markdown' | 'html'): string {
  const decoded = value.replaceAll('&quot;', '"').replaceAll('&#x27;', "'").replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&amp;', '&')
  return format === 'markdown' ? decoded.replace(/\\([[\]*_`\\])/gu, '$1') : decoded
}
