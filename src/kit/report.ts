/**
 * The one way rules report a finding: exact place, `actual`, `expected`.
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {Article} from '../model/article.js'
import type {Edit} from '../parse/rendered.js'

declare module 'vfile-message' {
  interface VFileMessage {
    /**
     * In Markdown and HTML, each of `expected` as the edit it makes to the
     * file: where (offsets into the file) and what to write, as the file
     * writes it (`&quot;` stays `&quot;`, markup characters are escaped).
     * In plain text the edit is `expected` at `place`.
     */
    fixes?: Array<Edit>
  }
}

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
  const message = withoutStack(() => file.message(strings(finding.reason), {place: article.placeOf(finding.start, finding.end)}))
  message.actual = article.text.slice(finding.start, finding.end)
  if (finding.note) message.note = strings(finding.note)
  if (finding.expected) setExpected(message, article, finding.start, finding.end, finding.expected)
}

/**
 * Give `message` the fixes that turn `article.text.slice(start, end)` into
 * each of `expected`. In Markdown and HTML, a fix that would have to cross
 * markup (a word split by `<b>`) is dropped rather than guessed.
 */
export function setExpected(message: VFileMessage, article: Article, start: number, end: number, expected: Array<string>): undefined {
  const rendering = article.rendering
  if (!rendering) {
    message.expected = expected
    return
  }
  const kept: Array<string> = []
  const fixes: Array<Edit> = []
  for (const replacement of expected) {
    const edit = rendering.edit(start, end, replacement)
    if (!edit) continue
    kept.push(replacement)
    fixes.push(edit)
  }
  if (kept.length > 0) {
    message.expected = kept
    message.fixes = fixes
  } else {
    delete message.expected
    delete message.fixes
    if (expected.length > 0) message.note = (message.note ? message.note + ' ' : '') + crossesMarkup
  }
}

/** Why a finding in Markdown or HTML has no fix though its rule gives one. */
export const crossesMarkup = 'No fix is offered here: the text runs across markup.'

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
