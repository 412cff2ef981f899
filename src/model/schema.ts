/**
 * JSON Schema pieces shared by the model's and the rules' style data.
 */

/** `examples: [{from, to}]` in style data: fixes the tests run. */
export const examplesSchema = {
  type: 'array',
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['from', 'to'],
    properties: {from: {type: 'string'}, to: {type: 'string'}}
  }
}
