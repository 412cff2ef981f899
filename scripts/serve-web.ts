/**
 * A static server for `dist/web/`, as any host would serve it, on a free
 * port of 127.0.0.1: for the web page's tests, benchmark and screenshot.
 * Nothing is cached (`no-store`), so every load is a cold one.
 *
 *   npx tsx scripts/serve-web.ts     # serves until stopped, and prints the address
 */
import fs from 'node:fs'
import http from 'node:http'
import type {AddressInfo} from 'node:net'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const webFolder = fileURLToPath(new URL('../dist/web/', import.meta.url))

const types: Record<string, string> = {'.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css'}

export function serveWeb(): Promise<{server: http.Server; origin: string}> {
  const root = path.resolve(webFolder)
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    const file = path.join(root, pathname.endsWith('/') ? pathname + 'index.html' : pathname)
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404).end()
      return
    }
    response.writeHead(200, {'content-type': types[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store'}).end(fs.readFileSync(file))
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({server, origin: 'http://127.0.0.1:' + (server.address() as AddressInfo).port})))
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const {origin} = await serveWeb()
  console.log('Serving dist/web/ at ' + origin + '/')
}
