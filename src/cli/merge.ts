/**
 * `--merge-reports a.json b.json ...`: the JSON or SARIF reports of the
 * shards of one run (`--shard i/n` on n CI runners), merged into one, as if
 * one run had linted every file: JSON files sorted by path, SARIF results
 * of one run, in the order of the reports given.
 */
import {readRegularFile} from '../kit/read.js'

type JsonFile = {path?: string}
type SarifLog = {version?: string; runs?: Array<{results?: Array<unknown>}>}

/** The merged report's text, or an error message naming the report that is not one. */
export function mergeReports(paths: ReadonlyArray<string>, maxBytes: number): {text: string} | {error: string} {
  const reports: Array<{path: string; value: unknown}> = []
  for (const filePath of paths) {
    let value: unknown
    try {
      value = JSON.parse(readRegularFile(filePath, maxBytes).bytes.toString('utf8'))
    } catch (error) {
      return {error: 'cannot merge `' + filePath + '`: ' + (error instanceof SyntaxError ? 'not JSON' : (error as Error).message)}
    }
    reports.push({path: filePath, value})
  }
  if (reports.length === 0) return {error: '--merge-reports expects the reports to merge'}
  if (reports.every((report) => Array.isArray(report.value))) {
    const files = reports.flatMap((report) => report.value as Array<JsonFile>)
    files.sort((a, b) => ((a.path ?? '') < (b.path ?? '') ? -1 : (a.path ?? '') > (b.path ?? '') ? 1 : 0))
    return {text: JSON.stringify(files) + '\n'}
  }
  const notSarif = reports.find((report) => !isSarif(report.value))
  if (notSarif) return {error: 'cannot merge `' + notSarif.path + '`: neither a JSON report (`--report json`) nor a SARIF one like the others'}
  const [first, ...rest] = reports.map((report) => report.value as Required<SarifLog>)
  const run = first!.runs[0]!
  run.results = [...(run.results ?? []), ...rest.flatMap((log) => log.runs[0]?.results ?? [])]
  return {text: JSON.stringify(first, null, 2) + '\n'}
}

function isSarif(value: unknown): value is Required<SarifLog> {
  const log = value as SarifLog
  return typeof value === 'object' && value !== null && log.version === '2.1.0' && Array.isArray(log.runs) && log.runs.length === 1
}
