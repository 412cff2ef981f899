#!/usr/bin/env node
/**
 * `house-style`: lint articles from the command line.
 *
 * Built on unified-engine, like remark-cli: globs and folders, config and
 * ignore files found per file, reporters, `--frail`, `--quiet`. Exit code 0
 * when no errors are reported (no warnings either with `--frail`), 1
 * otherwise, 2 for a usage error.
 */
import {createRequire} from 'node:module'
import process from 'node:process'
import {parseArgs} from 'node:util'
import {unified, type Plugin} from 'unified'
import {engine} from 'unified-engine'
import {reporter as prettyReporter} from 'vfile-reporter'
import jsonReporter from 'vfile-reporter-json'
import {configNames, configTransform} from './config.js'
import retextHouseStyle, {retextHouseStyleParse} from './index.js'

// unified-engine types plugin options as `unknown`; the preset checks its own.
const preset = retextHouseStyle as unknown as Plugin<Array<unknown>>

const packageJson = createRequire(import.meta.url)('../../package.json') as {version: string}

/** Reporters by `--report` name; ours, so they resolve from this package. */
const reporters = {pretty: prettyReporter, json: jsonReporter}

export const extensions = ['txt', 'text']

const usage = `Usage: house-style [options] [path | glob ...]

Lint news articles against a house style (default: the-national).
Folders are searched for .txt files; with no paths, stdin is read.

Options:
  -r, --report <name>     reporter: pretty (default) or json
      --style <name|path> style to use, over any config file's
  -c, --config <path>     config file to use (default: .housestylerc* or a
                          "houseStyle" field in package.json, searched upwards)
      --no-config         ignore config files
  -i, --ignore-path <p>   ignore file to use (default: .housestyleignore)
      --no-ignore         ignore ignore files
  -f, --frail             exit with 1 on warnings as well as errors
  -q, --quiet             only report files with messages
  -S, --silent            only report errors
      --color / --no-color  colour in the report (default: when a terminal)
  -h, --help              show this help
  -v, --version           show the version

Exit codes: 0 no errors (and no warnings with --frail), 1 findings that fail
the run or a file that could not be processed, 2 bad usage.

Examples:
  house-style article.txt
  house-style "stories/**/*.txt" --report json
  house-style --style ./our-style.json --frail copy/`

const options = {
  report: {type: 'string', short: 'r', default: 'pretty'},
  style: {type: 'string'},
  config: {type: 'string', short: 'c'},
  'no-config': {type: 'boolean'},
  'ignore-path': {type: 'string', short: 'i'},
  'no-ignore': {type: 'boolean'},
  frail: {type: 'boolean', short: 'f'},
  quiet: {type: 'boolean', short: 'q'},
  silent: {type: 'boolean', short: 'S'},
  color: {type: 'boolean'},
  'no-color': {type: 'boolean'},
  help: {type: 'boolean', short: 'h'},
  version: {type: 'boolean', short: 'v'}
} as const

function fail(message: string): never {
  process.stderr.write('house-style: ' + message + '\nTry `house-style --help`.\n')
  process.exit(2)
}

let parsed
try {
  parsed = parseArgs({options, allowPositionals: true, strict: true})
} catch (error) {
  fail((error as Error).message)
}
const {values, positionals} = parsed

if (values.help) {
  process.stdout.write(usage + '\n')
  process.exit(0)
}
if (values.version) {
  process.stdout.write(packageJson.version + '\n')
  process.exit(0)
}
if (positionals.length === 0 && process.stdin.isTTY) {
  process.stdout.write(usage + '\n')
  process.exit(0)
}
const report = values.report as string
if (!(report in reporters)) {
  fail('unknown reporter `' + report + '`: expected one of ' + Object.keys(reporters).map((name) => '`' + name + '`').join(', '))
}

engine(
  {
    processor: unified().use(retextHouseStyleParse),
    files: positionals,
    extensions,
    cwd: process.cwd(),
    ...configNames,
    configTransform,
    defaultConfig: {plugins: [[preset, {}]]},
    plugins: values.style ? [[preset, {style: values.style}]] : [],
    rcPath: values.config,
    detectConfig: !values['no-config'],
    ignorePath: values['ignore-path'],
    detectIgnore: !values['no-ignore'],
    silentlyIgnore: false,
    out: false,
    output: false,
    streamIn: process.stdin,
    streamOut: process.stdout,
    streamError: process.stderr,
    reporter: reporters[report as keyof typeof reporters],
    color: values['no-color'] ? false : (values.color ?? process.stderr.isTTY === true),
    frail: values.frail ?? false,
    quiet: values.quiet ?? false,
    silent: values.silent ?? false
  },
  (error, code) => {
    if (error) {
      process.stderr.write('house-style: ' + error.message + '\n')
      process.exitCode = 1
      return
    }
    process.exitCode = code ?? 0
  }
)
