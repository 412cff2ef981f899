/**
 * Keeping memory bounded while a long file is linted in pieces.
 *
 * Each piece's syntax tree lives long enough to be promoted to V8's old
 * space, and V8 grows the heap rather than collect it: a 10 MB file peaked
 * at 770 MB with 70 MB live (measured). A full collection once the heap has
 * grown by `slack` since the last one keeps the peak near the live memory
 * plus a few pieces' trees, at the cost of one collection every few pieces.
 * Node has no API for it without `--expose-gc`; this turns the flag on at
 * run time and takes `gc` from a new context (as Jest does for its leak
 * detection).
 */
import v8 from 'node:v8'
import vm from 'node:vm'

const slack = 48 * 1024 * 1024
let collect: (() => void) | undefined
let usedAfterLast = 0

/**
 * Run a full garbage collection if the old space has grown by `slack` since
 * the last one. The young generation is bounded by V8 and emptied by its own
 * cheap collections; what outgrows memory is the dead trees promoted to the
 * old space. Counting the whole heap instead set off a full collection after
 * nearly every piece (an eighth of the lint of a long file, measured).
 */
export function collectGarbageIfGrown(): undefined {
  const used = oldSpaceUsed()
  if (used - usedAfterLast < slack) return
  if (!collect) {
    v8.setFlagsFromString('--expose-gc')
    collect = vm.runInNewContext('gc') as () => void
  }
  collect()
  usedAfterLast = oldSpaceUsed()
}

function oldSpaceUsed(): number {
  let used = 0
  for (const space of v8.getHeapSpaceStatistics()) {
    if (space.space_name === 'old_space' || space.space_name === 'large_object_space') used += space.space_used_size
  }
  return used
}
