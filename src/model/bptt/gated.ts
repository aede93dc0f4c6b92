/**
 * What the gated cells (gru.ts, lstm.ts; math.md §8) share: their weights by gate, U_gate (H×D,
 * on x_t), W_gate (H×H, on s_{t−1} or, for the GRU's candidate, on r_t ⊙ s_{t−1}) and b_gate (H×1,
 * on the constant 1), named `U.z`, `W.z`, `b.z` (the files' paths); each gate's pre-activation
 *   a_gate = U_gate x_t + W_gate v_t + b_gate,
 * and the state-transition Jacobian built from the cell's own backward step (row i of
 * ∂c_k/∂c_{k−1} is the carried gradient handed back for g = e_i).
 */
import type { BackwardStep, Cell } from './cell';
import { mat, scale, sharedRow, type Mat } from '../linalg/mat';
import { scratch } from '../linalg/scratch';
import type { Forward, GatedModel, ModelParts } from './types';

/** The operand of every bias: the constant 1 (a bias's k-th term is δ_k · 1). */
export const ONE = new Float64Array([1]);

/** The weight names of a gated cell: U, then W, then b, each by gate (`U.z`, …). */
export function gatedWeights(gates: readonly string[]): string[] {
  return ['U', 'W', 'b'].flatMap((p) => gates.map((g) => `${p}.${g}`));
}

/**
 * A backward step's scratch: `count` vectors of length H in one buffer, and the δ of each weight
 * in gatedWeights' order (U, W and b of a gate all feed the gate's pre-activation: one δ per gate,
 * repeated for the three). The first `gates` vectors are the gates' δ; the rest are scratch.
 */
export function gateScratch(
  H: number,
  gates: number,
  count: number,
): { readonly vectors: Float64Array[]; readonly deltas: readonly Float64Array[] } {
  const buf = scratch(`gated.${gates}`, count * H);
  const vectors = Array.from({ length: count }, (_, i) => buf.subarray(i * H, (i + 1) * H));
  const perGate = vectors.slice(0, gates);
  return { vectors, deltas: [...perGate, ...perGate, ...perGate] };
}

/** The logistic sigmoid σ(a) = 1 / (1 + e^{−a}), without overflow for large |a|. */
export function sigmoid(a: number): number {
  if (a >= 0) return 1 / (1 + Math.exp(-a));
  const e = Math.exp(a);
  return e / (1 + e);
}

/** s_{k−1} of a gated model: the initial state for k = 0. */
export function prevS(model: GatedModel, fwd: Forward, k: number): Float64Array {
  return k === 0 ? model.initialState : sharedRow(fwd.s, k - 1);
}

/** Weight i of a gated model in `gatedWeights` order: group ⌊i / G⌋ (U, W, b), gate i mod G. */
function weightOf(model: GatedModel, gates: readonly string[], i: number): Mat {
  const group = model[(['U', 'W', 'b'] as const)[Math.floor(i / gates.length)]];
  return (group as Readonly<Record<string, Mat>>)[gates[i % gates.length]];
}

/** The records {U, W, b} by gate from weights in `gatedWeights` order. */
function recordsOf(
  weights: readonly Mat[],
  gates: readonly string[],
): { U: Record<string, Mat>; W: Record<string, Mat>; b: Record<string, Mat> } {
  const G = gates.length;
  const pick = (p: number) => Object.fromEntries(gates.map((g, i) => [g, weights[p * G + i]]));
  return { U: pick(0), W: pick(1), b: pick(2) };
}

/** The per-gate description of a weight, for the model file's messages. */
function describe(gates: readonly string[], names: Readonly<Record<string, string>>): string[] {
  return [
    ...gates.map((g) => `the input weights of ${names[g]}`),
    ...gates.map((g) => `the recurrent weights of ${names[g]}`),
    ...gates.map((g) => `the bias of ${names[g]}`),
  ];
}

/** What a gated cell says of itself; the shared parts are made from it by `gatedCell`. */
export interface GatedSpec<M extends GatedModel> {
  readonly kind: M['cell'];
  readonly gates: readonly string[];
  /** Each gate in words (for the messages): "the update gate z". */
  readonly gateNames: Readonly<Record<string, string>>;
  readonly roles: { readonly input: string; readonly recurrent: string };
  readonly cache: readonly string[];
  readonly directGate: string;
  readonly optionalKeys: readonly string[];
  carryWidth(H: number): number;
  initialCarry(model: M): Float64Array;
  /** The model with the cell's own extra parts (the LSTM's c_{−1}). */
  extra(parts: ModelParts, H: number): Partial<M>;
  /** The operand of W_gate (gate index w) at step k. */
  recurrentOperand(model: M, fwd: Forward, gate: number, k: number): Float64Array;
  forwardPass: NonNullable<Cell<M>['forwardPass']>;
  /** Every forward step at once, by offset (cell.ts forwardAll): the same numbers. */
  forwardAll?: Cell<M>['forwardAll'];
  backwardStep: Cell<M>['backwardStep'];
  /**
   * The transition Jacobian written directly, when the cell has a cheaper way than 2H runs of
   * its backward step (the default); it must give the same numbers, and returns false, writing
   * nothing, when it cannot run (the default runs instead).
   */
  transition?(model: M, fwd: Forward, k: number, out: Float64Array): boolean;
  readonly elementwiseCarry?: boolean;
}

/**
 * The Jacobian ∂c_k/∂c_{k−1} (C×C, row-major) from the cell's backward step: its row i is
 * ((∂c_k/∂c_{k−1})ᵀ e_i)ᵀ, what step k hands back for g = e_i. One bound step per forward pass.
 */
const bound = new WeakMap<Forward, BackwardStep>();
function transitionFromBackward<M extends GatedModel>(
  spec: GatedSpec<M>,
  model: M,
  fwd: Forward,
  k: number,
  out: Float64Array,
): void {
  let step = bound.get(fwd);
  if (step === undefined) {
    step = spec.backwardStep(model, fwd);
    bound.set(fwd, step);
  }
  const C = spec.carryWidth(fwd.dims.H);
  const e = new Float64Array(C);
  for (let i = 0; i < C; i++) {
    e.fill(0);
    e[i] = 1;
    step(k, e, out.subarray(i * C, (i + 1) * C));
  }
}

export function gatedCell<M extends GatedModel>(spec: GatedSpec<M>): Cell<M> {
  const { gates } = spec;
  const G = gates.length;
  const weights = gatedWeights(gates);
  return {
    kind: spec.kind,
    weights,
    roles: spec.roles,
    cache: spec.cache,
    shapes: [
      ...gates.map((): readonly ['H', 'D'] => ['H', 'D']),
      ...gates.map((): readonly ['H', 'H'] => ['H', 'H']),
      ...gates.map((): readonly ['H', 1] => ['H', 1]),
    ],
    descriptions: describe(gates, spec.gateNames),
    hasActivation: false,
    gates,
    fileKeys: { required: ['U', 'W'], optional: spec.optionalKeys },
    directGate: spec.directGate,
    elementwiseCarry: spec.elementwiseCarry ?? false,
    fromParts(parts) {
      const { weights: ws, V, inputs, targets, initialState, truncate } = parts;
      const H = V.cols;
      // A bias the file leaves out is zeros.
      const full = ws.map((w, i) => (w === undefined && i >= 2 * G ? mat(H, 1) : w));
      return {
        cell: spec.kind,
        ...recordsOf(full, gates),
        V,
        inputs,
        targets,
        initialState,
        truncate,
        ...spec.extra(parts, H),
      } as M;
    },
    carryWidth: spec.carryWidth,
    // Weight i is group ⌊i / G⌋ (U, W, b) of gate i mod G, as gatedWeights orders them.
    weight: (model, i) => weightOf(model, gates, i),
    withWeights: (model, ws) => ({ ...model, ...recordsOf(ws, gates) }),
    initialCarry: spec.initialCarry,
    // One step alone: a pass of one step (the cell's tests; forward() binds a pass).
    forwardStep: (model, x, prev, carry, cache, nz) =>
      spec.forwardPass(model)(x, prev, carry, cache, nz),
    forwardPass: spec.forwardPass,
    forwardAll: spec.forwardAll,
    backwardStep: spec.backwardStep,
    operand(model, fwd, i, k) {
      if (i < G) return sharedRow(model.inputs, k);
      if (i < 2 * G) return spec.recurrentOperand(model, fwd, i - G, k);
      return ONE;
    },
    transition(model, fwd, k, out) {
      if (!spec.transition?.(model, fwd, k, out)) transitionFromBackward(spec, model, fwd, k, out);
    },
    // No per-model bound like (γ·σ_max(W))^{t−k}: the gates' derivatives depend on the step.
    transitionBound: () => ({ gamma: NaN, sigma: NaN }),
    withRecurrentScale: (model, factor) => ({
      ...model,
      W: Object.fromEntries(
        gates.map((g) => [g, scale((model.W as Readonly<Record<string, Mat>>)[g], factor)]),
      ),
    }),
  };
}
