/**
 * The one way rules report a finding: exact place, `actual`, `expected`.
 */
import type {VFile} from 'vfile'
import type {Article} from './article.js'

export interface Finding {
  /** Offset of the offending text in the file. */
  start: number
  /** Offset just after it. */
  end: number
  /** The problem and the house form, in one line. */
  reason: string
  /** Replacements, first choice first; omitted when no fix is safe. */
  expected?: Array<string>
  /** Why, or where the rule comes from. */
  note?: string
}

/**
 * Report `finding` on `file`; `actual` is the text at the place.
 */
export function report(file: VFile, article: Article, finding: Finding): undefined {
  const strings = internedStrings(file)
  const message = withoutStack(() =>
    file.message(strings(finding.reason), {place: {start: article.toPoint(finding.start), end: article.toPoint(finding.end)}})
  )
  message.actual = article.text.slice(finding.start, finding.end)
  if (finding.expected) message.expected = finding.expected
  if (finding.note) message.note = strings(finding.note)
}

const stringsByFile = new WeakMap<VFile, (value: string) => string>()

/**
 * One copy of each reason and note per file: a long file repeats them
 * (30,000 findings of a 10 MB file had 800 reasons), and every finding is
 * kept until the report.
 */
function internedStrings(file: VFile): (value: string) => string {
  let intern = stringsByFile.get(file)
  if (!intern) {
    const seen = new Map<string, string>()
    intern = (value) => {
      const known = seen.get(value)
      if (known !== undefined) return known
      seen.set(value, value)
      return value
    }
    stringsByFile.set(file, intern)
  }
  return intern
}

/**
 * Run `make` without capturing stack traces: a vfile message is an `Error`,
 * and capturing the stack of each (useless for a finding: it would point
 * into the linter, not the article) was a twentieth of the whole lint.
 */
function withoutStack<Result>(make: () => Result): Result {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return make()
  } finally {
    Error.stackTraceLimit = limit
  }
}

/** Quote a phrase for a message: `ISIS`. */
export function code(value: string): string {
  return '`' + value + '`'
}
