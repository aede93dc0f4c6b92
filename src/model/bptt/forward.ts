/**
 * The forward pass: the cell's step c_{t−1} → c_t (for the vanilla cell z_t = U x_t + W s_{t−1},
 * s_t = f(z_t)), then the readout every cell shares, o_t = V s_t, ŷ_t = softmax(o_t),
 * E_t = −log ŷ_t[y_t].
 */
import { mat, rowView, type Mat } from '../linalg/mat';
import { matVecInto } from '../linalg/products';
import { fast } from '../accel';
import type { ForwardStep } from './cell';
import { cellOf } from './cells';
import type { Dims, Forward, AnyModel } from './types';

export function dimsOf(model: AnyModel): Dims {
  return { T: model.inputs.rows, H: model.V.cols, D: model.inputs.cols, K: model.V.rows };
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

export function forward(model: AnyModel): Forward {
  const dims = dimsOf(model);
  const { T, H, K } = dims;
  const cell = cellOf(model);
  const C = cell.carryWidth(H);
  const cached = cell.cache.length;
  // One allocation for every array (many small typed arrays cost more than the arithmetic).
  const extra = C > H ? T * C : 0;
  const buf = new Float64Array(T * ((1 + cached) * H + 2 * K + 1) + extra);
  let used = 0;
  const take = (rows: number, cols: number) => {
    const m = mat(rows, cols, buf.subarray(used, used + rows * cols));
    used += rows * cols;
    return m;
  };
  const cache: Mat[] = new Array<Mat>(cached);
  for (let c = 0; c < cached; c++) cache[c] = take(T, H);
  const s = take(T, H);
  const o = take(T, K);
  const yhat = take(T, K);
  const losses = take(1, T).data;
  // A carry wider than s_t (the LSTM's (s_t, c_t)) keeps its rows apart; s is its first H entries.
  const carry = C > H ? take(T, C) : s;
  const nz = new Int32Array(dims.D);
  const V = model.V;
  // o_t = V s_t on the WebAssembly kernel, V kept in its memory for the pass (the same sums).
  const readout = fast?.residentStacks([[V]])?.[0];
  const rows: Float64Array[] = new Array(cached);
  const step: ForwardStep =
    cell.forwardPass?.(model) ??
    ((x, prev, carry, cache, nz) => cell.forwardStep(model, x, prev, carry, cache, nz));
  let loss = 0;
  for (let t = 0; t < T; t++) {
    const prev = t === 0 ? cell.initialCarry(model) : rowView(carry, t - 1);
    for (let c = 0; c < cached; c++) rows[c] = rowView(cache[c], t);
    const ct = rowView(carry, t);
    step(rowView(model.inputs, t), prev, ct, rows, nz);
    let st = ct;
    if (carry !== s) {
      st = rowView(s, t);
      st.set(ct.subarray(0, H));
    }
    const ot = rowView(o, t);
    if (readout) readout.mulAdd(st, ot);
    else matVecInto(V, st, ot);
    const lse = softmaxInto(ot, rowView(yhat, t));
    // E_t = −log ŷ_t[y_t] = lse − o_t[y_t]
    losses[t] = lse - ot[model.targets[t]];
    loss += losses[t];
  }
  const named: Record<string, Mat> = {};
  for (let c = 0; c < cached; c++) named[cell.cache[c]] = cache[c];
  return { dims, s, carry, o, yhat, losses, loss, cache: named, ...named } as Forward;
}

/** The total loss E alone (used by finite differences). */
export function lossOf(model: AnyModel): number {
  return forward(model).loss;
}

/** ŷ_t − y_t, the output error (∂E_t/∂o_t)ᵀ. A fresh array: ŷ itself is never modified. */
export function outputError(model: AnyModel, fwd: Forward, t: number): Float64Array {
  return outputErrorInto(model, fwd, t, new Float64Array(fwd.yhat.cols));
}

/** ŷ_t − y_t written into `out` (K entries). */
export function outputErrorInto(
  model: AnyModel,
  fwd: Forward,
  t: number,
  out: Float64Array,
): Float64Array {
  const K = fwd.yhat.cols;
  const y = fwd.yhat.data;
  for (let c = 0, o = t * K; c < K; c++) out[c] = y[o + c];
  out[model.targets[t]] -= 1;
  return out;
}

/** An empty matrix of a parameter's shape. */
export function zerosLike(m: Mat): Mat {
  return mat(m.rows, m.cols);
}
