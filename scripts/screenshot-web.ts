/**
 * `docs/playground.png`: the web page with the seed draft pasted and a
 * finding open, as the README shows it. Run after `npm run build`:
 *
 *   npx tsx scripts/screenshot-web.ts
 *
 * Needs Chromium (`apt-get install -y chromium`, or CHROMIUM_PATH).
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {chromium} from 'playwright-core'
import {serveWeb} from './serve-web.js'

const root = fileURLToPath(new URL('../', import.meta.url))
const {server, origin} = await serveWeb()

const browser = await chromium.launch({executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ['--no-sandbox']})
const page = await browser.newPage({viewport: {width: 1280, height: 760}, deviceScaleFactor: 1})
await page.goto(origin + '/')
await page.waitForFunction(() => Number(document.body.dataset['lints'] ?? 0) > 0)
const seed = fs.readFileSync(path.join(root, '../shared/articles/hajin-unedited.txt'), 'utf8')
await page.locator('[data-testid="article"]').click()
await page.keyboard.insertText(seed)
await page.waitForFunction(() => document.querySelectorAll('[data-testid="article"] [data-rule]').length > 20)
await page.locator('#findings button', {hasText: 'Mr Bali'}).first().click()
await page.mouse.move(0, 0)
await page.evaluate(() => document.scrollingElement?.scrollTo(0, 0))
await page.screenshot({path: path.join(root, 'docs/playground.png')})
await browser.close()
server.close()
console.log('wrote docs/playground.png')
