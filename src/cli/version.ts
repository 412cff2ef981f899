/** The package's version, for `--version` and reports. */
import packageJson from '../../package.json' with {type: 'json'}

export const version: string = packageJson.version
