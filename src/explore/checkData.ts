/**
 * Reading the gradient check: the bands of the relative error (cs231n's scale), the worst entry
 * of each parameter, the cost of running the check, and how far a truncated gradient is from the
 * true one.
 */
import {
  cellOf,
  dimsOf,
  fullGradients,
  gradients,
  isFullBptt,
  paramCount,
  paramNames,
  type Gradients,
  type ParamName,
  type ParamCheck,
  type AnyModel,
} from '../model';

export type CheckBand = 'good' | 'uncertain' | 'poor' | 'wrong';

/** < 1e−7 good, < 1e−4 uncertain, ≤ 1e−2 doubtful, > 1e−2 (or not a number) wrong. */
export function checkBand(relError: number): CheckBand {
  if (!(relError <= 1e-2)) return 'wrong';
  if (relError < 1e-7) return 'good';
  if (relError < 1e-4) return 'uncertain';
  return 'poor';
}

/** The entry with the largest relative error: its row, column and the two values. */
export function worstEntry(pc: ParamCheck): { i: number; j: number; a: number; n: number } {
  let best = 0;
  for (let k = 1; k < pc.relError.data.length; k++)
    if (!(pc.relError.data[k] <= pc.relError.data[best])) best = k;
  const cols = pc.relError.cols;
  return {
    i: Math.floor(best / cols),
    j: best % cols,
    a: pc.analytic.data[best],
    n: pc.numeric.data[best],
  };
}

/** How many weights the check perturbs. */
export function weightCount(model: AnyModel): number {
  return paramCount(model);
}

/**
 * Rough multiply-adds of the check: two forward passes per weight. A gated cell's step costs one
 * vanilla step per gate (each gate's W_gate s and U_gate x), the readout once.
 */
export function checkCost(model: AnyModel): number {
  const { T, H, D, K } = dimsOf(model);
  const gates = Math.max(1, cellOf(model).gates.length);
  return 2 * weightCount(model) * T * (gates * H * (H + Math.min(D, 1)) + H * K + K);
}

/** Up to this cost the check runs by itself on every change (a few milliseconds). */
export const AUTO_CHECK_COST = 4e6;

function diffNorm(a: Gradients, b: Gradients, keys: readonly ParamName[]) {
  let d = 0;
  let n = 0;
  for (const p of keys)
    for (let i = 0; i < a[p].data.length; i++) {
      d += (a[p].data[i] - b[p].data[i]) ** 2;
      n += b[p].data[i] ** 2;
    }
  return n === 0 ? (d === 0 ? 0 : Infinity) : Math.sqrt(d / n);
}

export interface TruncationGap {
  readonly n: number;
  /** False when the window keeps every term (n ≥ T − 1). */
  readonly cuts: boolean;
  /** ‖g̃ − g‖ / ‖g‖ over every parameter together. */
  readonly overall: number;
  /** The same for each of the cell's weights alone (V, the readout's, is never truncated). */
  readonly weights: Readonly<Record<ParamName, number>>;
}

/** How far the truncated gradient is from the full one, or null without truncation. */
export function truncationGap(model: AnyModel): TruncationGap | null {
  if (model.truncate === null) return null;
  const names = paramNames(model).filter((p) => p !== 'V');
  const cuts = !isFullBptt(model);
  const g = cuts ? gradients(model) : null;
  const full = cuts ? fullGradients(model) : null;
  const gap = (keys: readonly ParamName[]) => (g && full ? diffNorm(g, full, keys) : 0);
  return {
    n: model.truncate,
    cuts,
    overall: gap(paramNames(model)),
    weights: Object.fromEntries(names.map((p) => [p, gap([p])])),
  };
}
