/**
 * A recurrent cell: what the forward pass, the one backward sweep (sweep.ts), the Jacobians and the
 * views may ask of it. The vanilla cell of the lecture (rnn.ts) is one implementation; a gated cell
 * is another file beside it and a name in `cellOf`.
 *
 * Every cell shares the readout: o_t = V s_t, ŷ_t = softmax(o_t), E_t = −log ŷ_t[y_t]. What
 * differs is the step s_{t−1} → s_t. Its words:
 * - the carried state c_t is what step t hands to step t + 1 (s_t for the vanilla cell; a gated
 *   cell may carry more, an LSTM (s_t, c_t)); its first H entries are s_t;
 * - each weight matrix M of the cell is used once per step, as M·a_k with an operand a_k (x_k for
 *   U, s_{k−1} for W); so its gradient through step k alone (the slide's k-th term, the weight-copy
 *   definition) is δ_k a_kᵀ, with δ_k the gradient at the pre-activation M·a_k feeds.
 */
import type { Mat } from '../linalg/mat';
import type { DimName, Forward, AnyModel, ModelParts } from './types';

/** The names of the cells the core knows. */
export type CellKind = 'rnn' | 'gru' | 'lstm';

/**
 * Where a weight lives in the model and results files: a top-level key (the vanilla `U`), or a
 * gate inside one (a gated cell's weight `U.z` is `"U": {"z": …}`). A weight's name is its path
 * joined by a dot.
 */
export function weightPath(name: string): readonly [key: string, gate: string | null] {
  const dot = name.indexOf('.');
  return dot < 0 ? [name, null] : [name.slice(0, dot), name.slice(dot + 1)];
}

/**
 * The local backward step of step k: given g = (∂E/∂c_k)ᵀ (carry width), returns each weight's
 * δ_k (in `weights` order; two weights may share one array) and writes (∂E/∂c_{k−1})ᵀ through
 * step k into `gPrev` when it is given. The arrays returned are reused by the next call.
 */
export type BackwardStep = (
  k: number,
  g: Float64Array,
  gPrev: Float64Array | null,
) => readonly Float64Array[];

/** A forward step bound to a model (Cell.forwardPass): forwardStep's arguments after the model. */
export type ForwardStep = (
  x: Float64Array,
  prev: Float64Array,
  carry: Float64Array,
  cache: readonly Float64Array[],
  nz: Int32Array,
) => void;

/** The factors of the bound ‖∂s_t/∂s_k‖₂ ≤ (γ·σ)^{t−k}, when the cell has one. */
export interface TransitionBound {
  readonly gamma: number;
  readonly sigma: number;
}

/** The readout's results a forward pass fills: o_t, ŷ_t and E_t for every t. */
export interface Readout {
  readonly o: Mat;
  readonly yhat: Mat;
  readonly losses: Float64Array;
}

export interface Cell<M extends AnyModel = AnyModel> {
  readonly kind: CellKind;
  /** The cell's weight matrices by name, in a fixed order (V, the readout's, is not among them). */
  readonly weights: readonly string[];
  /**
   * The weights the lesson's views speak of as U (acting on x_t) and W (acting on s_{t−1}): the
   * term list, the share of each k, the slide's ∂E/∂W (TargetTerms' U and W). The vanilla cell's
   * own U and W; a gated cell names the gate the lesson traces.
   */
  readonly roles: { readonly input: string; readonly recurrent: string };
  /** The per-step values the forward pass keeps for the backward step, each a T×H matrix. */
  readonly cache: readonly string[];
  /**
   * Each weight's shape in the model's sizes, in `weights` order (the vanilla U is H×D, W H×H; a
   * bias is H×1, a vector in the files). The model file and the results file hold each weight at
   * its path (weightPath).
   */
  readonly shapes: readonly (readonly [DimName, DimName | 1])[];
  /** The gates, in the files' order (none for the vanilla cell). */
  readonly gates: readonly string[];
  /**
   * The model file's keys of this cell besides those every model has (V, inputs, targets,
   * initialState, truncate, cell): required, then optional.
   */
  readonly fileKeys: { readonly required: readonly string[]; readonly optional: readonly string[] };
  /**
   * The cache (a gate, T×H) whose product Π_j diag(·) is the state's direct path through the
   * steps (the LSTM's forget gate f on c, the GRU's update gate z on s); null when there is none.
   */
  readonly directGate: string | null;
  /** What each weight is, for the model file's messages (English), in `weights` order. */
  readonly descriptions: readonly string[];
  /** Whether the model file names the activation f (the vanilla cell; gated cells fix theirs). */
  readonly hasActivation: boolean;
  /** The model from its parts (checked by the parser: shapes agree, f given when it is named). */
  fromParts(parts: ModelParts): M;
  /** Entries of the carried state for H hidden units. */
  carryWidth(H: number): number;
  /** Weight i of the model (in `weights` order). */
  weight(model: M, i: number): Mat;
  /** The same model with its weights replaced (in `weights` order). */
  withWeights(model: M, weights: readonly Mat[]): M;
  /** The carried state before step 0. */
  initialCarry(model: M): Float64Array;
  /**
   * One forward step: reads x_t and c_{t−1}, writes c_t into `carry` and step t's cached values
   * into the rows `cache` (in `cache` order). `nz` is scratch of D entries for the non-zero inputs.
   */
  forwardStep(
    model: M,
    x: Float64Array,
    prev: Float64Array,
    carry: Float64Array,
    cache: readonly Float64Array[],
    nz: Int32Array,
  ): void;
  /**
   * The forward step bound to one pass, with work of its own (the gated cells keep their gates'
   * stacked W for the pass, gateKernels.ts); absent: forwardStep with the model.
   */
  forwardPass?(model: M): ForwardStep;
  /**
   * Every forward step of a pass at once, t = 0 … T − 1: the carried states into the rows of
   * `carry` (T×C) and the cached values into the rows of `cache` (in `cache` order), without a
   * view per row (absent: forwardPass's step, row by row; both give the same numbers). It may
   * also compute the readout, the rows of `readout` as forward.ts would, and then returns E.
   */
  forwardAll?(
    model: M,
    carry: Mat,
    cache: readonly Mat[],
    nz: Int32Array,
    readout?: Readout,
  ): number | void;
  /** A backward step bound to one forward pass, with its own work arrays. */
  backwardStep(model: M, fwd: Forward): BackwardStep;
  /** The operand a_k of weight i at step k (its k-th term is δ_k a_kᵀ). A view: do not write. */
  operand(model: M, fwd: Forward, i: number, k: number): Float64Array;
  /**
   * Whether the carry beyond s_k (the LSTM's c_k) enters the next step entry by entry: column
   * H + m of ∂c_k/∂c_{k−1} is zero but in rows m and H + m (no peepholes: c_k = f ⊙ c_{k−1} + …,
   * s_k = o ⊙ tanh c_k). The Jacobian products then skip those columns' zeros. Absent: false.
   */
  readonly elementwiseCarry?: boolean;
  /**
   * The transition as diag(scale)·matrix, when it is one (the vanilla cell's diag(f′(z_k)) W):
   * the Jacobian products then take it in one kernel call (products.ts matMulScaledInto), with
   * the numbers `transition` gives. Absent: `transition`.
   */
  transitionFactors?(model: M, fwd: Forward, k: number): { scale: Float64Array; matrix: Mat };
  /** The state-transition Jacobian ∂c_k/∂c_{k−1} (carry width squared), written into `out`. */
  transition(model: M, fwd: Forward, k: number, out: Float64Array): void;
  /**
   * γ and σ of the bound on the transition products (σ = σ_max(W) for the vanilla cell); NaN for
   * a cell without such a bound (the gated ones).
   */
  transitionBound(model: M): TransitionBound;
  /**
   * The model with its recurrent weights (those acting on the previous state) multiplied by
   * `factor`: what the lesson's small- and large-W variants change.
   */
  withRecurrentScale(model: M, factor: number): M;
}
