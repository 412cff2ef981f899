/**
 * Build the `dictionary` list of `rules/data/acronyms.json` from SCOWL
 * (Kevin Atkinson's Spell Checker Oriented Word Lists, http://wordlist.aspell.net/),
 * as Debian's `scowl` package installs it.
 *
 * Run: `npx tsx scripts/build-acronyms.ts [folder]`, where `folder` holds
 * the lists (`english-abbreviations.10`...); default `$SCOWL`, else `/usr/share/dict/scowl`
 * (`apt-get install scowl`, or `apt-get download scowl` and
 * `dpkg-deb -x scowl_*.deb x`, then pass `x/usr/share/dict/scowl`). The
 * package's copyright file (`../../doc/scowl/copyright` from the folder) is
 * copied to `rules/data/LICENSE-scowl.txt`. Skips with a message when the
 * lists are absent. `tests/acronyms.test.ts` rebuilds the list in memory
 * and fails when the committed one is stale.
 *
 * What is kept: the all-capital entries (`CIA`, `AT&T`, `G7`; no single
 * letters) of the abbreviation and proper-name lists, English and British,
 * at SCOWL levels up to 70 ("can be found in the dictionary"); above 70 the
 * lists hold obscure forms. The rest of the data file (the style's own
 * `wellKnown` list, `connectors`, `descriptors`...) is left as it is.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {gunzipSync} from 'node:zlib'

/** Highest SCOWL level used. */
export const maxLevel = 70
/** The SCOWL lists read, each at every level up to `maxLevel` that exists. */
export const lists = ['english-abbreviations', 'british-abbreviations', 'english-proper-names', 'british-proper-names']

/** The lists' folder: `$SCOWL`, else where Debian's `scowl` package puts them. */
export const scowlFolder = process.env['SCOWL'] ?? '/usr/share/dict/scowl'
export const outputFile = fileURLToPath(new URL('../rules/data/acronyms.json', import.meta.url))
export const licenceFile = fileURLToPath(new URL('../rules/data/LICENSE-scowl.txt', import.meta.url))

/** Two or more capitals and figures, `&` inside (`AT&T`): what the rule treats as an acronym. */
const allCapitals = /^[A-Z][A-Z0-9&]*[A-Z0-9]$/u

/** SCOWL's own copyright and permission notice (its README), which every copy must carry. */
const notice = `SCOWL (Spell Checker Oriented Word Lists), http://wordlist.aspell.net/

Copyright 2000-2011 by Kevin Atkinson

Permission to use, copy, modify, distribute and sell these word
lists, the associated scripts, the output created from the scripts,
and its documentation for any purpose is hereby granted without fee,
provided that the above copyright notice appears in all copies and
that both that copyright notice and this permission notice appear in
supporting documentation. Kevin Atkinson makes no representations
about the suitability of this array for any purpose. It is provided
"as is" without express or implied warranty.

The notices of the lists SCOWL is made from are in LICENSE-scowl.txt.`

/** The files of `folder` that are read, in a fixed order. */
export function sourceFiles(folder: string): Array<string> {
  if (!fs.existsSync(folder)) return []
  const names = new Set(fs.readdirSync(folder))
  const files: Array<string> = []
  for (const list of lists) {
    for (const level of [10, 20, 35, 40, 50, 55, 60, 70, 80, 95]) {
      if (level <= maxLevel && names.has(list + '.' + level)) files.push(path.join(folder, list + '.' + level))
    }
  }
  return files
}

/** The all-capital entries of the lists in `folder`, sorted. */
export function buildDictionary(folder: string): Array<string> {
  const entries = new Set<string>()
  for (const file of sourceFiles(folder)) {
    // Proper-name lists above level 40 are UTF-8; the rest ASCII. Capitals are ASCII either way.
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      const entry = line.trim()
      if (allCapitals.test(entry)) entries.add(entry)
    }
  }
  return [...entries].sort()
}

/** The Debian package version from its changelog, or `undefined`. */
function packageVersion(folder: string): string | undefined {
  const changelog = path.join(folder, '../../doc/scowl/changelog.Debian.gz')
  if (!fs.existsSync(changelog)) return undefined
  return /^scowl \(([^)]+)\)/u.exec(gunzipSync(fs.readFileSync(changelog)).toString('utf8'))?.[1]
}

/** The data file with `source`, `licence` and `dictionary` made from `folder`; other keys kept. */
export function buildJson(folder: string, current: Record<string, unknown>): string {
  const version = packageVersion(folder)
  const source =
    'SCOWL' + (version ? ' ' + version.replace(/-\d+$/u, '') + ' (Debian package scowl ' + version + ')' : '') +
    ', http://wordlist.aspell.net/: `dictionary` is the all-capital entries of ' + lists.join(', ') +
    ' at levels up to ' + maxLevel + ', built by scripts/build-acronyms.ts. `wellKnown` is the style’s own list.'
  const data: Record<string, unknown> = {source, licence: notice, wellKnown: current['wellKnown'], dictionary: buildDictionary(folder)}
  for (const [key, value] of Object.entries(current)) if (!(key in data)) data[key] = value
  return JSON.stringify(data, null, 2) + '\n'
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const folder = path.resolve(process.argv[2] ?? scowlFolder)
  if (sourceFiles(folder).length === 0) {
    console.log('SCOWL lists not found at ' + folder + ': nothing built (pass the folder holding english-abbreviations.10)')
    process.exit(0)
  }
  const current = JSON.parse(fs.readFileSync(outputFile, 'utf8')) as Record<string, unknown>
  fs.writeFileSync(outputFile, buildJson(folder, current))
  const copyright = path.join(folder, '../../doc/scowl/copyright')
  if (fs.existsSync(copyright)) {
    fs.writeFileSync(
      licenceFile,
      'The `dictionary` list of acronyms.json comes from SCOWL; its copyright file\n' +
        '(Debian package scowl' + (packageVersion(folder) ? ' ' + packageVersion(folder) : '') + ') follows verbatim.\n\n' +
        fs.readFileSync(copyright, 'utf8')
    )
  } else {
    console.log('No copyright file at ' + copyright + ': ' + path.relative(process.cwd(), licenceFile) + ' left as it is')
  }
  const written = JSON.parse(fs.readFileSync(outputFile, 'utf8')) as {dictionary: Array<string>}
  console.log('Wrote ' + path.relative(process.cwd(), outputFile) + ': ' + written.dictionary.length + ' acronyms from ' + sourceFiles(folder).length + ' SCOWL lists')
}
