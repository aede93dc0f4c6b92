/**
 * The lesson as data. A step is what one slide of the lecture shows; a sub-step is one visible
 * change inside it (one key press). The diagram reads a step's `focus` and never the step's id.
 */

import type { LessonKey, ViewsKey } from '../i18n/keys';

export type { Lang } from '../i18n/languages';

/** Elements of the unrolled diagram. Nodes: x_t, s_t (and s_{−1} as 's' at t = −1), ŷ_t, E_t.
 *  Edges: U (x_t → s_t), W (s_{t−1} → s_t), V (s_t → ŷ_t), and 'loss' (ŷ_t → E_t). */
export type ElementKind = 'x' | 's' | 'yhat' | 'E' | 'U' | 'W' | 'V' | 'loss';

/**
 * Which time steps an item covers, relative to the traced target t★ (3 on the slides) and the
 * current sub-step:
 * - 'all': every t; 'target': t★ only; 'beforeTarget': t < t★; 'upToTarget': t ≤ t★;
 * - 'window': the truncation window of t★, k ∈ [max(0, t★ − n), t★];
 * - 'revealed': the time steps the current sub-step has reached (forward sweep or backward flow).
 */
export type TimeSel = 'all' | 'target' | 'beforeTarget' | 'upToTarget' | 'window' | 'revealed';

export interface FocusItem {
  readonly kind: ElementKind;
  readonly at: TimeSel;
}

/**
 * How a step's sub-steps are counted:
 * - a number: that many sub-steps;
 * - 'forward': one per time step t = 0 … T−1 (the forward sweep reveals s_t, ŷ_t, E_t in turn);
 * - 'backward': one per k = t★ … 0 (the gradient flow reaches s_k in turn), plus one for the sum.
 */
export type SubstepRule = number | 'forward' | 'backward';

/** Which gradient flow the diagram animates. */
export type FlowKind =
  | 'none'
  /** E_t★ → ŷ_t★ → s_t★ only. */
  | 'toState'
  /** E_t★ → ŷ_t★ → s_t★ → s_{t★−1} → … → s_k, reaching one more s_k per sub-step. */
  | 'sumOverK'
  /** Every E_t sends its flow back (the whole gradient). */
  | 'allTargets';

export interface Focus {
  /** Elements emphasised; the rest of the diagram is dimmed (not hidden) when this is non-empty. */
  readonly emphasis: readonly FocusItem[];
  /** Elements marked as on the slide (the slide's red U and W in s_3 = f(U x_3 + W s_2)). */
  readonly mark?: readonly FocusItem[];
  /** Only the revealed part of the forward pass is drawn with values ('forward-pass': the unrolling). */
  readonly forwardSweep?: boolean;
  /** The shared U, W, V are drawn as one object each ('gradients-needed'). */
  readonly sharedWeights?: boolean;
  readonly flow: FlowKind;
  /** Show each k's chain-rule term with its value beside s_k. */
  readonly terms?: boolean;
  /** Show ∂s_t★/∂s_k (the Jacobian products) beside each s_k. */
  readonly jacobians?: boolean;
  /** Draw the truncation cut. */
  readonly cut?: boolean;
  /** Show the vanishing/exploding comparison (norms against the bound on a log scale). */
  readonly decay?: boolean;
  /**
   * The gated chapter's view instead of the unrolled vanilla network: the LSTM's or the GRU's
   * unrolled cell, or the three cells' gradients on one chart ('compare').
   */
  readonly cell?: 'lstm' | 'gru' | 'compare';
  /** The practice feature's view instead of the diagram: the cards, or the closing quiz. */
  readonly practice?: 'cards' | 'quiz';
}

/** A formula of a step: TeX with \htmlClass{term-…}{…} marking factors linked to the diagram. */
export interface StepFormula {
  readonly id: string;
  readonly tex: string;
  /** First sub-step (0-based) at which this formula is shown; 0 when absent. */
  readonly from?: number;
  /** A short caption under the formula (its key in the lesson's strings). */
  readonly caption?: LessonKey;
  /** The TeX for another target, length or window; `tex` is its value for the slides' context. */
  readonly texFor?: (ctx: LessonCtx) => string;
  /** `from` when it depends on the context (e.g. the last sub-step of a 'backward' step). */
  readonly fromFor?: (ctx: LessonCtx) => number;
}

export interface Step {
  /** Stable id used in URLs and tests, e.g. 'forward-pass'. */
  readonly id: string;
  /** The texts' keys in the lesson's strings (src/i18n/<lang>/lesson.ts), e.g. 'forward-pass.title'. */
  readonly title: LessonKey;
  /** One or two short paragraphs. */
  readonly body: LessonKey;
  /** Speaker notes for the presenter view and the handouts (loaded with those views' strings). */
  readonly notes: ViewsKey;
  readonly formulas: readonly StepFormula[];
  readonly substeps: SubstepRule;
  readonly focus: Focus;
  /** True for the steps that go past the lecture's slides. */
  readonly beyondSlides?: boolean;
  /** The first sub-step that goes past the slides, in a step that starts on them. */
  readonly beyondFrom?: number;
  /** Sub-step i shows variants[min(i, length − 1)] of the model ('vanishing-exploding'); absent: the model. */
  readonly variants?: readonly ModelVariant[];
  /** Numbers its texts quote beyond the common ones: clipping and initialisations, or the sweep. */
  readonly facts?: 'remedies' | 'sweep' | 'gated';
  /** The window n this step demonstrates when the model has none ('truncation': the cut). */
  readonly demoTruncate?: number;
}

/**
 * What a step's TeX and texts depend on: the traced target t★ (0 ≤ t < T), the sequence length
 * T, and the truncation window n (null for full BPTT).
 */
export interface LessonCtx {
  readonly t: number;
  readonly T: number;
  readonly n: number | null;
}

/** A variant of the current model that a sub-step shows ('vanishing-exploding': the small and large W). */
export interface ModelVariant {
  /**
   * W rescaled so that the bound's base γ·σ_max(W) is this (the core's withSigmaW with σ = this / γ):
   * below 1 the bound forces vanishing for every activation; null for the model as it is.
   */
  readonly gammaSigma: number | null;
  /** W replaced as an initialisation would make it ('remedies'): orthogonal (its QR's Q) or I. */
  readonly init?: 'orthogonal' | 'identity';
  readonly label: LessonKey;
}
