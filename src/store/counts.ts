import { STEPS } from '../lesson/steps';
import { substepCount } from '../lesson/substeps';

const cache = new Map<string, readonly number[]>();

/**
 * How many sub-steps each lesson step has for a sequence of length T traced from the target t★.
 * The same array is returned for the same (T, t★), so it is safe to select from the store.
 */
export function stepCounts(T: number, target: number): readonly number[] {
  const key = `${T}|${target}`;
  let counts = cache.get(key);
  if (!counts) {
    counts = Object.freeze(
      STEPS.map((step) => {
        const n = substepCount(step, { T, t: target });
        return Number.isFinite(n) && n >= 1 ? Math.floor(n) : 1;
      }),
    );
    if (cache.size > 256) cache.clear();
    cache.set(key, counts);
  }
  return counts;
}

/** The number of steps in the lesson. */
export const STEP_COUNT = STEPS.length;
