/**
 * The slide's decomposition of one target E_t (math.md §2, "Slide form"):
 *   ∂E_t/∂W = Σ_{k=0}^{t} ∂E_t/∂ŷ_t · ∂ŷ_t/∂s_t · ∂s_t/∂s_k · ∂⁺s_k/∂W,
 * where ∂⁺ is the immediate derivative (s_{k−1} held constant). Contracted to W's shape, the k-th
 * term is δ_k^{(t)} s_{k−1}ᵀ with δ_k^{(t)} = (∂E_t/∂z_k)ᵀ, and the U term is δ_k^{(t)} x_kᵀ:
 *   (∂E_t/∂s_t)ᵀ = Vᵀ(ŷ_t − y_t),   δ_k^{(t)} = f′(z_k) ⊙ (∂E_t/∂s_k)ᵀ,   (∂E_t/∂s_{k−1})ᵀ = Wᵀ δ_k^{(t)}.
 */
import { outputError, prevState, zerosLike } from './forward';
import { addInto, matTVec, outer, rowView } from './linalg';
import type { Forward, Mat, RnnModel, TargetTerms } from './types';

/** First k of E_t's truncation window (k ≥ t − n). */
export function windowStart(model: RnnModel, t: number): number {
  return model.truncate === null ? 0 : Math.max(0, t - model.truncate);
}

export function targetTerms(model: RnnModel, fwd: Forward, t: number): TargetTerms {
  const { T, H } = fwd.dims;
  if (!Number.isInteger(t) || t < 0 || t >= T)
    throw new RangeError(`target t = ${t} is not in [0, ${T})`);
  const kMin = windowStart(model, t);
  const e = outputError(model, fwd, t);
  const dEds: Float64Array[] = new Array(t + 1);
  const delta: Float64Array[] = new Array(t + 1);
  const U: Mat[] = new Array(t + 1);
  const W: Mat[] = new Array(t + 1);
  const sumU = zerosLike(model.U);
  const sumW = zerosLike(model.W);
  let back: Float64Array = matTVec(model.V, e);
  for (let k = t; k >= 0; k--) {
    dEds[k] = back;
    const fk = rowView(fwd.fprime, k);
    const d = new Float64Array(H);
    for (let i = 0; i < H; i++) d[i] = fk[i] * back[i];
    delta[k] = d;
    if (k >= kMin) {
      U[k] = outer(d, rowView(model.inputs, k));
      W[k] = outer(d, prevState(model, fwd, k));
      addInto(sumU, U[k]);
      addInto(sumW, W[k]);
    } else {
      U[k] = zerosLike(model.U);
      W[k] = zerosLike(model.W);
    }
    if (k > 0) back = matTVec(model.W, d);
  }
  return { t, kMin, outputError: e, dEds, delta, U, W, V: outer(e, rowView(fwd.s, t)), sumU, sumW };
}
