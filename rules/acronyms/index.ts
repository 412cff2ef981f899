/**
 * `acronyms`: an acronym is spelt out at first use unless it is well known;
 * the spelt-out name earlier in the article (`Syrian Democratic Forces` for
 * `SDF`), or in brackets next to it, defines it.
 *
 * The folder: `definitions.ts` what defines an acronym, `exemptions.ts`
 * capitals that are not one, `tables.ts` the style data.
 */
import data from '../data/acronyms.json' with {type: 'json'}
import type {Word} from '../../src/model/article.js'
import {code} from '../../src/kit/report.js'
import {houseStyleRule, quotesOption} from '../../src/kit/rule.js'
import {wordParts} from '../../src/model/words.js'
import {addInitials, bracketed, continuesRun, described, startsRun} from './definitions.js'
import {notAnAcronym} from './exemptions.js'
import {dataSchema, prepare, type AcronymsData, type Tables} from './tables.js'

export interface AcronymsOptions {
  /** Inside direct quotes: `skip` (default: the speaker's words) or `report`. */
  quotes: 'skip' | 'report'
}

const acronym = /^[A-Z][A-Z&]*[A-Z]$/u
const roman = /^[IVXLCDM]+$/u

export default houseStyleRule<AcronymsOptions, AcronymsData, Tables>(
  {
    id: 'acronyms',
    description: 'Spell out an acronym at first use unless it is well known: `YPG` needs its name',
    fixable: false,
    severity: 'warn',
    options: quotesOption('skip'),
    data: {defaults: data, schema: dataSchema},
    prepare
  },
  ({article, options, tables, model, report}) => {
    // Names of organisations the style knows (`ISIS`, `ISIL`): `group-names` reports those.
    const groups = model.groups.groupOf
    const defined = new Set<string>()
    const seen = new Set<string>()
    let run: Array<Word> = []
    // Runs of capitalised words ended so far; their initials are worked out
    // only when an unknown acronym asks (few articles have one).
    const ended: Array<Array<Word>> = []

    for (const word of article.words) {
      // Names spelt out so far define their initials.
      if (continuesRun(article, run, word, tables)) {
        run.push(word)
      } else {
        if (run.length > 1) ended.push(run)
        // A word that starts no run keeps the empty one (no new array per word).
        run = startsRun(word) ? [word] : run.length === 0 ? run : []
      }
      if (capitals(word.text) < 2) continue
      if (word.text.includes('.') && !/\.$/u.test(word.text)) continue
      // An acronym has no hyphen: only single segments can be one.
      for (const part of wordParts(word.text.replace(/\.$/u, ''), {segments: 1})) {
        const plural = /^[A-Z]{2,}s$/u.test(part.text)
        const name = plural ? part.text.slice(0, -1) : part.text
        if (!acronym.test(name) || roman.test(name)) continue
        if (seen.has(name)) break
        seen.add(name)
        if (tables.wellKnown.has(name) || groups.has(name) || groups.has(part.text)) break
        if (word.inQuote && options.quotes === 'skip') break
        if (notAnAcronym(article, tables, word, part.start, name)) break
        // A headline cannot spell out; the story under it does.
        if (word.sentence.paragraph.headline) {
          seen.delete(name)
          break
        }
        for (const done of ended.splice(0)) addInitials(done, defined, tables)
        addInitials(run.slice(0, -1), defined, tables)
        if (defined.has(name) || defined.has(name + 'S')) break
        if (bracketed(article, word, part.start, name.length) || described(article, tables, word)) {
          // Spelt out or described here: later forms (`RINs` then `RIN`) are known too.
          defined.add(name)
          defined.add(name.replace(/S$/u, ''))
          break
        }
        const start = word.start + part.start
        report({
          start,
          end: start + name.length,
          reason: 'Spell out ' + code(name) + ' at its first use',
          note: 'Readers may not know ' + code(name) + ': give the full name first, with or without ' + code('(' + name + ')') + '. No automatic fix: the full name is not in the article.'
        })
        break
      }
    }
  }
)

/** How many of `text`’s letters are A to Z: an acronym has two or more. */
function capitals(text: string): number {
  let count = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 0x41 && code <= 0x5a) count++
  }
  return count
}
