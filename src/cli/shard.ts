/**
 * `--shard <i>/<n>`: the part of the files one of `n` CI runners lints. A
 * file's shard comes from its path alone (SHA-1 of its path relative to the
 * working folder, `/`-separated), so the split is the same on every runner
 * and a file keeps its shard when others are added or removed.
 */
import crypto from 'node:crypto'
import path from 'node:path'

export interface Shard {
  index: number
  count: number
}

/** `2/4` -> shard 2 of 4; an error message for anything else. */
export function parseShard(value: string): Shard | string {
  const match = /^(\d{1,4})\/(\d{1,4})$/u.exec(value)
  const index = Number(match?.[1])
  const count = Number(match?.[2])
  if (!match || count < 1 || index < 1 || index > count) return '--shard expects <i>/<n> with 1 <= i <= n (such as 1/4), not `' + value + '`'
  return {index, count}
}

/** Whether the file at `filePath` (relative to `cwd` or absolute) is in `shard`. */
export function inShard(shard: Shard, filePath: string, cwd: string): boolean {
  const relative = path.relative(cwd, path.resolve(cwd, filePath)).split(path.sep).join('/')
  const hash = crypto.createHash('sha1').update(relative).digest()
  return hash.readUInt32BE(0) % shard.count === shard.index - 1
}
