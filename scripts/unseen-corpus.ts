/**
 * Rebuild the articles of `eval/people-unseen/` from their public source, for
 * scoring (the texts are never kept in the project).
 *
 *   git clone https://github.com/basharulalammazu/Aljazeera-News-Analysis /tmp/aljazeera
 *   npx tsx scripts/unseen-corpus.ts /tmp/aljazeera     # writes .cache/people-unseen/aljazeera/*.txt
 *
 * `eval/people-unseen/SOURCES.tsv` names each article's repository, commit,
 * CSV file and row (the header is row 1). An article is written as
 * `../shared/corpus/gulf/` writes the same source's: the title, a blank line,
 * then the content, whose paragraph breaks (two spaces at the source) become
 * blank lines, without the page's `Follow Al Jazeera English:` footer. The argument is the clone's folder or its git directory.
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parse} from 'csv-parse/sync'
import {unseenCorpus, unseenEval} from './people-annotations.js'


interface Source {
  name: string
  repository: string
  commit: string
  file: string
  row: string
  url: string
}

export function readSources(): Array<Source> {
  const text = fs.readFileSync(path.join(unseenEval, 'SOURCES.tsv'), 'utf8')
  return parse(text, {delimiter: '\t', columns: true, quote: false, skip_empty_lines: true}) as Array<Source>
}

/** The article as the shared corpus writes this source: title, blank line, paragraphs (two spaces in either are a break). */
export function articleText(title: string, content: string): string {
  return (title.trim() + '  ' + content.trim())
    // The page's own footer, which the shared corpus leaves out.
    .replace(/\s*Follow Al Jazeera English:$/, '')
    .split(/ {2,}/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .join('\n\n') + '\n'
}

function main(): void {
  const [clone] = process.argv.slice(2)
  if (!clone) {
    console.error('usage: unseen-corpus.ts <clone of basharulalammazu/Aljazeera-News-Analysis, or its git directory>')
    process.exit(2)
  }
  const gitDir = fs.existsSync(path.join(clone, '.git')) ? path.join(clone, '.git') : clone
  const tables = new Map<string, Array<Record<string, string>>>()
  let written = 0
  for (const source of readSources()) {
    const key = source.commit + ':' + source.file
    let records = tables.get(key)
    if (!records) {
      // (`--` ends the options: nothing read from the sources file is taken for one.)
      const csv = execFileSync('git', ['--git-dir', gitDir, 'show', '--end-of-options', key], {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024})
      records = parse(csv, {columns: true, bom: true}) as Array<Record<string, string>>
      tables.set(key, records)
    }
    const record = records[Number(source.row) - 2]
    if (!record || record['url']?.trim() !== source.url) {
      console.error(source.name + ': row ' + source.row + ' of ' + source.file + ' at ' + source.commit.slice(0, 7) + ' is not ' + source.url)
      process.exitCode = 1
      continue
    }
    const folder = path.join(unseenCorpus, 'aljazeera')
    fs.mkdirSync(folder, {recursive: true})
    fs.writeFileSync(path.join(folder, source.name + '.txt'), articleText(record['title'] ?? '', record['content'] ?? ''))
    written++
  }
  console.log(written + ' articles written to ' + path.relative(process.cwd(), unseenCorpus))
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) main()
