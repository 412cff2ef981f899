/**
 * Finding names in an article: runs of capitalised words, read as a
 * mention (full name, prefixed, bare surname) where the words around them
 * say a person is meant.
 */
import type {Article, Paragraph, Word} from '../article.js'
import {isAllCaps, startsUpper} from '../case.js'
import {inWordSet, possessiveLength, withoutPossessive} from '../words.js'
import {lowerNameKey, nameKey} from './names.js'
import {describes, descriptorAfter, findPrefix, officeDescriptor} from './prefixes.js'
import type {PeopleTables} from './tables.js'
import type {Mention, Prefix} from './types.js'

/** `Separately`, `Finally`, `Reportedly`: an adverb's endings, which given names ending in -ly (`Vitaly`, `Kimberly`) lack. */
const sentenceAdverb = /^\p{Lu}\p{Ll}+(?:al|ate|ent|ant|ous|ive|ed|ing|ar|ful|ab|ib|ic|i)ly$/u

// The text and word checks below run for every word of every article: they
// answer ASCII with character codes and leave the rest to the regular
// expressions they stand for.

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

/**
 * Whether `text` holds a character no name has: a digit, or ASCII
 * punctuation other than `'`, `-` and `.` (`India?Neeraj`, where the source
 * lost a space). Letters past ASCII (`’`, accents) are a name's.
 */
function hasNonNameCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 128 || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) continue
    if (code !== 39 && code !== 45 && code !== 46) return true
  }
  return false
}

/** A compound with a lower-case part (`Europe-based`). */
function hasLowerCompound(text: string): boolean {
  return text.includes('-') && /-\p{Ll}/u.test(text)
}

/** Whether `text` starts with a particle (`al`, `Abu`, `al-Assad`). */
function isParticle(tables: PeopleTables, text: string): boolean {
  const lower = text.toLowerCase()
  const hyphen = lower.indexOf('-')
  // `Abdul-Malik`, `Abdel-Fattah`: a given name of two parts (joined particles are short: `al-`, `Abu-`).
  if (hyphen > 4) return false
  return tables.particles.has(hyphen === -1 ? lower : lower.slice(0, hyphen))
}

/**
 * Every mention a name could be, in order: runs of adjacent name-like words
 * (capitalised, or particles) in a sentence, each read by `readRun`. Runs
 * are spans of the article's words, so no run is copied out that is not a
 * name.
 */
export function readNames(article: Article, tables: PeopleTables): Array<Mention> {
  const words = article.words
  const candidates: Array<Mention> = []
  // Words the article puts an honorific before (`Mr German`): surnames, even if places.
  const honoured = new Set<string>()
  // Surnames the article writes with the particle `Al` after a given name (`Bashar Al Assad`): `Al` there is no given name.
  const alSurnames = new Set<string>()
  for (let index = 0; index + 1 < words.length; index++) {
    const text = words[index]!.text
    if (inWordSet(tables.honorificForms, text)) honoured.add(withoutPossessive(words[index + 1]!.text))
    else if (text === 'Al' && index > 0 && startsUpper(words[index - 1]!.text) && !tables.titleWords.has(words[index - 1]!.text)) {
      alSurnames.add(withoutPossessive(words[index + 1]!.text))
    }
  }
  /** Index of the first word of the current run, or -1. */
  let start = -1
  /** The paragraph of the last run and whether it is a headline, asked once per paragraph. */
  let paragraph: Paragraph | undefined
  let headline = false
  for (let index = 0; index <= words.length; index++) {
    const word = words[index]
    const nameLike = word !== undefined && isNameLike(tables, word)
    if (start !== -1 && (!nameLike || !isJoined(article.text, words[index - 1]!, word!))) {
      let from = start
      let to = index
      // A name ends with a capital, not a particle, and starts with one
      // unless it is a surname with its particles (`al-Sharaa`, `von der Leyen`).
      while (to > from && !startsName(words[to - 1]!.text)) to--
      let particles = from
      while (particles < to && !startsName(words[particles]!.text)) particles++
      if (particles !== to - 1) while (from < to && !startsUpper(words[from]!.text)) from++
      if (from < to) {
        if (words[from]!.sentence.paragraph !== paragraph) {
          paragraph = words[from]!.sentence.paragraph
          headline = paragraph.headline
        }
        const mention = readRun(article, tables, from, to, headline, honoured, alSurnames)
        if (mention) candidates.push(mention)
      }
      start = -1
    }
    if (nameLike && start === -1) start = index
  }
  return candidates
}

/** Initials standing for a given name (`J.K.`, `B.B.`, `W.`), not an acronym or a place (`U.S.`). */
function isInitials(tables: PeopleTables, text: string): boolean {
  return /^(?:\p{Lu}\.){1,3}$/u.test(text) && !tables.initialsNotNames.has(text)
}

/** Whether a word can start or end a name: a capital, or a particle joined to one (`al-Sharaa`). */
function startsName(text: string): boolean {
  return startsUpper(text) || /^\p{Ll}{1,4}-\p{Lu}/u.test(text)
}

/** Whether `previous` is an office or a rank after a hyphen, right before `word` (`then-President`, `ex-Gov.`, `then-Gen.`). */
function isHyphenedOffice(text: string, tables: PeopleTables, previous: Word, word: Word): boolean {
  const hyphen = previous.text.lastIndexOf('-')
  if (hyphen < 1) return false
  const office = previous.text.slice(hyphen + 1)
  // (A rank too: `then-Gen. Powell` later is `Mr Powell` whole, for someone introduced without it.)
  if (isJoined(text, previous, word)) return tables.titleWords.has(office) || tables.ranks.has(office)
  // An abbreviation's full stop between (`then-Sen. Obama`), where sentences may be cut.
  return text.slice(previous.end, word.start) === '. ' && previous.inQuote === word.inQuote && (tables.titleWords.has(office + '.') || tables.ranks.has(office))
}

/**
 * Whether `word` continues the name of `previous`: same sentence, one space
 * between, no possessive, same side of a quote.
 */
function isJoined(text: string, previous: Word, word: Word): boolean {
  return (
    word.start - previous.end === 1 &&
    previous.sentence === word.sentence &&
    text.charCodeAt(previous.end) === 32 &&
    possessiveLength(previous.text) === 0 &&
    previous.inQuote === word.inQuote
  )
}

function isNameLike(tables: PeopleTables, word: Word): boolean {
  const text = word.text
  if (startsUpper(text)) return !hasNonNameCharacter(text)
  // Lower case: only a particle (`al`, `bin`), alone or before a capital (`al-Assad`).
  const code = text.charCodeAt(0)
  if (code < 128 && !tables.particleStarts[code]) return false
  const lower = word.lower
  const hyphen = lower.indexOf('-')
  if (!tables.particles.has(hyphen === -1 ? lower : lower.slice(0, hyphen))) return false
  return !hasNonNameCharacter(text) && (hyphen === -1 || /-\p{Lu}/u.test(text))
}

/**
 * Read a run of name-like words, `article.words[from]` to
 * `article.words[to - 1]`, as a mention, or nothing. `from` and `to` narrow
 * as leading and trailing words turn out not to be part of the name.
 */
function readRun(
  article: Article,
  tables: PeopleTables,
  from: number,
  to: number,
  headline: boolean,
  honoured: Set<string>,
  alSurnames: Set<string>
): Mention | undefined {
  const words = article.words
  let stripped: 'none' | 'starter' | 'other' = 'none'
  let descriptor: string | undefined
  /** Where an office before the name starts (`US President`, `Syrian President`), while only office words are stripped. */
  let office: number | undefined
  const start0 = from

  // Leading words that are not names: `The`, `SDF`, `Europe-based`, `Syrian`.
  while (from < to) {
    const text = words[from]!.text
    if (tables.notNames.has(text) && findPrefix(tables, words, from, to, from) === undefined && !(to - from === 1 && alsoName(article.text, tables, words, from, from))) {
      if (stripped === 'none') stripped = 'starter'
      office = undefined
    } else if (
      from === start0 &&
      isSentenceStart(words[from]!) &&
      describes(tables, words[from]!.lower) !== undefined &&
      findPrefix(tables, words, from, to, from) === undefined &&
      // `Mayor Kodeih estimates`: an office, replaced with the honorific at a later mention.
      !tables.titleWords.has(text)
    ) {
      // `Rapper Eminem performed`: a descriptor capitalised by the sentence.
      descriptor = describes(tables, words[from]!.lower)
      stripped = 'other'
      office = -1
    } else if (from === start0 && to - from >= 2 && isSentenceStart(words[from]!) && (/^\p{Lu}\p{Ll}+(?:ing|ed)$/u.test(text) || sentenceAdverb.test(text)) && !isKnownGiven(tables, text)) {
      // `Echoing Trump’s pledge`, `Separately Putin called up`: a verb or an adverb that
      // starts the sentence (an office may follow it).
      if (stripped === 'none') stripped = 'starter'
      office = undefined
    } else if ((isAllCaps(text) && !isInitials(tables, text)) || (tables.places.has(text) && from + 1 < to && officeOrPlace(tables, words[from + 1]!.text))) {
      stripped = 'other'
      office ??= from
    } else if (hasLowerCompound(text)) {
      stripped = 'other'
      // `then-President`, `ex-President`: an office all the same.
      office = tables.titleWords.has(text.slice(text.lastIndexOf('-') + 1)) ? (office ?? from) : -1
    } else break
    from++
  }

  let prefix: Prefix | undefined
  for (let index = from; index < to; index++) {
    const found = findPrefix(tables, words, from, to, index)
    if (found) {
      if (index > from) stripped = 'other'
      prefix = found
      from = index + found.words.length
      // `Emir Sheikh Tamim`: the office, then the title the person keeps.
      const next = found.kind === 'title' && from < to ? findPrefix(tables, words, from, to, from) : undefined
      if (next?.kind === 'title') {
        prefix = next
        from += next.words.length
      }
      break
    }
    // Office words (`Prime Minister`, `Foreign Secretary`) or a service's (`Air Force`) before a name.
    if (!tables.titleWords.has(words[index]!.text) && !tables.serviceWords.has(words[index]!.text)) break
  }

  if (!prefix) {
    let start = from
    while (start < to && tables.titleWords.has(words[start]!.text)) start++
    // `Fed Governor Jerome Powell`: an organisation's word before the office.
    if (start === from && to - from >= 4 && !tables.titleWords.has(words[from]!.text)) {
      let last = -1
      for (let index = from + 1; index < to - 2; index++) if (tables.titleWords.has(words[index]!.text)) last = index
      if (last !== -1) start = last + 1
    }
    if (start > from) {
      descriptor = officeDescriptor(tables, words, from, start)
      stripped = 'other'
      office ??= from
      from = start
    }
    // `Europe-based Omar Abu Layla`, `Trade Secretary Patricia Hewitt`: the name starts at a given name
    // (the first one, with a word after it, and not the first word).
    if (to - from >= 3 && !tables.givenNames.has(words[from]!.text)) {
      for (let given = from + 1; given < to; given++) {
        if (!tables.givenNames.has(words[given]!.text)) continue
        if (to - given >= 2) {
          stripped = 'other'
          // `Secretary of State Marco Rubio`: the office's portfolio after `of`.
          office = officeWithOf(tables, words, from) < from ? from : -1
          from = given
        }
        break
      }
    }
  }

  // Names end before a word that is never part of one (`Mr Bali On`).
  for (let index = from; index < to; index++) {
    const text = withoutPossessive(words[index]!.text)
    if (tables.notNames.has(text) && !(index === to - 1 && alsoName(article.text, tables, words, from, index))) {
      to = index
      break
    }
  }
  // `Tom McCabe MSP`: letters after a name are not part of it (`Jr` and `III` are).
  while (to - from > 1 && isAllCaps(withoutPossessive(words[to - 1]!.text)) && !tables.nameSuffixes.has(withoutPossessive(words[to - 1]!.text))) to--
  // Arabic names run longer with their particles (`Tamim bin Hamad Al Thani`).
  if (to === from || to - from > (hasParticle(tables, words, from, to) ? 6 : 4)) return undefined
  const texts: Array<string> = []
  for (let index = from; index < to; index++) {
    const text = withoutPossessive(words[index]!.text)
    // A place or organisation word (`Observatory`), an office, letters (`SDF`): not a person.
    if (tables.notPeopleWords.has(text) || tables.titleWords.has(text) || (isAllCaps(text) && !tables.nameSuffixes.has(text) && !isInitials(tables, text))) return undefined
    texts.push(text)
  }
  // A place or a nationality is no surname (`Northeast Syria`, `Somali Swedish`), though it may be a given name
  // (`Sanaa Khreiss`), unless the article calls someone by it (`Mike German`, then `Mr German`).
  if (texts.length > 1 && tables.places.has(texts.at(-1)!) && !honoured.has(texts.at(-1)!)) return undefined
  // One word without a possessive (most runs): its key is its lower case, already made.
  const key =
    texts.length === 1 && texts[0] === words[from]!.text ? lowerNameKey(words[from]!.lower) : nameKey(texts.join(' '))
  if (tables.notPeople.has(key)) return undefined

  const last = words[to - 1]!
  // `President Donald Trump-backed bill`: the name ends at the hyphen.
  // (Not `Cho Jung-tai`, a given name written after the family name.)
  const compound =
    to - from > 1 && hasLowerCompound(last.text) && !tables.familyFirst.has(words[from]!.text) ? last.text.search(/-\p{Ll}[^-]*$/u) : -1
  const possessive = compound === -1 ? last.text.slice(last.text.length - possessiveLength(last.text)) : ''
  const end = compound === -1 ? last.end - possessive.length : last.start + compound
  const first = prefix ? prefix.words[0]! : words[from]!
  const before = inSentence(words[first.index - 1], first)
  const after = inSentence(words[last.index + 1], first)

  // Where the surname starts: at the first particle after the given name, else the last word.
  let kind: Mention['kind']
  let surnameFrom: number
  if (to - from === 1) {
    kind = prefix ? 'prefixed' : 'bare'
    surnameFrom = 0
  } else if (!prefix && !givenAl(tables, words, from, to, office, alSurnames) && (allParticlesBefore(tables, texts) || (texts.length === 2 && tables.nameSuffixes.has(texts[1]!)))) {
    // `Abu Layla said`, `von der Leyen said`, `Trump Jr said`: a surname with its particles or suffix (a bare mention if the person is known).
    kind = 'bare'
    surnameFrom = 0
  } else {
    kind = 'full'
    // `Donald Trump Jr`: the suffix goes with the surname.
    surnameFrom = texts.length > 2 && tables.nameSuffixes.has(texts.at(-1)!) ? texts.length - 2 : texts.length - 1
    for (let index = 1; index < texts.length; index++) {
      if (isParticle(tables, texts[index]!)) {
        surnameFrom = index
        break
      }
    }
  }
  // Stripped words other than an office (`Europe-based Layla`) leave no name; `the Strip`, `a Swedish` are not people.
  if (office !== undefined && office >= 0 && !prefix) office = officeWithOf(tables, words, office)
  let officeStart = office !== undefined && office >= 0 && !prefix ? words[office]!.start : undefined
  // `the US President Donald Trump`, `former President Donald Trump` again: `Mr Trump` whole.
  const beforeOffice = officeStart === undefined ? undefined : inSentence(words[office! - 1], words[office!]!)
  if (beforeOffice && tables.officeModifiers.has(beforeOffice.lower) && isJoined(article.text, beforeOffice, words[office!]!)) {
    officeStart = beforeOffice.start
  }
  // `then-President Yanukovych`, `then-Sen. Obama`: an office joined to a lower-case word.
  // (The sentence may end at the abbreviation's full stop.)
  const previous = words[first.index - 1]
  if (officeStart === undefined && !prefix && previous && from === first.index && isHyphenedOffice(article.text, tables, previous, first)) {
    officeStart = previous.start
  }
  if (kind === 'bare' && stripped === 'other' && officeStart === undefined) return undefined
  if (!prefix && before && officeStart === undefined && modifiesName(tables, before, kind)) return undefined
  // `Russia’s Vladimir Putin` again: `Mr Putin` whole (the possessive is replaced as an office is).
  if (officeStart === undefined && kind === 'full' && !prefix && before && from === first.index && isPlacePossessive(article.text, tables, before, first)) {
    officeStart = before.start
  }
  // `Putin's Palace`: a place named after someone (not `Trump’s Democratic rival`, a party's word).
  if (kind === 'bare' && possessive && after && tables.notPeopleWords.has(after.text) && !tables.titleWords.has(after.text)) return undefined
  // `the Trump administration`, `Trump officials`, `William Hill spokesman`: the name of something else.
  if ((kind === 'bare' || kind === 'full') && !possessive && after && article.text.charCodeAt(end) === 32 && namesSomethingElse(tables, words, after, kind)) {
    return undefined
  }
  // `Clinton v. Jones`: a case's name.
  if (kind === 'bare' && ((after && tables.versus.has(after.text)) || (before && tables.versus.has(before.text)))) return undefined
  if (
    kind === 'bare' &&
    after &&
    isDigit(after.text.charCodeAt(0)) &&
    /^\s+$/.test(article.text.slice(end, after.start))
  ) {
    return undefined
  }

  if (!descriptor && before) descriptor = describes(tables, before.lower)
  // `Kremlin spokesperson Dmitry Peskov` again: the description goes with the later form, if it starts cleanly.
  // (Not `The president, Volodymyr Zelenskyy,`: an apposition keeps its commas.)
  if (
    officeStart === undefined &&
    !prefix &&
    before &&
    from === first.index &&
    before.text === before.lower &&
    describes(tables, before.lower) &&
    /^ +$/.test(article.text.slice(before.end, first.start))
  ) {
    officeStart = descriptionStart(article.text, tables, words, before)
  }
  // `parts maker Robert Bosch`: a company named after someone.
  if (!prefix && before && tables.companyNouns.has(before.lower)) return undefined
  // `Nuri Mehmud, a spokesman for`, `Mr Hussein, Iraq's foreign minister`; and
  // `Representative Gregg Harper, the Republican chairman`: the one that says he or she.
  if ((!descriptor || tables.descriptors.get(descriptor) === 'any') && article.text.charCodeAt(end + possessive.length) === 44) {
    const apposed = descriptorAfter(article, tables, last)
    if (apposed && (!descriptor || tables.descriptors.get(apposed) !== 'any')) descriptor = apposed
  }
  const speech =
    (!possessive && after !== undefined && tables.speechVerbs.has(after.text)) ||
    (before !== undefined && tables.speechVerbs.has(before.text) && stripped === 'none')

  const name = words.slice(from, to)
  const surnameStart = name[surnameFrom]!.start
  const mention: Mention = {
    kind,
    start: first.start,
    end,
    surname: article.text.slice(surnameStart, end),
    surnameStart,
    surnameEnd: end,
    possessive,
    inQuote: first.inQuote,
    headline,
    words: prefix ? [...prefix.words, ...name] : name,
    speech,
    first: false,
    variant: false,
    // Every mention has the same fields, set or not: one shape for the engine.
    prefix,
    officeStart,
    apposition: appositionAfter(article.text, end + possessive.length),
    pronoun: undefined,
    descriptor,
    given: kind === 'full' ? texts[0]! : undefined
  }
  return mention
}

/**
 * Where a description before a name starts (`the top Russian security
 * official`, `Nato chief`), or `undefined` unless it starts at the sentence,
 * punctuation or a function word: the later form must not leave half of it.
 */
function descriptionStart(text: string, tables: PeopleTables, words: Array<Word>, descriptor: Word): number | undefined {
  let start = descriptor
  for (;;) {
    const previous = inSentence(words[start.index - 1], start)
    if (!previous || !/^ +$/.test(text.slice(previous.end, start.start))) return start.start
    if (tables.officeModifiers.has(previous.lower) && !tables.descriptionWords.has(previous.lower)) return previous.start
    if (possessiveLength(previous.text) > 0) return startsUpper(previous.text) ? previous.start : undefined
    const capitalised = startsUpper(previous.text) && !isSentenceStart(previous)
    if (capitalised || tables.descriptionWords.has(previous.lower) || describes(tables, previous.lower) || tables.places.has(previous.text)) {
      start = previous
      continue
    }
    // `quoting Kremlin spokesperson`: a verb in -ing is no part of it either.
    const bound = tables.functionWords.has(previous.lower) || tables.speechVerbs.has(previous.text) || /^\p{Ll}+ing$/u.test(previous.text)
    if (!bound) return undefined
    // `Only Fools and Horses star`: a function word inside a work's title is no start.
    const before = inSentence(words[previous.index - 1], previous)
    const inTitle = tables.workDescriptors.has(descriptor.lower) && startsUpper(start.text) && before !== undefined && startsUpper(before.text)
    return inTitle ? undefined : start.start
  }
}

/** Whether `before` is a place's possessive right before the name (`Russia’s Vladimir Putin`). */
function isPlacePossessive(text: string, tables: PeopleTables, before: Word, first: Word): boolean {
  const length = possessiveLength(before.text)
  return length > 0 && tables.places.has(before.text.slice(0, -length)) && /^ +$/.test(text.slice(before.end, first.start))
}

/** Whether `words[at]`, a word never part of a name, is a surname here (`Theresa May`, `May said`; not `in May`, `May 18`). */
function alsoName(text: string, tables: PeopleTables, words: Array<Word>, from: number, at: number): boolean {
  const word = words[at]!
  if (!tables.wordsAlsoNames.has(withoutPossessive(word.text))) return false
  const next = inSentence(words[at + 1], word)
  if (next && isDigit(next.text.charCodeAt(0))) return false
  if (at > from) return tables.givenNames.has(words[at - 1]!.text)
  const previous = inSentence(words[at - 1], word)
  // `in May`, not `to do,” May told`: a function word right before it, with only white space between.
  return previous === undefined || !/^\s+$/u.test(text.slice(previous.end, word.start)) || !tables.functionWords.has(previous.lower)
}

/** Where an office starts that has `of` in it (`US Secretary of State Marco Rubio`), given where its last part starts. */
function officeWithOf(tables: PeopleTables, words: Array<Word>, office: number): number {
  let start = office
  while (start >= 2 && words[start - 1]!.lower === 'of' && tables.titleWords.has(words[start - 2]!.text) && words[start - 2]!.sentence === words[start]!.sentence) {
    start -= 2
    while (start > 0 && words[start - 1]!.sentence === words[start]!.sentence && officeOrPlace(tables, words[start - 1]!.text)) start--
  }
  return start
}

/** What follows a name after a comma that only a person has: `, who` or an age (`, 82,`). */
function appositionAfter(text: string, at: number): Mention['apposition'] {
  if (text.charCodeAt(at) !== 44 || text.charCodeAt(at + 1) !== 32) return undefined
  if (text.startsWith('who ', at + 2) || text.startsWith('whose ', at + 2)) return 'who'
  return /^\d{1,3},/.test(text.slice(at + 2, at + 6)) ? 'age' : undefined
}

/** Whether a particle stands among `words[from]` to `words[to - 1]`. */
function hasParticle(tables: PeopleTables, words: Array<Word>, from: number, to: number): boolean {
  for (let index = from + 1; index < to; index++) if (isParticle(tables, words[index]!.text)) return true
  return false
}

/**
 * Whether a name of two words after an office starts with the given name
 * `Al` (`Senator Al Franken`, `Vice President Al Gore`), not the particle
 * (`Al Assad said`): an office comes before a full name, unless the
 * article writes the name with `Al` after a given name (`Bashar Al Assad`).
 */
function givenAl(tables: PeopleTables, words: Array<Word>, from: number, to: number, office: number | undefined, alSurnames: Set<string>): boolean {
  if (to - from !== 2 || office === undefined || office < 0 || words[from]!.text !== 'Al' || !isKnownGiven(tables, 'Al')) return false
  // `President Al Assad` after `Bashar Al Assad`: the particle.
  return !alSurnames.has(withoutPossessive(words[from + 1]!.text))
}

/** Whether every word of a name but the last is a particle (`Abu Layla`, `von der Leyen`). */
function allParticlesBefore(tables: PeopleTables, texts: Array<string>): boolean {
  for (let index = 0; index < texts.length - 1; index++) if (!isParticle(tables, texts[index]!)) return false
  return true
}

/** Whether `text` is an office word, a place or letters (`President`, `Syrian`, `US`): what may follow a nationality before a name. */
function officeOrPlace(tables: PeopleTables, text: string): boolean {
  return tables.titleWords.has(text) || tables.titles.has(text) || tables.places.has(text) || isAllCaps(text)
}

/** Whether `text` is a given name the lists know. */
export function isKnownGiven(tables: PeopleTables, text: string): boolean {
  return tables.givenNames.has(text) || tables.namesBySex.has(text)
}

/** Whether `word` is the first word of its sentence. */
export function isSentenceStart(word: Word): boolean {
  return word.sentence.words[0] === word
}

/**
 * Whether the words after a surname make it name something else: a noun
 * such as `administration` or `adviser`, right after it or after up to two
 * words of description (`Another top Trump former campaign advisor`).
 */
function namesSomethingElse(tables: PeopleTables, words: Array<Word>, after: Word, kind: Mention['kind']): boolean {
  let word: Word | undefined = after
  for (let skipped = 0; word && word.sentence === after.sentence; skipped++) {
    // After a full name, only a noun for a person (`spokesman`), not one that is also a verb (`Greta Thunberg campaigns`).
    if (tables.attributiveNouns.has(word.text) && (kind !== 'full' || tables.descriptors.has(word.text))) return true
    if (skipped === 2 || word.text !== word.lower || !tables.descriptionWords.has(word.lower)) return false
    word = words[word.index + 1]
  }
  return false
}

/** `word`, if it is in the sentence of `other`. */
function inSentence(word: Word | undefined, other: Word): Word | undefined {
  return word !== undefined && word.sentence === other.sentence ? word : undefined
}

/**
 * Whether the word before a name makes it part of something else: a
 * determiner (`the Strip`, `another Trump`) or, before a surname alone, a
 * capitalised possessive (`Europe's Trump infatuation`; but `Britain's Theresa
 * May`): a person's surname takes neither.
 */
function modifiesName(tables: PeopleTables, before: Word, kind: Mention['kind']): boolean {
  if (tables.determiners.has(before.lower)) return true
  return kind === 'bare' && possessiveLength(before.text) > 0 && startsUpper(before.text)
}
