/**
 * What the page and its lint worker say to each other: plain data, as
 * `postMessage` copies it.
 */
import type {StyleData} from '../kit/style.js'

/** `txt` or `md`: the format the text is parsed as, as a file with that extension would be. */
export type Format = 'txt' | 'md'

/** The style to lint with: a built-in one by name, or one opened from disk. */
export type StyleChoice = {name: string} | {data: StyleData}

export type Request =
  | {id: number; kind: 'lint'; text: string; format: Format; style: StyleChoice}
  | {id: number; kind: 'fix-all'; text: string; format: Format; style: StyleChoice}

export interface Finding {
  /** Where it is in the text, in UTF-16 code units. */
  start: number
  end: number
  rule: string
  severity: 'info' | 'warn' | 'error'
  reason: string
  note: string | undefined
  /** The rule's page. */
  url: string | undefined
  /** The fixes offered, first choice first (empty when there is no safe one). */
  expected: Array<string>
  /** The first-choice edit, as `--fix` and the language server's quick fix apply it. */
  fix: {start: number; end: number; replacement: string} | undefined
}

export type Response =
  | {id: number; kind: 'lint'; text: string; findings: Array<Finding>; styles: Array<string>}
  | {id: number; kind: 'fix-all'; text: string; fixed: string; applied: number}
  | {id: number; kind: 'error'; text: string; message: string}
