/**
 * Gradients of E = Σ_t E_t with respect to the cell's weights and V, each a run of the one sweep
 * (sweep.ts). For the vanilla cell (math.md §2):
 *   (∂E/∂s_t)ᵀ = Vᵀ(ŷ_t − y_t) + Wᵀ δ_{t+1},   δ_t = f′(z_t) ⊙ (∂E/∂s_t)ᵀ,   δ_T = 0,
 *   ∂E/∂W = Σ_t δ_t s_{t−1}ᵀ,   ∂E/∂U = Σ_t δ_t x_tᵀ,   ∂E/∂V = Σ_t (ŷ_t − y_t) s_tᵀ.
 * Truncated BPTT (`truncate: n`) keeps, for each E_t, only k ∈ [max(0, t − n), t]. ∂E/∂V is never
 * truncated.
 */
import { mat, rowView, type Mat } from '../linalg/mat';
import { matMulInto } from '../linalg/products';
import { scratch } from '../linalg/scratch';
import { fast } from '../accel';
import { cellOf } from './cells';
import { forward } from './forward';
import { outputErrors, sweep, sweepWork } from './sweep';
import type { Forward, Gradients, AnyModel } from './types';

/** Whether the cell carries more than s_k (the LSTM's c_k). */
function carriesMore(model: AnyModel, fwd: Forward): boolean {
  return cellOf(model).carryWidth(fwd.dims.H) > fwd.dims.H;
}

/** True when the model's truncation keeps every term (n ≥ T − 1 or no truncation). */
export function isFullBptt(model: AnyModel): boolean {
  return model.truncate === null || model.truncate >= model.inputs.rows - 1;
}

/**
 * ∂E/∂V = Σ_t (ŷ_t − y_t) s_tᵀ, the readout's gradient (every cell's, never truncated): the T
 * outer products added as one matrix product (ŷ − y)ᵀ S, each entry summed over t in order.
 */
function gradV(model: AnyModel, fwd: Forward, dV: Mat): Mat {
  const { T, K } = fwd.dims;
  const E = outputErrors(model, fwd, T, 'gradV.errors').data;
  const Et = scratch('gradV.errorsT', K * T);
  for (let t = 0; t < T; t++) for (let c = 0; c < K; c++) Et[c * T + t] = E[t * K + c];
  matMulInto(mat(K, T, Et), fwd.s, dV.data);
  return dV;
}

/**
 * Empty gradients of the cell's weights, in cell order, then V's: one allocation for all of
 * them (a typed array's allocation costs more than a small model's sweep), handed out as views.
 */
function zeroWeights(model: AnyModel): Mat[] {
  const cell = cellOf(model);
  const n = cell.weights.length;
  const shapes: Mat[] = new Array<Mat>(n + 1);
  let size = 0;
  for (let i = 0; i <= n; i++) {
    shapes[i] = i < n ? cell.weight(model, i) : model.V;
    size += shapes[i].rows * shapes[i].cols;
  }
  const buf = new Float64Array(size);
  const out: Mat[] = new Array<Mat>(n + 1);
  for (let i = 0, at = 0; i <= n; i++) {
    const { rows, cols } = shapes[i];
    out[i] = mat(rows, cols, buf.subarray(at, at + rows * cols));
    at += rows * cols;
  }
  return out;
}

/** The cell's weight gradients (in cell order) and V's (the last of `grads`), named as the model names them. */
function named(model: AnyModel, grads: readonly Mat[], fwd: Forward): Gradients {
  const cell = cellOf(model);
  const out: Record<string, Mat> = {};
  for (let i = 0; i < cell.weights.length; i++) out[cell.weights[i]] = grads[i];
  out.V = gradV(model, fwd, grads[cell.weights.length]);
  return out as unknown as Gradients;
}

/** The untruncated gradient, whatever the model's truncation says. */
export function fullGradients(model: AnyModel, fwd: Forward = forward(model)): Gradients {
  // In a few kernel calls (the same sums), where the fast paths can.
  const fused = fast?.fusedGradients(cellOf(model), model, fwd);
  if (fused) return fused;
  const all = zeroWeights(model);
  sweep(model, fwd, { from: fwd.dims.T - 1, sources: 'all', grads: all.slice(0, -1) });
  return named(model, all, fwd);
}

/** The truncated gradient for window n: Σ_t Σ_{k = max(0, t−n)}^{t} of the slide's terms. */
export function truncatedGradients(
  model: AnyModel,
  n: number,
  fwd: Forward = forward(model),
): Gradients {
  const all = zeroWeights(model);
  const grads = all.slice(0, -1);
  const work = sweepWork(model, fwd);
  for (let t = 0; t < fwd.dims.T; t++)
    sweep(model, fwd, { from: t, to: Math.max(0, t - n), sources: 'from', grads }, work);
  return named(model, all, fwd);
}

/** The Euclidean norm of the three gradients taken as one vector. */
export function gradientNorm(g: Gradients): number {
  let sum = 0;
  for (const m of Object.values(g) as Mat[])
    for (let i = 0; i < m.data.length; i++) sum += m.data[i] ** 2;
  return Math.sqrt(sum);
}

/** The gradient the model asks for: full BPTT, or truncated when `truncate` says so. */
export function gradients(model: AnyModel, fwd: Forward = forward(model)): Gradients {
  return isFullBptt(model)
    ? fullGradients(model, fwd)
    : truncatedGradients(model, model.truncate as number, fwd);
}

/**
 * (∂E/∂s_k)ᵀ for every k (T×H): the total derivative of the whole loss E = Σ_t E_t with respect to
 * each state, through every path and every later output — what the 'all targets' flow carries.
 * The full sweep without the weights; untruncated.
 */
export function stateGradients(model: AnyModel, fwd: Forward = forward(model)): Mat {
  const { T, H } = fwd.dims;
  const out = mat(T, H);
  sweep(model, fwd, {
    from: T - 1,
    sources: 'all',
    onStep: (k, g) => {
      const row = rowView(out, k);
      for (let i = 0; i < H; i++) row[i] = g[i];
    },
  });
  return out;
}

/**
 * (∂E/∂c_k)ᵀ for every k (T×C, C the cell's carry width): the total derivative of E with respect
 * to each carried state; its first H columns are stateGradients', the rest (the LSTM's ∂E/∂c_k)
 * what a cell carries beyond s_k. Untruncated.
 */
export function carryGradients(model: AnyModel, fwd: Forward = forward(model)): Mat {
  const { T, H } = fwd.dims;
  const C = cellOf(model).carryWidth(H);
  const out = mat(T, C);
  sweep(model, fwd, {
    from: T - 1,
    sources: 'all',
    onStep: (k, g) => rowView(out, k).set(g.subarray(0, C)),
  });
  return out;
}

/**
 * Row k (k = 0 … T−2): the part of ∂E/∂s_k that step k + 1 hands back, its local backward step
 * applied to (∂E/∂s_{k+1})ᵀ (the row k + 1 of `dEds`, stateGradients by default). For the vanilla
 * cell Wᵀ(f′(z_{k+1}) ⊙ (∂E/∂s_{k+1})ᵀ).
 */
export function carriedGradients(
  model: AnyModel,
  fwd: Forward,
  dEds: Mat = carriesMore(model, fwd) ? carryGradients(model, fwd) : stateGradients(model, fwd),
): Mat {
  const { T, H } = fwd.dims;
  const cell = cellOf(model);
  const C = cell.carryWidth(H);
  const step = cell.backwardStep(model, fwd);
  const out = mat(Math.max(0, T - 1), H);
  const g = new Float64Array(C);
  const gPrev = new Float64Array(C);
  for (let k = 0; k < T - 1; k++) {
    // A T×H dEds (the states' alone) leaves the rest of a wider carry's gradient at zero.
    g.set(rowView(dEds, k + 1).subarray(0, C));
    step(k + 1, g, gPrev);
    rowView(out, k).set(gPrev.subarray(0, H));
  }
  return out;
}
