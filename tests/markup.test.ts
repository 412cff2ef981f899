/**
 * A fix never damages an article, in any format (issue #15): random
 * articles written as plain text, Markdown and HTML (tests/markup.ts) must
 * give the same findings, each placed where the file writes its `actual`,
 * and fixes that change the file exactly as fixing the text changes the
 * text, written as the file writes text, never crossing markup.
 *
 * A small budget; `npm run fuzz` runs the same properties over many more.
 */
import fc from 'fast-check'
import {describe, it} from 'vitest'
import {articles, checkFixes, checkPipelines, checkSameAsPlain, checkServerFixes, checkWritten} from './markup.js'

const seed = fc.integer({min: 1, max: 2 ** 30})

describe('Markdown and HTML read as their text does', () => {
  it('gives the plain text’s findings and fixes, each placed where the file writes it', async () => {
    await fc.assert(fc.asyncProperty(articles(), seed, checkSameAsPlain), {numRuns: 40, seed: 15})
  })

  it('places findings and fixes in words split by markup and in block quotes, and fixes nothing across markup', async () => {
    await fc.assert(fc.asyncProperty(articles({splitWords: true, quotes: true}), seed, checkWritten), {numRuns: 40, seed: 15})
  })

  it('fixes the file as the text is fixed, encoded as the file was, and fixing twice equals fixing once', async () => {
    await fc.assert(fc.asyncProperty(articles({splitWords: true}), seed, checkFixes), {numRuns: 25, seed: 15})
  })

  it('gives the same findings through our parser, retext-english, remark-retext and rehype-retext', async () => {
    await fc.assert(fc.asyncProperty(articles({splitWords: true, quotes: true}), seed, checkPipelines), {numRuns: 25, seed: 15})
  })

  it('gives the language server’s quick fixes and “fix all” the same edits', async () => {
    await fc.assert(fc.asyncProperty(articles({splitWords: true}), seed, checkServerFixes), {numRuns: 25, seed: 15})
  })
})
