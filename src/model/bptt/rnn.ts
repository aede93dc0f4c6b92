/**
 * The lecture's vanilla cell, its forward step and, beside it, its local derivatives:
 *
 *   z_t = U x_t + W s_{t−1},   s_t = f(z_t)
 *
 *   δ_k = f′(z_k) ⊙ (∂E/∂s_k)ᵀ          the gradient at z_k (U's and W's δ alike)
 *   (∂E/∂s_{k−1})ᵀ ⊇ Wᵀ δ_k               what step k hands back to s_{k−1}
 *   k-th terms: δ_k x_kᵀ (U), δ_k s_{k−1}ᵀ (W)
 *   ∂s_k/∂s_{k−1} = diag(f′(z_k)) W,     ‖∂s_t/∂s_k‖₂ ≤ (γ·σ_max(W))^{t−k}
 */
import { activateInto, gamma } from './activation';
import type { BackwardStep, Cell } from './cell';
import { diagMulInto, rowView, scale, sharedRow, type Mat } from '../linalg/mat';
import { addMatVec, matTVecInto } from '../linalg/products';
import { spectralNorm } from '../linalg/sigma';
import { fast } from '../accel';
import { scratch } from '../linalg/scratch';
import type { StackedMats } from '../linalg/vectors';
import type { Forward, RnnModel } from './types';

/** s_{k−1}: the previous state of step k, which is the initial state s_{−1} for k = 0. */
export function prevState(model: RnnModel, fwd: Forward, k: number): Float64Array {
  return k === 0 ? model.initialState : sharedRow(fwd.s, k - 1);
}

/**
 * One step: z = U x + W s_prev into cache[0] (W's product on the kernels when `W` is given, with
 * the same sums), s = f(z) and f′(z) into cache[1].
 */
function rnnStep(
  model: RnnModel,
  W: StackedMats | undefined,
  x: Float64Array,
  prev: Float64Array,
  s: Float64Array,
  cache: readonly Float64Array[],
  nz: Int32Array,
): void {
  const z = cache[0];
  inputPart(model.U, x, z, nz);
  if (W) W.mulAdd(prev, z);
  else addMatVec(model.W, prev, z);
  activateInto(model.activation, z, s, cache[1]);
}

/**
 * out = U x from x's non-zero entries (their indices gathered into `nz`), so that a one-hot x_t
 * costs one column of U; each sum then continues with W's terms.
 */
function inputPart(U: Mat, x: Float64Array, out: Float64Array, nz: Int32Array): void {
  const D = U.cols;
  let nnz = 0;
  for (let j = 0; j < D; j++) if (x[j] !== 0) nz[nnz++] = j;
  const Ud = U.data;
  for (let i = 0; i < U.rows; i++) {
    let acc = 0;
    const uo = i * D;
    for (let q = 0; q < nnz; q++) acc += Ud[uo + nz[q]] * x[nz[q]];
    out[i] = acc;
  }
}

const WEIGHTS = ['U', 'W'] as const;

/** σ_max of a weight matrix, once per matrix (models and their matrices are never changed in place). */
const sigmas = new WeakMap<Mat, number>();
function sigmaOf(W: Mat): number {
  let s = sigmas.get(W);
  if (s === undefined) {
    s = spectralNorm(W);
    sigmas.set(W, s);
  }
  return s;
}

export const RNN_CELL: Cell<RnnModel> = {
  kind: 'rnn',
  weights: WEIGHTS,
  roles: { input: 'U', recurrent: 'W' },
  shapes: [
    ['H', 'D'],
    ['H', 'H'],
  ],
  descriptions: ['the input weights', 'the recurrent weights'],
  hasActivation: true,
  gates: [],
  fileKeys: { required: ['activation', 'U', 'W'], optional: [] },
  directGate: null,
  fromParts: ({ weights: [U, W], activation, V, inputs, targets, initialState, truncate }) => ({
    activation: activation ?? 'tanh',
    U,
    W,
    V,
    inputs,
    targets,
    initialState,
    truncate,
  }),
  // z_t and f′(z_t), the forward pass's `z` and `fprime`.
  cache: ['z', 'fprime'],
  carryWidth: (H) => H,
  weight: (model, i) => model[WEIGHTS[i]],
  withWeights: (model, [U, W]) => ({ ...model, U, W }),
  initialCarry: (model) => model.initialState,

  forwardStep: (model, x, prev, s, cache, nz) => rnnStep(model, undefined, x, prev, s, cache, nz),

  forwardPass(model) {
    // W kept in the WebAssembly kernels' memory for the pass when they run (the same sums).
    const W = fast?.residentStacks([[model.W]])?.[0];
    return (x, prev, s, cache, nz) => rnnStep(model, W, x, prev, s, cache, nz);
  },

  backwardStep(model: RnnModel, fwd: Forward): BackwardStep {
    const H = fwd.dims.H;
    const delta = scratch('rnn.delta', H);
    // U and W both act on z_k: one δ_k for both.
    const deltas = [delta, delta] as const;
    const fprime = fwd.fprime.data;
    const W = model.W;
    // Wᵀδ on the WebAssembly kernel when it runs, W kept in its memory for the pass.
    const resident = fast?.residentStacks([[W]])?.[0];
    return (k, g, gPrev) => {
      const o = k * H;
      for (let i = 0; i < H; i++) delta[i] = fprime[o + i] * g[i];
      if (gPrev) {
        if (resident) resident.mulT(delta, gPrev);
        else matTVecInto(W, delta, gPrev);
      }
      return deltas;
    };
  },

  operand: (model, fwd, i, k) => (i === 0 ? sharedRow(model.inputs, k) : prevState(model, fwd, k)),

  transition(model, fwd, k, out) {
    diagMulInto(rowView(fwd.fprime, k), model.W, out);
  },

  transitionFactors: (model, fwd, k) => ({ scale: rowView(fwd.fprime, k), matrix: model.W }),

  transitionBound: (model) => ({ gamma: gamma(model.activation), sigma: sigmaOf(model.W) }),

  withRecurrentScale: (model, factor) => ({ ...model, W: scale(model.W, factor) }),
};
