/**
 * Keeping memory bounded while a long file is linted in pieces.
 *
 * A piece's syntax tree and article model live until the piece is linted,
 * so a young-generation collection in the middle of a piece copies or
 * promotes them. V8 answers that survival by growing the young generation
 * (to 32 MB on Node 20, 128 MB on Node 24), and the dead trees it promoted
 * fill the old space, which it grows rather than collects: a 10 MB file
 * peaked at 770 MB with 70 MB live (measured). So, between pieces (when the
 * piece's tree is garbage), a full collection runs once the old space has
 * grown by `oldSlack`, and the young generation may grow to
 * `youngCapacity` and no further. Pieces are small enough (8 KiB of text
 * and up) that most die young even so.
 *
 * Node has no API for either. `--expose-gc` is turned on at run time and
 * `gc` taken from a new context (as Jest does for its leak detection).
 * V8 reads `--max-semi-space-size` only at start-up, but it reads
 * `--semi-space-growth-factor` each time it grows the young generation:
 * a factor of 1 stops the growth (checked on Node 20, 22 and 24). Young
 * collections between pieces as well were no help in the CLI and, where
 * the young generation had already grown (in process), made a pass over
 * the corpus as one file twice as slow (measured).
 */
import v8 from 'node:v8'
import vm from 'node:vm'

const mebibyte = 1024 * 1024
/** The young generation's bound while linting in pieces: two 4 MiB semi-spaces. */
const youngCapacity = 8 * mebibyte
/** Growth of the old space that sets off a full collection between pieces. */
const oldSlack = 8 * mebibyte
/** V8's default growth factor of the young generation. */
const defaultGrowth = 2

/** V8's `gc` (a full collection), once taken. */
let collect: (() => void) | undefined
let growth = defaultGrowth
/** The growth factor before the current long file, restored after it. */
let growthBeforePieces: number | undefined
let oldUsedAfterLast = 0

/**
 * Keep the young generation at its start-up size until the first file is
 * linted: loading the style grows it otherwise, before a long file could
 * bound it. For a process that lints files and nothing else (the CLI).
 */
export function holdYoungGeneration(): undefined {
  setGrowth(1)
}

/** Let the young generation grow as V8 likes again: a file linted whole. */
export function releaseYoungGeneration(): undefined {
  setGrowth(defaultGrowth)
}

/** After each piece, once its tree is garbage: see the module comment. */
export function betweenPieces(): undefined {
  growthBeforePieces ??= growth
  const oldUsed = oldSpaceUsed()
  if (oldUsed - oldUsedAfterLast >= oldSlack) {
    collectAll()
    oldUsedAfterLast = oldSpaceUsed()
  }
  // Growth doubles it: allowed only while a doubling stays within bounds.
  setGrowth(youngGenerationSize() * defaultGrowth <= youngCapacity ? defaultGrowth : 1)
}

/**
 * After the last piece: the growth factor is as before the file (held in
 * the CLI, so that its report does not grow the young generation either).
 */
export function afterPieces(): undefined {
  if (growthBeforePieces !== undefined) setGrowth(growthBeforePieces)
  growthBeforePieces = undefined
}

function collectAll(): undefined {
  if (!collect) {
    v8.setFlagsFromString('--expose-gc')
    collect = vm.runInNewContext('gc') as () => void
  }
  collect()
}

function setGrowth(factor: number): undefined {
  if (factor === growth) return
  v8.setFlagsFromString('--semi-space-growth-factor=' + factor)
  growth = factor
}

/** Both semi-spaces of the young generation, committed. */
function youngGenerationSize(): number {
  return v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0
}

/**
 * The old space and large objects: what outgrows memory is the dead trees
 * promoted there. Counting the whole heap instead set off a full collection
 * after nearly every piece (an eighth of the lint of a long file, measured).
 */
function oldSpaceUsed(): number {
  let used = 0
  for (const space of v8.getHeapSpaceStatistics()) {
    if (space.space_name === 'old_space' || space.space_name === 'large_object_space') used += space.space_used_size
  }
  return used
}
