/** Dense float64 linear algebra on row-major matrices: just what BPTT needs. */
import { wasmMatMulInto } from './simd';
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
  return mat(a.rows, b.cols, matMulInto(a, b, new Float64Array(a.rows * b.cols)));
}

/**
 * out = a·b (out has a.rows·b.cols entries, row-major), register-blocked: each pass of the k loop
 * updates a 2×4 block of the output held in locals.
 */
export function matMulInto(a: Mat, b: Mat, out: Float64Array): Float64Array {
  if (a.cols !== b.rows) throw new RangeError(`matMul: ${a.rows}×${a.cols} · ${b.rows}×${b.cols}`);
  if (wasmMatMulInto(a, b, out)) return out;
  const n = a.rows;
  const m = b.cols;
  const p = a.cols;
  const A = a.data;
  const B = b.data;
  const n2 = n - (n % 2);
  const m4 = m - (m % 4);
  for (let i = 0; i < n2; i += 2) {
    const r0 = i * p;
    const r1 = r0 + p;
    const o0 = i * m;
    const o1 = o0 + m;
    for (let j = 0; j < m4; j += 4) {
      let c00 = 0,
        c01 = 0,
        c02 = 0,
        c03 = 0,
        c10 = 0,
        c11 = 0,
        c12 = 0,
        c13 = 0;
      for (let k = 0, bo = j; k < p; k++, bo += m) {
        const a0 = A[r0 + k];
        const a1 = A[r1 + k];
        const b0 = B[bo];
        const b1 = B[bo + 1];
        const b2 = B[bo + 2];
        const b3 = B[bo + 3];
        c00 += a0 * b0;
        c01 += a0 * b1;
        c02 += a0 * b2;
        c03 += a0 * b3;
        c10 += a1 * b0;
        c11 += a1 * b1;
        c12 += a1 * b2;
        c13 += a1 * b3;
      }
      out[o0 + j] = c00;
      out[o0 + j + 1] = c01;
      out[o0 + j + 2] = c02;
      out[o0 + j + 3] = c03;
      out[o1 + j] = c10;
      out[o1 + j + 1] = c11;
      out[o1 + j + 2] = c12;
      out[o1 + j + 3] = c13;
    }
    for (let j = m4; j < m; j++) {
      let c0 = 0,
        c1 = 0;
      for (let k = 0, bo = j; k < p; k++, bo += m) {
        c0 += A[r0 + k] * B[bo];
        c1 += A[r1 + k] * B[bo];
      }
      out[o0 + j] = c0;
      out[o1 + j] = c1;
    }
  }
  if (n2 < n) {
    const r = n2 * p;
    const o = n2 * m;
    for (let j = 0; j < m; j++) {
      let c = 0;
      for (let k = 0, bo = j; k < p; k++, bo += m) c += A[r + k] * B[bo];
      out[o + j] = c;
    }
  }
  return out;
}

/** a·v */
export function matVec(a: Mat, v: ArrayLike<number>): Float64Array {
  return matVecInto(a, v, new Float64Array(a.rows));
}

/** out = a·v (out has a.rows entries); four rows at a time, so each v_j is loaded once per four. */
export function matVecInto(a: Mat, v: ArrayLike<number>, out: Float64Array): Float64Array {
  const n = a.rows;
  const m = a.cols;
  const A = a.data;
  const n4 = n - (n % 4);
  for (let i = 0; i < n4; i += 4) {
    const o0 = i * m;
    const o1 = o0 + m;
    const o2 = o1 + m;
    const o3 = o2 + m;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let j = 0; j < m; j++) {
      const vj = v[j];
      s0 += A[o0 + j] * vj;
      s1 += A[o1 + j] * vj;
      s2 += A[o2 + j] * vj;
      s3 += A[o3 + j] * vj;
    }
    out[i] = s0;
    out[i + 1] = s1;
    out[i + 2] = s2;
    out[i + 3] = s3;
  }
  for (let i = n4; i < n; i++) {
    let s = 0;
    const o = i * m;
    for (let j = 0; j < m; j++) s += A[o + j] * v[j];
    out[i] = s;
  }
  return out;
}

/** aᵀ·v */
export function matTVec(a: Mat, v: ArrayLike<number>): Float64Array {
  return matTVecInto(a, v, new Float64Array(a.cols));
}

/** out = aᵀ·v (out has a.cols entries); four rows of a at a time, so each out_j is stored once per four. */
export function matTVecInto(a: Mat, v: ArrayLike<number>, out: Float64Array): Float64Array {
  const n = a.rows;
  const m = a.cols;
  out.fill(0);
  const A = a.data;
  const n4 = n - (n % 4);
  for (let i = 0; i < n4; i += 4) {
    const v0 = v[i];
    const v1 = v[i + 1];
    const v2 = v[i + 2];
    const v3 = v[i + 3];
    if (v0 === 0 && v1 === 0 && v2 === 0 && v3 === 0) continue;
    const o0 = i * m;
    const o1 = o0 + m;
    const o2 = o1 + m;
    const o3 = o2 + m;
    for (let j = 0; j < m; j++)
      out[j] += A[o0 + j] * v0 + A[o1 + j] * v1 + A[o2 + j] * v2 + A[o3 + j] * v3;
  }
  for (let i = n4; i < n; i++) {
    const vi = v[i];
    if (vi === 0) continue;
    const o = i * m;
    for (let j = 0; j < m; j++) out[j] += A[o + j] * vi;
  }
  return out;
}

/** u·vᵀ */
export function outer(u: ArrayLike<number>, v: ArrayLike<number>): Mat {
  const m = mat(u.length, v.length);
  addOuterInto(m, u, v);
  return m;
}

/** acc += u·vᵀ; a sparse v (a one-hot input) costs only its non-zero columns. */
export function addOuterInto(acc: Mat, u: ArrayLike<number>, v: ArrayLike<number>): void {
  const c = acc.cols;
  const A = acc.data;
  let nnz = 0;
  for (let j = 0; j < c; j++) if (v[j] !== 0) nnz++;
  if (nnz === 0) return;
  if (4 * nnz < c) {
    for (let j = 0; j < c; j++) {
      const vj = v[j];
      if (vj === 0) continue;
      for (let i = 0; i < acc.rows; i++) A[i * c + j] += u[i] * vj;
    }
    return;
  }
  for (let i = 0; i < acc.rows; i++) {
    const ui = u[i];
    if (ui === 0) continue;
    const o = i * c;
    for (let j = 0; j < c; j++) A[o + j] += ui * v[j];
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

/** m / c, entry by entry (dividing, not multiplying by 1/c, which overflows for a subnormal c). */
export function divide(m: Mat, c: number): Mat {
  const out = new Float64Array(m.data.length);
  for (let i = 0; i < out.length; i++) out[i] = m.data[i] / c;
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
  return mat(m.rows, m.cols, diagMulInto(d, m, new Float64Array(m.data.length)));
}

/** out = diag(d)·m (row-major, m's shape). */
export function diagMulInto(d: ArrayLike<number>, m: Mat, out: Float64Array): Float64Array {
  const c = m.cols;
  const M = m.data;
  for (let i = 0; i < m.rows; i++) {
    const o = i * c;
    const di = d[i];
    for (let j = 0; j < c; j++) out[o + j] = di * M[o + j];
  }
  return out;
}

export function frobenius(m: Mat): number {
  return norm2(m.data);
}

/** Euclidean norm, scaled to avoid overflow and underflow when the plain sum of squares would. */
export function norm2(v: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i] * v[i];
  if (s > 1e-280 && s < 1e280) return Math.sqrt(s);
  let big = 0;
  for (let i = 0; i < v.length; i++) big = Math.max(big, Math.abs(v[i]));
  if (big === 0 || !Number.isFinite(big)) return big;
  s = 0;
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
