/**
 * Keeping memory bounded while a long file is linted in pieces.
 *
 * A piece's syntax tree and article model live until the piece is linted,
 * so a young-generation collection in the middle of a piece copies or
 * promotes them. V8 answers that survival by growing the young generation
 * (to 32 MiB on Node 20, 128 MiB on Node 24), and the dead trees it promoted
 * fill the old space, which it grows rather than collects: a 10 MB file
 * peaked at 770 MB with 70 MB live (measured). So, between pieces (when the
 * piece's tree is garbage), a full collection runs once the old space has
 * grown by `oldSlack`; and while pieces are linted the young generation may
 * grow to about `youngCapacity` (it is checked between pieces, so a piece
 * of 128 KiB can still double it). Pieces from 8 KiB to 128 KiB mostly die
 * young even so.
 *
 * Node has no API for either. `--expose-gc` is turned on at run time and
 * `gc` taken from a new context (as Jest does for its leak detection).
 * V8 reads `--max-semi-space-size` only at start-up, but it reads
 * `--semi-space-growth-factor` each time it grows the young generation:
 * a factor of 1 stops the growth (checked on Node 20, 22 and 24). The
 * factor is one for the whole process, so it is worked out from all the
 * lints under way (unified-engine lints files side by side). Young
 * collections between pieces as well were no help in the CLI and, where
 * the young generation had already grown (in process), made a pass over
 * the corpus as one file twice as slow (measured).
 */
import v8 from 'node:v8'
import vm from 'node:vm'
import type {PieceHooks} from '../engine/pieces.js'

const mebibyte = 1024 * 1024
/** The young generation's bound while linting in pieces: two 4 MiB semi-spaces. */
const youngCapacity = 8 * mebibyte
/** Growth of the old space that sets off a full collection between pieces. */
const oldSlack = 8 * mebibyte
/** V8's default growth factor of the young generation. */
const defaultGrowth = 2

/** V8's `gc` (a full collection), once taken. */
let collect: (() => void) | undefined
/** The growth factor last set: V8's flags cannot be read back. */
let growth = defaultGrowth
/** Whether the young generation is held at its size until a file is linted whole. */
let held = false
/** Long files whose pieces are being linted. */
let piecedLints = 0
let oldUsedAfterLast = 0

/**
 * Keep the young generation at its start-up size until a file is linted
 * whole: loading the style grows it otherwise, before a long file could
 * bound it, and a report after a long file would grow it too. For a
 * process that lints files and nothing else (the CLI).
 */
export function holdYoungGeneration(): undefined {
  held = true
  updateGrowth()
}

/** A file is to be linted whole: let the young generation grow as V8 likes, unless pieces are under way. */
export function releaseYoungGeneration(): undefined {
  held = false
  updateGrowth()
}

/** Before the first piece of a long file. */
export function startPieces(): undefined {
  piecedLints++
  updateGrowth()
}

/** After each piece, once its tree is garbage: see the module comment. */
export function betweenPieces(): undefined {
  const oldUsed = oldSpaceUsed()
  if (oldUsed - oldUsedAfterLast >= oldSlack) {
    collectAll()
    oldUsedAfterLast = oldSpaceUsed()
  }
  updateGrowth()
}

/** After the last piece of a long file, or when its lint fails. */
export function endPieces(): undefined {
  piecedLints--
  updateGrowth()
}

/**
 * While pieces are linted, growth doubles the young generation, so it is
 * allowed only while a doubling stays within `youngCapacity`; otherwise it
 * is held (1) or V8's own.
 */
function updateGrowth(): undefined {
  let factor = held ? 1 : defaultGrowth
  if (piecedLints > 0) factor = youngGenerationSize() * defaultGrowth <= youngCapacity ? defaultGrowth : 1
  if (factor === growth) return
  v8.setFlagsFromString('--semi-space-growth-factor=' + factor)
  growth = factor
}

function collectAll(): undefined {
  if (!collect) {
    v8.setFlagsFromString('--expose-gc')
    collect = vm.runInNewContext('gc') as () => void
  }
  collect()
}

/** Both semi-spaces of the young generation, committed. */
function youngGenerationSize(): number {
  return v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0
}

/**
 * The old space and large objects: what outgrows memory is the dead trees
 * promoted there. Counting the whole heap instead set off a full collection
 * after nearly every piece (measured with a slack of 48 MB).
 */
function oldSpaceUsed(): number {
  let used = 0
  for (const space of v8.getHeapSpaceStatistics()) {
    if (space.space_name === 'old_space' || space.space_name === 'large_object_space') used += space.space_used_size
  }
  return used
}

/**
 * What a process that lints and nothing else (the CLI, the language
 * server's lint workers) does around the pieces of long files: given to
 * the engine with `setPieceHooks` (src/engine/pieces.ts).
 */
export const memoryHooks: PieceHooks = {
  whole: releaseYoungGeneration,
  start: startPieces,
  between: betweenPieces,
  end: endPieces
}
