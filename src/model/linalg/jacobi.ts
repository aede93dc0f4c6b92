/** σ_max of small matrices exactly: the cyclic Jacobi method on the Gram matrix. */
import { divide, maxAbs, transpose } from './mat';
import { matMul } from './products';
import type { Mat } from './mat';

/**
 * The largest singular value σ_max(m) = sqrt(λ_max(mᵀm)), by the cyclic Jacobi eigenvalue method on
 * the symmetric Gram matrix (exact to rounding for the small matrices here; cost O(n³) per sweep).
 * The matrix is first scaled by its largest entry so that huge or tiny entries neither overflow nor
 * underflow in the Gram product.
 */
export function sigmaMax(m: Mat): number {
  const big = maxAbs(m);
  if (big === 0 || !Number.isFinite(big)) return big;
  const a = divide(m, big);
  // Use the smaller Gram matrix: mᵀm (cols×cols) or m·mᵀ (rows×rows) have the same non-zero spectrum.
  const g = a.cols <= a.rows ? matMul(transpose(a), a) : matMul(a, transpose(a));
  return big * Math.sqrt(Math.max(0, maxEigenSymmetric(g)));
}

/** Largest eigenvalue of a symmetric matrix (cyclic Jacobi rotations; the input is not modified). */
export function maxEigenSymmetric(sym: Mat): number {
  const n = sym.rows;
  const a = sym.data.slice();
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    let diag = 0;
    for (let p = 0; p < n; p++) {
      diag += a[p * n + p] * a[p * n + p];
      for (let q = p + 1; q < n; q++) off += a[p * n + q] * a[p * n + q];
    }
    if (off <= 1e-30 * diag || off === 0) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q];
        if (apq === 0) continue;
        const app = a[p * n + p];
        const aqq = a[q * n + q];
        const theta = (aqq - app) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k * n + p];
          const akq = a[k * n + q];
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p * n + k];
          const aqk = a[q * n + k];
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
      }
    }
  }
  let best = -Infinity;
  for (let i = 0; i < n; i++) best = Math.max(best, a[i * n + i]);
  return best;
}
