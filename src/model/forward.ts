/** The forward pass: z_t = U x_t + W s_{t−1}, s_t = f(z_t), o_t = V s_t, ŷ_t = softmax(o_t). */
import { act, actPrime } from './activation';
import { mat, rowView } from './linalg';
import type { Dims, Forward, Mat, RnnModel } from './types';

export function dimsOf(model: RnnModel): Dims {
  return { T: model.inputs.rows, H: model.W.rows, D: model.U.cols, K: model.V.rows };
}

/** s_{k−1}: the previous state of step k, which is the initial state s_{−1} for k = 0. */
export function prevState(model: RnnModel, fwd: Forward, k: number): Float64Array {
  return k === 0 ? model.initialState : rowView(fwd.s, k - 1);
}

/**
 * z = U x + W s_prev, written into `out`. Only the non-zero inputs count (their indices are
 * gathered into `nz` first), so a one-hot x_t costs one column of U.
 */
function preActivation(
  model: RnnModel,
  x: Float64Array,
  sPrev: Float64Array,
  out: Float64Array,
  nz: Int32Array,
): void {
  const { U, W } = model;
  const H = W.rows;
  const D = U.cols;
  let nnz = 0;
  for (let j = 0; j < D; j++) if (x[j] !== 0) nz[nnz++] = j;
  const Ud = U.data;
  const Wd = W.data;
  for (let i = 0; i < H; i++) {
    let acc = 0;
    const uo = i * D;
    for (let q = 0; q < nnz; q++) acc += Ud[uo + nz[q]] * x[nz[q]];
    const wo = i * H;
    for (let j = 0; j < H; j++) acc += Wd[wo + j] * sPrev[j];
    out[i] = acc;
  }
}

/**
 * Numerically stable log-softmax: log ŷ_i = o_i − (m + log Σ_j exp(o_j − m)) with m = max o.
 * Writes ŷ into `probs` and returns the log-sum-exp.
 */
function softmaxInto(o: Float64Array, probs: Float64Array): number {
  let m = -Infinity;
  for (let i = 0; i < o.length; i++) if (o[i] > m) m = o[i];
  let sum = 0;
  for (let i = 0; i < o.length; i++) sum += Math.exp(o[i] - m);
  const lse = m + Math.log(sum);
  for (let i = 0; i < o.length; i++) probs[i] = Math.exp(o[i] - lse);
  return lse;
}

export function forward(model: RnnModel): Forward {
  const dims = dimsOf(model);
  const { T, H, K } = dims;
  // One allocation for all six arrays (many small typed arrays cost more than the arithmetic).
  const buf = new Float64Array(T * (3 * H + 2 * K + 1));
  let used = 0;
  const take = (rows: number, cols: number) => {
    const m = mat(rows, cols, buf.subarray(used, used + rows * cols));
    used += rows * cols;
    return m;
  };
  const z = take(T, H);
  const s = take(T, H);
  const fprime = take(T, H);
  const o = take(T, K);
  const yhat = take(T, K);
  const losses = take(1, T).data;
  const nz = new Int32Array(dims.D);
  const f = model.activation;
  const V = model.V;
  let loss = 0;
  for (let t = 0; t < T; t++) {
    const sPrev = t === 0 ? model.initialState : rowView(s, t - 1);
    const zt = rowView(z, t);
    preActivation(model, rowView(model.inputs, t), sPrev, zt, nz);
    const st = rowView(s, t);
    const ft = rowView(fprime, t);
    for (let i = 0; i < H; i++) {
      st[i] = act(f, zt[i]);
      ft[i] = actPrime(f, zt[i]);
    }
    const ot = rowView(o, t);
    for (let c = 0; c < K; c++) {
      let acc = 0;
      const vo = c * H;
      for (let i = 0; i < H; i++) acc += V.data[vo + i] * st[i];
      ot[c] = acc;
    }
    const lse = softmaxInto(ot, rowView(yhat, t));
    // E_t = −log ŷ_t[y_t] = lse − o_t[y_t]
    losses[t] = lse - ot[model.targets[t]];
    loss += losses[t];
  }
  return { dims, z, s, fprime, o, yhat, losses, loss };
}

/** The total loss E alone (used by finite differences). */
export function lossOf(model: RnnModel): number {
  return forward(model).loss;
}

/** ŷ_t − y_t, the output error (∂E_t/∂o_t)ᵀ. A fresh array: ŷ itself is never modified. */
export function outputError(model: RnnModel, fwd: Forward, t: number): Float64Array {
  return outputErrorInto(model, fwd, t, new Float64Array(fwd.yhat.cols));
}

/** ŷ_t − y_t written into `out` (K entries). */
export function outputErrorInto(
  model: RnnModel,
  fwd: Forward,
  t: number,
  out: Float64Array,
): Float64Array {
  out.set(rowView(fwd.yhat, t));
  out[model.targets[t]] -= 1;
  return out;
}

/** An empty matrix of a parameter's shape. */
export function zerosLike(m: Mat): Mat {
  return mat(m.rows, m.cols);
}
