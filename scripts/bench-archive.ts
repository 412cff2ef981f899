/**
 * The archive benchmark (issue 20), after `npm run build`:
 *
 *   npx tsx scripts/bench-archive.ts [files]     # default 20,000
 *
 * Builds an archive of `files` articles from ../shared/corpus/ (copies in
 * numbered folders) and times the CLI on it: `--jobs 1`, `--jobs 2`, and
 * `--cache` twice (the second run finds every file unchanged), then once
 * more with the pretty report a terminal shows. Prints files
 * per second, the ratios, the peak RSS of each run, and whether the reports
 * and exit codes are identical. docs/benchmarks.md keeps the results.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('../', import.meta.url))
const bin = path.join(root, 'dist/bin/house-style.mjs')
const corpus = path.join(root, '../shared/corpus')
const wanted = Number(process.argv[2] ?? 20_000)
if (!fs.existsSync(corpus)) {
  console.log('skipped: ' + corpus + ' is absent')
  process.exit(0)
}

const sources: Array<string> = []
for (const folder of fs.readdirSync(corpus)) {
  const full = path.join(corpus, folder)
  if (!fs.statSync(full).isDirectory()) continue
  for (const name of fs.readdirSync(full)) if (name.endsWith('.txt')) sources.push(path.join(full, name))
}
const archive = fs.mkdtempSync(path.join(os.tmpdir(), 'house-style-archive-'))
let bytes = 0
for (let index = 0; index < wanted; index++) {
  const source = sources[index % sources.length]!
  const folder = path.join(archive, 'copy-' + Math.floor(index / sources.length))
  if (index % sources.length === 0) fs.mkdirSync(folder)
  fs.copyFileSync(source, path.join(folder, path.basename(source)))
  bytes += fs.statSync(source).size
}
console.log('archive: ' + wanted + ' files, ' + (bytes / 1e6).toFixed(1) + ' MB, from ' + sources.length + ' corpus articles')

interface Run {
  seconds: number
  rssMb: number
  code: number | null
  report: string
}

function run(args: Array<string>, report = 'json'): Run {
  const output = path.join(archive, '..', path.basename(archive) + '.report.json')
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, bin, '--report', report, ...args, '.'], {
    cwd: archive,
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
    stdio: ['ignore', fs.openSync(output, 'w'), 'pipe']
  })
  const [seconds, kilobytes] = result.stderr.trim().split('\n').at(-1)!.split(' ').map(Number)
  const code = /Command exited with non-zero status (\d+)/u.exec(result.stderr)?.[1]
  return {seconds: seconds!, rssMb: kilobytes! / 1024, code: code === undefined ? 0 : Number(code), report: fs.readFileSync(output, 'utf8')}
}

function line(name: string, result: Run): string {
  return name.padEnd(22) + (wanted / result.seconds).toFixed(0).padStart(6) + ' files/s  ' + result.seconds.toFixed(1).padStart(6) + ' s  peak RSS ' + result.rssMb.toFixed(0) + ' MiB  exit ' + result.code
}

fs.rmSync(path.join(archive, '.housestylecache'), {force: true})
const one = run(['--jobs', '1'])
console.log(line('--jobs 1', one))
const two = run(['--jobs', '2'])
console.log(line('--jobs 2', two))
const first = run(['--jobs', '2', '--cache'])
console.log(line('--cache (first run)', first))
const second = run(['--jobs', '2', '--cache'])
console.log(line('--cache (unchanged)', second))
// The report a terminal shows: vfile-reporter's, on stderr (here read whole).
const pretty = run(['--jobs', '2', '--cache'], 'pretty')
console.log(line('--cache, pretty report', pretty))
console.log('--jobs 2 / --jobs 1: ' + (one.seconds / two.seconds).toFixed(2) + 'x; cached / first: ' + (first.seconds / second.seconds).toFixed(1) + 'x')
const same = [two, first, second].every((result) => result.report === one.report && result.code === one.code)
console.log('reports and exit codes identical: ' + (same ? 'yes' : 'NO'))
fs.rmSync(archive, {recursive: true, force: true})
fs.rmSync(path.join(archive, '..', path.basename(archive) + '.report.json'), {force: true})
