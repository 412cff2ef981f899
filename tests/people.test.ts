/**
 * The people model and how the four people rules share it: what the docs
 * pages cannot show.
 */
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import honorifics from '../rules/honorifics.js'
import nameConsistency from '../rules/name-consistency.js'
import ranks from '../rules/ranks.js'
import {getArticle} from '../src/model/article.js'
import {parseParagraphs} from '../src/parse/plain.js'
import {modelTables} from '../src/kit/model.js'
import {loadStyle, type StyleData} from '../src/kit/style.js'
import {getPeople, isSpellingVariant} from '../src/model/people/index.js'
import {lint, lintWith} from './lint.js'

function people(text: string) {
  const article = getArticle(parseParagraphs(text), new VFile({value: text}))
  return {article, people: getPeople(article, modelTables(loadStyle(undefined)).people)}
}

describe('people model', () => {
  it('is computed once per article and style, and shared by the rules of the style', () => {
    const {article, people: first} = people('SDF spokesman Mustafa Bali said it fell. Mr Bali said so.')
    expect(modelTables(loadStyle(undefined)).people).toBe(modelTables(loadStyle(undefined)).people)
    expect(getPeople(article, modelTables(loadStyle(undefined)).people)).toBe(first)
  })

  it('reads one people block of a style for every rule (`data.people`)', async () => {
    const text = 'YPG spokesman Nuri Mehmud said the talks failed. Mr Mahmoud said the group would fight on.\n\nMehmud said so.\n'
    const rules = {rules: {honorifics: 'warn', 'name-consistency': 'warn'}} as const
    const people = new Set(['honorifics', 'name-consistency'])
    const found = async (style?: StyleData) =>
      (await lintWith(text, {...rules, ...(style ? {style} : {})}))
        .map((message) => message.ruleId ?? '')
        .filter((id) => people.has(id))
        .sort()
    expect(await found()).toEqual(['honorifics', 'name-consistency'])
    // Not a person for this style: neither rule sees one.
    const style = {name: 'not-a-person', extends: 'the-national', data: {people: {notPeople: ['Nuri Mehmud', 'Mehmud', 'Mahmoud']}}}
    expect(await found(style)).toEqual([])
  })

  it('records the introduction, particles, gender and its evidence', () => {
    const {people: found} = people(
      'Europe-based Omar Abu Layla, of DeirEzzor24, confirmed it. “It is near,” he said.\n\nAbu Layla said so.'
    )
    const [person] = found.persons
    expect(person?.given).toBe('Omar')
    expect(person?.surname).toBe('Abu Layla')
    expect(person?.gender).toBe('male')
    expect(person?.genderEvidence).toBe('given name Omar')
    expect(person?.mentions.map((mention) => mention.kind)).toEqual(['full', 'bare'])
  })

  it('does not take places, organisations or companies for people', () => {
    const {people: found} = people(
      'The Syrian Observatory said fighting in Hajin and Deir Ezzor went on. Swiss Re said claims rose. Parts maker Robert Bosch said the pump failed. General Motors said sales fell.'
    )
    expect(found.persons).toEqual([])
  })

  it('keeps a wife and her husband apart', () => {
    const {people: found} = people('Michael Howard’s wife, Sandra, will campaign. Mrs Howard will visit seats. Howard said so.')
    expect(found.persons.length).toBe(2)
    expect(found.persons.every((person) => person.ambiguous)).toBe(true)
  })

  it('tells spelling variants from different names', () => {
    expect(isSpellingVariant('Mehmud', 'Mahmoud')).toBe(true)
    expect(isSpellingVariant('Hajin', 'Hajeen')).toBe(true)
    expect(isSpellingVariant('Hussein', 'Hassan')).toBe(false)
    expect(isSpellingVariant('Iran', 'Iraq')).toBe(false)
  })
})

describe('people rules together', () => {
  it('reports a variant once, as name-consistency, not also as a first mention', async () => {
    const messages = await lint('YPG spokesman Nuri Mehmud said it failed. Mr Mahmoud said they would fight.', [
      honorifics,
      nameConsistency,
      ranks
    ])
    expect(messages.map((message) => [message.ruleId, message.actual, message.expected])).toEqual([
      ['name-consistency', 'Mahmoud', ['Mehmud']]
    ])
  })

  it('reports a place spelt two ways only when it is a variant of exactly one earlier place', async () => {
    const found = async (text: string) =>
      (await lint(text, [nameConsistency])).map((message) => [message.actual, message.expected?.[0]])
    // Other places in between do not hide the variant.
    expect(
      await found('Forces fought in Hajin on Monday. They moved in Raqqa, near Mosul, from Baghuz and into Deir. Fighting went on near Hajeen.')
    ).toEqual([['Hajeen', 'Hajin']])
    // `Hajaan` is one letter from `Hojaan` and two from `Hajin`: which was meant is unknown.
    expect(await found('Forces fought in Hajin on Monday. They moved on to Hojaan. Fighting went on near Hajaan.')).toEqual([])
    // The same consonants are needed: `Hajir` is not `Hajin`.
    expect(await found('Forces fought in Hajin on Monday. Fighting went on near Hajir.')).toEqual([])
  })

  it('reports the full stop and the wrong title of `Mr. Ryan` separately', async () => {
    const {default: punctuation} = await import('../rules/honorific-punctuation.js')
    const messages = await lint('Col Sean Ryan, a coalition spokesman, said it went well. Mr. Ryan said so.', [
      honorifics,
      punctuation
    ])
    expect(messages.map((message) => [message.ruleId, message.actual, message.expected?.[0]])).toEqual([
      ['honorifics', 'Mr. Ryan', 'Col Ryan'],
      ['honorific-punctuation', 'Mr.', 'Mr']
    ])
  })
})
