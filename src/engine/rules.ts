/**
 * The rules of the house style, in the order a subeditor reads for them.
 */
import abbreviations from '../../rules/abbreviations.js'
import acronyms from '../../rules/acronyms/index.js'
import encoding from '../../rules/encoding.js'
import figureAttribution from '../../rules/figure-attribution/index.js'
import indefiniteArticle from '../../rules/indefinite-article.js'
import numbers from '../../rules/numbers/index.js'
import repeatedWords from '../../rules/repeated-words.js'
import sentenceSpacing from '../../rules/sentence-spacing.js'
import britishSpelling from '../../rules/british-spelling/index.js'
import groupNames from '../../rules/group-names/index.js'
import honorifics from '../../rules/honorifics.js'
import honorificPunctuation from '../../rules/honorific-punctuation.js'
import nameConsistency from '../../rules/name-consistency.js'
import nameParticles from '../../rules/name-particles.js'
import ranks from '../../rules/ranks.js'
import type {HouseStyleRule} from '../kit/rule.js'

export const rules: Array<HouseStyleRule> = [
  // Naming a group wrongly is the most visible error and has political weight.
  groupNames as HouseStyleRule,
  // Full stops in abbreviations are the commonest wire-copy leftover.
  abbreviations as HouseStyleRule,
  // US spelling is what agency copy brings most often; British is the house spelling.
  britishSpelling as HouseStyleRule,
  // Damaged characters print as garbage; the known mojibake maps back safely.
  encoding as HouseStyleRule,
  // An unsourced death toll or sum of money is a claim the paper makes itself.
  figureAttribution as HouseStyleRule,
  // Mixed `3`/`three`, `%`/`per cent` is the commonest house-style slip in figures.
  numbers as HouseStyleRule,
  // Readers cannot be expected to know an acronym the article never spells out.
  acronyms as HouseStyleRule,
  // Who is who: full name first, then `Mr Bali`; the commonest subbing job on news copy.
  honorifics as HouseStyleRule,
  // `Mr.` and `Col.` are American wire style; the house writes no full stop.
  honorificPunctuation as HouseStyleRule,
  // `Colonel Sean Ryan` -> `Col Sean Ryan`: ranks before a name are abbreviated.
  ranks as HouseStyleRule,
  // `al-Assad` is wire style; the house writes `Al Assad`.
  nameParticles as HouseStyleRule,
  // One person spelt two ways reads as two people.
  nameConsistency as HouseStyleRule,
  // Generic slips (reused retext plugins): quiet on clean copy, cheap to fix.
  repeatedWords as HouseStyleRule,
  indefiniteArticle as HouseStyleRule,
  sentenceSpacing as HouseStyleRule
]
