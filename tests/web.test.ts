/**
 * The web page (`npm run build:web`, `dist/web/`) in a real browser: Debian's
 * Chromium driven by playwright-core (its own browser download cannot be
 * reached here, so it is launched by path). Skipped, with a message, where
 * Chromium is not installed (CI: `apt-get install -y chromium`).
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import type http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {gzipSync} from 'node:zlib'
import {chromium, type Browser, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {serveWeb, webFolder as web} from '../scripts/serve-web.js'

const root = fileURLToPath(new URL('../', import.meta.url))
const cli = path.join(root, 'dist/bin/house-style.mjs')
const seed = fs.readFileSync(path.join(root, '../shared/articles/hajin-unedited.txt'), 'utf8')

const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter((file): file is string => Boolean(file))
const executablePath = candidates.find((file) => fs.existsSync(file))
if (!executablePath) console.warn('Skipping the web page tests: Chromium not found (apt-get install -y chromium, or set CHROMIUM_PATH)')

/** The CLI on a copy of `text`: its findings and its `--fix` output. */
function runCli(text: string): {count: number; fixed: string} {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'house-style-web-'))
  const file = path.join(folder, 'article.txt')
  fs.writeFileSync(file, text)
  const report = spawnSync(process.execPath, [cli, '--no-config', '--report', 'json', file], {encoding: 'utf8'})
  const count = (JSON.parse(report.stdout) as Array<{messages: Array<unknown>}>)[0]!.messages.length
  spawnSync(process.execPath, [cli, '--no-config', '--fix', file], {encoding: 'utf8'})
  return {count, fixed: fs.readFileSync(file, 'utf8')}
}

const article = '[data-testid="article"]'
const highlights = article + ' [data-rule]'

/** The number of lints the page has shown (`data-lints` on the body). */
function lints(page: Page): Promise<number> {
  return page.evaluate(() => Number(document.body.dataset['lints'] ?? 0))
}

/** Wait until the page has shown a lint after `before`, of its current text. */
async function linted(page: Page, before: number): Promise<undefined> {
  await page.waitForFunction((count) => Number(document.body.dataset['lints'] ?? 0) > count, before)
}

async function paste(page: Page, text: string): Promise<undefined> {
  const before = await lints(page)
  await page.locator(article).click()
  await page.evaluate((value) => navigator.clipboard.writeText(value), text)
  await page.keyboard.press('Control+V')
  await linted(page, before)
}

async function textOf(page: Page): Promise<string> {
  return page.locator(article).evaluate((element) => {
    // What a user copies: the text, without the page's end-of-text marker.
    let text = ''
    const walk = (node: Node): void => {
      for (const child of Array.from(node.childNodes)) {
        if (child.nodeType === Node.TEXT_NODE) text += (child as Text).data
        else if (child instanceof HTMLBRElement) text += child.dataset['end'] ? '' : '\n'
        else walk(child)
      }
    }
    walk(element)
    return text
  })
}

describe.skipIf(!executablePath)('the web page, in Chromium', () => {
  let browser: Browser
  let origin: string
  let server: http.Server
  let expected: {count: number; fixed: string}

  beforeAll(async () => {
    ;({server, origin} = await serveWeb())
    browser = await chromium.launch({executablePath: executablePath!, args: ['--no-sandbox']})
    expected = runCli(seed)
  })

  afterAll(async () => {
    await browser?.close()
    server?.close()
  })

  async function open(url = origin + '/', options: {bypassCSP?: boolean} = {}): Promise<{page: Page; requests: Array<string>}> {
    const context = await browser.newContext(options)
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin})
    const page = await context.newPage()
    const requests: Array<string> = []
    page.on('request', (request) => requests.push(request.url()))
    page.on('pageerror', (error) => {
      throw error
    })
    await page.goto(url)
    await page.waitForFunction(() => Number(document.body.dataset['lints'] ?? 0) > 0)
    return {page, requests}
  }

  it('marks the pasted seed draft as the CLI reports it, and fixes all of it as `--fix` does, byte for byte', async () => {
    const {page} = await open()
    await paste(page, seed)
    expect(await textOf(page)).toBe(seed)
    expect(expected.count).toBe(29)
    expect(await page.locator(highlights).count()).toBe(expected.count)
    await expect.poll(() => page.locator('#summary').textContent()).toBe('29 findings')

    const before = await lints(page)
    await page.locator('[data-testid="fix-all"]').click()
    await linted(page, before)
    expect(await textOf(page)).toBe(expected.fixed)
    expect(await page.locator(highlights).count()).toBeLessThan(expected.count)

    // Undo brings the draft back, marks and all.
    const undone = await lints(page)
    await page.locator('#undo').click()
    await linted(page, undone)
    expect(await textOf(page)).toBe(seed)
    expect(await page.locator(highlights).count()).toBe(expected.count)
    await page.context().close()
  })

  it('opens a finding from the list and applies its fix', async () => {
    const {page} = await open()
    await paste(page, seed)
    const item = page.locator('#findings button', {hasText: 'Use “centre”, not “center”'}).first()
    await item.click()
    await expect.poll(() => page.locator('#details .reason').textContent()).toBe('Use “centre”, not “center”')
    expect(await page.locator('#details .meta a').getAttribute('href')).toMatch(/docs\/rules\/british-spelling\.md$/u)
    const before = await lints(page)
    await page.locator('#details button.apply').first().click()
    await linted(page, before)
    const text = await textOf(page)
    expect(text).toBe(seed.replace('entered the center of Hajin', 'entered the centre of Hajin'))
    expect(await page.locator(highlights).count()).toBe(expected.count - 1)
    await page.context().close()
  })

  it('marks what is typed without a click, and moves between findings from the keyboard', async () => {
    const {page} = await open()
    await page.locator(article).click()
    await page.keyboard.type('The color of the U.S. flag. ')
    await expect.poll(() => page.locator(highlights).evaluateAll((marks) => marks.map((mark) => (mark as HTMLElement).dataset['rule']))).toEqual([
      'british-spelling',
      'abbreviations'
    ])
    // The caret moved into a mark shows its finding.
    await page.keyboard.press('Home')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => page.locator('#details .reason').textContent()).toBe('Use “colour”, not “color”')
    await page.keyboard.press('End')
    await page.keyboard.press('Escape')
    await page.keyboard.press('Alt+ArrowDown')
    await expect.poll(() => page.locator('#details .reason').textContent()).toBe('Use “colour”, not “color”')
    await expect.poll(() => page.locator('#status').textContent()).toBe('Finding 1 of 2: Use “colour”, not “color” (british-spelling)')
    await page.keyboard.press('Alt+ArrowDown')
    await expect.poll(() => page.locator('#details .reason').textContent()).toBe('Use “US”, not “U.S.”')
    const before = await lints(page)
    await page.keyboard.press('Alt+Enter')
    await linted(page, before)
    expect(await textOf(page)).toBe('The color of the US flag. ')
    await page.context().close()
  })

  it('reloads the same text and style from the shareable link, which carries the text in its fragment', async () => {
    const {page} = await open()
    await page.locator('#style').selectOption('bbc')
    await paste(page, seed)
    await page.locator('#share').click()
    await page.waitForFunction(() => location.hash.startsWith('#v1='))
    const link = page.url()
    expect(new URL(link).search).toBe('')
    expect(link).not.toContain('Hajin')
    await page.context().close()

    const {page: again} = await open(link)
    await expect.poll(() => textOf(again)).toBe(seed)
    expect(await again.locator('#style').inputValue()).toBe('bbc')
    await expect.poll(() => again.locator(highlights + '[data-rule="group-names"]').count()).toBeGreaterThan(0)
    await again.context().close()
  })

  it('lints with a style opened from disk, and says what is wrong with a bad one', async () => {
    const {page} = await open()
    await page.locator('#style-file').setInputFiles(path.join(root, 'tests/fixtures/styles/gulf-weekly.json'))
    await expect.poll(() => page.locator('#style option:checked').textContent()).toBe('gulf-weekly (gulf-weekly.json)')
    await paste(page, 'Villagers fled.\n\nIslamic State fighters took 40 per cent of the town.')
    await page.locator('#findings button', {hasText: 'Daesh'}).first().click()
    await expect.poll(() => page.locator('#details .reason').textContent()).toBe('Use “Daesh”, not “Islamic State”')

    const bad = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'house-style-web-')), 'bad.json')
    fs.writeFileSync(bad, JSON.stringify({name: 'bad', extends: 'the-national', data: {numbers: {percent: 5}}}))
    await page.locator('#style-file').setInputFiles(bad)
    await expect.poll(() => page.locator('#problem').textContent()).toContain('data.numbers.percent')
    await page.context().close()
  })

  it('makes no request after it has loaded, and none to another origin', async () => {
    const {page, requests} = await open()
    const atLoad = requests.length
    await paste(page, seed)
    await page.locator('#findings button').first().click()
    await page.locator('#style').selectOption('guardian')
    await page.locator('#format').selectOption('md')
    const before = await lints(page)
    await page.locator('[data-testid="fix-all"]').click()
    await linted(page, before)
    await page.locator('#share').click()
    await page.locator('#copy').click()
    expect(requests.slice(atLoad)).toEqual([])
    expect(requests.every((url) => url.startsWith(origin + '/'))).toBe(true)
    await page.context().close()
  })

  it('has no accessibility violations that axe-core finds, with findings and a finding open', async () => {
    // The page's own policy allows no script but its own: axe-core is let in for this test only.
    const {page} = await open(origin + '/', {bypassCSP: true})
    await paste(page, seed)
    await page.locator('#findings button').first().click()
    await page.addScriptTag({path: path.join(root, 'node_modules/axe-core/axe.min.js')})
    const violations = await page.evaluate(async () => {
      const axe = (globalThis as unknown as {axe: {run: (context: Document) => Promise<{violations: Array<{id: string; nodes: Array<unknown>}>}>}}).axe
      const result = await axe.run(document)
      return result.violations.map((violation) => violation.id + ' (' + violation.nodes.length + ')')
    })
    expect(violations).toEqual([])
    await page.context().close()
  })
})

describe('the web page’s bundle', () => {
  it('is built into dist/web/ with its JavaScript under 1 MB gzipped', () => {
    const scripts = fs.readdirSync(web).filter((name) => name.endsWith('.js'))
    expect(scripts.sort()).toEqual(['page.js', 'worker.js'])
    const gzipped = scripts.reduce((sum, name) => sum + gzipSync(fs.readFileSync(path.join(web, name))).byteLength, 0)
    expect(gzipped).toBeLessThan(1024 * 1024)
  })
})
