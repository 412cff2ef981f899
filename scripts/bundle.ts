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
import {build} from 'esbuild'

const entries = {
  'house-style': 'dist/src/cli/cli.js',
  'house-style-language-server': 'dist/src/server/server.js',
  // The language server's lint worker, a module of its own for tinypool to load in each thread.
  'house-style-lint-worker': 'dist/src/server/worker.js',
  // The CLI's `--jobs` worker, likewise.
  'house-style-cli-worker': 'dist/src/cli/worker.js'
}

await build({
  entryPoints: entries,
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
  logLevel: 'warning'
})

// The unbundled entry points stay runnable too (`node dist/src/cli/cli.js`),
// as npx may keep a link to a local package's bin from before a rebuild.
for (const entry of Object.values(entries)) fs.chmodSync(entry, 0o755)
