/**
 * Markdown and HTML articles: positions point into the original file; code,
 * front matter, HTML and attributes are not linted; headings, captions and
 * alt text are; block quotes are quotes; disable comments work in each
 * format.
 */
import v8 from 'node:v8'
import {describe, expect, it, vi} from 'vitest'
import {setPieceHooks, type PiecesOptions} from '../src/engine/pieces.js'
import retextHouseStyle from '../src/index.js'
import {holdYoungGeneration, memoryHooks, releaseYoungGeneration} from '../src/cli/memory.js'
import {headlineAt, segments} from '../src/parse/segments.js'
import {lintFile, run} from './lint.js'

/** Each finding as the original text at its place, with its rule. */
async function found(path: string, value: string, options?: object, parse?: PiecesOptions) {
  const messages = await lintFile(path, value, options, parse)
  return messages.map((message) => {
    const place = message.place as {start: {offset: number}; end: {offset: number}}
    expect(value.slice(place.start.offset, place.end.offset)).toBe(message.actual)
    return message.ruleId + ' ' + message.line + ':' + message.column + ' ' + message.actual
  })
}


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

describe('Markdown and HTML as a CMS exports them', () => {
  it('places findings after character references where the file writes them (issue #15)', async () => {
    expect(await found('a.md', 'A &quot;center&quot; of U.S. power.\n')).toEqual(['abbreviations 1:25 U.S.', 'british-spelling 1:9 center'])
    const html = '<p>Forces &quot;destroyed Daesh defenses&quot; in the &#x27;last&#x27; [ISIS] organization.</p>'
    // `&quot;` is a quote mark: `Daesh` in a quote is the speaker's word.
    expect(await found('a.html', html)).toEqual(['british-spelling 1:33 defenses', 'british-spelling 1:79 organization'])
  })

  it('reads the last word of a paragraph and words in inline elements, links and alt text', async () => {
    const html = '<p>They held the center.</p>\n<p>The <b>color</b>, the <a href="x">labor</a> and <img src="a.png" alt="the color &amp; the center">.</p>'
    expect(await found('a.html', html, {rules: allOffBut(['british-spelling'])})).toEqual([
      'british-spelling 1:18 center',
      'british-spelling 2:11 color',
      'british-spelling 2:38 labor',
      'british-spelling 2:78 color',
      'british-spelling 2:94 center'
    ])
    expect(await found('a.md', '[destroyed the center](x) and ![the color](y.png)\n', {rules: allOffBut(['british-spelling'])})).toEqual([
      'british-spelling 1:16 center',
      'british-spelling 1:37 color'
    ])
  })

  it('fixes a word split by markup where the change is on one side, and reports one that crosses markup without a fix', async () => {
    const [split] = await lintFile('a.html', '<p>The <b>cen</b>ter held.</p>', {rules: allOffBut(['british-spelling'])})
    expect([split!.actual, split!.expected, split!.fixes]).toEqual(['center', ['centre'], [{start: 18, end: 20, text: 're'}]])
    const [crossing] = await lintFile('a.html', '<p>The <b>Islamic</b> State group.</p>', {rules: allOffBut(['group-names'])})
    expect([crossing!.actual, crossing!.expected, crossing!.note]).toEqual(['The Islamic State group', undefined, expect.stringContaining('No fix is offered here: the text runs across markup.')])
  })

  it('places findings in files that open with a byte order mark', async () => {
    for (const path of ['a.txt', 'a.md', 'a.html']) {
      expect(await found(path, '\ufeffThe center &amp; the color.\n', {rules: allOffBut(['british-spelling'])}), path).toEqual([
        'british-spelling 1:6 center',
        'british-spelling 1:23 color'
      ])
    }
  })

  it('keeps findings in bare HTML text and in an image at the end of a file (disable comments saw them as gaps)', async () => {
    const only = {rules: allOffBut(['british-spelling'])}
    expect(await found('a.html', 'The center held.\n', only)).toEqual(['british-spelling 1:5 center'])
    expect(await found('a.html', '<p>Smoke.</p><img src="a.png" alt="the color">', only)).toEqual(['british-spelling 1:40 color'])
  })

  it('lints a long Markdown or HTML file in pieces of its text, with the findings and places of the whole', async () => {
    // Findings of our rules (placed through the model) and of a reused plugin (placed by the tree).
    const paragraph = (index: number) => 'The &quot;color&quot; of the *ISIL* flag, the the U.S. said (' + index + ').'
    const markdown = Array.from({length: 40}, (_, index) => paragraph(index)).join('\n\n') + '\n'
    const html = Array.from({length: 40}, (_, index) => '<p>' + paragraph(index).replace(/\*/gu, '') + '</p>').join('\n')
    const options = {rules: allOffBut(['group-names', 'abbreviations', 'repeated-words'])}
    for (const [path, value] of [['a.md', markdown], ['a.html', html]] as const) {
      const whole = await found(path, value, options)
      expect(whole.length, path).toBe(120)
      const file = await run(path, value, [[retextHouseStyle, options]], {segmentSize: 300})
      expect(file.data.houseStyle?.pieces?.segments.length, path).toBeGreaterThan(5)
      expect((await found(path, value, options, {segmentSize: 300})).sort(), path).toEqual(whole.sort())
    }
  })

  it('gives no findings and no error for empty, blank and comment-only files', async () => {
    for (const path of ['a.txt', 'a.md', 'a.html']) {
      for (const value of ['', ' ', '\n\n \t\n', '<!-- a comment -->\n', '\ufeff']) {
        expect(await lintFile(path, value), path + ' ' + JSON.stringify(value)).toEqual([])
      }
    }
  })

  it('skips, with one message, Markdown and HTML nested deeper than any article', async () => {
    for (const [path, value] of [
      ['a.md', '- '.repeat(10_000) + 'ISIL\n'],
      ['a.md', '>'.repeat(10_000) + ' ISIL\n'],
      ['a.md', '*'.repeat(10_000) + 'ISIL' + '*'.repeat(10_000) + '\n'],
      ['a.html', '<div>'.repeat(10_000) + 'ISIL'],
      ['a.html', '<b>'.repeat(20_000) + 'ISIL']
    ] as const) {
      const messages = await lintFile(path, value)
      expect(messages.map((message) => [message.ruleId, message.fatal]), path).toEqual([['too-deeply-nested', true]])
      expect(messages[0]!.reason).toMatch(/^Cannot lint (Markdown|HTML) nested .* deep.*: skipped$/u)
    }
    // Nesting as deep as an article goes is linted, and so is a rule of asterisks.
    expect(await found('a.md', '*'.repeat(300) + '\n\n***color***\n', {rules: allOffBut(['british-spelling'])})).toEqual(['british-spelling 3:4 color'])
    expect(await found('a.md', '> '.repeat(20) + 'color\n', {rules: allOffBut(['british-spelling'])})).toEqual(['british-spelling 1:41 color'])
  })
})

describe('plain text', () => {
  // Paragraphs with findings of rules that read single sentences (the reused
  // plugins place theirs by the tree's positions, ours by offsets), CRLF and LF.
  const long = Array.from({length: 60}, (_, index) =>
    ['The color of the ISIL flag, the U.S. said.', 'Paragraph ' + index + ' has\nthe the finding.', 'Al Qaeda and Daesh, the center said.'][index % 3]
  ).join(' \r\n\r\n')
  const sentenceRules = {name: 'sentence-rules', extends: 'the-national', rules: allOffBut(['group-names', 'abbreviations', 'repeated-words'])}

  it('lints a long file in pieces (`segmentSize`) with the findings and places of the whole', async () => {
    const whole = await found('article.txt', long, {style: sentenceRules})
    expect(whole.filter((finding) => finding.startsWith('repeated-words 4:1 the the'))).toHaveLength(1)
    expect(whole.length).toBeGreaterThan(60)
    const file = await run('article.txt', long, [[retextHouseStyle, {style: sentenceRules}]], {segmentSize: 300})
    expect(file.data.houseStyle?.pieces?.segments.length).toBeGreaterThan(5)
    // The same findings; in pieces they come piece by piece rather than rule by rule.
    expect((await found('article.txt', long, {style: sentenceRules}, {segmentSize: 300})).sort()).toEqual(whole.sort())
  })

  it('bounds the young generation of V8 only while pieces are linted or the CLI holds it', async () => {
    const flags = vi.spyOn(v8, 'setFlagsFromString')
    const growth = () => flags.mock.calls.map(([flag]) => flag).filter((flag) => flag.startsWith('--semi-space-growth-factor=')).at(-1)
    const lintLong = () => run('article.txt', long, [[retextHouseStyle, {style: sentenceRules}]], {segmentSize: 300})
    try {
      // The library path runs plain: no V8 flag is touched.
      await lintLong()
      expect(flags).not.toHaveBeenCalled()
      // The CLI's tuning, as the CLI gives it to the engine.
      setPieceHooks(memoryHooks)
      // Held while the pieces are linted if the young generation is past the bound; V8's own after.
      await lintLong()
      expect(growth() ?? '--semi-space-growth-factor=2').toBe('--semi-space-growth-factor=2')
      // The CLI holds it from its start: a file linted whole lets it go, a long one leaves it held.
      holdYoungGeneration()
      expect(growth()).toBe('--semi-space-growth-factor=1')
      await lintLong()
      expect(growth()).toBe('--semi-space-growth-factor=1')
      await run('article.txt', 'One short article.', [[retextHouseStyle, {style: sentenceRules}]], {segmentSize: 300})
      expect(growth()).toBe('--semi-space-growth-factor=2')
    } finally {
      setPieceHooks(undefined)
      releaseYoungGeneration()
      flags.mockRestore()
    }
  })

  it('honours disable comments across the pieces of a long file', async () => {
    const value = 'ISIL one.\n\n<!-- house-style-disable group-names -->\n\n' + 'ISIL two.\n\n'.repeat(50) + '<!-- house-style-enable -->\n\nISIL three.'
    const lines = (await found('article.txt', value, {style: onlyStyle()}, {segmentSize: 100})).map((finding) => finding.split(' ')[1])
    expect(lines).toEqual(['1:1', '107:1'])
  })

  it('cuts pieces at paragraph breaks, covering the text', () => {
    const value = 'One.\n\nTwo two.\r\n\r\n' + 'Long'.repeat(10) + '\n\nEnd.'
    const pieces = segments(value, 12)
    expect(pieces.map(({start, end}) => value.slice(start, end))).toEqual(['One.\n\n', 'Two two.\r\n\r\n', 'Long'.repeat(10) + '\n\n', 'End.'])
    expect(segments(value, 1000)).toEqual([{start: 0, end: value.length}])
  })

  it('ends a piece before a headline once it has a sixteenth of the size', () => {
    const story = (headline: string) => headline + '\n\n' + 'Ministers met on Monday and talked for hours.\n\n'.repeat(3)
    const value = story('Talks fail in Geneva') + story('New talks called') + story('Deal done')
    const texts = (size: number) => segments(value, size).map(({start, end}) => value.slice(start, end))
    expect(texts(400)).toEqual([story('Talks fail in Geneva'), story('New talks called'), story('Deal done')])
    // A piece one character short of a sixteenth goes on past a headline.
    const first = story('Talks fail in Geneva').length
    expect(texts(16 * (first + 1))).toEqual([story('Talks fail in Geneva') + story('New talks called'), story('Deal done')])
    expect(segments(value, 16 * value.length)).toEqual([{start: 0, end: value.length}])
  })

  it('tells a headline from running text', () => {
    const at = (text: string) => headlineAt(text + '\n\nBody.', 0)
    expect(at('Kilroy launches \'Veritas\' party')).toBe(true)
    expect(at('Why the talks failed?')).toBe(false)
    expect(at('He said: “We are done.”')).toBe(false)
    expect(at('First line\nsecond line')).toBe(false)
    expect(at('word '.repeat(25).trim())).toBe(false)
    expect(headlineAt('Deal done', 0)).toBe(true)
    expect(headlineAt('Deal done\r\n \r\nBody.', 0)).toBe(true)
    // The next line must be blank, however far it is indented.
    expect(headlineAt('Fighting resumes\n' + ' '.repeat(70) + 'and the paragraph goes on.', 0)).toBe(false)
    expect(headlineAt('\f\n\nBody.', 0)).toBe(false)
  })

  it('makes no empty piece of a text that ends in a paragraph break', () => {
    const value = 'A'.repeat(50) + '.\n\n' + 'B'.repeat(50) + '.\n\n'
    const pieces = segments(value, 40)
    expect(pieces.map(({start, end}) => value.slice(start, end))).toEqual(['A'.repeat(50) + '.\n\n', 'B'.repeat(50) + '.\n\n'])
  })

  it('judges each article of a long file on its own where pieces meet at headlines', async () => {
    const first = 'Talks fail\n\nJohn Smith, the envoy, said talks had failed. Mr Smith left.\n\n' + 'Ministers met on Monday.\n\n'.repeat(40)
    const second = 'New talks\n\nMr Smith said talks would resume.\n\n' + 'Ministers met on Tuesday.\n\n'.repeat(40)
    const value = first + second
    const style = {style: {name: 'honorifics-only', extends: 'the-national', rules: allOffBut(['honorifics'])}}
    const inPieces = await found('article.txt', value, style, {segmentSize: 2000})
    // `Mr Smith` opens the second article: it needs his full name, as when linted alone.
    expect(inPieces).toEqual(['honorifics ' + (first.split('\n').length + 2) + ':1 Mr Smith'])
    expect(await found('article.txt', second, style)).toEqual(['honorifics 3:1 Mr Smith'])
    // In one piece, it reads as a later mention of the first article's John Smith.
    expect(await found('article.txt', value, style)).toEqual([])
  })

  it('honours a disable comment on a line of its own', async () => {
    const value = 'ISIL one.\n\n<!-- house-style-disable group-names -->\n\nISIL two.\n\n<!-- house-style-enable -->\n\nISIL three.'
    expect(await found('article.txt', value, {style: onlyStyle()})).toEqual(['group-names 1:1 ISIL', 'group-names 9:1 ISIL'])
  })

  it('ignores only the paragraph after an ignore comment, and keeps findings before, between and after comments', async () => {
    const value = [
      'ISIL one.',
      '<!-- house-style-ignore group-names -->',
      'ISIL two, ignored.',
      'ISIL three.',
      '<!-- house-style-ignore -->',
      '<!-- house-style-ignore -->',
      'ISIL four, ignored.',
      'ISIL five.',
      'ISIL six.'
    ].join('\n\n')
    expect((await found('article.txt', value, {style: onlyStyle()})).map((finding) => finding.split(' ')[1])).toEqual(['1:1', '7:1', '15:1', '17:1'])
    // With no comment at all, nothing is dropped either.
    expect(await found('article.txt', 'ISIL one.\n\nISIL two.', {style: onlyStyle()})).toHaveLength(2)
  })
})

/** A style with only the two naming rules on, so other rules stay out of the way. */
function onlyStyle() {
  return {name: 'naming-only', extends: 'the-national', rules: allOffBut(['group-names', 'abbreviations'])}
}

function allOffBut(ids: Array<string>): Record<string, 'warn' | 'off'> {
  return Object.fromEntries(ruleIds().map((id) => [id, ids.includes(id) ? 'warn' : 'off']))
}

function ruleIds(): Array<string> {
  return ruleList.map((rule) => rule.meta.id)
}

import {rules as ruleList} from '../src/index.js'
