/**
 * The hot kernels of the core: matrix–matrix and matrix–vector products and the outer-product
 * update, written to avoid allocations and to keep the inner loops' values in locals.
 */
import { diagMulInto, mat, maxAbs } from './mat';
import { wasmMatMulInto } from './simd';
import { fast } from '../accel';
import type { Mat } from './mat';
import type { StackedMats } from './vectors';

/** a·b */
export function matMul(a: Mat, b: Mat): Mat {
  return mat(a.rows, b.cols, matMulInto(a, b, new Float64Array(a.rows * b.cols)));
}

/**
 * out = a·b (out has a.rows·b.cols entries, row-major), register-blocked: each pass of the k loop
 * updates a 2×4 block of the output held in locals. `out` must not share memory with a or b.
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

/**
 * out = a·v, on a's copy in WebAssembly memory when there is one (vectors.ts, a fast path), else
 * matVecInto; the same sums either way.
 */
export function matVecOn(
  a: Mat,
  resident: StackedMats | null,
  v: Float64Array,
  out: Float64Array,
): Float64Array {
  if (resident === null) return matVecInto(a, v, out);
  out.fill(0);
  resident.mulAdd(v, out);
  return out;
}

/** out = aᵀ·u, on a's copy in WebAssembly memory when there is one, else matTVecInto (the same sums). */
export function matTVecOn(
  a: Mat,
  resident: StackedMats | null,
  u: Float64Array,
  out: Float64Array,
): Float64Array {
  if (resident === null) return matTVecInto(a, u, out);
  resident.mulT(u, out);
  return out;
}

/**
 * out[at + i] += Σ_j W[i][j]·v[j], each row's sum from its entry in column order. (The plain
 * loop: large models take the fast paths, accel.ts, with the same sums.)
 */
export function addMatVec(W: Mat, v: Float64Array, out: Float64Array, at = 0): void {
  const { rows, cols, data } = W;
  for (let i = 0; i < rows; i++) {
    let acc = out[at + i];
    for (let j = 0, o = i * cols; j < cols; j++) acc += data[o + j] * v[j];
    out[at + i] = acc;
  }
}

/**
 * out = a·J with J = diag(d)·b (a transition diag(f′) W, say), J written into `scaled` when it
 * is given (work: with `tv` the kernels may leave it unwritten); with `tv`, also
 * tv.out = Jᵀ tv.v (matTVecInto's sums). Returns max |out_ij|
 * (maxAbs(out)). On the WebAssembly kernels when they run (J scaled, the products taken and the
 * maximum found in their memory), else diagMulInto, matMulInto, matTVecInto and maxAbs: the same
 * bits either way.
 */
export function matMulScaledInto(
  a: Mat,
  d: Float64Array,
  b: Mat,
  out: Float64Array,
  scaled: Float64Array | null,
  tv: { readonly v: Float64Array; readonly out: Float64Array } | null = null,
): number {
  const big = fast?.wasmMatMulScaledInto(a, d, b, out, scaled, tv) ?? null;
  if (big !== null) {
    // The kernels took the product and, when they could, Jᵀv; else J is in `scaled`.
    if (tv !== null && b.cols % 8 !== 0) matTVecInto(mat(b.rows, b.cols, scaled!), tv.v, tv.out);
    return big;
  }
  const J = mat(b.rows, b.cols, scaled ?? new Float64Array(b.rows * b.cols));
  diagMulInto(d, b, J.data);
  matMulInto(a, J, out);
  if (tv !== null) matTVecInto(J, tv.v, tv.out);
  return maxAbs(mat(a.rows, b.cols, out));
}
