/**
 * JSON Schema validation with errors that name the key and the problem.
 */
import {load} from '../parse/platform.js'
import type {Ajv as AjvInstance, ErrorObject, ValidateFunction} from 'ajv'

const compiled = new WeakMap<object, ValidateFunction>()
let ajv: AjvInstance | undefined

/**
 * Check `value` against `schema`; throw an error whose message starts with
 * `what` and names the offending key, with its path under `prefix`.
 */
export function validate(schema: object, value: unknown, what: string, prefix = ''): undefined {
  // Most rules get no options (`{}`): no need to load ajv and compile their
  // schemas for that, which was a fifth of the CLI's start-up.
  if (isEmptyObject(value) && acceptsEmptyObject(schema)) return
  let check = compiled.get(schema)
  if (!check) {
    ajv ??= newAjv()
    check = ajv.compile(schema)
    compiled.set(schema, check)
  }
  if (check(value)) return
  const error = check.errors?.[0]
  throw new Error(what + ': ' + (error ? describe(error, prefix) : 'invalid value'))
}

function newAjv(): AjvInstance {
  const {Ajv} = load<typeof import('ajv')>('ajv')
  return new Ajv({allErrors: false, strictTuples: false, allowUnionTypes: true})
}

function isEmptyObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  for (const key in value) if (Object.hasOwn(value, key)) return false
  return true
}

/** Keywords that an empty object always satisfies. */
const emptyObjectKeywords = new Set(['type', 'additionalProperties', 'properties', 'patternProperties', 'propertyNames', 'description', 'title'])

/** Whether `schema` accepts `{}` whatever its properties say (no `required`, `minProperties`...). */
function acceptsEmptyObject(schema: object): boolean {
  if ((schema as {type?: unknown}).type !== 'object') return false
  return Object.keys(schema).every((keyword) => emptyObjectKeywords.has(keyword))
}

function describe(error: ErrorObject, prefix: string): string {
  const path = keyPath(prefix, error.instancePath)
  const where = path ? '`' + path + '`' : 'the value'
  const params = error.params as Record<string, unknown>
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = keyPath(path, '/' + String(params['additionalProperty']))
      return 'unknown key `' + key + '`'
    }
    case 'enum': {
      const allowed = (params['allowedValues'] as Array<unknown>).map((v) => JSON.stringify(v))
      return where + ' must be one of ' + allowed.join(', ')
    }
    case 'required': {
      return where + ' is missing `' + String(params['missingProperty']) + '`'
    }
    default: {
      return where + ' ' + (error.message ?? 'is invalid')
    }
  }
}

function keyPath(prefix: string, pointer: string): string {
  const keys = pointer
    .split('/')
    .slice(1)
    .map((key) => key.replaceAll('~1', '/').replaceAll('~0', '~'))
  let result = prefix
  for (const key of keys) {
    // `data.abbreviations.abbreviations["U.S."]`: a key with dots is quoted.
    result += /^[\w$-]+$/u.test(key) ? (result ? '.' : '') + key : '[' + JSON.stringify(key) + ']'
  }
  return result
}
