/**
 * The gated cells' hot loops: each gate's affine map a = U x + W v + b (math.md §8) and the
 * gradient Σ_q W_qᵀ δ_q handed back to s_{k−1}, with the gates' W stacked, [W_1; …; W_G], and
 * used once per step. Within a pass they run on the WebAssembly kernels (linalg/vectors.ts) when
 * those run here, else on the scalar loops below; both give the same bits.
 */
import type { Mat } from '../linalg/mat';
import { addMatVec, matTVecInto } from '../linalg/products';
import { addMatVecAt } from '../linalg/matVecAt';
import { fast } from '../accel';

// In linalg/products.ts, which the vanilla cell (rnn.ts) uses too: this file comes with the gated
// cells' chunk (cells.ts).
export { addMatVec };

/** The indices of the non-zero entries of x, written into `nz`; returns their count. */
export function nonZeros(x: Float64Array, nz: Int32Array): number {
  return nonZerosAt(x, 0, x.length, nz);
}

/** nonZeros of the n entries of X from xAt (a row of the inputs), indices counted from xAt. */
export function nonZerosAt(X: Float64Array, xAt: number, n: number, nz: Int32Array): number {
  let count = 0;
  for (let j = 0; j < n; j++) if (X[xAt + j] !== 0) nz[count++] = j;
  return count;
}

/**
 * out[at + i] = b_i + Σ_q U[i][nz_q]·x[nz_q], the part of a gate's pre-activation before W's
 * terms, with x's non-zero entries `nz[0 … nnz)` (a one-hot x_t costs one column of U).
 */
export function inputPartInto(
  U: Mat,
  b: Mat,
  x: Float64Array,
  nz: Int32Array,
  nnz: number,
  out: Float64Array,
  at = 0,
): void {
  inputPartAt(U, b, x, 0, nz, nnz, out, at);
}

/** inputPartInto with x the entries of X from xAt (a row of the inputs, by offset). */
export function inputPartAt(
  U: Mat,
  b: Mat,
  X: Float64Array,
  xAt: number,
  nz: Int32Array,
  nnz: number,
  out: Float64Array,
  at: number,
): void {
  const D = U.cols;
  const Ud = U.data;
  const bd = b.data;
  if (nnz === 1) {
    const j = nz[0];
    const xj = X[xAt + j];
    for (let i = 0, uo = j; i < U.rows; i++, uo += D) out[at + i] = bd[i] + Ud[uo] * xj;
    return;
  }
  for (let i = 0; i < U.rows; i++) {
    let acc = bd[i];
    const uo = i * D;
    for (let q = 0; q < nnz; q++) acc += Ud[uo + nz[q]] * X[xAt + nz[q]];
    out[at + i] = acc;
  }
}

/**
 * out += Mᵀ v[at …] (M is rows×cols), row by row of M (out_j + M_0j v_0 + M_1j v_1 + … in that
 * order); rows with v_i = 0 add nothing and are skipped.
 */
export function addMatTVec(M: Mat, v: Float64Array, out: Float64Array, at = 0): void {
  const { rows, cols, data } = M;
  for (let i = 0; i < rows; i++) {
    const vi = v[at + i];
    if (vi === 0) continue;
    for (let j = 0, o = i * cols; j < cols; j++) out[j] += data[o + j] * vi;
  }
}

/** Stacked gate matrices [W_1; …; W_G] (each H×H) for one pass. */
export interface GateStack {
  /**
   * out[0 … G·H) += [W_1; …] v: each gate's W terms added to its pre-activation's start (v and
   * out from the offsets vAt and outAt, default 0).
   */
  mulAdd(v: Float64Array, out: Float64Array, vAt?: number, outAt?: number): void;
  /** out += [W_1; …]ᵀ d, d the gates' δ one after another (G·H entries). */
  mulTAdd(d: Float64Array, out: Float64Array): void;
  /** out = W_1ᵀ d as matTVecInto sums it (a stack of one matrix). */
  mulT(d: Float64Array, out: Float64Array): void;
}

/**
 * The stacks of one pass (e.g. the GRU's [[W_z, W_r], [W_h]]): kept in the WebAssembly kernels'
 * memory when they run here and the shapes suit them, else the scalar loops above.
 */
export function gateStacks(groups: readonly (readonly Mat[])[]): GateStack[] {
  return fast?.residentStacks(groups) ?? groups.map((Ws) => new ScalarStack(Ws));
}

/** A stack on the scalar loops (a class: small models make one per pass, closures cost more). */
class ScalarStack implements GateStack {
  constructor(private readonly Ws: readonly Mat[]) {}
  mulAdd(v: Float64Array, out: Float64Array, vAt = 0, outAt = 0): void {
    const Ws = this.Ws;
    // addMatVecAt: addMatVec's sums, four rows side by side.
    for (let q = 0, at = outAt; q < Ws.length; at += Ws[q].rows, q++)
      addMatVecAt(Ws[q], v, vAt, out, at);
  }
  mulTAdd(d: Float64Array, out: Float64Array): void {
    const Ws = this.Ws;
    for (let q = 0, at = 0; q < Ws.length; at += Ws[q].rows, q++) addMatTVec(Ws[q], d, out, at);
  }
  mulT(d: Float64Array, out: Float64Array): void {
    matTVecInto(this.Ws[0], d, out);
  }
}
