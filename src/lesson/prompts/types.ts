/**
 * Predictions as data: a prompt asks before a reveal. It sits at one position of the lesson (a
 * step and a sub-step), where it is asked and, once answered or skipped, revealed in place. Its
 * texts are keys of the practice strings (`prompt.<id>.…`); its correct answer is never written
 * down: it is computed from the model the step shows (answers.ts), and a prompt whose answer the
 * model does not decide is not asked.
 */
import type { LessonCtx } from '../types';

export type PromptId = 'smallest-term' | 'sigma-double' | 'draw-norms' | 'truncation-v' | 'c-vs-s';

/**
 * - 'choice': one of the diagram's nodes s_k (a k);
 * - 'draw': a curve over k = 0 … t★ on a log scale, with a lane for exact zeros;
 * - 'binary': one of two answers.
 */
export type PromptKind = 'choice' | 'draw' | 'binary';

/** What the view holds back while the prompt is open (the answer it would give away). */
export type Veil = 'terms' | 'decay' | 'gated';

export interface Prompt {
  readonly id: PromptId;
  readonly kind: PromptKind;
  /** The step's id. */
  readonly step: string;
  /** The sub-step where it is asked and revealed (a number, or from the context). */
  readonly sub: number | ((ctx: LessonCtx) => number);
  /** The sub-step from which the reveal's sentence is shown (default: `sub`). */
  readonly revealFrom?: (ctx: LessonCtx) => number;
  readonly veil?: Veil;
}

/** The two answers of a binary prompt, in the order offered. */
export const BINARY_OPTIONS = {
  'sigma-double': ['grow', 'shrink'],
  'truncation-v': ['yes', 'no'],
  'c-vs-s': ['c', 's'],
} as const;
export type BinaryPromptId = keyof typeof BINARY_OPTIONS;
export type BinaryOption = (typeof BINARY_OPTIONS)[BinaryPromptId][number];

/** A student's answer: a k, a drawn curve (k = 0 … t★; 0 is an exact zero), or an option. */
export type PromptResponse =
  | { readonly kind: 'choice'; readonly k: number }
  | { readonly kind: 'draw'; readonly values: readonly number[] }
  | { readonly kind: 'binary'; readonly option: BinaryOption };

/** Relative difference at or below which two compared quantities count as equal (undecided). */
export const AMBIGUOUS_REL = 1e-3;

/**
 * 'smallest-term': which k ≥ 1 (inside the truncation window) has the smallest term of
 * ∂E_t★/∂W, by Frobenius norm ‖δ_k s_{k−1}ᵀ‖_F = ‖δ_k‖‖s_{k−1}‖.
 */
export interface ChoiceTruth {
  readonly kind: 'choice';
  /** The ks offered: kMin' … t★ with kMin' = max(1, the window's first k), ascending. */
  readonly options: readonly number[];
  /** The k of the smallest term among the options. */
  readonly correct: number;
  /** k = 0 … t★: ‖k-th term of ∂E_t★/∂W‖_F (0 outside the window). */
  readonly norms: readonly number[];
  /** k = 0 … t★: ‖δ_k‖₂ and ‖s_{k−1}‖₂ (s_{−1} for k = 0), the term norm's two factors. */
  readonly deltaNorms: readonly number[];
  readonly prevNorms: readonly number[];
  /** The k = 0 term is exactly zero (s₋₁ = 0, inside the window). */
  readonly zeroAtStart: boolean;
  /** Which factor makes the smallest term small: the one further below its own median over the options. */
  readonly why: 'delta' | 'state';
}

/** 'draw-norms': ‖∂E_t★/∂s_k‖₂ for k = 0 … t★ as the (possibly truncated) sweep carries it. */
export interface DrawTruth {
  readonly kind: 'draw';
  /** k = 0 … t★; exactly 0 where the sweep carries nothing (outside the window, dead ReLU units). */
  readonly values: readonly number[];
  /** The window's first k (0 for full BPTT). */
  readonly kMin: number;
  /** γ·σ_max(W), the bound's base. */
  readonly gammaSigma: number;
  /** (‖∂E/∂s_kMin‖ / ‖∂E/∂s_t★‖)^(1/(t★ − kMin)): the mean factor per step back (NaN when undefined). */
  readonly perStep: number;
  /** Where a value is exactly 0 and why: 'window' (truncation) or 'dead' (f′ = 0 on every unit). */
  readonly zeros: readonly (null | 'window' | 'dead')[];
}

/** A two-way question, with the two numbers that decide it. */
export interface BinaryTruth {
  readonly kind: 'binary';
  readonly id: BinaryPromptId;
  readonly correct: BinaryOption;
  /**
   * The compared numbers: 'sigma-double' ‖∂E_t★/∂s₀‖ for W and for 2W; 'truncation-v'
   * ‖∂E/∂V‖_F for full BPTT and for n = 1 and the largest entry's change; 'c-vs-s' ‖∂E_t★/∂c₀‖
   * and ‖∂E_t★/∂s₀‖.
   */
  readonly a: number;
  readonly b: number;
  /** More numbers a reveal's sentence quotes, by name (see answers.ts for each prompt). */
  readonly facts: Readonly<Record<string, number>>;
}

export type Truth = ChoiceTruth | DrawTruth | BinaryTruth;
