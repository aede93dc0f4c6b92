/**
 * σ_max for larger matrices: Golub–Kahan–Lanczos bidiagonalisation. A chunk of its own with the
 * gated cells (bptt/fullCore.ts): the lesson's first model is small enough for Jacobi (sigma.ts).
 */
import { divide, maxAbs, norm2 } from './mat';
import { scratch } from './scratch';
import { matTVecOn, matVecOn } from './products';
import { fast } from '../accel';

import type { Mat } from './mat';

export { JACOBI_MAX, spectralNorm } from './sigma';

/**
 * Entries within this range are used as they are; outside it the matrix is scaled first, so that
 * the Gram entries’ squares (scale⁴) in the Sturm sequence neither underflow nor overflow.
 */
const SAFE_MIN = 1e-60;
const SAFE_MAX = 1e60;

export interface LanczosOptions {
  /** Stop when the estimate changes by less than this (relative) between steps. */
  readonly tol?: number;
  /**
   * A start vector in the row space (length `m.cols`), e.g. the `right` vector of a similar
   * matrix: the closer it is to the top right singular vector, the fewer steps are needed.
   */
  readonly start?: ArrayLike<number>;
  /** max |m_ij| (maxAbs(m)) when the caller has it already (matMulScaledInto returns it). */
  readonly maxAbs?: number;
}

export interface TopSingular {
  readonly sigma: number;
  /** An approximation of the top right singular vector (unit length), for warm starts. */
  readonly right: Float64Array;
}

/**
 * σ_max by Golub–Kahan–Lanczos bidiagonalisation with full reorthogonalisation: after j steps the
 * largest singular value of the j×j bidiagonal matrix approximates σ_max(m) from below, converging
 * far faster than power iteration; with j = min(rows, cols) it is exact up to rounding. Stops when
 * the estimate changes by less than `tol` (relative) between steps. Cost O(j·rows·cols).
 */
export function sigmaMaxLanczos(m: Mat, tol = 1e-12): number {
  return topSingular(m, { tol }).sigma;
}

/** σ_max(m) and an approximation of its right singular vector (see `sigmaMaxLanczos`). */
export function topSingular(m: Mat, opts: LanczosOptions = {}): TopSingular {
  const tol = opts.tol ?? 1e-12;
  const n = m.cols;
  const big = opts.maxAbs ?? maxAbs(m);
  if (big === 0 || !Number.isFinite(big))
    return { sigma: big, right: startVector(new Float64Array(n), opts.start) };
  // Scaling by the largest entry keeps huge or tiny matrices from overflowing or underflowing.
  const factor = big < SAFE_MIN || big > SAFE_MAX ? big : 1;
  const a = factor === 1 ? m : divide(m, factor);
  // A wide matrix needs one step more: its bidiagonal matrix is j×(j + 1), the last α zero.
  const steps = Math.min(a.rows + 1, n);
  // One allocation for the whole run (small typed arrays cost more than the arithmetic here):
  // the Lanczos vectors, and the Gram matrix BᵀB of the bidiagonal B (diagonal d, off-diagonal
  // e), which grows by a row each step.
  const rows = a.rows;
  // Kept between calls (scratch.ts): a Jacobian view asks for one σ_max per product.
  const work = scratch('lanczos.work', steps * (n + rows) + 2 * steps);
  work.fill(0, steps * (n + rows));
  const vs: Float64Array[] = [];
  const us: Float64Array[] = [];
  const d = work.subarray(steps * (n + rows), steps * (n + rows) + steps);
  const e = work.subarray(steps * (n + rows) + steps);
  let v: Float64Array = work.subarray(0, n);
  startVector(v, opts.start);
  // a·v and aᵀ·u on the WebAssembly kernels when they run, a copied into their memory once for
  // the run (the same sums as matVecInto's and matTVecInto's).
  const resident = fast?.residentStacks([[a]])?.[0] ?? null;
  let lambda = 0;
  let beta = 0;
  let len = 0;
  for (let j = 0; j < steps; j++) {
    vs.push(v);
    const u = matVecOn(
      a,
      resident,
      v,
      work.subarray(steps * n + j * rows, steps * n + (j + 1) * rows),
    );
    if (j > 0) axpy(u, -beta, us[j - 1]);
    let al = reorthogonalise(u, us);
    if (j === 0 && al === 0) {
      // The start vector is in the null space: start again from a column that is not.
      columnOfLargest(a, v);
      al = reorthogonalise(matVecOn(a, resident, v, u), us);
    }
    if (al > 0) for (let i = 0; i < u.length; i++) u[i] /= al;
    us.push(u);
    d[j] = al * al + beta * beta;
    len = j + 1;
    const next = largestEigenvalue(d, e, len, lambda);
    const done = j > 0 && Math.abs(next - lambda) <= 2 * tol * next;
    lambda = next;
    if (done || al === 0 || j === steps - 1) break;
    const w = matTVecOn(a, resident, u, work.subarray((j + 1) * n, (j + 2) * n));
    axpy(w, -al, v);
    const nv = reorthogonalise(w, vs);
    if (nv <= 1e-300) break;
    beta = nv;
    e[j] = al * nv;
    for (let i = 0; i < n; i++) w[i] /= nv;
    v = w;
  }
  const y = topEigenvector(d.subarray(0, len), e.subarray(0, len), lambda);
  const right = new Float64Array(n);
  for (let i = 0; i < y.length; i++) axpy(right, y[i], vs[i]);
  const r = norm2(right);
  if (r > 0) for (let i = 0; i < n; i++) right[i] /= r;
  return { sigma: factor * Math.sqrt(lambda), right };
}

/**
 * How much of the generic vector a given start vector gets. A warm start close to a singular
 * vector that is not the top one (products of a diagonal or permutation W have coordinate
 * singular vectors) would otherwise hold the estimate still for a step, and the stopping test
 * would take the wrong value for converged.
 */
const WARM_MIX = 0.1;

/**
 * Writes into v a unit start vector: the generic one (no special structure, so unlikely to be
 * orthogonal to the top singular vector), plus the given start, normalised, when there is one.
 */
function startVector(v: Float64Array, start?: ArrayLike<number>): Float64Array {
  const n = v.length;
  for (let i = 0; i < n; i++) v[i] = 1 + ((i * 0.618033988749895) % 1);
  const ng = norm2(v);
  if (start !== undefined && start.length === n) {
    const ns = norm2(start);
    if (ns > 0 && Number.isFinite(ns))
      for (let i = 0; i < n; i++) v[i] = start[i] / ns + (WARM_MIX * v[i]) / ng;
  }
  const nv = norm2(v);
  for (let i = 0; i < n; i++) v[i] /= nv;
  return v;
}

/** Writes into v the unit vector along the column that holds a's largest entry (a·v ≠ 0). */
function columnOfLargest(a: Mat, v: Float64Array): void {
  let best = -1;
  let at = 0;
  for (let i = 0; i < a.data.length; i++) {
    const x = Math.abs(a.data[i]);
    if (x > best) {
      best = x;
      at = i;
    }
  }
  v.fill(0);
  v[at % a.cols] = 1;
}

/** y += c·x */
function axpy(y: Float64Array, c: number, x: Float64Array): void {
  for (let i = 0; i < y.length; i++) y[i] += c * x[i];
}

/**
 * Removes from w its components along the (orthonormal) basis by classical Gram–Schmidt, and a
 * second time when the first pass cancelled most of w (the "twice is enough" criterion); returns
 * the norm of what is left.
 */
function reorthogonalise(w: Float64Array, basis: readonly Float64Array[]): number {
  let norm = norm2(w);
  const count = basis.length;
  if (count === 0) return norm;
  const n = w.length;
  for (let pass = 0; pass < 2; pass++) {
    const before = norm;
    for (let q = 0; q < count; q++) {
      const b = basis[q];
      let d = 0;
      for (let i = 0; i < n; i++) d += w[i] * b[i];
      if (d !== 0) for (let i = 0; i < n; i++) w[i] += -d * b[i];
    }
    norm = norm2(w);
    if (norm > Math.SQRT1_2 * before) break;
  }
  return norm;
}

/**
 * The largest eigenvalue of a symmetric tridiagonal matrix, by bisection on Sturm counts down to
 * the spacing of doubles. `atLeast` is a known lower bound (the previous, smaller Lanczos matrix's
 * largest eigenvalue, by interlacing), which shortens the search.
 */
function largestEigenvalue(d: Float64Array, e: Float64Array, j: number, atLeast: number): number {
  // Gershgorin: every eigenvalue of the (positive semi-definite) Gram matrix lies in [0, hi].
  let hi = 0;
  for (let i = 0; i < j; i++)
    hi = Math.max(hi, d[i] + Math.abs(e[i]) + (i > 0 ? Math.abs(e[i - 1]) : 0));
  let lo = Math.min(Math.max(0, atLeast), hi);
  // Down to a relative width of 1e-15: well below the 1e-12 the estimates are compared at.
  for (let it = 0; it < 200 && hi - lo > 1e-15 * hi; it++) {
    const mid = 0.5 * (lo + hi);
    if (above(d, e, j, mid)) lo = mid;
    else hi = mid;
  }
  return 0.5 * (lo + hi);
}

/**
 * Whether the symmetric tridiagonal matrix (first j entries of d, e) has an eigenvalue greater
 * than x: the number of them is j minus the Sturm count of negatives of (T − x).
 */
function above(d: Float64Array, e: Float64Array, j: number, x: number): boolean {
  let neg = 0;
  let q = d[0] - x;
  if (q < 0) neg++;
  for (let i = 1; i < j; i++) {
    const qq = q === 0 ? 1e-300 : q;
    q = d[i] - x - (e[i - 1] * e[i - 1]) / qq;
    if (q < 0) neg++;
  }
  return neg < j;
}

/**
 * A unit eigenvector for the eigenvalue λ of a symmetric tridiagonal matrix, by two steps of
 * inverse iteration: Gaussian elimination with partial pivoting on (T − μ)·y = b, μ just above λ.
 */
function topEigenvector(d: Float64Array, e: Float64Array, lambda: number): number[] {
  const j = d.length;
  // Plain arrays: a few entries each, where a typed array's allocation would cost the most.
  let y: number[] = new Array<number>(j).fill(1);
  if (j === 1) return y;
  const mu = lambda * (1 + 1e-10) + 1e-300;
  for (let pass = 0; pass < 2; pass++) {
    y = solveTridiagonal(d, e, mu, y);
    const ny = norm2(y);
    if (!(ny > 0) || !Number.isFinite(ny)) return new Array<number>(j).fill(1 / Math.sqrt(j));
    for (let i = 0; i < j; i++) y[i] /= ny;
  }
  return y;
}

/** Solves (T − μI)·x = b for the tridiagonal T (diagonal d, off-diagonal e), partial pivoting. */
function solveTridiagonal(d: Float64Array, e: Float64Array, mu: number, b: number[]): number[] {
  const n = d.length;
  // Row i of the upper-triangular factor: a[i] on the diagonal, c[i] and f[i] to its right.
  const a = new Array<number>(n).fill(0);
  const c = new Array<number>(n).fill(0);
  const f = new Array<number>(n).fill(0);
  const x = b.slice();
  // The current row i after elimination so far: (ai, ci) at columns i, i + 1 (zero beyond).
  let ai = d[0] - mu;
  let ci = e[0];
  for (let i = 0; i < n - 1; i++) {
    // Row i + 1 of T − μI: (sub, diag, sup) at columns i, i + 1, i + 2.
    const sub = e[i];
    const diag = d[i + 1] - mu;
    const sup = i + 2 < n ? e[i + 1] : 0;
    if (Math.abs(sub) > Math.abs(ai)) {
      // Pivot on row i + 1: it becomes row i of the factor, the current row is eliminated.
      const l = ai / sub;
      a[i] = sub;
      c[i] = diag;
      f[i] = sup;
      const xi = x[i];
      x[i] = x[i + 1];
      x[i + 1] = xi - l * x[i];
      ai = ci - l * diag;
      ci = -l * sup;
    } else {
      const l = ai === 0 ? 0 : sub / ai;
      a[i] = ai === 0 ? 1e-300 : ai;
      c[i] = ci;
      f[i] = 0;
      x[i + 1] -= l * x[i];
      ai = diag - l * ci;
      ci = sup;
    }
  }
  a[n - 1] = ai === 0 ? 1e-300 : ai;
  for (let i = n - 1; i >= 0; i--) {
    let s = x[i];
    if (i + 1 < n) s -= c[i] * x[i + 1];
    if (i + 2 < n) s -= f[i] * x[i + 2];
    x[i] = s / a[i];
  }
  return x;
}
