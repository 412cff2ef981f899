/**
 * CLI configuration files: `.housestylerc`, `.housestylerc.json`,
 * `.housestylerc.yaml` or a `houseStyle` field in `package.json`, found from
 * each file's folder upwards (unified-engine does the finding and parsing).
 *
 * A config holds our options (`{style, rules}`), not unified's
 * `{plugins, settings}`: this turns it into the preset with those options,
 * after checking it, so a mistake names the key and the file.
 */
import path from 'node:path'
import type {Plugin, Preset} from 'unified'
import retextHouseStyle, {resolveRules, type Options} from './index.js'

export const configNames = {rcName: '.housestylerc', packageField: 'houseStyle', ignoreName: '.housestyleignore'}

/**
 * unified-engine `configTransform`: our config -> the preset with options.
 */
export function configTransform(config: unknown, filePath: string): Preset {
  const options = {...(config as Record<string, unknown>)}
  delete options['$schema']
  if (typeof options['style'] === 'string' && isPath(options['style'])) {
    options['style'] = path.resolve(path.dirname(filePath), options['style'])
  }
  try {
    resolveRules(options as Options, path.dirname(filePath))
  } catch (error) {
    throw new Error('Invalid configuration in `' + filePath + '`: ' + (error as Error).message.replace(/^Invalid options for retext-house-style: /, ''))
  }
  return {plugins: [[retextHouseStyle as unknown as Plugin<Array<unknown>>, options]]}
}

function isPath(value: string): boolean {
  return value.startsWith('.') || value.includes('/') || value.includes('\\') || value.endsWith('.json')
}
