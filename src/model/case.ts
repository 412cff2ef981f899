/**
 * Keep the case of the text being replaced.
 */

const letters = /\p{L}/gu

/**
 * Give `replacement` the case pattern of `actual`: all capitals stay all
 * capitals (`CENTER` -> `CENTRE`) and a capital first letter stays
 * (`Center` -> `Centre`, `E.g.` -> `Eg`). A replacement that already starts
 * with a capital (a proper name) is left as it is otherwise.
 */
export function keepCase(actual: string, replacement: string, options: {allCaps?: boolean} = {}): string {
  const found = actual.match(letters) ?? []
  if (options.allCaps !== false && found.length > 1 && found.every((letter) => isUpper(letter))) {
    return replacement.toUpperCase()
  }
  const first = found[0]
  if (first !== undefined && isUpper(first)) {
    return replacement.replace(/\p{L}/u, (letter) => letter.toUpperCase())
  }
  return replacement
}

const capitalStart = /^\p{Lu}/u

/** Whether `text` starts with a capital letter (`/^\p{Lu}/u`), ASCII without the regex. */
export function startsUpper(text: string): boolean {
  const code = text.charCodeAt(0)
  return code < 128 ? code >= 65 && code <= 90 : capitalStart.test(text)
}

/**
 * Whether the first letter of `text` (`/\p{L}/u`, after any quote marks or
 * digits) is a capital; ASCII (most words) is read without a regex match,
 * as in `isAllCaps`.
 */
export function firstLetterUpper(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 0x80) break
    if (code >= 0x41 && code <= 0x5a) return true
    if (code >= 0x61 && code <= 0x7a) return false
  }
  // Only ASCII that is no letter comes before here: the first letter is the regex's.
  const first = text.match(firstLetter)?.[0]
  return first !== undefined && isUpper(first)
}

const firstLetter = /\p{L}/u

export function isUpper(letter: string): boolean {
  return letter !== letter.toLowerCase() && letter === letter.toUpperCase()
}

/** Whether a word is written in capitals (`THIS`, `U.S.`), with 2+ letters. */
export function isAllCaps(word: string): boolean {
  // Plain ASCII (most words) needs no regex: its letters are A-Z and a-z.
  let capitals = 0
  let ascii = true
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index)
    if (code >= 0x61 && code <= 0x7a) return false
    if (code >= 0x41 && code <= 0x5a) capitals++
    else if (code >= 0x80) ascii = false
  }
  if (ascii) return capitals > 1
  const found = word.match(letters) ?? []
  return found.length > 1 && found.every((letter) => isUpper(letter))
}
