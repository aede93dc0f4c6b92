/**
 * The fragment's path and the lesson's position: `#/sum-over-k/k-1` names the step and sub-step
 * by id; the old `#/8/3`, `#3/1` and `#/<step-id>/1` name them by number, resolved through the
 * frozen table of the lesson as it was then (legacy.ts).
 */
import { subIdOf, subIndexOf } from '../lesson/subIds';
import type { Step } from '../lesson/types';
import { legacyStep, legacyStepById, legacySubId } from './legacy';
import type { PathPosition } from './schema';

export type StepLike = Pick<Step, 'id' | 'substeps'>;

/** A 0-based step and sub-step (the store's Position). */
export interface IndexPosition {
  readonly stepIndex: number;
  readonly sub: number;
}

/** What sub-step ids depend on: the sequence length T and the traced target t★. */
export interface PathCtx {
  readonly T: number;
  readonly target: number;
}

const START: IndexPosition = { stepIndex: 0, sub: 0 };
const DIGITS = /^\d{1,6}$/;

/**
 * The position a path names in the lesson `steps`, for the model's T and t★. An unknown step
 * gives the start; an unknown sub-step the step's first. Not clamped past the sub-steps' count
 * for numbers the store clamps anyway.
 */
export function resolvePosition(
  path: PathPosition | null,
  steps: readonly StepLike[],
  ctx: PathCtx,
): IndexPosition {
  if (!path) return START;
  const sub = { T: ctx.T, t: ctx.target };
  let id = path.step;
  let subId = path.sub;
  if (DIGITS.test(path.step)) {
    const old = legacyStep(Number(path.step));
    if (!old) return START;
    id = old.id;
    subId =
      subId !== null && DIGITS.test(subId) ? legacySubId(old, Number(subId), ctx.target) : subId;
  } else if (subId !== null && DIGITS.test(subId)) {
    // `#/<step-id>/1`: the sub-step as that step counted it then, when it existed then.
    const old = legacyStepById(id);
    if (old) subId = legacySubId(old, Number(subId), ctx.target);
  }
  const stepIndex = steps.findIndex((s) => s.id === id);
  if (stepIndex < 0) return START;
  const i = subId === null ? 0 : subIndexOf(steps[stepIndex], subId, sub);
  return { stepIndex, sub: i ?? 0 };
}

/** The path of a position: the step's id and, when it has several, the sub-step's. */
export function pathOf(pos: IndexPosition, steps: readonly StepLike[], ctx: PathCtx): PathPosition {
  const step = steps[Math.min(Math.max(0, pos.stepIndex), steps.length - 1)];
  if (!step) return { step: 'start', sub: null };
  return { step: step.id, sub: subIdOf(step, pos.sub, { T: ctx.T, t: ctx.target }) };
}
