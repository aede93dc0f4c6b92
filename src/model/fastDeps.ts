/**
 * What the fast paths (fast.ts) use of the first chunk, handed in by accel.ts when they load.
 * Importing those modules from the fast paths' own would make the bundler move every module
 * both chunks share into a third chunk, and the first formula pays for the split; so the fast
 * paths import only types from the first chunk, and these functions through here.
 */
import type { Mat } from './linalg/mat';
import type { matMulInto } from './linalg/products';
import type { scratch } from './linalg/scratch';
import type { kernelHeap, wasmKernelsEnabled } from './linalg/simd';
import type { activateAt } from './bptt/activation';

export interface FastDeps {
  readonly matMulInto: typeof matMulInto;
  readonly wasmKernelsEnabled: typeof wasmKernelsEnabled;
  readonly scratch: typeof scratch;
  readonly kernelHeap: typeof kernelHeap;
  readonly activateAt: typeof activateAt;
}

/** The first chunk's functions, set by install (fast.ts) before any fast path runs. */
export let deps: FastDeps;

export function setDeps(d: FastDeps): void {
  deps = d;
}

/** A rows×cols matrix on `data` (linalg/mat's `mat`, without its check). */
export function matOn(
  rows: number,
  cols: number,
  data: Float64Array = new Float64Array(rows * cols),
): Mat {
  return { rows, cols, data };
}
