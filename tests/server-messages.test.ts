/**
 * Messages from a lint worker to the server's main thread: through a real
 * structured clone, a message comes back with every field diagnostics and
 * fixes read, including ones this module does not name.
 */
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {fromMessageData, toMessageData} from '../src/engine/messages.js'

describe('server messages', () => {
  it('keeps place, rule, fixes and any plain field through a structured clone, and the chain of causes', () => {
    const file = new VFile({path: 'a.txt', value: 'ISIL fighters'})
    const place = {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 5, offset: 4}}
    const message = file.message('Use `ISIS`, not `ISIL`', {place, ruleId: 'group-names', source: 'retext-house-style', cause: new Error('outer', {cause: new Error('inner')})})
    message.fatal = true
    message.url = 'https://example.com/group-names'
    message.actual = 'ISIL'
    message.expected = ['ISIS']
    message.note = 'House style'
    Object.assign(message, {fixes: [{start: 0, end: 4, text: 'ISIS'}], ancestors: [{type: 'WordNode'}]})
    const back = fromMessageData(structuredClone(toMessageData(message)))
    expect(back).toMatchObject({
      reason: message.reason,
      place,
      line: 1,
      column: 1,
      ruleId: 'group-names',
      source: 'retext-house-style',
      fatal: true,
      url: message.url,
      actual: 'ISIL',
      expected: ['ISIS'],
      note: 'House style',
      fixes: [{start: 0, end: 4, text: 'ISIS'}]
    })
    expect(back.ancestors).toBeUndefined()
    expect((back.cause as Error).message).toBe('outer')
    expect(((back.cause as Error).cause as Error).message).toBe('inner')
  })

  it('leaves out a field that is not plain data rather than fail to clone', () => {
    const message = new VFile().message('x')
    Object.assign(message, {callback: () => 1, when: new Date(0)})
    expect(() => structuredClone(toMessageData(message))).not.toThrow()
  })
})
