/**
 * The slide's decomposition of one target E_t (math.md §2, "Slide form"):
 *   ∂E_t/∂W = Σ_{k=0}^{t} ∂E_t/∂ŷ_t · ∂ŷ_t/∂s_t · ∂s_t/∂s_k · ∂⁺s_k/∂W,
 * where ∂⁺ is the immediate derivative (s_{k−1} held constant). Contracted to a weight's shape, the
 * k-th term is δ_k^{(t)} a_kᵀ (sweep.ts): for the vanilla cell δ_k^{(t)} s_{k−1}ᵀ for W and
 * δ_k^{(t)} x_kᵀ for U, with δ_k^{(t)} = (∂E_t/∂z_k)ᵀ. One run of the sweep from t down to 0, with
 * E_t the only source.
 */
import { mat, maxAbs, norm2, rowView, type Mat } from '../linalg/mat';
import { addOuterInto, matMulInto } from '../linalg/products';
import { scratch } from '../linalg/scratch';
import { cellOf } from './cells';
import { outputErrorInto } from './forward';
import { sweep } from './sweep';
import type { Forward, AnyModel, TargetTerms, WeightTerms } from './types';

/** First k of E_t's truncation window (k ≥ t − n). */
export function windowStart(model: AnyModel, t: number): number {
  return model.truncate === null ? 0 : Math.max(0, t - model.truncate);
}

/**
 * An array of n matrices, each made on first access and kept: a target's term matrices are
 * (t + 1)·H·(H + D) numbers, of which a view shows a few, so none is made before it is read. A
 * read-only array behind a proxy: made in O(1), however long the sequence (a getter per index
 * cost more than the sweep itself at T = H = 16).
 */
function lazyMats(n: number, make: (k: number) => Mat): readonly Mat[] {
  const made: (Mat | undefined)[] = new Array<Mat | undefined>(n).fill(undefined);
  const index = (p: string | symbol): number => {
    if (typeof p !== 'string') return -1;
    const k = Number(p);
    return Number.isInteger(k) && k >= 0 && k < n && String(k) === p ? k : -1;
  };
  const readOnly = (): boolean => false;
  return new Proxy(made, {
    get(target, p, receiver) {
      const k = index(p);
      return k < 0 ? Reflect.get(target, p, receiver) : (target[k] ??= make(k));
    },
    getOwnPropertyDescriptor(target, p) {
      const k = index(p);
      if (k < 0) return Reflect.getOwnPropertyDescriptor(target, p);
      return {
        value: (target[k] ??= make(k)),
        writable: true,
        enumerable: true,
        configurable: true,
      };
    },
    set: readOnly,
    defineProperty: readOnly,
    deleteProperty: readOnly,
  }) as readonly Mat[];
}

export function targetTerms(model: AnyModel, fwd: Forward, t: number): TargetTerms {
  const { T, H, K } = fwd.dims;
  if (!Number.isInteger(t) || t < 0 || t >= T)
    throw new RangeError(`target t = ${t} is not in [0, ${T})`);
  const cell = cellOf(model);
  const names = cell.weights;
  const kMin = windowStart(model, t);
  const n = t + 1;
  // A few allocations, handed out as views: many small typed arrays cost more than the arithmetic.
  const dEdsBuf = new Float64Array(n * H);
  const dEds: Float64Array[] = new Array(n);
  for (let k = 0; k < n; k++) dEds[k] = dEdsBuf.subarray(k * H, (k + 1) * H);
  // The carry beyond s_k (the LSTM's c_k): (∂E_t/∂c_k)ᵀ.
  const extra = cell.carryWidth(H) - H;
  const dEdcBuf = extra > 0 ? new Float64Array(n * extra) : null;
  const dEdc: Float64Array[] | undefined = dEdcBuf ? new Array(n) : undefined;
  if (dEdc) for (let k = 0; k < n; k++) dEdc[k] = dEdcBuf!.subarray(k * extra, (k + 1) * extra);
  const small = new Float64Array(K + K * H);
  const e = outputErrorInto(model, fwd, t, small.subarray(0, K));
  const V = mat(K, H, small.subarray(K));
  addOuterInto(V, e, rowView(fwd.s, t));
  const W = names.length;
  const sums: Mat[] = new Array(W);
  const norms: Float64Array[] = new Array(W);
  const deltas: Float64Array[][] = new Array(W);
  const normBuf = new Float64Array(W * n);
  for (let w = 0; w < W; w++) {
    const p = cell.weight(model, w);
    sums[w] = mat(p.rows, p.cols);
    norms[w] = normBuf.subarray(w * n, (w + 1) * n);
    deltas[w] = new Array(n);
  }
  // Weights that share a δ (the vanilla U and W) share its stored copies and its norm: `first[w]`
  // is the first weight with w's δ, known from the sweep's first step; one buffer per distinct δ.
  const first = new Int32Array(W).fill(-1);
  const deltaBufs: Float64Array[] = new Array(W);
  const deltaNorm = new Float64Array(W);
  const onStep = (
    k: number,
    g: Float64Array,
    ds: readonly Float64Array[],
    operands: readonly Float64Array[] | null,
  ) => {
    const out = dEds[k];
    for (let i = 0; i < H; i++) out[i] = g[i];
    if (dEdc) dEdc[k].set(g.subarray(H, H + extra));
    if (first[0] < 0)
      for (let w = 0; w < W; w++) {
        first[w] = ds.indexOf(ds[w]);
        if (first[w] === w) deltaBufs[w] = new Float64Array(n * H);
      }
    for (let w = 0; w < W; w++) {
      const same = first[w];
      if (same === w) {
        const d = deltaBufs[w].subarray(k * H, (k + 1) * H);
        const src = ds[w];
        for (let i = 0; i < H; i++) d[i] = src[i];
        deltas[w][k] = d;
        if (operands) deltaNorm[w] = norm2(d);
      } else deltas[w][k] = deltas[same][k];
      // ‖δ aᵀ‖_F = ‖δ‖₂‖a‖₂
      if (operands) norms[w][k] = deltaNorm[same] * norm2(operands[w]);
    }
  };
  sweep(model, fwd, { from: t, sources: 'from', keepFrom: kMin, grads: sums, onStep });
  const weights: Record<string, WeightTerms> = {};
  names.forEach((name, w) => {
    const p = sums[w];
    const terms = lazyMats(n, (k) => {
      // The k-th term δ_k a_kᵀ (zero for the steps truncation drops), made when read.
      const m = mat(p.rows, p.cols);
      if (k >= kMin) addOuterInto(m, deltas[w][k], cell.operand(model, fwd, w, k));
      return m;
    });
    weights[name] = { delta: deltas[w], terms, norm: norms[w], sum: p };
  });
  // The lesson's U and W: the cell's input and recurrent weights (its own U and W when vanilla).
  const U = weights[cell.roles.input];
  const Wt = weights[cell.roles.recurrent];
  return {
    t,
    kMin,
    shareW: projectionShares(
      Wt.sum,
      Wt.delta,
      (k) => cell.operand(model, fwd, names.indexOf(cell.roles.recurrent), k),
      kMin,
    ),
    outputError: e,
    dEds,
    ...(dEdc ? { dEdc } : {}),
    delta: Wt.delta,
    U: U.terms,
    W: Wt.terms,
    normU: U.norm,
    normW: Wt.norm,
    V,
    sumU: U.sum,
    sumW: Wt.sum,
    weights,
  };
}

/**
 * Each kept term's share of the sum it belongs to, by projection (math.md §2, the slide's terms):
 *   share_k = ⟨term_k, g⟩_F / ‖g‖²_F,   g = Σ_{k kept} term_k,   term_k = δ_k a_kᵀ,
 * so Σ_k share_k = 1 over the kept terms; a share is negative when its term points against the sum
 * and may exceed 1 when others cancel it. ⟨δ aᵀ, g⟩_F = δᵀ g a: no term matrix is made. The sum is
 * scaled by its largest |entry| first, so that ‖g‖² does not overflow while g is finite.
 *
 * Returns k = 0 … t (NaN for the steps truncation drops), or null when g = 0 or is not finite
 * (the share is not defined).
 */
export function projectionShares(
  sum: Mat,
  delta: readonly Float64Array[],
  operand: (k: number) => Float64Array,
  kMin: number,
): Float64Array | null {
  const m = maxAbs(sum);
  if (!(m > 0) || !Number.isFinite(m)) return null;
  const { rows, cols, data } = sum;
  const g = new Float64Array(data.length);
  let nn = 0;
  for (let i = 0; i < data.length; i++) {
    g[i] = data[i] / m;
    nn += g[i] * g[i];
  }
  const out = new Float64Array(delta.length).fill(NaN);
  // ĝ a_k for every kept k at once, as one product ĝ·A (A's column q = a_{kMin+q}): each entry
  // Σ_j ĝ_ij a_kj summed in order from zero, as one k at a time would.
  const n = delta.length - kMin;
  if (n <= 0) return out;
  const A = scratch('shares.A', cols * n);
  for (let q = 0; q < n; q++) {
    const a = operand(kMin + q);
    for (let j = 0; j < cols; j++) A[j * n + q] = a[j];
  }
  const GA = scratch('shares.GA', rows * n);
  matMulInto(mat(rows, cols, g), mat(cols, n, A), GA);
  for (let q = 0; q < n; q++) {
    const d = delta[kMin + q];
    // δᵀ ĝ a, with ĝ = g / m
    let dot = 0;
    for (let i = 0; i < rows; i++) {
      if (d[i] === 0) continue;
      dot += d[i] * GA[i * n + q];
    }
    out[kMin + q] = dot / m / nn;
  }
  return out;
}
