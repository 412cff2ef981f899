/**
 * The default data of the article model: the one module through which it
 * reaches the model (the model never reads `rules/`).
 *
 * Each block but the sentence starters and the given names by sex is also style data: a style changes
 * it under `data.<block>` (`data.people`, `data.figures`, `data.encoding`,
 * `data.groups`), merged over these defaults, and every rule that reads the
 * block sees the same tables.
 */
import encoding from './data/encoding.json' with {type: 'json'}
import figures from './data/figures.json' with {type: 'json'}
import givenNames from './data/given-names.json' with {type: 'json'}
import worldGivenNames from './data/given-names-world.json' with {type: 'json'}
import groups from './data/groups.json' with {type: 'json'}
import people from './data/people.json' with {type: 'json'}
import sentenceStarters from './data/sentence-starters.json' with {type: 'json'}

/** People: honorifics, ranks, titles, given names, descriptors, speech verbs (src/model/people/). */
export const defaultPeople: unknown = people
/** Figures: number words, multipliers, currencies, units, casualty and toll words (src/model/figures/). */
export const defaultFigures: unknown = figures
/** Text damaged by a bad conversion: mojibake and its originals (src/model/encoding.ts). */
export const defaultEncoding: unknown = encoding
/** Organisations by house name, with the other names they go by (src/model/groups.ts). */
export const defaultGroups: unknown = groups
/** Words that start a sentence after an abbreviation's full stop (`afterStop` in src/model/words.ts). */
export const defaultSentenceStarters: ReadonlyArray<string> = sentenceStarters
/**
 * Given names nearly always of one sex, from US birth records (built by
 * scripts/build-given-names.ts): English data for a person's gender when the
 * article says nothing, and for telling a given name from a sentence's verb
 * or a family name written first. Not style data; like the style's own list,
 * weak evidence of a person (`Joni Ernst`, then `Ernst`).
 */
export const defaultNamesBySex: {readonly male: ReadonlyArray<string>; readonly female: ReadonlyArray<string>} = givenNames
/**
 * Given names of one sex the birth records do not hold (`Volodymyr`,
 * `Rachid`), from other countries' lists (built by
 * scripts/build-world-given-names.ts); read as the birth records are.
 */
export const defaultWorldNamesBySex: {readonly male: ReadonlyArray<string>; readonly female: ReadonlyArray<string>} = worldGivenNames
