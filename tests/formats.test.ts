/**
 * Markdown and HTML articles: positions point into the original file; code,
 * front matter, HTML and attributes are not linted; headings, captions and
 * alt text are; block quotes are quotes; disable comments work in each
 * format.
 */
import {describe, expect, it} from 'vitest'
import {lintFile} from './lint.js'

/** Each finding as the original text at its place, with its rule. */
async function found(path: string, value: string, options?: object) {
  const messages = await lintFile(path, value, options)
  return messages.map((message) => {
    const place = message.place as {start: {offset: number}; end: {offset: number}}
    expect(value.slice(place.start.offset, place.end.offset)).toBe(message.actual)
    return message.ruleId + ' ' + message.line + ':' + message.column + ' ' + message.actual
  })
}

const onlyNaming = {rules: {abbreviations: 'warn', 'group-names': 'warn'}}

describe('Markdown', () => {
  const markdown = [
    '---',
    'title: ISIL and the U.S.',
    '---',
    '',
    '# ISIL *toehold* near [the U.N. base](https://example.com/U.N.)',
    '',
    'Forces entered an IS-held',
    'pocket; `U.S.` is code. ![ISIL fighters](isil.png)',
    '',
    '> ISIL fighters held the town.',
    '',
    '```',
    'ISIL in code',
    '```',
    '',
    '<div title="U.S.">html</div>',
    ''
  ].join('\n')

  it('points into the original file and skips code, front matter, URLs and HTML', async () => {
    const result = await found('article.md', markdown, {style: onlyStyle()})
    expect(result).toEqual([
      'group-names 5:3 ISIL',
      'group-names 7:19 IS',
      'group-names 8:27 ISIL',
      'abbreviations 5:28 U.N.'
    ])
  })

  it('honours disable, enable and ignore comments', async () => {
    const value = [
      '<!-- house-style-disable group-names -->',
      '',
      'ISIL one, U.N. two.',
      '',
      '<!-- house-style-enable group-names -->',
      '',
      '<!-- house-style-ignore abbreviations -->',
      'ISIL three, U.N. four.',
      '',
      'ISIL five, U.N. six.'
    ].join('\n')
    expect(await found('article.md', value, {style: onlyStyle()})).toEqual([
      'group-names 8:1 ISIL',
      'group-names 10:1 ISIL',
      'abbreviations 3:11 U.N.',
      'abbreviations 10:12 U.N.'
    ])
  })
})

describe('HTML', () => {
  const html = [
    '<!doctype html><html><head><title>ISIL</title><style>p{content:"ISIL"}</style></head><body>',
    '<h1>ISIL advance</h1>',
    '<p class="U.S.">The <a href="https://x.test/ISIL">U.N. report</a> said so.</p>',
    '<figure><img src="a.png" alt="x"><figcaption>ISIL fighters</figcaption></figure>',
    '<blockquote>ISIL is finished</blockquote>',
    '<script>const u = "U.S."</script>',
    '<!-- house-style-ignore -->',
    '<p>ISIL ignored here</p>',
    '<p>ISIL reported here</p>',
    '</body></html>'
  ].join('\n')

  it('points into the original file, skips attributes, scripts and styles, treats block quotes as quotes (and leaves the head)', async () => {
    expect(await found('article.html', html, {style: onlyStyle()})).toEqual([
      'group-names 2:5 ISIL',
      'group-names 4:46 ISIL',
      'group-names 9:4 ISIL',
      'abbreviations 3:51 U.N.'
    ])
  })
})

describe('plain text', () => {
  it('honours a disable comment on a line of its own', async () => {
    const value = 'ISIL one.\n\n<!-- house-style-disable group-names -->\n\nISIL two.\n\n<!-- house-style-enable -->\n\nISIL three.'
    expect(await found('article.txt', value, {style: onlyStyle()})).toEqual(['group-names 1:1 ISIL', 'group-names 9:1 ISIL'])
  })
})

/** A style with only the two naming rules on, so other rules stay out of the way. */
function onlyStyle() {
  return {name: 'naming-only', extends: 'the-national', rules: allOffBut(['group-names', 'abbreviations'])}
}

function allOffBut(ids: Array<string>) {
  return Object.fromEntries(ruleIds().map((id) => [id, ids.includes(id) ? 'warn' : 'off']))
}

function ruleIds(): Array<string> {
  return ruleList.map((rule) => rule.meta.id)
}

import {rules as ruleList} from '../src/index.js'
