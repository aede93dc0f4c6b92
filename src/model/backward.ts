/**
 * Gradients of E = Σ_t E_t with respect to U, W, V.
 *
 * Full BPTT uses the O(T) recursion (math.md §2):
 *   (∂E/∂s_t)ᵀ = Vᵀ(ŷ_t − y_t) + Wᵀ δ_{t+1},   δ_t = f′(z_t) ⊙ (∂E/∂s_t)ᵀ,   δ_T = 0,
 *   ∂E/∂W = Σ_t δ_t s_{t−1}ᵀ,   ∂E/∂U = Σ_t δ_t x_tᵀ,   ∂E/∂V = Σ_t (ŷ_t − y_t) s_tᵀ.
 * Truncated BPTT (`truncate: n`) keeps, for each E_t, only k ∈ [max(0, t − n), t]: a per-target
 * inner loop, O(T·n), as in Britz's `bptt_truncate`. ∂E/∂V is never truncated.
 */
import { forward, outputErrorInto, prevState, zerosLike } from './forward';
import { mat, rowView } from './linalg';
import { addOuterInto, matTVecInto } from './products';
import type { Forward, Gradients, Mat, RnnModel } from './types';

/** True when the model's truncation keeps every term (n ≥ T − 1 or no truncation). */
export function isFullBptt(model: RnnModel): boolean {
  return model.truncate === null || model.truncate >= model.inputs.rows - 1;
}

/** Work vectors for the backward recursions, in one allocation (small typed arrays are costly). */
function scratch(fwd: Forward) {
  const { H, K } = fwd.dims;
  const buf = new Float64Array(K + 3 * H);
  return {
    e: buf.subarray(0, K),
    fromOutput: buf.subarray(K, K + H),
    carry: buf.subarray(K + H, K + 2 * H),
    delta: buf.subarray(K + 2 * H),
  };
}

function gradV(model: RnnModel, fwd: Forward): Gradients['V'] {
  const dV = zerosLike(model.V);
  const e = new Float64Array(fwd.dims.K);
  for (let t = 0; t < fwd.dims.T; t++)
    addOuterInto(dV, outputErrorInto(model, fwd, t, e), rowView(fwd.s, t));
  return dV;
}

/** The untruncated gradient, whatever the model's truncation says. */
export function fullGradients(model: RnnModel, fwd: Forward = forward(model)): Gradients {
  const { T, H } = fwd.dims;
  const dU = zerosLike(model.U);
  const dW = zerosLike(model.W);
  const { e, fromOutput, carry, delta } = scratch(fwd);
  // carry = Wᵀ δ_{t+1}: the part of ∂E/∂s_t that comes from later steps.
  for (let t = T - 1; t >= 0; t--) {
    matTVecInto(model.V, outputErrorInto(model, fwd, t, e), fromOutput);
    const ft = rowView(fwd.fprime, t);
    for (let i = 0; i < H; i++) delta[i] = ft[i] * (fromOutput[i] + carry[i]);
    addOuterInto(dW, delta, prevState(model, fwd, t));
    addOuterInto(dU, delta, rowView(model.inputs, t));
    matTVecInto(model.W, delta, carry);
  }
  return { U: dU, W: dW, V: gradV(model, fwd) };
}

/** The truncated gradient for window n: Σ_t Σ_{k = max(0, t−n)}^{t} of the slide's terms. */
export function truncatedGradients(
  model: RnnModel,
  n: number,
  fwd: Forward = forward(model),
): Gradients {
  const { T, H } = fwd.dims;
  const dU = zerosLike(model.U);
  const dW = zerosLike(model.W);
  const { e, fromOutput: back, delta } = scratch(fwd);
  for (let t = 0; t < T; t++) {
    // δ_t^{(t)} = f′(z_t) ⊙ Vᵀ(ŷ_t − y_t)
    matTVecInto(model.V, outputErrorInto(model, fwd, t, e), back);
    const kMin = Math.max(0, t - n);
    for (let k = t; k >= kMin; k--) {
      const fk = rowView(fwd.fprime, k);
      for (let i = 0; i < H; i++) delta[i] = fk[i] * back[i];
      addOuterInto(dW, delta, prevState(model, fwd, k));
      addOuterInto(dU, delta, rowView(model.inputs, k));
      // (∂E_t/∂s_{k−1})ᵀ = Wᵀ δ_k^{(t)}
      if (k > kMin) matTVecInto(model.W, delta, back);
    }
  }
  return { U: dU, W: dW, V: gradV(model, fwd) };
}

/** The gradient the model asks for: full BPTT, or truncated when `truncate` says so. */
export function gradients(model: RnnModel, fwd: Forward = forward(model)): Gradients {
  return isFullBptt(model)
    ? fullGradients(model, fwd)
    : truncatedGradients(model, model.truncate as number, fwd);
}

/**
 * (∂E/∂s_k)ᵀ for every k (T×H): the total derivative of the whole loss E = Σ_t E_t with respect to
 * each state, through every path and every later output — what the 'all targets' flow carries.
 * The same O(T) recursion as fullGradients, without the parameter gradients; untruncated.
 */
export function stateGradients(model: RnnModel, fwd: Forward = forward(model)): Mat {
  const { T, H } = fwd.dims;
  const out = mat(T, H);
  const { e, fromOutput, carry, delta } = scratch(fwd);
  for (let t = T - 1; t >= 0; t--) {
    matTVecInto(model.V, outputErrorInto(model, fwd, t, e), fromOutput);
    const dh = rowView(out, t);
    const ft = rowView(fwd.fprime, t);
    for (let i = 0; i < H; i++) {
      dh[i] = fromOutput[i] + carry[i];
      delta[i] = ft[i] * dh[i];
    }
    matTVecInto(model.W, delta, carry);
  }
  return out;
}
