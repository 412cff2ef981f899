/**
 * `honorifics`: people are introduced by full name, then called by honorific
 * (or rank, or title) and surname: `Mustafa Bali`, then `Mr Bali`.
 */
import type {Article} from '../src/model/article.js'
import {getPeople, houseForms, isKnownGiven, laterName, type Mention, type PeopleTables, type Person} from '../src/model/people/index.js'
import {code, type Finding} from '../src/kit/report.js'
import {houseStyleRule, quotesOption} from '../src/kit/rule.js'

export interface HonorificsOptions {
  /**
   * Inside direct quotes: `skip` (default: the speaker's words are not
   * rewritten) or `report`.
   */
  quotes: 'skip' | 'report'
}

export interface HonorificsData {
  /**
   * What later mentions look like: `honorific` (`Mr Bali`, the default),
   * `surname` (`Bali`, as the Guardian's news pages write), or `consistent`
   * (either, but one for each person, as the first later mention has it:
   * the BBC's entertainment pages call performers `Stone` and a label's
   * boss `Mr Campbell`).
   */
  laterMention: 'honorific' | 'surname' | 'consistent'
}

type LaterForm = 'honorific' | 'surname'

/** What `check` reads: the later form for the person at hand. */
interface Tables {
  laterMention: LaterForm
}

const plain = new Set(['Mr', 'Ms', 'Mrs', 'Miss'])

export default houseStyleRule<HonorificsOptions, HonorificsData, HonorificsData>(
  {
    id: 'honorifics',
    description: 'Full name at first mention, then honorific and surname: `Mr Bali`',
    fixable: true,
    severity: 'warn',
    options: quotesOption('skip'),
    data: {
      defaults: {laterMention: 'honorific'},
      schema: {
        type: 'object',
        additionalProperties: false,
        required: ['laterMention'],
        properties: {laterMention: {enum: ['honorific', 'surname', 'consistent']}}
      }
    },
    prepare: (data) => data
  },
  ({article, options, tables, model, report}) => {
    const people = getPeople(article, model.people)
    for (const person of people.persons) {
      const form = tables.laterMention === 'consistent' ? laterFormOf(person) : tables.laterMention
      for (const mention of person.mentions) {
        if (mention.headline || (mention.inQuote && options.quotes === 'skip')) continue
        const finding = check(article, {laterMention: form}, model.people, person, mention)
        if (finding) report(finding)
      }
    }
    for (const {mention, persons} of people.ambiguous) {
      if (mention.headline || (mention.inQuote && options.quotes === 'skip') || tables.laterMention !== 'honorific') continue
      const written = article.text.slice(mention.start, mention.end + mention.possessive.length)
      report({
        start: mention.start,
        end: mention.end + mention.possessive.length,
        reason: code(written) + ' could be ' + persons.map((person) => code(fullName(article, person))).join(' or ') + ': say which',
        note: 'No safe fix: more than one person in the article has this surname.'
      })
    }
  }
)

function check(article: Article, tables: Tables, people: PeopleTables, person: Person, mention: Mention): Finding | undefined {
  const surnameOnly = tables.laterMention === 'surname'
  const prefix = mention.prefix

  if (mention.first) {
    // Only an honorific (`Mr Hussein`): a rank or title may be part of a name (`Sgt Pepper jacket`).
    if (mention.kind !== 'prefixed' || prefix?.kind !== 'honorific' || mention.variant) return undefined
    // `Mrs Howard` after `Michael Howard's wife`: a relative, named through them;
    // but `Mr Hassan, her colleague` after `Dr Sarah Hassan` is someone new.
    if (person.ambiguous && (mention.descriptor === undefined || people.relatives.has(mention.descriptor))) return undefined
    return {
      start: mention.start,
      end: mention.end,
      reason: 'Introduce ' + code(article.text.slice(mention.start, mention.end)) + ' by full name at first mention',
      note: 'No safe fix: the full name is not in the article before this mention.'
    }
  }

  // A child is named as the article names them (`Stefan`, not `Mr Pakeerah`).
  if (person.child) return undefined
  // Someone the article called by one name before giving the full one goes by it (`Kayahan`).
  if (person.knownByGiven && mention.kind === 'given') return undefined
  // `Hussein` alone after `Saddam Hussein` may be King Hussein or the imam: only the full name again is shortened.
  if (mention.kind !== 'full' && person.givenAlone) return undefined
  // A full or prefixed name of one of two people with a surname: which one is
  // not sure (a surname or given name alone was attached only when it was).
  if (person.ambiguous && (mention.kind === 'full' || mention.kind === 'prefixed')) return undefined
  // Introduced by a full name (`Biden, 82,` in a standfirst comes before
  // `Former President Joe Biden`): until then, nothing to shorten. A full name
  // in a quote introduces a surname alone after it (`Millian, who`), not the
  // first full name in the copy.
  const introduction = mention.kind === 'full' ? ['full'] : ['full', 'prefixed']
  const introduces = (other: Mention) => other.start < mention.start && !other.headline && introduction.includes(other.kind) && (mention.kind !== 'full' || !other.inQuote)
  if (!person.mentions.some(introduces)) {
    return undefined
  }

  if (mention.kind === 'bare' || mention.kind === 'given') {
    if (surnameOnly || person.usedBefore) return undefined
    return later(article, tables, people, person, mention)
  }

  if (mention.kind === 'full') {
    // Newsrooms that use the surname alone repeat full names freely (briefings, lists).
    if (surnameOnly) return undefined
    // A plain full name again is shortened only where the article itself
    // calls the person by surname (`Tin Tin Nyo` has none to shorten to).
    if (mention.variant) return undefined
    // (`Vladimir Putin` again, with a given name the style lists, is shortened all the same,
    // and so is `Kremlin spokesperson Dmitry Peskov`, after an office or a place's possessive, with one any list knows.)
    const known = person.strong && person.given !== undefined && (people.givenNames.has(person.given) || (mention.officeStart !== undefined && isKnownGiven(people, person.given)))
    const shortened = person.mentions.some((other) => other.kind !== 'full') || known
    if (!mention.prefix && !person.title && !person.rank && !shortened) return undefined
    return later(article, tables, people, person, mention)
  }

  // Prefixed: a plain honorific for someone with a rank or title (`Mr Ryan` for `Col Sean Ryan`).
  if (!prefix) return undefined
  if (prefix.kind === 'honorific' && plain.has(prefix.house) && (person.rank || person.title)) {
    return later(article, tables, people, person, mention)
  }
  if (surnameOnly && prefix.kind === 'honorific' && plain.has(prefix.house)) {
    return later(article, tables, people, person, mention)
  }
  return undefined
}

/** The form a person's first later mention outside quotes has: the one the others keep to. */
function laterFormOf(person: Person): LaterForm {
  for (const mention of person.mentions) {
    if (mention.first || mention.headline || mention.inQuote) continue
    if (mention.kind === 'bare') return 'surname'
    if (mention.kind === 'prefixed' && mention.prefix?.kind === 'honorific' && plain.has(mention.prefix.house)) return 'honorific'
  }
  return 'surname'
}

/** How the article introduced a person (`Himanshi Narwal`, `Dr Vinay Narwal`). */
function fullName(article: Article, person: Person): string {
  const intro = person.introduction
  return article.text.slice(intro.start, intro.end)
}

/** The finding for a later mention not in the house form (made only when there is one to report). */
function later(article: Article, tables: Tables, people: PeopleTables, person: Person, mention: Mention): Finding {
  let forms = houseForms(person, people)
  if (tables.laterMention === 'surname' && !person.rank && !person.title) forms = [laterName(person)]
  // `US President Donald Trump` again becomes `Mr Trump` whole.
  const start = mention.officeStart ?? mention.start
  const written = article.text.slice(start, mention.end)
  const intro = person.introduction
  const introduced = code(article.text.slice(intro.start, intro.end)) + ' (line ' + article.toPoint(intro.start).line + ')'
  const why = 'First mention: ' + introduced + (person.genderEvidence ? '; gender from ' + code(person.genderEvidence) : '') + '.'
  const expected = forms.map((form) => form + mention.possessive)
  const actual = written + mention.possessive
  const choice = expected.map((form) => code(form)).join(' or ')
  const unknown = forms.length > 1 ? ' (gender unknown: most likely first)' : ''
  return {
    start,
    end: mention.end + mention.possessive.length,
    reason: 'Use ' + choice + ' at later mentions, not ' + code(actual) + unknown,
    note: why + (person.rank ? ' Ranks stay at later mentions.' : ''),
    expected
  }
}
