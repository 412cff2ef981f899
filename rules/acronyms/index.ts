/**
 * `acronyms`: an acronym is spelt out at first use unless it is well known
 * (the style's list and the dictionary's); its words earlier in the article
 * (`Syrian Democratic Forces` for `SDF`), or in brackets next to it either
 * way round, define it.
 *
 * The folder: `definitions.ts` what defines an acronym (`initials.ts` the
 * initials a name gives), `exemptions.ts` capitals that are not one,
 * `tables.ts` the style data.
 */
import data from '../data/acronyms.json' with {type: 'json'}
import {code} from '../../src/kit/report.js'
import {houseStyleRule, quotesOption} from '../../src/kit/rule.js'
import {wordParts} from '../../src/model/words.js'
import {bracketed, described, spelledOutBefore} from './definitions.js'
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
    severity: 'info',
    options: quotesOption('skip'),
    data: {defaults: data, schema: dataSchema},
    prepare
  },
  ({article, options, tables, model, report}) => {
    // Names of organisations the style knows (`ISIS`, `ISIL`): `group-names` reports those.
    const groups = model.groups.groupOf
    const seen = new Set<string>()

    for (const word of article.words) {
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
        // Its words are looked for only now: few articles have an unknown acronym.
        if (bracketed(article, tables, word, part.start, name) || described(article, tables, word) || spelledOutBefore(article, tables, word, name)) break
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
