/**
 * The core's fast paths (fast.ts), fetched as a chunk of their own beside the first one: the
 * first visit's small model does not need them, and the page's first formula has a size budget.
 * A registry the other folders read (`fast?.…`); it hands the fast paths what they use of the
 * first chunk (fastDeps.ts).
 * Until they arrive, and wherever they cannot run, every caller takes the scalar loops, which
 * give the same bits; so the only difference they make is time.
 */
import type * as Fast from './fast';
import { matMulInto } from './linalg/products';
import { scratch } from './linalg/scratch';
import { activateAt } from './bptt/activation';
import { kernelHeap, provideKernels, wasmKernelsEnabled } from './linalg/simd';

/** The fast paths once loaded, else null. */
export let fast: typeof Fast | null = null;

/** Settles when the fast paths are in (or could not be loaded: the scalar loops stay). */
export const fastPaths: Promise<void> = import('./fast').then(
  (m) => {
    provideKernels(m.KERNELS_WASM);
    m.install({ matMulInto, wasmKernelsEnabled, scratch, kernelHeap, activateAt });
    fast = m;
  },
  () => undefined,
);
