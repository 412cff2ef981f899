/**
 * The packages the shared modules load on first use (src/parse/platform.ts),
 * bundled into the page: Ajv, to check a style opened from disk, and the
 * Markdown stack with its character references. The page has no HTML mode,
 * so the HTML stack stays out of it.
 */
import * as ajv from 'ajv'
import * as decodeNamed from 'decode-named-character-reference'
import * as entitiesDecode from 'entities/decode'
import * as decodeNumeric from 'micromark-util-decode-numeric-character-reference'
import * as remarkFrontmatter from 'remark-frontmatter'
import * as remarkGfm from 'remark-gfm'
import * as remarkParse from 'remark-parse'
import {provideModules} from '../parse/platform.js'

provideModules({
  ajv,
  'decode-named-character-reference': decodeNamed,
  'entities/decode': entitiesDecode,
  'micromark-util-decode-numeric-character-reference': decodeNumeric,
  'remark-frontmatter': remarkFrontmatter,
  'remark-gfm': remarkGfm,
  'remark-parse': remarkParse
})
