/**
 * Settled past events, for `figure-attribution`: a figure that its sentence
 * dates to a year before the article's own (`the 298 people on board the
 * airliner in 2014`) is a matter of record, not news.
 *
 * The linter does not know the article's year. A year is past when it is
 * earlier than the latest year the article mentions (up to the current one:
 * a later year is a forecast), or earlier than last year (a January story
 * may still be counting last year's dead). A sentence is dated by the years
 * it names, or, when it says `that year` or `that September`, by those of
 * the sentence before. It is settled when all its years are past and
 * nothing in it says the count goes on (`has killed`, `since 2014`, `so
 * far`; not `to have been`).
 */
import type {Article, Sentence} from '../../src/model/article.js'
import type {Figure, FigureTables} from '../../src/model/figures/index.js'
import {matchPhrase} from '../../src/model/phrases.js'
import {inWordSet} from '../../src/model/words.js'
import type {ContextTables} from './tables.js'

/** Whether a sentence of `article` dates its figures to a settled past event, asked per sentence. */
export function settledPast(
  article: Article,
  figures: Array<Figure>,
  context: ContextTables,
  figureTables: FigureTables
): (sentence: Sentence) => boolean {
  const currentYear = new Date().getFullYear()
  const yearsBySentence = new Map<number, Array<number>>()
  let articleYear = 0
  for (const figure of figures) {
    if (figure.category !== 'year' || figure.value === undefined || figure.value > currentYear) continue
    articleYear = Math.max(articleYear, figure.value)
    const years = yearsBySentence.get(figure.sentence.index) ?? []
    years.push(figure.value)
    yearsBySentence.set(figure.sentence.index, years)
  }
  const known = new Map<number, boolean>()
  return (sentence) => {
    let settled = known.get(sentence.index)
    if (settled === undefined) {
      const years = yearsBySentence.get(sentence.index) ?? yearsBefore(sentence)
      settled = years.length > 0 && Math.max(...years) < Math.max(articleYear, currentYear - 1) && !ongoing(sentence)
      known.set(sentence.index, settled)
    }
    return settled
  }

  /** `That year, ...`: the years of the sentence before, in the same or the previous paragraph. */
  function yearsBefore(sentence: Sentence): Array<number> {
    const previous = article.sentences[sentence.index - 1]
    if (!previous || sentence.paragraph.index - previous.paragraph.index > 1 || !datedBack(sentence)) return []
    return yearsBySentence.get(previous.index) ?? []
  }

  function datedBack(sentence: Sentence): boolean {
    const {words} = sentence
    for (let index = 0; index < words.length; index++) {
      // `that September`: a month of the year just named.
      if (words[index]!.lower === 'that' && inWordSet(figureTables.months, words[index + 1]?.text ?? '')) return true
    }
    return hasPhrase(article, sentence, context.datedBack)
  }

  /** `has killed`, `since`, `so far`; not `to have been`, `would have`. */
  function ongoing(sentence: Sentence): boolean {
    const {words} = sentence
    for (let index = 0; index < words.length; index++) {
      if (matchPhrase(context.ongoing, words, index, article.text) > 0 && !inWordSet(context.notOngoingAfter, words[index - 1]?.lower ?? '')) return true
    }
    return false
  }
}

function hasPhrase(article: Article, sentence: Sentence, table: ContextTables['datedBack']): boolean {
  for (let index = 0; index < sentence.words.length; index++) {
    if (matchPhrase(table, sentence.words, index, article.text) > 0) return true
  }
  return false
}
