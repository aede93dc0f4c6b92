/**
 * Sub-steps: how many a step has, which model variant and which truncation window a sub-step
 * shows. What a sub-step lights up in the diagram and the term list is in ./focus.
 */
import type { ModelVariant, Step } from './types';

export interface SubCtx {
  /** Sequence length, T ≥ 1. */
  readonly T: number;
  /** The traced target t★, 0 ≤ t★ < T. */
  readonly t: number;
}

/**
 * How many sub-steps a step has: a number as given; 'forward' one per time step (T);
 * 'backward' one per k = t★ … 0 plus one for the sum (t★ + 2).
 */
export function substepCount(step: Pick<Step, 'substeps'>, ctx: SubCtx): number {
  const T = Math.max(1, Math.floor(ctx.T));
  const t = Math.min(Math.max(Math.floor(ctx.t), 0), T - 1);
  const rule = step.substeps;
  if (rule === 'forward') return T;
  if (rule === 'backward') return t + 2;
  return Math.max(1, Math.floor(rule));
}

/** The model variant a sub-step shows ('vanishing-exploding'), or null for the model as it is. */
export function variantAt(step: Pick<Step, 'variants'>, sub: number): ModelVariant | null {
  const v = step.variants;
  if (!v || v.length === 0) return null;
  return v[Math.min(Math.max(0, Math.floor(sub)), v.length - 1)];
}

/** The truncation window a step uses: the model's, else the step's demonstration window. */
export function effectiveWindow(step: Pick<Step, 'demoTruncate'>, n: number | null): number | null {
  return n ?? step.demoTruncate ?? null;
}
