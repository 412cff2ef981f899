/**
 * The seed articles of the specification: the published article gives only
 * its listed findings, the draft gives exactly its listed findings (rule,
 * line, column, actual, first fix). Run through the real CLI. Only the rules
 * that exist are compared, so the test grows with the rule set; skipped when
 * ../shared/articles is absent.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {rules} from '../src/index.js'

const articles = fileURLToPath(new URL('../../shared/articles/', import.meta.url))
const bin = fileURLToPath(new URL('../dist/bin/house-style.mjs', import.meta.url))
const present = fs.existsSync(articles)

interface Finding {
  rule: string
  line: number
  column: number
  actual: string
  expected: string | null
}

function key(finding: Finding): string {
  return [finding.line, finding.column, finding.rule, finding.actual, finding.expected].join(' | ')
}

describe.skipIf(!present)('seed articles (../shared/articles)', () => {
  const ids = new Set(rules.map((rule) => rule.meta.id))

  for (const name of ['hajin', 'hajin-unedited']) {
    it(name + '.txt gives exactly the listed findings of the rules that exist', () => {
      const listed = JSON.parse(fs.readFileSync(articles + name + '.expected.json', 'utf8')) as Array<Finding>
      const result = spawnSync(process.execPath, [bin, '--report', 'json', articles + name + '.txt'], {encoding: 'utf8'})
      const [file] = JSON.parse(result.stdout) as Array<{messages: Array<{ruleId: string; line: number; column: number; actual: string; expected?: Array<string>}>}>
      const found = file!.messages.map((message) => ({
        rule: message.ruleId,
        line: message.line,
        column: message.column,
        actual: message.actual,
        expected: message.expected?.[0] ?? null
      }))
      const wanted = listed.filter((finding) => ids.has(finding.rule))
      expect(found.map((finding) => key(finding)).sort()).toEqual(wanted.map((finding) => key(finding)).sort())
    })
  }
})
