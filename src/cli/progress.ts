/**
 * Progress on standard error while files are linted (on a terminal, for
 * more than a few files, or with `--progress`): files done of all, the rate
 * and the time left, on one line that is cleared at the end. And the summary
 * line every run of more than one file ends with.
 */
import type {VFile} from 'vfile'

/** Fewer files than this show no progress line unless asked. */
export const progressFrom = 20

export class Progress {
  readonly #total: number
  readonly #stream: NodeJS.WriteStream
  readonly #started = Date.now()
  #done = 0
  #drawn = 0
  #shown = false

  constructor(total: number, stream: NodeJS.WriteStream) {
    this.#total = total
    this.#stream = stream
  }

  tick(): undefined {
    this.#done++
    const now = Date.now()
    // Some ten times a second, and the last file.
    if (now - this.#drawn < 100 && this.#done < this.#total) return
    this.#drawn = now
    const seconds = (now - this.#started) / 1000
    const rate = seconds > 0 ? this.#done / seconds : 0
    const left = rate > 0 ? (this.#total - this.#done) / rate : 0
    const line = this.#done + '/' + this.#total + ' files, ' + rate.toFixed(rate < 10 ? 1 : 0) + ' files/s, ' + duration(left) + ' left'
    this.#stream.write('\r\u001B[K' + line)
    this.#shown = true
  }

  /** Clear the line. */
  finish(): undefined {
    if (this.#shown) this.#stream.write('\r\u001B[K')
    this.#shown = false
  }
}

function duration(seconds: number): string {
  if (seconds < 60) return Math.ceil(seconds) + ' s'
  const minutes = Math.floor(seconds / 60)
  return minutes + ' min ' + Math.ceil(seconds - minutes * 60) + ' s'
}

/** `12 files checked, 3 with findings: honorifics 5, numbers 2` (findings per rule, most first). */
export function summaryLine(files: ReadonlyArray<VFile>): string {
  const byRule = new Map<string, number>()
  let withFindings = 0
  for (const file of files) {
    if (file.messages.length > 0) withFindings++
    for (const message of file.messages) byRule.set(message.ruleId ?? 'other', (byRule.get(message.ruleId ?? 'other') ?? 0) + 1)
  }
  const rules = [...byRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([rule, count]) => rule + ' ' + count)
  return files.length + ' file' + (files.length === 1 ? '' : 's') + ' checked, ' + withFindings + ' with findings' + (rules.length > 0 ? ': ' + rules.join(', ') : '')
}
