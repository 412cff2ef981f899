/**
 * `acronyms`: what the docs page cannot show. The dictionary list is what
 * the build script makes from SCOWL (skipped when the lists are absent) and
 * carries SCOWL's notice; a style can drop it or extend its own list; chance
 * initials of common words in an earlier sentence define nothing.
 */
import fs from 'node:fs'
import {describe, expect, it} from 'vitest'
import {buildJson, licenceFile, outputFile, scowlFolder, sourceFiles} from '../scripts/build-acronyms.js'
import acronyms from '../rules/acronyms/index.js'
import data from '../rules/data/acronyms.json' with {type: 'json'}
import {lint} from './lint.js'

const run = (text: string, options: object = {}) => lint(text, [[acronyms, ['warn', options]]])

describe.skipIf(sourceFiles(scowlFolder).length === 0)('acronyms data (SCOWL at $SCOWL or /usr/share/dict/scowl)', () => {
  it('is what scripts/build-acronyms.ts makes from SCOWL (else run it)', () => {
    const current = JSON.parse(fs.readFileSync(outputFile, 'utf8')) as Record<string, unknown>
    expect(fs.readFileSync(outputFile, 'utf8') === buildJson(scowlFolder, current), 'rules/data/acronyms.json is stale: run `npx tsx scripts/build-acronyms.ts`').toBe(true)
  })
})

describe('acronyms data', () => {
  it('carries SCOWL’s copyright and permission notice, and the notices of its sources', () => {
    expect(data.licence).toContain('Copyright 2000-2011 by Kevin Atkinson')
    expect(data.licence).toContain('Permission to use, copy, modify, distribute and sell these word')
    const notices = fs.readFileSync(licenceFile, 'utf8')
    expect(notices).toContain('Copyright 2000-2011 by Kevin Atkinson')
    expect(notices).toContain('Copyright 1993, Geoff Kuenning')
  })

  it('takes the dictionary’s acronyms as well known, and a style can drop them', async () => {
    expect(await run('The ACLU sued the NAACP.')).toHaveLength(0)
    const style = {name: 'mine', extends: 'the-national', data: {acronyms: {dictionary: []}}}
    expect((await run('The ACLU sued the NAACP.', {style})).map((message) => message.actual)).toEqual(['ACLU', 'NAACP'])
  })

  it('adds the style’s own acronyms to the dictionary’s', async () => {
    const style = {name: 'mine', extends: 'the-national', data: {acronyms: {wellKnown: ['YPG']}}}
    expect(await run('The YPG and the ACLU met.', {style})).toHaveLength(0)
    expect(await run('The YPG and the ACLU met.')).toHaveLength(1)
  })
})

describe('acronyms', () => {
  it('reports an acronym whose letters common words spell by chance in an earlier sentence', async () => {
    expect(await run('He has almost no working relationship with them. ANWR is a refuge.')).toHaveLength(1)
    expect(await run('She studied digital rights management. DRM is disliked.')).toHaveLength(0)
  })

  it('does not take the acronym itself, earlier in a headline, for its spelt-out name', async () => {
    const messages = await run('Topuria to fight at PFL 17\n\nIlia Topuria will fight at PFL 17. He is a Professional Fighters League star.')
    expect(messages.map((message) => [message.line, message.actual])).toEqual([[3, 'PFL']])
  })

  it('takes capitals next to an English word in capitals for shouting, though the dictionary lists the word', async () => {
    // `NOW` is on SCOWL's list (the National Organization for Women).
    expect(await run('The placards said TRUTH NOW and YPG NOW.')).toHaveLength(0)
  })

  it('matches initials over a long run of small words without trying every way', async () => {
    // Each `a` may give its initial or none: tried blindly, the ways to spell the name are billions.
    const text = 'Ax' + ' a'.repeat(34) + ' Bx. ' + 'A'.repeat(12) + '&B said.'
    expect(await run(text)).toHaveLength(1)
  }, 2000)

  it('reads a name in capitals before a list, not a descriptor', async () => {
    expect(await run('The Syrian Democratic Forces and the YPG fought.')).toHaveLength(1)
    expect(await run('The pay-TV channel Canal Plus and TPS merged.')).toHaveLength(0)
  })
})
