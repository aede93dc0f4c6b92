/**
 * Types of the numeric core. Everything here is float64: plain numbers or Float64Array.
 *
 * Notation follows the lecture (and ../design/math.md; the gated cells: §8):
 *   z_t = U x_t + W s_{t−1},  s_t = f(z_t),  o_t = V s_t,  ŷ_t = softmax(o_t),
 *   E_t = −log ŷ_t[y_t],  E = Σ_t E_t,  t = 0 … T−1,  s_{−1} = initial state (zeros by default).
 */
import type { Mat } from '../linalg/mat';

export type Activation = 'tanh' | 'relu' | 'sigmoid' | 'linear';

export const ACTIVATIONS: readonly Activation[] = ['tanh', 'relu', 'sigmoid', 'linear'];

/**
 * A parameter's name: one of the cell's weights (cell.weights: the vanilla cell's U and W), or V,
 * the readout's. A model's own list is paramNames(model).
 */
export type ParamName = string;

/** A validated model of the vanilla cell: the same content as the model file, in numeric form. */
export interface RnnModel {
  /** The cell (the file's `cell`; absent means the lecture's vanilla cell). */
  readonly cell?: 'rnn';
  readonly activation: Activation;
  /** H×D input weights. */
  readonly U: Mat;
  /** H×H recurrent weights. */
  readonly W: Mat;
  /** K×H output weights. */
  readonly V: Mat;
  /** T×D: row t is x_t. */
  readonly inputs: Mat;
  /** y_0 … y_{T−1}, class indices in [0, K). */
  readonly targets: readonly number[];
  /** s_{−1}, length H (zeros when the file gives none). */
  readonly initialState: Float64Array;
  /** Truncated BPTT window n (k ∈ [max(0, t−n), t]); null means full BPTT. */
  readonly truncate: number | null;
}

/** The GRU's gates (math.md §8): update z, reset r, and the candidate h̃ (its weights U_h, W_h, b_h). */
export type GruGate = 'z' | 'r' | 'h';
/** The LSTM's gates, in PyTorch's order (math.md §8): input i, forget f, candidate g, output o. */
export type LstmGate = 'i' | 'f' | 'g' | 'o';

/**
 * What a gated cell's model holds besides the shared parts: per gate, U_gate (H×D, acting on x_t),
 * W_gate (H×H, acting on s_{t−1}) and the bias b_gate (an H×1 column; zeros when the file has none).
 */
export interface GatedWeights<G extends string> {
  readonly U: Readonly<Record<G, Mat>>;
  readonly W: Readonly<Record<G, Mat>>;
  readonly b: Readonly<Record<G, Mat>>;
}

/**
 * A validated GRU (math.md §8; the reset gate applied before W_h, as in Cho 2014):
 *   z_t = σ(U_z x_t + W_z s_{t−1} + b_z),  r_t = σ(U_r x_t + W_r s_{t−1} + b_r),
 *   h̃_t = tanh(U_h x_t + W_h (r_t ⊙ s_{t−1}) + b_h),  s_t = (1 − z_t) ⊙ h̃_t + z_t ⊙ s_{t−1}.
 */
export interface GruModel extends SharedParts, GatedWeights<GruGate> {
  readonly cell: 'gru';
}

/**
 * A validated LSTM (math.md §8; PyTorch's nn.LSTM with one bias per gate):
 *   i, f, o = σ(U x_t + W s_{t−1} + b) per gate,  g = tanh(U_g x_t + W_g s_{t−1} + b_g),
 *   c_t = f ⊙ c_{t−1} + i ⊙ g,  s_t = o ⊙ tanh(c_t).
 */
export interface LstmModel extends SharedParts, GatedWeights<LstmGate> {
  readonly cell: 'lstm';
  /** c_{−1}, length H (zeros when the file gives none). */
  readonly initialCell: Float64Array;
}

/** A model of a gated cell. */
export type GatedModel = GruModel | LstmModel;

/** A model of any cell the core knows (bptt/cells.ts): what the core's functions take. */
export type AnyModel = RnnModel | GruModel | LstmModel;

/**
 * The vanilla cell's model, as the lesson's steps about it show it. The app's current model is an
 * AnyModel (the store, links, files, the explore mode); for a gated one the lesson shows a vanilla
 * RNN on its sequence (store/selectors lessonModelOf). parseModel accepts only the vanilla cell
 * unless asked for more (the app asks for every cell).
 */
export type Model = RnnModel;

/** The sizes a model's matrices are made of. */
export type DimName = 'T' | 'H' | 'D' | 'K';

/** What every model holds whatever its cell: the readout, the sequence, s_{−1} and truncation. */
export interface SharedParts {
  readonly V: Mat;
  readonly inputs: Mat;
  readonly targets: readonly number[];
  readonly initialState: Float64Array;
  readonly truncate: number | null;
}

/** A model in parts, as the model file gives them: the shared ones and the cell's own. */
export interface ModelParts extends SharedParts {
  /** The cell's weights, in its `weights` order. */
  readonly weights: readonly Mat[];
  /** f, for a cell whose activation the file names (the vanilla cell); else null. */
  readonly activation: Activation | null;
  /** c_{−1} of the LSTM (zeros when absent); other cells have none. */
  readonly initialCell?: Float64Array;
}

/** Sizes of a model. */
export interface Dims {
  readonly T: number;
  readonly H: number;
  readonly D: number;
  readonly K: number;
}

/** The forward pass, every intermediate kept so the views can draw it. */
export interface Forward {
  readonly dims: Dims;
  /** T×H states s_t. */
  readonly s: Mat;
  /** T×C carried states c_t (the cell's carry width C; the same matrix as `s` when C = H). */
  readonly carry: Mat;
  /** The cell's per-step values by name (cell.cache), each T×H. */
  readonly cache: Readonly<Record<string, Mat>>;
  /** T×H pre-activations z_t (the vanilla cell's cache; absent for a gated cell: see `cache`). */
  readonly z: Mat;
  /** T×H activation derivatives f′(z_t) (relu′(0) = 0; the vanilla cell's cache; absent for a gated cell). */
  readonly fprime: Mat;
  /** T×K logits o_t = V s_t. */
  readonly o: Mat;
  /** T×K probabilities ŷ_t. */
  readonly yhat: Mat;
  /** E_0 … E_{T−1}. */
  readonly losses: Float64Array;
  /** E = Σ_t E_t. */
  readonly loss: number;
}

/** ∂E/∂p for every parameter p of the model (paramNames: the cell's weights, then V), each of its parameter's shape. */
export type Gradients = Readonly<Record<ParamName, Mat>>;

/** One cell weight's share of a target's decomposition (see TargetTerms). */
export interface WeightTerms {
  /** k = 0 … t: the δ_k of the pre-activation this weight feeds (length H), untruncated. */
  readonly delta: readonly Float64Array[];
  /** k = 0 … t: the k-th term δ_k a_kᵀ (zero for the steps truncation drops), made when first read. */
  readonly terms: readonly Mat[];
  /** k = 0 … t: ‖terms[k]‖_F = ‖δ_k‖₂‖a_k‖₂ (0 for the dropped steps), without making terms[k]. */
  readonly norm: Float64Array;
  /** Σ_k of the kept terms. */
  readonly sum: Mat;
}

/**
 * The slide's decomposition of one target's gradient:
 *   ∂E_t/∂p = Σ_{k=0}^{t} ∂E_t/∂ŷ_t · ∂ŷ_t/∂s_t · ∂s_t/∂s_k · ∂⁺s_k/∂p   for p ∈ {U, W}.
 */
export interface TargetTerms {
  /** The target step t. */
  readonly t: number;
  /** First k inside the truncation window: max(0, t − n), or 0 for full BPTT. */
  readonly kMin: number;
  /**
   * k = 0 … t: the W term's projection share of the kept terms' sum g = sumW,
   * ⟨W[k], g⟩_F / ‖g‖²_F (projectionShares): they add up to 1 over the kept terms and may be
   * negative or above 1; NaN for the dropped steps. Null when g = 0 (no share is defined).
   */
  readonly shareW: Float64Array | null;
  /** ŷ_t − y_t (length K) = (∂E_t/∂o_t)ᵀ. */
  readonly outputError: Float64Array;
  /** k = 0 … t: (∂E_t/∂s_k)ᵀ, the total derivative through every path (length H), untruncated. */
  readonly dEds: readonly Float64Array[];
  /**
   * k = 0 … t: (∂E_t/∂(carried state)_k)ᵀ beyond s_k, for a cell whose carry is wider than s (the
   * LSTM: (∂E_t/∂c_k)ᵀ, length H), untruncated; absent for the others.
   */
  readonly dEdc?: readonly Float64Array[];
  /** k = 0 … t: δ_k^{(t)} = (∂E_t/∂z_k)ᵀ (length H), untruncated. */
  readonly delta: readonly Float64Array[];
  /**
   * k = 0 … t: the k-th term for U (H×D); a zero matrix outside the truncation window (k < kMin).
   * Each is made when first read.
   */
  readonly U: readonly Mat[];
  /** k = 0 … t: the k-th term for W (H×H), likewise; made when first read. */
  readonly W: readonly Mat[];
  /** k = 0 … t: ‖U[k]‖_F = ‖δ_k‖₂‖x_k‖₂ (0 outside the window), without making U[k]. */
  readonly normU: Float64Array;
  /** k = 0 … t: ‖W[k]‖_F = ‖δ_k‖₂‖s_{k−1}‖₂ (0 outside the window), without making W[k]. */
  readonly normW: Float64Array;
  /** ∂E_t/∂V (K×H); no recursion, unaffected by truncation. */
  readonly V: Mat;
  /** Σ_k of the kept U terms. */
  readonly sumU: Mat;
  /** Σ_k of the kept W terms. */
  readonly sumW: Mat;
  /**
   * Every cell weight's terms, norms, sum and δ by the weight's name; U, W and their norms and sums
   * above are those of the cell's input and recurrent weights (cell.roles).
   */
  readonly weights: Readonly<Record<string, WeightTerms>>;
}

/** The norms of the recurrence's Jacobian products for one target t, and their bound. */
export interface JacobianNorms {
  readonly t: number;
  /** k = 0 … t: σ_max(∂s_t/∂s_k) (of the carried state's product: the LSTM's over (s, c), 2H×2H). */
  readonly productNorm: Float64Array;
  /** σ_max(W) (NaN for a gated cell: no such bound, nor γ; the bound is NaN too). */
  readonly sigmaW: number;
  /** γ = sup |f′| for the activation (tanh 1, relu 1, sigmoid 1/4, linear 1). */
  readonly gamma: number;
  /** k = 0 … t: the bound (γ·σ_max(W))^{t−k}. */
  readonly bound: Float64Array;
}

/** Jacobians of the recurrence for one target t: the norms, and the matrices themselves. */
export interface JacobianInfo extends JacobianNorms {
  /**
   * j = 0 … t: ∂c_j/∂c_{j−1} of the carried state, C×C: diag(f′(z_j)) W (H×H) for the vanilla cell,
   * ∂(s_j, c_j)/∂(s_{j−1}, c_{j−1}) (2H×2H) for the LSTM.
   */
  readonly step: readonly Mat[];
  /** k = 0 … t: ∂s_t/∂s_k = Π_{j=k+1..t} ∂s_j/∂s_{j−1} (identity for k = t). */
  readonly product: readonly Mat[];
}

/** One parameter's gradient check. */
export interface ParamCheck {
  readonly analytic: Mat;
  readonly numeric: Mat;
  /** |a − n| / max(|a|, |n|) per entry, 0 where both are 0. */
  readonly relError: Mat;
  readonly maxRelError: number;
}

export interface GradientCheck {
  readonly h: number;
  /** Every parameter's check, by name (paramNames). */
  readonly params: Readonly<Record<ParamName, ParamCheck>>;
  readonly maxRelError: number;
}
