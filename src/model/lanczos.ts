/** σ_max for larger matrices: Golub–Kahan–Lanczos bidiagonalisation. */
import { matTVec, matVec, maxAbs, norm2, scale } from './linalg';

import type { Mat } from './types';

/**
 * σ_max by Golub–Kahan–Lanczos bidiagonalisation with full reorthogonalisation: after j steps the
 * largest singular value of the j×j bidiagonal matrix approximates σ_max(m) from below, converging
 * far faster than power iteration; with j = min(rows, cols) it is exact up to rounding. Stops when
 * the estimate changes by less than `tol` (relative) between steps. Cost O(j·rows·cols).
 */
export function sigmaMaxLanczos(m: Mat, tol = 1e-12): number {
  const big = maxAbs(m);
  if (big === 0 || !Number.isFinite(big)) return big;
  const a = scale(m, 1 / big);
  const n = a.cols;
  const steps = Math.min(a.rows, n);
  const vs: Float64Array[] = [];
  const us: Float64Array[] = [];
  const alpha: number[] = [];
  const beta: number[] = [];
  // A start vector with no special structure, so it is unlikely to miss the top singular vector.
  let v: Float64Array = new Float64Array(n);
  for (let i = 0; i < n; i++) v[i] = 1 + ((i * 0.618033988749895) % 1);
  let nv = norm2(v);
  for (let i = 0; i < n; i++) v[i] /= nv;
  let est = 0;
  for (let j = 0; j < steps; j++) {
    vs.push(v);
    const u = matVec(a, v);
    if (j > 0) axpy(u, -beta[j - 1], us[j - 1]);
    reorthogonalise(u, us);
    const al = norm2(u);
    alpha.push(al);
    if (al > 0) for (let i = 0; i < u.length; i++) u[i] /= al;
    us.push(u);
    const next = bidiagonalSigmaMax(alpha, beta);
    if (j > 0 && Math.abs(next - est) <= tol * next) return big * next;
    est = next;
    if (al === 0 || j === steps - 1) break;
    const w = matTVec(a, u);
    axpy(w, -al, v);
    reorthogonalise(w, vs);
    nv = norm2(w);
    if (nv <= 1e-300) break;
    beta.push(nv);
    for (let i = 0; i < n; i++) w[i] /= nv;
    v = w;
  }
  return big * bidiagonalSigmaMax(alpha, beta);
}

/** y += c·x */
function axpy(y: Float64Array, c: number, x: Float64Array): void {
  for (let i = 0; i < y.length; i++) y[i] += c * x[i];
}

/** Removes from w its components along the (orthonormal) basis, twice for stability. */
function reorthogonalise(w: Float64Array, basis: readonly Float64Array[]): void {
  for (let pass = 0; pass < 2; pass++) {
    for (const b of basis) {
      let d = 0;
      for (let i = 0; i < w.length; i++) d += w[i] * b[i];
      if (d !== 0) axpy(w, -d, b);
    }
  }
}

/**
 * σ_max of the upper-bidiagonal matrix with diagonal α and super-diagonal β: the square root of
 * the largest eigenvalue of the tridiagonal Gram matrix BᵀB, found by bisection on Sturm counts.
 */
function bidiagonalSigmaMax(alpha: readonly number[], beta: readonly number[]): number {
  const j = alpha.length;
  const d = new Float64Array(j);
  const e = new Float64Array(j); // e[i] couples i and i + 1
  for (let i = 0; i < j; i++) {
    const b = i > 0 ? beta[i - 1] : 0;
    d[i] = alpha[i] * alpha[i] + b * b;
    if (i + 1 < j) e[i] = alpha[i] * beta[i];
  }
  // Gershgorin: every eigenvalue lies in [0, hi].
  let hi = 0;
  for (let i = 0; i < j; i++)
    hi = Math.max(hi, d[i] + Math.abs(e[i]) + (i > 0 ? Math.abs(e[i - 1]) : 0));
  let lo = 0;
  // The number of eigenvalues greater than x is j minus the Sturm count of negatives of (T − x).
  const above = (x: number): boolean => {
    let neg = 0;
    let q = d[0] - x;
    if (q < 0) neg++;
    for (let i = 1; i < j; i++) {
      const qq = q === 0 ? 1e-300 : q;
      q = d[i] - x - (e[i - 1] * e[i - 1]) / qq;
      if (q < 0) neg++;
    }
    return neg < j;
  };
  for (let it = 0; it < 200 && hi - lo > 1e-16 * hi; it++) {
    const mid = 0.5 * (lo + hi);
    if (above(mid)) lo = mid;
    else hi = mid;
  }
  return Math.sqrt(0.5 * (lo + hi));
}
