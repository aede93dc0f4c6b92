/**
 * The LSTM (math.md §8; PyTorch's nn.LSTM, gates i, f, g, o, one bias per gate), its forward step
 * and, beside it, its local derivatives. The carried state is (s_t, c_t), 2H entries:
 *
 *   i_t = σ(a_i), f_t = σ(a_f), g_t = tanh(a_g), o_t = σ(a_o),  a_q = U_q x_t + W_q s_{t−1} + b_q
 *   c_t = f_t ⊙ c_{t−1} + i_t ⊙ g_t,   s_t = o_t ⊙ tanh(c_t)
 *
 * With (g_s, g_c) = ((∂E/∂s_k)ᵀ, (∂E/∂c_k)ᵀ as handed back by step k + 1):
 *   γ = g_c + g_s ⊙ o ⊙ (1 − tanh²c_k)          (the whole gradient at c_k)
 *   δ_i = γ ⊙ g ⊙ i(1 − i),  δ_f = γ ⊙ c_{k−1} ⊙ f(1 − f),  δ_g = γ ⊙ i ⊙ (1 − g²),
 *   δ_o = g_s ⊙ tanh(c_k) ⊙ o(1 − o),
 *   (∂E/∂s_{k−1})ᵀ ⊇ Σ_q W_qᵀ δ_q,   (∂E/∂c_{k−1})ᵀ ⊇ f ⊙ γ;
 *   k-th terms δ_q x_kᵀ (U), δ_q s_{k−1}ᵀ (W), δ_q (b).
 * The direct path: ∂c_k/∂c_{k−1} = diag(f_k) exactly (no peepholes).
 */
import type { BackwardStep } from './cell';
import { fast } from '../accel';
import { sharedRow, type Mat } from '../linalg/mat';
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
import { lstmFusedPass } from './gatedFused';
import type { Forward, LstmModel } from './types';

export const LSTM_GATES = ['i', 'f', 'g', 'o'] as const;

/** c_{k−1}: the initial cell for k = 0. */
function prevC(model: LstmModel, fwd: Forward, k: number): Float64Array {
  return k === 0 ? model.initialCell : sharedRow(fwd.cache.c, k - 1);
}

export const LSTM_CELL = gatedCell<LstmModel>({
  kind: 'lstm',
  gates: LSTM_GATES,
  gateNames: {
    i: 'the input gate i',
    f: 'the forget gate f',
    g: 'the candidate g',
    o: 'the output gate o',
  },
  // The lesson's U and W: the candidate's, the analogue of the vanilla cell's f(U x + W s).
  roles: { input: 'U.g', recurrent: 'W.g' },
  cache: ['gate.i', 'gate.f', 'gate.g', 'gate.o', 'c', 'tanhc'],
  directGate: 'gate.f',
  optionalKeys: ['b', 'initialCell'],
  carryWidth: (H) => 2 * H,
  // ∂c_k/∂c_{k−1} = diag(f_k), ∂s_k/∂c_{k−1} = diag(o_k(1 − tanh²c_k) f_k).
  elementwiseCarry: true,
  initialCarry(model) {
    const H = model.initialState.length;
    const out = new Float64Array(2 * H);
    out.set(model.initialState);
    out.set(model.initialCell, H);
    return out;
  },
  extra: (parts, H) => ({ initialCell: parts.initialCell ?? new Float64Array(H) }),
  recurrentOperand: (model, fwd, _gate, k) => prevS(model, fwd, k),

  forwardPass(model) {
    // The gates' W stacked once for the pass (gateStacks), and one work vector.
    const [stack] = gateStacks([gatesW(model)]);
    const a = new Float64Array(4 * model.initialState.length);
    return (x, prev, carry, cache, nz) => lstmStep(model, x, prev, carry, cache, nz, stack, a);
  },

  forwardAll: lstmPass,

  backwardStep(model: LstmModel, fwd: Forward): BackwardStep {
    const H = fwd.dims.H;
    const { vectors, deltas } = gateScratch(H, 4, 4);
    const [di, df, dg, dO] = vectors;
    const I = fwd.cache['gate.i'].data;
    const F = fwd.cache['gate.f'].data;
    const G = fwd.cache['gate.g'].data;
    const O = fwd.cache['gate.o'].data;
    const TC = fwd.cache.tanhc.data;
    const [stack] = gateStacks([gatesW(model)]);
    // δ_i, δ_f, δ_g, δ_o one after another, as the stack [W_i; W_f; W_g; W_o] takes them.
    const stacked = new Float64Array(di.buffer, di.byteOffset, 4 * H);
    return (k, gr, gPrev) => {
      const o = k * H;
      const cp = prevC(model, fwd, k);
      for (let j = 0; j < H; j++) {
        const gs = gr[j];
        const tc = TC[o + j];
        const og = O[o + j];
        const ig = I[o + j];
        const fg = F[o + j];
        const gg = G[o + j];
        const gc = gr[H + j] + gs * og * (1 - tc * tc);
        di[j] = gc * gg * ig * (1 - ig);
        df[j] = gc * cp[j] * fg * (1 - fg);
        dg[j] = gc * ig * (1 - gg * gg);
        dO[j] = gs * tc * og * (1 - og);
        if (gPrev) {
          gPrev[j] = 0;
          gPrev[H + j] = fg * gc;
        }
      }
      // (∂E/∂s_{k−1})ᵀ = Σ_q W_qᵀ δ_q, from zero.
      if (gPrev) stack.mulTAdd(stacked, gPrev);
      return deltas;
    };
  },

  // Written directly by the fast paths (transitions.ts) once they are in; else from backwardStep.
  transition: (model, fwd, k, out) => fast?.lstmTransition(model, fwd, k, out) ?? false,
});

/** The gates' W in the stack's order, [W_i; W_f; W_g; W_o]. */
function gatesW(model: LstmModel): Mat[] {
  return LSTM_GATES.map((q) => model.W[q]);
}

/**
 * One forward step: each gate's pre-activation a_q = b_q + U_q x_t, then + W_q s_{t−1} for all
 * four at once (the stack), into `a` (4H); then the gates, c_t and s_t.
 */
function lstmStep(
  model: LstmModel,
  x: Float64Array,
  prev: Float64Array,
  carry: Float64Array,
  cache: readonly Float64Array[],
  nz: Int32Array,
  stack: GateStack,
  a: Float64Array = new Float64Array(4 * cache[0].length),
): void {
  const [ig, fg, gg, og, c, tc] = cache;
  const { U, b } = model;
  const H = c.length;
  const sp = prev.subarray(0, H);
  const cp = prev.subarray(H, 2 * H);
  const nnz = nonZeros(x, nz);
  for (let q = 0; q < 4; q++) {
    const gate = LSTM_GATES[q];
    inputPartInto(U[gate], b[gate], x, nz, nnz, a, q * H);
  }
  stack.mulAdd(sp, a);
  for (let j = 0; j < H; j++) {
    ig[j] = sigmoid(a[j]);
    fg[j] = sigmoid(a[H + j]);
    gg[j] = Math.tanh(a[2 * H + j]);
    og[j] = sigmoid(a[3 * H + j]);
    c[j] = fg[j] * cp[j] + ig[j] * gg[j];
    tc[j] = Math.tanh(c[j]);
    carry[j] = og[j] * tc[j];
    carry[H + j] = c[j];
  }
}

/**
 * The whole pass (cell.forwardAll): lstmStep for t = 0 … T − 1 on the rows of the carry and the
 * cache by offset, with the same sums.
 */
function lstmPass(model: LstmModel, carry: Mat, cache: readonly Mat[], nz: Int32Array): void {
  // In one kernel call where the fast paths run (the same bits).
  if (lstmFusedPass(model, carry, cache, nz)) return;
  const [stack] = gateStacks([gatesW(model)]);
  const { U, b, inputs, initialState, initialCell } = model;
  const { rows: T, cols: D } = inputs;
  const H = initialState.length;
  const X = inputs.data;
  const Cy = carry.data;
  const [I, F, G, O, Cc, TC] = cache.map((m) => m.data);
  const a = scratch('lstm.a', 4 * H);
  for (let t = 0; t < T; t++) {
    const xo = t * D;
    const nnz = nonZerosAt(X, xo, D, nz);
    for (let q = 0; q < 4; q++) {
      const gate = LSTM_GATES[q];
      inputPartAt(U[gate], b[gate], X, xo, nz, nnz, a, q * H);
    }
    if (t === 0) stack.mulAdd(initialState, a);
    else stack.mulAdd(Cy, a, (t - 1) * 2 * H, 0);
    const o = t * H;
    const co = 2 * o;
    const cp = t === 0 ? initialCell : Cy;
    const cpo = t === 0 ? 0 : co - H;
    for (let j = 0; j < H; j++) {
      const ig = (I[o + j] = sigmoid(a[j]));
      const fg = (F[o + j] = sigmoid(a[H + j]));
      const gg = (G[o + j] = Math.tanh(a[2 * H + j]));
      const og = (O[o + j] = sigmoid(a[3 * H + j]));
      const c = (Cc[o + j] = fg * cp[cpo + j] + ig * gg);
      const tc = (TC[o + j] = Math.tanh(c));
      Cy[co + j] = og * tc;
      Cy[co + H + j] = c;
    }
  }
}
