/**
 * Bundle the command-line tools into one file each (run by `npm run build`,
 * after `tsc`): `dist/bin/house-style.mjs` and
 * `dist/bin/house-style-language-server.mjs`, with the server's lint worker
 * in `dist/bin/house-style-lint-worker.mjs`.
 *
 * Why: Node resolves and reads every ES module one by one, and the CLI
 * imports some 470 of them (unified-engine and its dependencies, the rules'
 * data); loading them was two thirds of a cold start (0.6 s of 0.75 s). One
 * file loads in a fraction of that. The Markdown and HTML stacks and Ajv
 * stay outside the bundle: they are required on first use (src/parse/formats.ts,
 * src/kit/validate.ts), from `node_modules` as before.
 */
import fs from 'node:fs'
import path from 'node:path'
import {build} from 'esbuild'

const entries = {
  'house-style': 'dist/src/cli/cli.js',
  'house-style-language-server': 'dist/src/server/server.js',
  // The language server's lint worker, a module of its own for tinypool to load in each thread.
  'house-style-lint-worker': 'dist/src/server/worker.js',
  // The CLI's `--jobs` worker, likewise.
  'house-style-cli-worker': 'dist/src/cli/worker.js'
}

// Chunks are named by their hash: a rebuild must not leave old ones to be packed.
fs.rmSync('dist/bin', {recursive: true, force: true})

const result = await build({
  entryPoints: entries,
  metafile: true,
  outdir: 'dist/bin',
  outExtension: {'.js': '.mjs'},
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Smaller to read and compile at each start; names are kept for stack traces.
  minifyWhitespace: true,
  minifySyntax: true,
  // CommonJS dependencies inside an ES module bundle call `require` for
  // Node's built-in modules; give them one.
  banner: {js: "import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);"},
  // tinypool starts its threads from its own file beside it: it stays in node_modules.
  external: ['tinypool'],
  // The four share most of their code (the rules, the engine): shared chunks, not four copies.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning'
})

// The bundles carry other packages' code, and a package installed from the
// registry does not install those packages: their licences go with the bundles.
const bundled = new Set<string>()
for (const input of Object.keys(result.metafile.inputs)) {
  // The innermost package: `vfile-reporter/node_modules/string-width` is string-width's.
  const match = /^(?:.*\/)?node_modules\/(?:@[^/]+\/)?[^/]+\//u.exec(input)
  if (match) bundled.add(match[0].slice(0, -1))
}
const notices = [...bundled]
  .map((folder) => {
    const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8')) as {name: string; version: string; license?: string; author?: string | {name?: string}}
    const author = typeof manifest.author === 'string' ? manifest.author : manifest.author?.name
    const file = fs.readdirSync(folder).find((name) => /^licen[cs]e(?:\.|$)/iu.test(name))
    const text = file ? fs.readFileSync(path.join(folder, file), 'utf8').trim() : 'Licence: ' + (manifest.license ?? 'not stated') + (author ? ', copyright ' + author : '') + ' (the package ships no licence file).'
    return {name: manifest.name, heading: '## ' + manifest.name + ' ' + manifest.version + ' (' + (manifest.license ?? 'no licence stated') + ')', text}
  })
  .sort((left, right) => (left.name < right.name ? -1 : left.name > right.name ? 1 : 0))
  .filter((notice, index, all) => index === 0 || all[index - 1]!.heading !== notice.heading)
fs.writeFileSync(
  'dist/bin/THIRD-PARTY-NOTICES.md',
  '# Third-party notices\n\nThe bundles in this folder contain code of these packages, under these licences.\n\n' +
    notices.map((notice) => notice.heading + '\n\n```txt\n' + notice.text + '\n```\n').join('\n')
)

// The unbundled entry points stay runnable too (`node dist/src/cli/cli.js`),
// as npx may keep a link to a local package's bin from before a rebuild.
for (const entry of Object.values(entries)) fs.chmodSync(entry, 0o755)
