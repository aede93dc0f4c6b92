/**
 * Which of the lesson's steps the explore view draws, and at which sub-step: the sum over k for
 * one E_t (its last sub-step, where every term and the sum are shown), the truncated sum when the
 * model has a window, or the whole gradient when E = Σ_t E_t is traced. The same diagram and the
 * same formulas as the lesson, for the current model.
 */
import { STEPS } from '../lesson/steps';
import { substepCount } from '../lesson/substeps';
import type { Step } from '../lesson/types';

function stepById(id: string): Step {
  const s = STEPS.find((q) => q.id === id);
  if (!s) throw new Error(`the lesson has no step "${id}"`);
  return s;
}

export const EXPLORE_STEPS = {
  one: stepById('sum-over-k'),
  truncated: stepById('truncation'),
  all: stepById('whole-gradient'),
} as const;

export interface ExploreStep {
  readonly step: Step;
  /** The step's last sub-step for this T and t: everything shown. */
  readonly sub: number;
}

export function exploreStep(opts: {
  readonly T: number;
  readonly t: number;
  readonly traceAll: boolean;
  readonly truncated: boolean;
}): ExploreStep {
  const step = opts.traceAll
    ? EXPLORE_STEPS.all
    : opts.truncated
      ? EXPLORE_STEPS.truncated
      : EXPLORE_STEPS.one;
  return { step, sub: substepCount(step, { T: opts.T, t: opts.t }) - 1 };
}
