/**
 * The lesson as numeric links knew it. Until the ids, the hash held positions (`#/8/3`: the eighth
 * step, its fourth sub-step); those links are in slides and mails, so they are resolved through
 * this table of the lesson as it was then: frozen data, deliberately not derived from STEPS,
 * so that inserting or moving a step keeps every old link on the step it named.
 */

/** How a step's sub-steps were counted then: named ones, or one per t, or one per k plus the sum. */
export type LegacySubs = readonly string[] | 'forward' | 'backward';

export interface LegacyStep {
  readonly id: string;
  /** An empty list: the step had one sub-step. */
  readonly subs: LegacySubs;
}

/** The twelve steps in their order when positions were links (1-based in the hash). */
export const LEGACY_STEPS: readonly LegacyStep[] = Object.freeze([
  { id: 'title', subs: [] },
  { id: 'forward-pass', subs: 'forward' },
  { id: 'gradients-needed', subs: [] },
  { id: 'ideas', subs: ['error-sum', 'gradient-sum'] },
  { id: 'sum-over-t', subs: [] },
  { id: 'chain-rule', subs: [] },
  { id: 'total-derivative', subs: ['marked-state', 'total-derivative'] },
  { id: 'sum-over-k', subs: 'backward' },
  { id: 'jacobian', subs: 'backward' },
  { id: 'vanishing-exploding', subs: ['current-w', 'small-w', 'large-w'] },
  { id: 'truncation', subs: ['cut', 'compare'] },
  { id: 'whole-gradient', subs: ['grad-w', 'grad-u', 'grad-v'] },
]);

/** The old step at a 1-based position, or null past the end (then: the lesson's last step). */
export function legacyStep(position: number): LegacyStep | null {
  if (!Number.isInteger(position) || position < 1) return null;
  return LEGACY_STEPS[Math.min(position, LEGACY_STEPS.length) - 1];
}

export function legacyStepById(id: string): LegacyStep | null {
  return LEGACY_STEPS.find((s) => s.id === id) ?? null;
}

/**
 * The id of an old 0-based sub-step index, as that step counted then, for the target t★ (the
 * backward steps counted k = t★ … 0, then the sum). An index past the end gave the last
 * sub-step then, and gives its id now; null for a step that had one sub-step.
 */
export function legacySubId(step: LegacyStep, sub: number, target: number): string | null {
  const i = Math.max(0, Math.floor(sub));
  if (step.subs === 'forward') return `t-${i}`;
  if (step.subs === 'backward') {
    const t = Math.max(0, Math.floor(target));
    return i > t ? 'sum' : `k-${t - i}`;
  }
  if (step.subs.length === 0) return null;
  return step.subs[Math.min(i, step.subs.length - 1)];
}
