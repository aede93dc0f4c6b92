/**
 * The forward pass: the cell's step c_{t−1} → c_t (for the vanilla cell z_t = U x_t + W s_{t−1},
 * s_t = f(z_t)), then the readout every cell shares, o_t = V s_t, ŷ_t = softmax(o_t),
 * E_t = −log ŷ_t[y_t].
 */
import { fast } from '../accel';
import { mat, rowView, type Mat } from '../linalg/mat';
import { matMulInto } from '../linalg/products';
import { scratch, scratchInts } from '../linalg/scratch';
import type { Cell, ForwardStep } from './cell';
import { cellOf } from './cells';
import type { Dims, Forward, AnyModel } from './types';

export function dimsOf(model: AnyModel): Dims {
  return { T: model.inputs.rows, H: model.V.cols, D: model.inputs.cols, K: model.V.rows };
}

/**
 * Row t of the readout, o_t = V s_t written as one product O = S Vᵀ (T×H times H×K) after the
 * recurrence: each entry summed over s_t's entries in order from zero, matVecInto's sums (and
 * the WebAssembly kernel's, when matMulInto takes it), so the same bits as one product per step.
 */
function readoutInto(V: Mat, s: Mat, o: Mat): void {
  const { rows: K, cols: H } = V;
  const Vd = V.data;
  const Vt = scratch('readout.Vt', H * K);
  for (let i = 0; i < K; i++) for (let j = 0, r = i * H; j < H; j++) Vt[j * K + i] = Vd[r + j];
  matMulInto(s, mat(H, K, Vt), o.data);
}

/**
 * Row by row of O: the numerically stable softmax, ŷ_i = exp(o_i − m) / Σ_j exp(o_j − m) with
 * m = max o, written into `yhat`, lse = m + log Σ_j exp(o_j − m), and E_t = −log ŷ_t[y_t] = lse − o_t[y_t] into `losses`;
 * returns E = Σ_t E_t.
 */
function softmaxRows(o: Mat, yhat: Mat, targets: readonly number[], losses: Float64Array): number {
  const { rows: T, cols: K } = o;
  const O = o.data;
  const Y = yhat.data;
  let loss = 0;
  for (let t = 0, r = 0; t < T; t++, r += K) {
    let m = -Infinity;
    for (let i = r; i < r + K; i++) if (O[i] > m) m = O[i];
    // exp(o_i − m) once each: ŷ_i = exp(o_i − m) / Σ_j exp(o_j − m).
    let sum = 0;
    for (let i = r; i < r + K; i++) sum += Y[i] = Math.exp(O[i] - m);
    const lse = m + Math.log(sum);
    for (let i = r; i < r + K; i++) Y[i] /= sum;
    losses[t] = lse - O[r + targets[t]];
    loss += losses[t];
  }
  return loss;
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
  const nz = scratchInts('forward.nz', dims.D);
  // The whole pass at once: the cell's own, or the vanilla cell's from the fast paths.
  const all =
    cell.forwardAll ?? (cell.kind === 'rnn' ? (fast?.rnnPass as Cell['forwardAll']) : undefined);
  let loss: number | void = undefined;
  if (all) loss = all(model, carry, cache, nz, { o, yhat, losses });
  else {
    const rows: Float64Array[] = new Array(cached);
    const step: ForwardStep =
      cell.forwardPass?.(model) ??
      ((x, prev, carry, cache, nz) => cell.forwardStep(model, x, prev, carry, cache, nz));
    for (let t = 0; t < T; t++) {
      const prev = t === 0 ? cell.initialCarry(model) : rowView(carry, t - 1);
      for (let c = 0; c < cached; c++) rows[c] = rowView(cache[c], t);
      step(rowView(model.inputs, t), prev, rowView(carry, t), rows, nz);
    }
  }
  if (carry !== s) {
    const S = s.data;
    const Cd = carry.data;
    for (let t = 0; t < T; t++) for (let i = 0; i < H; i++) S[t * H + i] = Cd[t * C + i];
  }
  if (loss === undefined) {
    readoutInto(model.V, s, o);
    loss = softmaxRows(o, yhat, model.targets, losses);
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
