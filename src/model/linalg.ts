/** Dense float64 linear algebra on row-major matrices: just what BPTT needs. */
import type { Mat } from './types';

/** A rows×cols matrix; zeros unless `data` is given (it is used, not copied). */
export function mat(rows: number, cols: number, data?: Float64Array): Mat {
  const d = data ?? new Float64Array(rows * cols);
  if (d.length !== rows * cols)
    throw new RangeError(`mat: ${rows}×${cols} needs ${rows * cols} entries`);
  return { rows, cols, data: d };
}

export function fromRows(rows: readonly (readonly number[])[]): Mat {
  const r = rows.length;
  const c = r === 0 ? 0 : rows[0].length;
  const m = mat(r, c);
  for (let i = 0; i < r; i++) {
    if (rows[i].length !== c)
      throw new RangeError(`fromRows: row ${i} has ${rows[i].length} entries, expected ${c}`);
    for (let j = 0; j < c; j++) m.data[i * c + j] = rows[i][j];
  }
  return m;
}

export function toRows(m: Mat): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < m.rows; i++)
    out.push(Array.from(m.data.subarray(i * m.cols, (i + 1) * m.cols)));
  return out;
}

export function get(m: Mat, i: number, j: number): number {
  return m.data[i * m.cols + j];
}

/** Row i as a copy. */
export function row(m: Mat, i: number): Float64Array {
  return m.data.slice(i * m.cols, (i + 1) * m.cols);
}

/** Row i as a view (no copy): for hot loops that only read. */
export function rowView(m: Mat, i: number): Float64Array {
  return m.data.subarray(i * m.cols, (i + 1) * m.cols);
}

export function identity(n: number): Mat {
  const m = mat(n, n);
  for (let i = 0; i < n; i++) m.data[i * n + i] = 1;
  return m;
}

export function cloneMat(m: Mat): Mat {
  return mat(m.rows, m.cols, m.data.slice());
}

/** a·b */
export function matMul(a: Mat, b: Mat): Mat {
  if (a.cols !== b.rows) throw new RangeError(`matMul: ${a.rows}×${a.cols} · ${b.rows}×${b.cols}`);
  const n = a.rows;
  const m = b.cols;
  const p = a.cols;
  const out = new Float64Array(n * m);
  const A = a.data;
  const B = b.data;
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < p; k++) {
      const aik = A[i * p + k];
      if (aik === 0) continue;
      const bo = k * m;
      const oo = i * m;
      for (let j = 0; j < m; j++) out[oo + j] += aik * B[bo + j];
    }
  }
  return mat(n, m, out);
}

/** a·v */
export function matVec(a: Mat, v: ArrayLike<number>): Float64Array {
  const out = new Float64Array(a.rows);
  const A = a.data;
  for (let i = 0; i < a.rows; i++) {
    let s = 0;
    const o = i * a.cols;
    for (let j = 0; j < a.cols; j++) s += A[o + j] * v[j];
    out[i] = s;
  }
  return out;
}

/** aᵀ·v */
export function matTVec(a: Mat, v: ArrayLike<number>): Float64Array {
  const out = new Float64Array(a.cols);
  const A = a.data;
  for (let i = 0; i < a.rows; i++) {
    const vi = v[i];
    if (vi === 0) continue;
    const o = i * a.cols;
    for (let j = 0; j < a.cols; j++) out[j] += A[o + j] * vi;
  }
  return out;
}

/** u·vᵀ */
export function outer(u: ArrayLike<number>, v: ArrayLike<number>): Mat {
  const m = mat(u.length, v.length);
  addOuterInto(m, u, v);
  return m;
}

/** acc += u·vᵀ */
export function addOuterInto(acc: Mat, u: ArrayLike<number>, v: ArrayLike<number>): void {
  const c = acc.cols;
  for (let i = 0; i < acc.rows; i++) {
    const ui = u[i];
    if (ui === 0) continue;
    const o = i * c;
    for (let j = 0; j < c; j++) acc.data[o + j] += ui * v[j];
  }
}

/** acc += m */
export function addInto(acc: Mat, m: Mat): void {
  if (acc.rows !== m.rows || acc.cols !== m.cols) throw new RangeError('addInto: shapes differ');
  for (let i = 0; i < acc.data.length; i++) acc.data[i] += m.data[i];
}

export function add(a: Mat, b: Mat): Mat {
  const out = cloneMat(a);
  addInto(out, b);
  return out;
}

export function scale(m: Mat, c: number): Mat {
  const out = new Float64Array(m.data.length);
  for (let i = 0; i < out.length; i++) out[i] = m.data[i] * c;
  return mat(m.rows, m.cols, out);
}

export function transpose(m: Mat): Mat {
  const out = mat(m.cols, m.rows);
  for (let i = 0; i < m.rows; i++)
    for (let j = 0; j < m.cols; j++) out.data[j * m.rows + i] = m.data[i * m.cols + j];
  return out;
}

/** diag(d)·m: scales row i by d[i]. */
export function diagMul(d: ArrayLike<number>, m: Mat): Mat {
  const out = new Float64Array(m.data.length);
  for (let i = 0; i < m.rows; i++) {
    const o = i * m.cols;
    for (let j = 0; j < m.cols; j++) out[o + j] = d[i] * m.data[o + j];
  }
  return mat(m.rows, m.cols, out);
}

export function frobenius(m: Mat): number {
  return norm2(m.data);
}

/** Euclidean norm, scaled to avoid overflow and underflow. */
export function norm2(v: ArrayLike<number>): number {
  let big = 0;
  for (let i = 0; i < v.length; i++) big = Math.max(big, Math.abs(v[i]));
  if (big === 0 || !Number.isFinite(big)) return big;
  let s = 0;
  for (let i = 0; i < v.length; i++) {
    const x = v[i] / big;
    s += x * x;
  }
  return big * Math.sqrt(s);
}

export function maxAbs(m: Mat): number {
  let big = 0;
  for (let i = 0; i < m.data.length; i++) {
    const a = Math.abs(m.data[i]);
    if (a > big || Number.isNaN(a)) big = a;
  }
  return big;
}

export function isFiniteMat(m: Mat): boolean {
  for (let i = 0; i < m.data.length; i++) if (!Number.isFinite(m.data[i])) return false;
  return true;
}

/**
 * The largest singular value σ_max(m) = sqrt(λ_max(mᵀm)), by the cyclic Jacobi eigenvalue method on
 * the symmetric Gram matrix (exact to rounding for the small matrices here; cost O(n³) per sweep).
 * The matrix is first scaled by its largest entry so that huge or tiny entries neither overflow nor
 * underflow in the Gram product.
 */
export function sigmaMax(m: Mat): number {
  const big = maxAbs(m);
  if (big === 0 || !Number.isFinite(big)) return big;
  const a = scale(m, 1 / big);
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
