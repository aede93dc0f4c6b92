/**
 * σ_max as the core asks for it: exact Jacobi on the Gram matrix up to JACOBI_MAX (every model the
 * lesson starts with), Lanczos bidiagonalisation above (lanczos.ts). Lanczos is a chunk of its own
 * with the gated cells: whatever can make a larger model or read one (the model parser, the
 * explore mode's sizes and presets, the gated chapter's companions) installs it first
 * (bptt/fullCore.ts), so a larger matrix never arrives here before it.
 */
import { sigmaMax } from './jacobi';
import type { LanczosOptions, TopSingular } from './lanczos';
import type { Mat } from './mat';

/** Up to this size σ_max uses Jacobi on the Gram matrix; above it, Lanczos bidiagonalisation. */
export const JACOBI_MAX = 8;

type TopSingularFn = (m: Mat, opts?: LanczosOptions) => TopSingular;

let lanczos: TopSingularFn | null = null;

/** Hands in lanczos.ts's topSingular (bptt/fullCore.ts). */
export function provideLanczos(fn: TopSingularFn): void {
  lanczos = fn;
}

/**
 * lanczos.ts's topSingular: σ_max(m) and its right singular vector, for a matrix above
 * JACOBI_MAX; throws when Lanczos is not installed (bptt/fullCore.ts).
 */
export function topSingularOf(m: Mat, opts: LanczosOptions = {}): TopSingular {
  if (!lanczos)
    throw new Error(`σ_max of a ${m.rows}×${m.cols} matrix needs Lanczos (installFullCore)`);
  return lanczos(m, opts);
}

/** The last σ_max found for a matrix's data, with a copy of the entries it was found for. */
const spectralCache = new WeakMap<
  Float64Array,
  {
    readonly rows: number;
    readonly cols: number;
    readonly entries: Float64Array;
    readonly sigma: number;
  }
>();

function sameEntries(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

/**
 * σ_max(m) by the method that suits its size: exact Jacobi when small, Lanczos otherwise
 * (lanczos.ts's sigmaMaxLanczos, its default tolerance).
 * Remembered per matrix (the core, the controls and the charts all ask for σ_max(W) after an
 * edit): an O(n²) comparison with a copy of the entries guards against a matrix changed in place.
 */
export function spectralNorm(m: Mat): number {
  const hit = spectralCache.get(m.data);
  if (hit && hit.rows === m.rows && hit.cols === m.cols && sameEntries(hit.entries, m.data)) {
    return hit.sigma;
  }
  const sigma =
    Math.min(m.rows, m.cols) <= JACOBI_MAX ? sigmaMax(m) : topSingularOf(m, { tol: 1e-12 }).sigma;
  spectralCache.set(m.data, { rows: m.rows, cols: m.cols, entries: m.data.slice(), sigma });
  return sigma;
}
