/**
 * Work arrays kept between calls: a typed array's allocation costs more than the arithmetic of a
 * small model's pass (it is zeroed, and counted as external memory, which brings the collector
 * sooner), so the hot loops take their scratch from here. Each caller names a slot of its own;
 * the array of a slot is kept while its length stays the same (one model's shape: the app and
 * the benchmark work on one model at a time). Never part of a result: the next call overwrites
 * it, and its content on arrival is whatever the last user left (write before reading).
 */

const slots = new Map<string, Float64Array>();

/** The work array of `slot` with exactly `n` entries (the slot's last one when of that size). */
export function scratch(slot: string, n: number): Float64Array {
  let a = slots.get(slot);
  if (a === undefined || a.length !== n) {
    a = new Float64Array(n);
    slots.set(slot, a);
  }
  return a;
}

const intSlots = new Map<string, Int32Array>();

/** scratch's integer twin (indices, say). */
export function scratchInts(slot: string, n: number): Int32Array {
  let a = intSlots.get(slot);
  if (a === undefined || a.length !== n) {
    a = new Int32Array(n);
    intSlots.set(slot, a);
  }
  return a;
}
