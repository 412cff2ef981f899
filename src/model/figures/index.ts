/**
 * The figures model: every number or quantity word in an article, with what
 * it counts.
 *
 * Digits with separators (`7,000`), decimals, money (`$3bn`, `Dh5 million`),
 * percentages (`40 per cent`), spelt-out numbers (`three`, `twenty-five`) and
 * vague quantities (`hundreds`, `dozens`) are found once per article and
 * classified: contested (people, casualties, money, percentages, polls, a
 * death toll) or not (dates, years, times, durations, ages, ordinals,
 * numbered things, scores, measurements). `figure-attribution` asks which
 * contested figures lack a source; `numbers` asks how each is written.
 *
 * The folder, by concern: `reading.ts` reads the numbers, `categories.ts`
 * what each counts, `tables.ts` the word lists, `types.ts` what is found.
 */
import {perArticle} from '../article.js'
import {classify, shareCategory} from './categories.js'
import {readNumber} from './reading.js'
import type {FigureTables} from './tables.js'
import type {Figure, SentenceScan} from './types.js'

export type {Category, Figure} from './types.js'
export {figuresDefaults, figuresSchema, prepareFigures, type FigureTables, type FiguresData} from './tables.js'

/** Every figure in `article`, in order. */
export const getFigures = perArticle<FigureTables, Array<Figure>>((article, tables) => {
  const found: Array<Figure> = []
  for (const sentence of article.sentences) {
    const words = sentence.words
    if (words.length === 0) continue
    sentenceFigures({text: article.text, tables, sentence, words, offset: words[0]!.index}, found)
  }
  return found
})

function sentenceFigures(scan: SentenceScan, found: Array<Figure>): undefined {
  let previous: Figure | undefined
  for (let index = 0; index < scan.words.length; index++) {
    const figure = readNumber(scan, index)
    if (!figure) continue
    classify(scan, figure)
    shareCategory(previous, figure)
    found.push(figure)
    previous = figure
    index = figure.last.index - scan.offset
  }
}
