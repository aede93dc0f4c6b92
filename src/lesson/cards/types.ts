/**
 * Practice cards on the live numbers: a card asks for ONE number that the student computes from
 * numbers shown on screen (its `given`), checks it with a stated tolerance (numbers.ts), names the
 * factor that was off when it is wrong (check.ts), and works the solution out with the live
 * numbers (solution.ts). Pure data; the UI writes the words (one string per HintId and language).
 *
 * Indices: steps (t, k, t★) are 0-based as everywhere in the lesson (t = 0 … T−1, s_{−1} the
 * initial state); units and classes (i, j) are 0-based in the data and written 1-based in TeX
 * (row i of W is W_{i+1,·}, as a matrix's entries are counted on screen): see texUnit.
 */
import type { Activation } from '../../model';

export type CardKind =
  'jacobian-entry' | 'delta-entry' | 'term-entry' | 'forward-state' | 'softmax';

/** The kinds in the order practiceCards gives one card of each. */
export const CARD_KINDS: readonly CardKind[] = [
  'jacobian-entry',
  'delta-entry',
  'term-entry',
  'forward-state',
  'softmax',
];

/**
 * What a given number is, for the card's formulas (its TeX name is in Given.tex):
 * - 'W', 'U', 'V': the weights;
 * - 'x': the input x_t of the forward step;
 * - 'sK': the state s_k whose f′ the entry needs (f′ is written through s: tanh′ = 1 − s²,
 *   σ′ = s(1 − s), relu′ = [s > 0]); in the term card, s_k shown beside s_{k−1};
 * - 'sPrev': s_{k−1} (s_{t−1} in the forward step; s_{−1} is the model's initial state);
 * - 'sNext': s_{k+1} (beside δ_{k+1} in the δ card);
 * - 'delta': δ_k; 'deltaNext': δ_{k+1};
 * - 'yhat': ŷ_t; 'y': the one-hot target y_t (the lesson's y_t, e_{y_t} in the core's notes);
 * - 'o': the logits o_t.
 */
export type GivenId =
  'W' | 'U' | 'V' | 'x' | 'sK' | 'sPrev' | 'sNext' | 'delta' | 'deltaNext' | 'yhat' | 'y' | 'o';

/** One named number, vector or matrix the card shows. */
export interface Given {
  readonly id: GivenId;
  /** Its TeX name with the step substituted: 'W', 's_{2}', 's_{-1}', '\\delta_{3}', '\\hat{y}_{1}'. */
  readonly tex: string;
  /** A vector is a column (rows = its length, cols = 1); a matrix is rows×cols. */
  readonly shape: 'vector' | 'matrix';
  readonly rows: number;
  readonly cols: number;
  /** The exact float64 values, row-major. */
  readonly values: readonly number[];
  /** What the UI shows: displayValue of each value (4 significant digits). */
  readonly shown: readonly number[];
  /** Row-major indices of the entries the answer uses (highlighted); empty for a 'context' given. */
  readonly used: readonly number[];
  /**
   * 'used': the answer needs it; 'context': shown beside the used ones (s_k beside s_{k−1}, …)
   * because a usual mistake takes it instead, so that the checker can recognise that mistake.
   */
  readonly role: 'used' | 'context';
}

/** The tolerance of one card's check (numbers.ts, TOLERANCE). */
export interface CardTolerance {
  /** Relative part: |v − answer| ≤ rel·|answer| passes (0.01: "within 1 %"). */
  readonly rel: number;
  /** Absolute part: |v − answer| ≤ abs passes (abs = TOLERANCE.ofScale · scale). */
  readonly abs: number;
  /** Σ |terms| of the answer written out as a sum of products (numbers.ts). */
  readonly scale: number;
  /** The allowed |v − answer|: max(rel·|answer|, abs). */
  readonly allowed: number;
}

export interface Card {
  readonly kind: CardKind;
  /** The target t★ the card was drawn for (δ and the terms are those of E_t★). */
  readonly tStar: number;
  /** k for the Jacobian, δ and term cards; t for the forward step and the softmax. */
  readonly step: number;
  /** The entry's row (unit, or class for the softmax), 0-based. */
  readonly i: number;
  /** The entry's column (unit j of W) for the Jacobian and term cards; else null. */
  readonly j: number | null;
  readonly activation: Activation;
  /** The asked entry in TeX, indices substituted: 's_{2,1}', '\\delta_{1,3}', … */
  readonly entryTex: string;
  readonly given: readonly Given[];
  /** The exact answer, from the model (the core's forward pass, δ, f′). */
  readonly answer: number;
  readonly tolerance: CardTolerance;
}

/**
 * Why a wrong answer is wrong: the factor that was off. The order is the checker's priority: when
 * a value fits several mistakes, the first in this list is named (a mistake that reads a specific
 * wrong number ranks above one that drops a factor, and a bare sign flip comes last).
 */
export type HintId =
  /** W_{ji} used for W_{ij}: a row of W where its column belongs (or V's row for its column, W's column in the forward step). */
  | 'transpose'
  /** f′ taken at the wrong step: f′(z_{k−1}) or f′(z_{k+1}) where f′(z_k) belongs. */
  | 'fprime-step'
  /** f′ of the wrong unit: f′(z_{k,j}) for f′(z_{k,i}), i.e. diag(f′) multiplied on the wrong side of W. */
  | 'fprime-unit'
  /** f(z) = s used where f′(z) belongs. */
  | 'f-for-fprime'
  /** s_k used where s_{k−1} belongs (the term δ_k s_{k−1}ᵀ). */
  | 'state-step'
  /** ŷ_t used where ŷ_t − y_t belongs: the 1 at the target class was not subtracted. */
  | 'missing-onehot'
  /** The forward step without its U x_t term. */
  | 'missing-input'
  /** The forward step without its W s_{t−1} term. */
  | 'missing-recurrent'
  /** The softmax without exp: o_{t,i} / Σ_j o_{t,j}. */
  | 'missing-exp'
  /** The softmax without its normalisation: exp(o_{t,i}) alone. */
  | 'missing-normalisation'
  /** The factor f′(z) left out. */
  | 'missing-fprime'
  /** The forward step without f: the answer z_{t,i} instead of s_{t,i} = f(z_{t,i}). */
  | 'missing-f'
  /** The right magnitude with the wrong sign. */
  | 'sign';

/** Every hint, in the checker's priority order (see HintId). */
export const HINT_IDS: readonly HintId[] = [
  'transpose',
  'fprime-step',
  'fprime-unit',
  'f-for-fprime',
  'state-step',
  'missing-onehot',
  'missing-input',
  'missing-recurrent',
  'missing-exp',
  'missing-normalisation',
  'missing-fprime',
  'missing-f',
  'sign',
];

export interface CheckResult {
  /** Within the card's tolerance of the answer. */
  readonly correct: boolean;
  /** When wrong: the mistake that explains the value (within the same tolerance), or null. */
  readonly hint: HintId | null;
}

/**
 * A piece of a solution line: TeX as is, or a number the UI writes per language (4 significant
 * digits; `paren`: put it in parentheses when negative, as a factor, a term after an operator or a
 * base of a power is).
 */
export type SolutionPart =
  | { readonly kind: 'tex'; readonly tex: string }
  | { readonly kind: 'num'; readonly value: number; readonly paren: boolean };

/**
 * One side of the worked solution's chain of equalities. cardSolution gives, in order:
 * - one 'formula' line: the entry's formula in symbols, indices substituted (no numbers);
 * - one or more 'numbers' lines: the same with the shown numbers, then (when the formula has more
 *   than one stage: a sum, an exp, f of a sum) the partly evaluated stages;
 * - one 'value' line: the answer (displayValue of card.answer).
 * The UI writes `entryTex = line₁ = line₂ = … = value`, concatenating each line's parts.
 */
export interface SolutionLine {
  readonly role: 'formula' | 'numbers' | 'value';
  readonly parts: readonly SolutionPart[];
}
