/**
 * The web page in Chromium (`npm run bench:web`, after a build): how long a
 * cold load takes to its first lint, and how soon a keystroke in a
 * 1,500-word article is marked (the page's re-lint latency), with the size
 * of its JavaScript. Prints times; docs/benchmarks.md keeps the results.
 *
 * Needs Chromium (`apt-get install -y chromium`, or CHROMIUM_PATH).
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {gzipSync} from 'node:zlib'
import {chromium} from 'playwright-core'
import {serveWeb, webFolder as web} from './serve-web.js'

const root = fileURLToPath(new URL('../', import.meta.url))
const {server, origin} = await serveWeb()
const browser = await chromium.launch({executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ['--no-sandbox']})

const scripts = fs.readdirSync(web).filter((name) => name.endsWith('.js'))
const gzipped = scripts.reduce((sum, name) => sum + gzipSync(fs.readFileSync(path.join(web, name))).byteLength, 0)
console.log('JavaScript: ' + scripts.join(', ') + ', ' + (gzipped / 1024).toFixed(0) + ' KiB gzipped')

// Cold loads: a new context each time, so nothing is cached.
const loads: Array<number> = []
for (let run = 0; run < 5; run++) {
  const context = await browser.newContext()
  const page = await context.newPage()
  const start = Date.now()
  await page.goto(origin + '/')
  await page.waitForFunction(() => Number(document.body.dataset['lints'] ?? 0) > 0)
  loads.push(Date.now() - start)
  await context.close()
}
console.log('cold load to first lint: median ' + median(loads) + ' ms (' + loads.join(', ') + ')')

// A 1,500-word article from the seed draft and corpus copy.
const seed = fs.readFileSync(path.join(root, '../shared/articles/hajin-unedited.txt'), 'utf8')
const words = seed.split(/(\s+)/u)
let article = ''
let count = 0
for (let index = 0; count < 1500; index = (index + 1) % words.length) {
  article += words[index]
  if (/\S/u.test(words[index]!)) count++
}
const page = await browser.newPage()
await page.goto(origin + '/')
await page.waitForFunction(() => Number(document.body.dataset['lints'] ?? 0) > 0)
await page.locator('[data-testid="article"]').click()
await page.keyboard.insertText(article)
await page.waitForFunction(() => document.querySelectorAll('[data-testid="article"] [data-rule]').length > 0)
// Time from each keystroke to the lint of the text it made being shown.
// (A string: the TypeScript loader would wrap a function's inner names in a helper the page lacks.)
const latencies = (await page.evaluate(`(async () => {
  const editor = document.querySelector('[data-testid="article"]')
  const times = []
  for (let index = 0; index < 40; index++) {
    const before = Number(document.body.dataset.lints)
    const start = performance.now()
    document.execCommand('insertText', false, index % 2 === 0 ? 'x' : ' ')
    await new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (Number(document.body.dataset.lints) > before && editor.querySelector('[data-rule]')) {
          observer.disconnect()
          resolve()
        }
      })
      observer.observe(document.body, {attributes: true, attributeFilter: ['data-lints']})
    })
    times.push(performance.now() - start)
    await new Promise((resolve) => setTimeout(resolve, 150))
  }
  return times
})()`)) as Array<number>
latencies.sort((a, b) => a - b)
const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!.toFixed(0)
console.log('re-lint while typing (1,500 words): p50 ' + at(0.5) + ' ms, p95 ' + at(0.95) + ' ms, max ' + at(1) + ' ms')
await browser.close()
server.close()

function median(values: Array<number>): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}
