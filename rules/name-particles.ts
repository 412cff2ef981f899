/**
 * `name-particles`: Arabic name particles are written capitalised and apart
 * (`Bashar al-Assad` -> `Bashar Al Assad`, `Hayat Tahrir al-Sham` ->
 * `Hayat Tahrir Al Sham`).
 */
import {particleAt} from '../src/model/people/index.js'
import {withoutPossessive} from '../src/model/words.js'
import {code} from '../src/kit/report.js'
import {houseStyleRule, quotesOption} from '../src/kit/rule.js'

export interface NameParticlesOptions {
  /**
   * Inside direct quotes: `report` (default: the spelling of a name is
   * transcription, not the speaker's words) or `skip`.
   */
  quotes: 'skip' | 'report'
}

// The particles and their house forms are the people model's (style data
// `people.particleForms`), so `al-Assad` and `Al Assad` are one surname to
// the people rules too; a style that keeps `al-` empties the table.
export default houseStyleRule(
  {
    id: 'name-particles',
    description: 'Name particles capitalised and apart: `Bashar Al Assad`, not `Bashar al-Assad`',
    fixable: true,
    severity: 'warn',
    options: quotesOption('report')
  },
  ({article, options, model, report}) => {
    const groups = model.groups.groupOf
    const tables = model.people
    const skipQuotes = options.quotes === 'skip'
    for (const word of article.words) {
      if (word.inQuote && skipQuotes) continue
      const particle = particleAt(tables, word.text)
      if (!particle) continue
      // An organisation's name (`al-Qaeda`, `al-Qaeda-linked`) is `group-names`'s finding.
      const second = word.text.indexOf('-', particle.length)
      const name = withoutPossessive(second === -1 ? word.text : word.text.slice(0, second))
      if (groups.has(name)) continue
      // Part of an address or a handle (`aljazeera.com/al-Sham`), not a name in the copy.
      const before = article.text.charAt(word.start - 1)
      if (before === '/' || before === '@' || before === '#') continue
      const written = word.text.slice(0, particle.length)
      const house = particle.form + ' '
      report({
        start: word.start,
        end: word.start + particle.length,
        reason: 'Write ' + code(particle.form + ' ' + word.text.slice(particle.length)) + ', not ' + code(word.text),
        note: 'House style writes the particle of an Arabic name capitalised and apart (' + code(written) + ' -> ' + code(house.trim()) + ').',
        expected: [house]
      })
    }
  }
)
