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

export function isUpper(letter: string): boolean {
  return letter !== letter.toLowerCase() && letter === letter.toUpperCase()
}

/** Whether a word is written in capitals (`THIS`, `U.S.`), with 2+ letters. */
export function isAllCaps(word: string): boolean {
  const found = word.match(letters) ?? []
  return found.length > 1 && found.every((letter) => isUpper(letter))
}
