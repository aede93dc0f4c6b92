/**
 * The slide's decomposition of one target E_t (math.md §2, "Slide form"):
 *   ∂E_t/∂W = Σ_{k=0}^{t} ∂E_t/∂ŷ_t · ∂ŷ_t/∂s_t · ∂s_t/∂s_k · ∂⁺s_k/∂W,
 * where ∂⁺ is the immediate derivative (s_{k−1} held constant). Contracted to W's shape, the k-th
 * term is δ_k^{(t)} s_{k−1}ᵀ with δ_k^{(t)} = (∂E_t/∂z_k)ᵀ, and the U term is δ_k^{(t)} x_kᵀ:
 *   (∂E_t/∂s_t)ᵀ = Vᵀ(ŷ_t − y_t),   δ_k^{(t)} = f′(z_k) ⊙ (∂E_t/∂s_k)ᵀ,   (∂E_t/∂s_{k−1})ᵀ = Wᵀ δ_k^{(t)}.
 */
import { outputErrorInto, prevState } from './forward';
import { mat, norm2, rowView } from './linalg';
import { addOuterInto, matTVecInto } from './products';
import type { Forward, Mat, RnnModel, TargetTerms } from './types';

/** First k of E_t's truncation window (k ≥ t − n). */
export function windowStart(model: RnnModel, t: number): number {
  return model.truncate === null ? 0 : Math.max(0, t - model.truncate);
}

/**
 * An array of n matrices, each made on first access and kept: a target's term matrices are
 * (t + 1)·H·(H + D) numbers, of which a view shows a few, so none is made before it is read.
 */
function lazyMats(n: number, make: (k: number) => Mat): readonly Mat[] {
  const made: (Mat | undefined)[] = new Array(n);
  const out: Mat[] = new Array(n);
  for (let k = 0; k < n; k++) {
    Object.defineProperty(out, k, {
      enumerable: true,
      get: () => (made[k] ??= make(k)),
    });
  }
  return Object.freeze(out);
}

export function targetTerms(model: RnnModel, fwd: Forward, t: number): TargetTerms {
  const { T, H, D, K } = fwd.dims;
  if (!Number.isInteger(t) || t < 0 || t >= T)
    throw new RangeError(`target t = ${t} is not in [0, ${T})`);
  const kMin = windowStart(model, t);
  const n = t + 1;
  // A few allocations, handed out as views: many small typed arrays cost more than the arithmetic.
  const vecs = new Float64Array(2 * n * H + 2 * n);
  const normU = vecs.subarray(2 * n * H, 2 * n * H + n);
  const normW = vecs.subarray(2 * n * H + n);
  const small = new Float64Array(K + K * H + H * D + H * H);
  const e = outputErrorInto(model, fwd, t, small.subarray(0, K));
  const V = mat(K, H, small.subarray(K, K + K * H));
  const sumU = mat(H, D, small.subarray(K + K * H, K + K * H + H * D));
  const sumW = mat(H, H, small.subarray(K + K * H + H * D));
  const dEds: Float64Array[] = new Array(n);
  const delta: Float64Array[] = new Array(n);
  for (let k = 0; k < n; k++) {
    dEds[k] = vecs.subarray(k * H, (k + 1) * H);
    delta[k] = vecs.subarray((n + k) * H, (n + k + 1) * H);
  }
  matTVecInto(model.V, e, dEds[t]);
  for (let k = t; k >= 0; k--) {
    const back = dEds[k];
    const fk = rowView(fwd.fprime, k);
    const d = delta[k];
    for (let i = 0; i < H; i++) d[i] = fk[i] * back[i];
    if (k >= kMin) {
      const x = rowView(model.inputs, k);
      const prev = prevState(model, fwd, k);
      addOuterInto(sumU, d, x);
      addOuterInto(sumW, d, prev);
      // ‖δ vᵀ‖_F = ‖δ‖₂‖v‖₂
      const nd = norm2(d);
      normU[k] = nd * norm2(x);
      normW[k] = nd * norm2(prev);
    }
    if (k > 0) matTVecInto(model.W, d, dEds[k - 1]);
  }
  addOuterInto(V, e, rowView(fwd.s, t));
  // The k-th terms δ_k x_kᵀ and δ_k s_{k−1}ᵀ (zero outside the window), made when read.
  const term = (rows: number, cols: number, right: (k: number) => Float64Array) => (k: number) => {
    const m = mat(rows, cols);
    if (k >= kMin) addOuterInto(m, delta[k], right(k));
    return m;
  };
  const U = lazyMats(
    n,
    term(H, D, (k) => rowView(model.inputs, k)),
  );
  const W = lazyMats(
    n,
    term(H, H, (k) => prevState(model, fwd, k)),
  );
  return { t, kMin, outputError: e, dEds, delta, U, W, normU, normW, V, sumU, sumW };
}
