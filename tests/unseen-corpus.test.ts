/**
 * The unseen people set's articles are rebuilt from their public source as
 * the shared corpus writes that source, so annotations place the same way.
 */
import {describe, expect, it} from 'vitest'
import {articleText} from '../scripts/unseen-corpus.js'

describe('scripts/unseen-corpus.ts', () => {
  it('writes the title, a blank line and the paragraphs the source marks with two spaces, without the footer', () => {
    const content = 'Officials said the talks failed.  “We tried,” Ali said.  Follow Al Jazeera English:'
    expect(articleText('Talks fail ', content)).toBe('Talks fail\n\nOfficials said the talks failed.\n\n“We tried,” Ali said.\n')
    // A footer run into the last paragraph, and two spaces inside the title, as the shared corpus has them.
    expect(articleText('Real Madrid vs Mallorca: La Liga –  Start time', 'Madrid won. Follow Al Jazeera English:')).toBe(
      'Real Madrid vs Mallorca: La Liga –\n\nStart time\n\nMadrid won.\n'
    )
  })
})
