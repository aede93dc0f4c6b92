/**
 * Stable ids of the sub-steps, for links (`#/ideas/gradient-sum`, `#/sum-over-k/k-1`): a link
 * names what a sub-step shows, not its position, so a sub-step inserted later breaks no link.
 *
 * - A step with a fixed count names its sub-steps here, keyed by the step's id (a step with one
 *   sub-step needs no name: its link is `#/<step-id>`).
 * - 'forward' steps: `t-0` … `t-<T−1>`, the time step the sweep has reached.
 * - 'backward' steps: `k-<t★>` … `k-0`, the state the gradient flow has reached, then `sum`.
 *
 * Kept apart from the step files so that the texts and the ids can change independently.
 */
import type { Step } from './types';
import type { SubCtx } from './substeps';
import { substepCount } from './substeps';

/** The named sub-steps of the fixed-count steps, in order. Ids may be added, never renamed. */
export const SUB_IDS: Readonly<Record<string, readonly string[]>> = {
  ideas: ['error-sum', 'gradient-sum'],
  'total-derivative': ['marked-state', 'total-derivative', 'expanded', 'weight-copies'],
  'vanishing-exploding': ['current-w', 'small-w', 'large-w'],
  remedies: ['clipping', 'orthogonal', 'identity', 'gating'],
  truncation: ['cut', 'compare'],
  'whole-gradient': ['grad-w', 'grad-u', 'grad-v'],
  'backward-sweep': ['delta', 'terms', 'recursion'],
  'lstm-cell': ['equations', 'blocks', 'direct-path', 'forget-bias'],
  'gru-cell': ['equations', 'step-jacobian', 'update-path'],
  'gated-compare': ['chart', 'presets', 'products'],
  practice: ['jacobian-entry', 'delta-entry', 'term-entry', 'forward-state', 'softmax'],
};

/** The id of the backward steps' last sub-step, where the sum over k is shown. */
export const SUM_ID = 'sum';

type StepLike = Pick<Step, 'id' | 'substeps'>;

const NUMBERED = /^([tk])-(\d{1,6})$/;

/**
 * The id of sub-step `sub` (0-based, clamped into range) of a step for the sequence length T and
 * the target t★; null for a step's only sub-step (its link names the step alone).
 */
export function subIdOf(step: StepLike, sub: number, ctx: SubCtx): string | null {
  const count = substepCount(step, ctx);
  if (count <= 1) return null;
  const i = Math.min(Math.max(0, Math.floor(sub) || 0), count - 1);
  if (step.substeps === 'forward') return `t-${i}`;
  if (step.substeps === 'backward') return i === count - 1 ? SUM_ID : `k-${count - 2 - i}`;
  return SUB_IDS[step.id]?.[i] ?? String(i);
}

/**
 * The 0-based sub-step an id names, or null when the step has no such sub-step. A `t-` or `k-`
 * beyond the current sequence or target is clamped (the link's model may be shorter); a bare
 * number is taken as a 0-based index.
 */
export function subIndexOf(step: StepLike, id: string, ctx: SubCtx): number | null {
  const count = substepCount(step, ctx);
  if (/^\d{1,6}$/.test(id)) return Math.min(Number(id), count - 1);
  const m = NUMBERED.exec(id);
  if (step.substeps === 'forward') {
    return m && m[1] === 't' ? Math.min(Number(m[2]), count - 1) : null;
  }
  if (step.substeps === 'backward') {
    if (id === SUM_ID) return count - 1;
    return m && m[1] === 'k' ? Math.max(0, count - 2 - Number(m[2])) : null;
  }
  const i = SUB_IDS[step.id]?.indexOf(id) ?? -1;
  return i >= 0 && i < count ? i : null;
}
