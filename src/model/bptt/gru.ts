/**
 * The GRU (math.md §8; Cho et al. 2014, Britz Part 4, d2l: the reset gate applied to s_{t−1}
 * before W_h; PyTorch's nn.GRU applies it after the matrix, r ⊙ (W_hn s + b_hn), a different
 * cell), its forward step and, beside it, its local derivatives:
 *
 *   z_t = σ(a_z),  a_z = U_z x_t + W_z s_{t−1} + b_z            (update gate)
 *   r_t = σ(a_r),  a_r = U_r x_t + W_r s_{t−1} + b_r            (reset gate)
 *   h̃_t = tanh(a_h), a_h = U_h x_t + W_h (r_t ⊙ s_{t−1}) + b_h  (candidate state)
 *   s_t = (1 − z_t) ⊙ h̃_t + z_t ⊙ s_{t−1}
 *
 * With g = (∂E/∂s_k)ᵀ:
 *   δ_h = g ⊙ (1 − z) ⊙ (1 − h̃²),   δ_z = g ⊙ (s_{k−1} − h̃) ⊙ z(1 − z),
 *   ρ = W_hᵀ δ_h (the gradient at r ⊙ s_{k−1}),   δ_r = ρ ⊙ s_{k−1} ⊙ r(1 − r),
 *   (∂E/∂s_{k−1})ᵀ ⊇ z ⊙ g + r ⊙ ρ + W_zᵀ δ_z + W_rᵀ δ_r;
 *   k-th terms δ_gate x_kᵀ (U), δ_z s_{k−1}ᵀ, δ_r s_{k−1}ᵀ, δ_h (r_k ⊙ s_{k−1})ᵀ (W), δ_gate (b).
 * The direct path: ∂s_k/∂s_{k−1} ⊇ diag(z_k).
 */
import type { BackwardStep } from './cell';
import { sharedRow, type Mat } from '../linalg/mat';
import { fast } from '../accel';
import { gatedCell, gateScratch, prevS, sigmoid } from './gated';
import {
  gateStacks,
  inputPartAt,
  inputPartInto,
  nonZeros,
  nonZerosAt,
  type GateStack,
} from './gateKernels';
import { scratch } from '../linalg/scratch';
import { gruFusedPass } from './gatedFused';
import type { Forward, GruModel } from './types';

export const GRU_GATES = ['z', 'r', 'h'] as const;

export const GRU_CELL = gatedCell<GruModel>({
  kind: 'gru',
  gates: GRU_GATES,
  gateNames: { z: 'the update gate z', r: 'the reset gate r', h: 'the candidate state h̃' },
  // The lesson's U and W: the candidate's, the analogue of the vanilla cell's f(U x + W s).
  roles: { input: 'U.h', recurrent: 'W.h' },
  // z_t, r_t, h̃_t, and r_t ⊙ s_{t−1} (W_h's operand).
  cache: ['gate.z', 'gate.r', 'gate.h', 'rs'],
  directGate: 'gate.z',
  optionalKeys: ['b'],
  carryWidth: (H) => H,
  initialCarry: (model) => model.initialState,
  extra: () => ({}),
  recurrentOperand: (model, fwd, gate, k) =>
    gate === 2 ? sharedRow(fwd.cache.rs, k) : prevS(model, fwd, k),

  forwardPass(model) {
    // The gates' W stacked once for the pass (gateStacks), and one work vector.
    const stacks = gateStacks(stacksW(model));
    const a = new Float64Array(3 * model.initialState.length);
    return (x, prev, s, cache, nz) => gruStep(model, x, prev, s, cache, nz, stacks, a);
  },

  forwardAll: gruPass,

  backwardStep(model: GruModel, fwd: Forward): BackwardStep {
    const H = fwd.dims.H;
    const { vectors, deltas } = gateScratch(H, 3, 4);
    const [dz, dr, dh, rho] = vectors;
    const Z = fwd.cache['gate.z'].data;
    const R = fwd.cache['gate.r'].data;
    const Hc = fwd.cache['gate.h'].data;
    const [zr, hh] = gateStacks(stacksW(model));
    // δ_z and δ_r one after another, as the stack [W_z; W_r] takes them.
    const stacked = new Float64Array(dz.buffer, dz.byteOffset, 2 * H);
    return (k, g, gPrev) => {
      const o = k * H;
      const sp = prevS(model, fwd, k);
      for (let i = 0; i < H; i++) {
        const z = Z[o + i];
        const h = Hc[o + i];
        dh[i] = g[i] * (1 - z) * (1 - h * h);
        dz[i] = g[i] * (sp[i] - h) * z * (1 - z);
      }
      // ρ = W_hᵀ δ_h
      hh.mulT(dh, rho);
      for (let i = 0; i < H; i++) {
        const r = R[o + i];
        dr[i] = rho[i] * sp[i] * r * (1 - r);
      }
      if (gPrev) {
        for (let i = 0; i < H; i++) gPrev[i] = Z[o + i] * g[i] + R[o + i] * rho[i];
        zr.mulTAdd(stacked, gPrev);
      }
      return deltas;
    };
  },

  // Written directly by the fast paths (transitions.ts) once they are in; else from backwardStep.
  transition: (model, fwd, k, out) => fast?.gruTransition(model, fwd, k, out) ?? false,
});

/** The stacks of the GRU's W: [W_z; W_r] (both on s_{t−1}), then [W_h] (on r_t ⊙ s_{t−1}). */
function stacksW(model: GruModel): Mat[][] {
  return [[model.W.z, model.W.r], [model.W.h]];
}

/**
 * One forward step: z and r's pre-activations b + U x_t + W s_{t−1} (one stack), their gates,
 * then the candidate's b_h + U_h x_t + W_h (r_t ⊙ s_{t−1}), all in `a` (3H); then s_t.
 */
function gruStep(
  model: GruModel,
  x: Float64Array,
  prev: Float64Array,
  s: Float64Array,
  cache: readonly Float64Array[],
  nz: Int32Array,
  [zr, hh]: readonly GateStack[],
  a: Float64Array = new Float64Array(3 * s.length),
): void {
  const [z, r, h, rs] = cache;
  const { U, b } = model;
  const H = s.length;
  const nnz = nonZeros(x, nz);
  inputPartInto(U.z, b.z, x, nz, nnz, a, 0);
  inputPartInto(U.r, b.r, x, nz, nnz, a, H);
  zr.mulAdd(prev, a);
  for (let i = 0; i < H; i++) {
    z[i] = sigmoid(a[i]);
    r[i] = sigmoid(a[H + i]);
    rs[i] = r[i] * prev[i];
  }
  const ah = a.subarray(2 * H);
  inputPartInto(U.h, b.h, x, nz, nnz, ah);
  hh.mulAdd(rs, ah);
  for (let i = 0; i < H; i++) {
    h[i] = Math.tanh(ah[i]);
    s[i] = (1 - z[i]) * h[i] + z[i] * prev[i];
  }
}

/**
 * The whole pass (cell.forwardAll): gruStep for t = 0 … T − 1 on the rows of s and the cache by
 * offset, with the same sums.
 */
function gruPass(model: GruModel, sMat: Mat, cache: readonly Mat[], nz: Int32Array): void {
  // In one kernel call where the fast paths run (the same bits).
  if (gruFusedPass(model, sMat, cache, nz)) return;
  const [zr, hh] = gateStacks(stacksW(model));
  const { U, b, inputs, initialState } = model;
  const { rows: T, cols: D } = inputs;
  const H = initialState.length;
  const X = inputs.data;
  const S = sMat.data;
  const [Z, R, Hc, RS] = cache.map((m) => m.data);
  const a = scratch('gru.a', 3 * H);
  for (let t = 0; t < T; t++) {
    const xo = t * D;
    const o = t * H;
    const nnz = nonZerosAt(X, xo, D, nz);
    const prev = t === 0 ? initialState : S;
    const po = t === 0 ? 0 : o - H;
    inputPartAt(U.z, b.z, X, xo, nz, nnz, a, 0);
    inputPartAt(U.r, b.r, X, xo, nz, nnz, a, H);
    zr.mulAdd(prev, a, po, 0);
    for (let i = 0; i < H; i++) {
      Z[o + i] = sigmoid(a[i]);
      R[o + i] = sigmoid(a[H + i]);
      RS[o + i] = R[o + i] * prev[po + i];
    }
    inputPartAt(U.h, b.h, X, xo, nz, nnz, a, 2 * H);
    hh.mulAdd(RS, a, o, 2 * H);
    for (let i = 0; i < H; i++) {
      const h = (Hc[o + i] = Math.tanh(a[2 * H + i]));
      S[o + i] = (1 - Z[o + i]) * h + Z[o + i] * prev[po + i];
    }
  }
}
