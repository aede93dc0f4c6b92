/**
 * The gated cells' transition Jacobians written directly (one of the fast paths, accel.ts: until
 * they are in, each cell builds them from 2H runs of its backward step, with the same numbers),
 * and the LSTM's Jacobian products without the zeros of its diagonal blocks.
 */
import type { Mat } from '../linalg/mat';
import { addMatMulInto } from '../linalg/outerBatch';
import { deps, matOn } from '../fastDeps';
import type { Forward, GruModel, LstmModel } from './types';

/** Row k − 1 of a T×H matrix, or `first` for k = 0 (gated.ts's prevS, lstm.ts's prevC). */
function previous(m: Mat, k: number, first: Float64Array): Float64Array {
  return k === 0 ? first : m.data.subarray((k - 1) * m.cols, k * m.cols);
}

/**
 * ∂(s_k, c_k)/∂(s_{k−1}, c_{k−1}) row by row: row m is what the backward step hands back for
 * g = e_m (∂E/∂s_k), row H + m for g = e_{H+m} (∂E/∂c_k). Each such g is one-hot, so each δ_q
 * is non-zero at m alone and the row is Σ_q δ_q,m · (row m of W_q), and on the c side f_m·γ_m
 * at column H + m: the backward step's own expressions, without its 2H passes over zeros.
 */
export function lstmTransition(
  model: LstmModel,
  fwd: Forward,
  k: number,
  out: Float64Array,
): boolean {
  const H = fwd.dims.H;
  const C = 2 * H;
  const o = k * H;
  const cp = previous(fwd.cache.c, k, model.initialCell);
  const { i: Wi, f: Wf, g: Wg, o: Wo } = model.W;
  out.fill(0);
  for (let m = 0; m < H; m++) {
    const ig = fwd.cache['gate.i'].data[o + m];
    const fg = fwd.cache['gate.f'].data[o + m];
    const gg = fwd.cache['gate.g'].data[o + m];
    const og = fwd.cache['gate.o'].data[o + m];
    const tc = fwd.cache.tanhc.data[o + m];
    // g = e_m: γ = o(1 − tanh²c); δ_o = tanh(c)·o(1 − o).
    let gc = og * (1 - tc * tc);
    rowOfDeltas(out, m * C, m * H, H, Wi, Wf, Wg, Wo, [
      gc * gg * ig * (1 - ig),
      gc * cp[m] * fg * (1 - fg),
      gc * ig * (1 - gg * gg),
      tc * og * (1 - og),
    ]);
    out[m * C + H + m] = fg * gc;
    // g = e_{H+m}: γ = 1; δ_o = 0.
    gc = 1;
    rowOfDeltas(out, (H + m) * C, m * H, H, Wi, Wf, Wg, Wo, [
      gc * gg * ig * (1 - ig),
      gc * cp[m] * fg * (1 - fg),
      gc * ig * (1 - gg * gg),
      0,
    ]);
    out[(H + m) * C + H + m] = fg * gc;
  }
  return true;
}

/**
 * out[at + j] = Σ_q W_q[m][j]·δ_q, q = i, f, g, o in that order from 0 (what addMatTVec adds for
 * a δ non-zero at m alone), for j < H; `w` is m·H, the offset of row m.
 */
function rowOfDeltas(
  out: Float64Array,
  at: number,
  w: number,
  H: number,
  Wi: Mat,
  Wf: Mat,
  Wg: Mat,
  Wo: Mat,
  d: readonly [number, number, number, number],
): void {
  const [di, df, dg, dO] = d;
  const I = Wi.data;
  const F = Wf.data;
  const G = Wg.data;
  const O = Wo.data;
  for (let j = 0; j < H; j++) {
    let acc = 0;
    // A zero δ adds nothing (the backward step skips its row).
    if (di !== 0) acc += I[w + j] * di;
    if (df !== 0) acc += F[w + j] * df;
    if (dg !== 0) acc += G[w + j] * dg;
    if (dO !== 0) acc += O[w + j] * dO;
    out[at + j] = acc;
  }
}

/**
 * ∂s_k/∂s_{k−1} row by row: row i is what the backward step hands back for g = e_i, with its
 * own expressions. δ_h and δ_z are then non-zero at i alone, so ρ = W_hᵀδ_h is row i of W_h
 * times δ_h,i, and the row is z_i e_i + r ⊙ ρ + δ_z,i · (row i of W_z) + W_rᵀ δ_r. The last
 * terms of all rows are one product M·W_r (row i of M is that row's δ_r), added in the order
 * the backward step adds them (addMatMulInto).
 */
export function gruTransition(
  model: GruModel,
  fwd: Forward,
  k: number,
  out: Float64Array,
): boolean {
  const H = fwd.dims.H;
  const o = k * H;
  const sp = previous(fwd.s, k, model.initialState);
  const R = fwd.cache['gate.r'].data;
  const Wh = model.W.h.data;
  const Wz = model.W.z.data;
  const M = scratch(H);
  for (let i = 0; i < H; i++) {
    const z = fwd.cache['gate.z'].data[o + i];
    const h = fwd.cache['gate.h'].data[o + i];
    const dh = (1 - z) * (1 - h * h);
    const dz = (sp[i] - h) * z * (1 - z);
    const w = i * H;
    for (let j = 0; j < H; j++) {
      const rho = Wh[w + j] * dh;
      const r = R[o + j];
      let acc = (j === i ? z : 0) + r * rho;
      if (dz !== 0) acc += Wz[w + j] * dz;
      out[w + j] = acc;
      M.data[w + j] = rho * sp[j] * r * (1 - r);
    }
  }
  addMatMulInto(matOn(H, H, out), M, model.W.r);
  return true;
}

/** An H×H work matrix for the transition, reused (the core runs on one thread). */
let work: Mat | null = null;
function scratch(H: number): Mat {
  if (work === null || work.rows !== H) work = matOn(H, H);
  return work;
}

/** The product productElementwiseCarry for C×C matrices, S = H, with its work arrays. */
export function splitProduct(C: number, S: number): (P: Mat, J: Mat, out: Float64Array) => void {
  const left = matOn(C, S);
  const leftProduct = new Float64Array(C * S);
  return (P, J, out) => productElementwiseCarry(P, J, S, left, leftProduct, out);
}

/**
 * out = P·J (C×C) for a J whose columns S + m are zero but in rows m and S + m (the LSTM's,
 * elementwiseCarry): the first S columns as one product P·J[:, :S], the others as
 * P[i][m]·J[m][S+m] + P[i][S+m]·J[S+m][S+m]. The same bits as the whole product, whose other
 * terms in those columns are P·0 (= ±0, adding nothing), at half its cost.
 */
function productElementwiseCarry(
  P: Mat,
  J: Mat,
  S: number,
  left: Mat,
  leftProduct: Float64Array,
  out: Float64Array,
): void {
  const C = J.rows;
  const Jd = J.data;
  const Pd = P.data;
  for (let i = 0; i < C; i++) left.data.set(Jd.subarray(i * C, i * C + S), i * S);
  deps.matMulInto(P, left, leftProduct);
  for (let i = 0; i < C; i++) {
    const o = i * C;
    out.set(leftProduct.subarray(i * S, (i + 1) * S), o);
    for (let m = 0; m < S; m++)
      out[o + S + m] = Pd[o + m] * Jd[m * C + S + m] + Pd[o + S + m] * Jd[(S + m) * C + S + m];
  }
}
