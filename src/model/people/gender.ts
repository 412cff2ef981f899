/**
 * A person's gender, from their honorific, given name, a descriptor or the
 * pronouns that follow their mentions.
 */
import type {Article, Word} from '../article.js'
import {startsUpper} from '../case.js'
import {wordBeforeMention} from './prefixes.js'
import type {PeopleTables} from './tables.js'
import type {Gender, Mention, Person} from './types.js'

/**
 * The mentions whose span covers each word (by word index). `nextPronoun`
 * asks this for every word it passes; scanning every mention instead made
 * the people model quadratic in the article's length (98 s for 3 MB).
 */
export function coveringMentions(article: Article, mentions: Array<Mention>): Map<number, Array<Mention>> {
  const covering = new Map<number, Array<Mention>>()
  const words = article.words
  for (const mention of mentions) {
    // The first word starting at or after the mention's start (words are in order).
    let low = 0
    let high = words.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (words[middle]!.start < mention.start) low = middle + 1
      else high = middle
    }
    for (let index = low; index < words.length && words[index]!.start < mention.end; index++) {
      const list = covering.get(index)
      if (list) list.push(mention)
      else covering.set(index, [mention])
    }
  }
  return covering
}

/** Clues to a gender, strongest first. */
const clue = {honorific: 0, descriptor: 1, givenName: 2, pronoun: 3, birthRecords: 4, pronounAfterSomeoneElse: 5} as const

export function inferGender(article: Article, tables: PeopleTables, person: Person, covering: Map<number, Array<Mention>>): undefined {
  const found: Array<[number, Gender, string]> = []
  for (const mention of person.mentions) {
    const gender = mention.prefix?.kind === 'honorific' ? tables.honorifics.get(mention.prefix.house) : undefined
    if (gender && gender !== 'any') found.push([clue.honorific, gender, mention.prefix!.house + ' ' + mention.surname])
    const described = mention.descriptor ? tables.descriptors.get(mention.descriptor) : undefined
    if (described && described !== 'any') found.push([clue.descriptor, described, mention.descriptor!])
    if (mention.inQuote || mention.possessive) continue
    const pronoun = nextPronoun(article, tables, mention, covering)
    if (pronoun) found.push([pronoun[2] ? clue.pronounAfterSomeoneElse : clue.pronoun, pronoun[0], pronoun[1]])
  }
  const given = person.given ? tables.givenNames.get(person.given) : undefined
  if (given) found.push([clue.givenName, given, 'given name ' + person.given])
  // Birth records: where the article itself says nothing (but for a pronoun that may mean someone else).
  const recorded = !given && person.given ? tables.namesBySex.get(person.given) : undefined
  if (recorded) found.push([clue.birthRecords, recorded, 'given name ' + person.given])
  found.sort((a, b) => a[0] - b[0])
  const best = found[0]
  if (!best) return
  let agreeing = 0
  let against = 0
  for (const other of found) if (other[0] === best[0]) other[1] === best[1] ? agreeing++ : against++
  if (against > 0) {
    // Pronouns disagree when one of them means someone nearby: the clear
    // majority (two to one or better) decides; otherwise leave it unknown.
    if (best[0] !== clue.pronoun && best[0] !== clue.pronounAfterSomeoneElse) return
    const majority = agreeing >= 2 * against ? best[1] : against >= 2 * agreeing ? (best[1] === 'male' ? 'female' : 'male') : undefined
    if (!majority) return
    const evidence = found.find((other) => other[0] === best[0] && other[1] === majority)!
    person.gender = majority
    person.genderEvidence = evidence[2]
    return
  }
  person.gender = best[1]
  person.genderEvidence = best[2]
}

/**
 * The first pronoun after `mention` in its sentence or the next, with no
 * other person between, and whether someone named before the mention in its
 * sentence may be the one it means.
 */
function nextPronoun(
  article: Article,
  tables: PeopleTables,
  mention: Mention,
  covering: Map<number, Array<Mention>>
): [Gender, string, boolean] | undefined {
  const words = article.words
  const last = mention.words.at(-1)!
  const sentence = last.sentence
  const limit = article.sentences[sentence.index + 1]?.paragraph === sentence.paragraph ? sentence.index + 1 : sentence.index
  // `Trump has said accusations by Zervos ... against him`: after a lower-case
  // word (`by`, `defamed`), the name is no subject, and a pronoun in the
  // sentence may mean the person named before it: the weakest clue. Not the
  // name's own clause (`Zervos, who said she`, `Orlando said he`).
  for (let index = last.index + 1; index < words.length; index++) {
    const word = words[index]!
    if (word.sentence.index > limit) return undefined
    const others = covering.get(index)
    if (others && coversSomeoneElse(others, mention.person)) return undefined
    if (word.inQuote) continue
    const gender = tables.pronouns.get(word.lower)
    if (gender && isObjectOfName(article, tables, mention, last, word)) continue
    if (gender) {
      const next = words[index + 1]
      const afterSomeoneElse =
        word.sentence === sentence && mention.apposition !== 'who' && !mention.speech && isObject(article, wordBeforeMention(article, mention)) && namedBefore(mention, covering)
      return [gender, word.lower + (next && !next.inQuote ? ' ' + next.text : ''), afterSomeoneElse]
    }
    // Another capitalised name-like word between: unsure who the pronoun means.
    if (word.sentence.index > sentence.index && startsUpper(word.text) && index > word.sentence.words[0]!.index) {
      return undefined
    }
  }
  return undefined
}

/**
 * Whether a pronoun is the object of a verb right after the name, when the
 * name is its clause's subject (`Gordon told her he would`, `that Smith
 * asked him`): someone else, as the person would be `herself`. Not
 * `Doctors treating Gordon sedated him` (Gordon is no subject there), nor
 * `Jones lost her only son` (`her` is hers).
 */
function isObjectOfName(article: Article, tables: PeopleTables, mention: Mention, last: Word, pronoun: Word): boolean {
  if (pronoun.index !== last.index + 2 || (pronoun.lower !== 'him' && pronoun.lower !== 'her')) return false
  const verb = article.words[last.index + 1]!
  // Right after the name, one space between (not `praised Xi, calling him`, whose subject is Trump).
  if (article.text.slice(last.end, verb.start) !== ' ' || article.text.slice(verb.end, pronoun.start) !== ' ') return false
  if (tables.functionWords.has(verb.lower) || !/^\p{Ll}+$/u.test(verb.text)) return false
  // The name starts its clause: first in the sentence, after a stop or a comma, after `that`
  // or `but`, or after a speech verb whose `that` is left out (`a delegate said Gordon told her`).
  const before = wordBeforeMention(article, mention)
  if (before && isObject(article, before) && !tables.clauseOpeners.has(before.lower) && !tables.speechVerbs.has(before.lower)) return false
  if (pronoun.lower === 'him') return true
  // `her` before a noun or `only` is a possessive; before a stop, `he`, `that` or `about`, an object.
  const next = article.words[pronoun.index + 1]
  return next === undefined || next.sentence !== pronoun.sentence || article.text.charCodeAt(pronoun.end) !== 32 || tables.herObjectBefore.has(next.lower)
}

/** Whether the word before a mention (`wordBeforeMention`) is a lower-case one right before it (`by Zervos`), as before an object. */
function isObject(article: Article, before: Word | undefined): boolean {
  // One space between, nothing else (`by Zervos`, not `by “Zervos`).
  return before !== undefined && before.text === before.lower && /\p{Ll}/u.test(before.text) && article.text.charCodeAt(before.end) === 32 && article.words[before.index + 1]!.start === before.end + 1
}

/** Whether someone else is named earlier in the mention's sentence. */
function namedBefore(mention: Mention, covering: Map<number, Array<Mention>>): boolean {
  const first = mention.words[0]!
  for (let index = first.sentence.words[0]!.index; index < first.index; index++) {
    const others = covering.get(index)
    if (others && coversSomeoneElse(others, mention.person)) return true
  }
  return false
}

function coversSomeoneElse(mentions: Array<Mention>, person: Person | undefined): boolean {
  for (const other of mentions) if (other.person !== person) return true
  return false
}
