/**
 * retext-house-style: a house-style linter for news articles.
 *
 * `unified().use(retextEnglish).use(retextHouseStyle, options)` runs every
 * rule with the settings of the style and of `options.rules`. The package's
 * public API: the preset, each rule, and the parts a pipeline may want.
 */
export {default, resolveRules} from './engine/preset.js'
export type {Options, ResolvedRule} from './engine/preset.js'
export {rules} from './engine/rules.js'
export {default as retextHouseStyleParse, extensions, formatOf, parseArticle} from './parse/formats.js'
export {parseParagraphs} from './parse/plain.js'
export {loadStyle, builtInStyles, defaultStyleName} from './kit/style.js'
export type {RuleSetting, Severity, Style, StyleData} from './kit/style.js'
export {getArticle} from './model/article.js'
export type {Article, Paragraph, QuoteSpan, Sentence, Word} from './model/article.js'
export {applyFixes, fixOf} from './engine/fix.js'
export type {Fix} from './engine/fix.js'
export type {Edit} from './parse/rendered.js'
export {default as groupNames} from '../rules/group-names/index.js'
export {default as abbreviations} from '../rules/abbreviations.js'
export {default as britishSpelling} from '../rules/british-spelling/index.js'
export {default as encoding} from '../rules/encoding.js'
export {default as figureAttribution} from '../rules/figure-attribution/index.js'
export {default as numbers} from '../rules/numbers/index.js'
export {default as acronyms} from '../rules/acronyms/index.js'
export {default as repeatedWords} from '../rules/repeated-words.js'
export {default as indefiniteArticle} from '../rules/indefinite-article.js'
export {default as sentenceSpacing} from '../rules/sentence-spacing.js'
export {default as honorifics} from '../rules/honorifics.js'
export {default as honorificPunctuation} from '../rules/honorific-punctuation.js'
export {default as ranks} from '../rules/ranks.js'
export {default as nameConsistency} from '../rules/name-consistency.js'
export {default as nameParticles} from '../rules/name-particles.js'
