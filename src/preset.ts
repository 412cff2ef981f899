/**
 * The rules of the house style, in the order a subeditor reads for them.
 */
import abbreviations from '../rules/abbreviations.js'
import groupNames from '../rules/group-names.js'
import type {HouseStyleRule} from './rule.js'

export const rules: Array<HouseStyleRule> = [
  // Naming a group wrongly is the most visible error and has political weight.
  groupNames as HouseStyleRule,
  // Full stops in abbreviations are the commonest wire-copy leftover.
  abbreviations as HouseStyleRule
]
