/** The package's version, for `--version`, reports and the language server's `serverInfo`. */
import packageJson from '../../package.json' with {type: 'json'}

export const version: string = packageJson.version
