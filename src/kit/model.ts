/**
 * The article model's tables for a style: the model's default data
 * (src/model/defaults.ts) with the style's `data.<block>` merged over it,
 * checked against the block's schema and turned into look-up tables once
 * per style. Every rule that reads a block (the people rules `people`,
 * `figure-attribution` and `numbers` `figures`) gets the same tables, so
 * the model built from them is built once per article.
 */
import {encodingDefaults, encodingSchema, prepareEncoding, type EncodingData, type EncodingTables} from '../model/encoding.js'
import {figuresDefaults, figuresSchema, prepareFigures, type FiguresData, type FigureTables} from '../model/figures/index.js'
import {groupsDefaults, groupsSchema, prepareGroups, type GroupsData, type GroupTables} from '../model/groups.js'
import {peopleDefaults, peopleSchema, preparePeople, type PeopleData, type PeopleTables} from '../model/people/index.js'
import {merge, type Style} from './style.js'
import {validate} from './validate.js'

export interface ModelTables {
  /** Honorifics, ranks, titles, given names... (`data.people`). */
  readonly people: PeopleTables
  /** Number words, currencies, units, casualty words... (`data.figures`). */
  readonly figures: FigureTables
  /** Mojibake and damaged sequences (`data.encoding`). */
  readonly encoding: EncodingTables
  /** Organisations by house name (`data.groups`). */
  readonly groups: GroupTables
}

interface Block<Data, Tables> {
  defaults: Data
  schema: object
  /** `style`: for data one block takes from another (the people model's number words are the figures'). */
  prepare(data: Data, style: Style): Tables
}

const blocks: {[Name in keyof ModelTables]: Block<never, ModelTables[Name]>} = {
  people: {
    defaults: peopleDefaults as never,
    schema: peopleSchema,
    prepare: (data: PeopleData, style: Style) => preparePeople(data, (modelData(style, 'figures') as FiguresData).numberWords)
  },
  figures: {defaults: figuresDefaults as never, schema: figuresSchema, prepare: (data: FiguresData) => prepareFigures(data)},
  encoding: {defaults: encodingDefaults as never, schema: encodingSchema, prepare: (data: EncodingData) => prepareEncoding(data)},
  groups: {defaults: groupsDefaults as never, schema: groupsSchema, prepare: (data: GroupsData) => prepareGroups(data)}
}

/**
 * Rule data that became a model block (`data.honorifics.people` is
 * `data.people`): a style that still has it is told where it went.
 */
export const movedToModel: Record<string, keyof ModelTables> = {
  'honorifics.people': 'people',
  'figure-attribution.figures': 'figures',
  'group-names.groups': 'groups'
}

/** Names of the model's blocks of style data (`data.people`...), beside the rules' own. */
export const modelBlockNames = Object.keys(blocks) as Array<keyof ModelTables>

/** The JSON Schema of each block. */
export const modelSchemas = Object.fromEntries(modelBlockNames.map((name) => [name, blocks[name].schema])) as Record<keyof ModelTables, object>

/** Each block's data: the model's defaults, the style's over them. */
export function modelData<Name extends keyof ModelTables>(style: Style, name: Name): unknown {
  const own = style.data[name]
  const defaults = blocks[name].defaults as unknown
  return own === undefined ? defaults : merge(defaults as Record<string, unknown>, own)
}

/**
 * Check the style's model blocks against their schemas: an error names the
 * style and the key. The default data is checked by the test suite.
 */
export function checkModelData(style: Style): undefined {
  for (const name of modelBlockNames) {
    if (style.data[name] !== undefined) validate(blocks[name].schema, modelData(style, name), 'Invalid style ' + style.source, 'data.' + name)
  }
}

const tablesByStyle = new WeakMap<Style, ModelTables>()

/** The model's tables for `style`, each block prepared the first time a rule asks for it. */
export function modelTables(style: Style): ModelTables {
  let tables = tablesByStyle.get(style)
  if (!tables) {
    const prepared: Partial<Record<keyof ModelTables, unknown>> = {}
    const get = <Name extends keyof ModelTables>(name: Name): ModelTables[Name] => {
      prepared[name] ??= (blocks[name] as Block<unknown, ModelTables[Name]>).prepare(modelData(style, name), style)
      return prepared[name] as ModelTables[Name]
    }
    tables = {
      get people() {
        return get('people')
      },
      get figures() {
        return get('figures')
      },
      get encoding() {
        return get('encoding')
      },
      get groups() {
        return get('groups')
      }
    }
    tablesByStyle.set(style, tables)
  }
  return tables
}
