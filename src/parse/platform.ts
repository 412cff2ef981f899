/**
 * What the platform offers the modules that the command line, the language
 * server, the API and the web page share.
 *
 * Under Node, Node's built-in modules are reached when first needed
 * (`process.getBuiltinModule`), not imported: a shared module that imported
 * `node:fs` could not be bundled for a browser. Packages that cost start-up
 * time and that plain text never needs (the Markdown and HTML stacks, Ajv)
 * are required on first use, synchronously, as the parsers need them.
 *
 * In a browser there is no Node: `builtin` throws, and `load` hands out the
 * modules that the page's entry (src/web/) bundled and provided.
 */
interface Builtins {
  'node:fs': typeof import('node:fs')
  'node:module': typeof import('node:module')
  'node:path': typeof import('node:path')
}

const provided = new Map<string, unknown>()
let nodeRequire: NodeJS.Require | undefined

/** Whether this is Node (the CLI, the server, the API) rather than a browser. */
export function onNode(): boolean {
  return typeof process !== 'undefined' && typeof process.getBuiltinModule === 'function'
}

/** A Node built-in module; a clear error in a browser. */
export function builtin<Name extends keyof Builtins>(name: Name): Builtins[Name] {
  if (!onNode()) throw new Error('`' + name + '` is only available under Node')
  return process.getBuiltinModule(name) as unknown as Builtins[Name]
}

/**
 * The package `name`: required from `node_modules` under Node, or as the web
 * page's entry provided it.
 */
export function load<Module>(name: string): Module {
  if (provided.has(name)) return provided.get(name) as Module
  if (!onNode()) throw new Error('`' + name + '` is not part of this page')
  nodeRequire ??= builtin('node:module').createRequire(import.meta.url)
  return nodeRequire(name) as Module
}

/** Give `load` the modules a browser bundle holds, by package name. */
export function provideModules(modules: Record<string, unknown>): undefined {
  for (const [name, module] of Object.entries(modules)) provided.set(name, module)
}
