/**
 * Build the web page (`npm run build:web`, also part of `npm run build`):
 * `dist/web/`, a static folder any host can serve. Two bundles made with
 * esbuild, the page (`page.js`) and its lint worker (`worker.js`, the
 * rules, their data and the Markdown stack), and the HTML and CSS as written.
 *
 * The page's modules import nothing of Node's (src/parse/platform.ts reaches
 * Node only at run time), so the browser bundle is the same code as the CLI.
 */
import fs from 'node:fs'
import path from 'node:path'
import {gzipSync} from 'node:zlib'
import {fileURLToPath} from 'node:url'
import {build, type BuildOptions} from 'esbuild'

const root = fileURLToPath(new URL('../', import.meta.url))
const outdir = path.join(root, 'dist/web')

fs.rmSync(outdir, {recursive: true, force: true})
const common: BuildOptions = {
  absWorkingDir: root,
  outdir,
  bundle: true,
  platform: 'browser',
  format: 'esm',
  target: ['es2022', 'chrome111', 'firefox113', 'safari16.4'],
  minify: true,
  legalComments: 'eof',
  logLevel: 'warning'
}
await build({...common, entryPoints: {page: 'src/web/page.ts'}})
// A worker has no `document`: packages with a DOM build for browsers (decode-named-character-reference) give their worker build.
await build({...common, entryPoints: {worker: 'src/web/worker.ts'}, conditions: ['worker']})
for (const asset of ['index.html', 'page.css']) fs.copyFileSync(path.join(root, 'src/web', asset), path.join(outdir, asset))

if (process.argv.includes('--sizes')) {
  for (const name of fs.readdirSync(outdir).sort()) {
    const bytes = fs.readFileSync(path.join(outdir, name))
    console.log(name.padEnd(12) + String(bytes.byteLength).padStart(9) + ' bytes, ' + String(gzipSync(bytes).byteLength).padStart(8) + ' gzipped')
  }
}
