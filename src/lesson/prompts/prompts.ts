/**
 * The lesson's predictions, in the order the lesson meets them. Each is asked at its position and
 * revealed there once answered or skipped; its texts are the practice strings `prompt.<id>.…`.
 */
import type { LessonCtx } from '../types';
import type { Prompt, PromptId } from './types';

/** The window's first k for the context (0 for full BPTT). */
const kMinOf = (ctx: LessonCtx): number => (ctx.n === null ? 0 : Math.max(0, ctx.t - ctx.n));

export const PROMPTS: readonly Prompt[] = [
  {
    // Asked before the backward flow reaches any s_k; judged once it has reached every option.
    id: 'smallest-term',
    kind: 'choice',
    step: 'sum-over-k',
    sub: 0,
    revealFrom: (ctx) => Math.max(0, ctx.t - Math.max(1, kMinOf(ctx))),
    veil: 'terms',
  },
  {
    // After the product of Jacobians is written out: what doubling σ_max(W) does to it.
    id: 'sigma-double',
    kind: 'binary',
    step: 'jacobian',
    sub: (ctx) => ctx.t + 1,
  },
  {
    // Before the chart of ‖∂E_t★/∂s_k‖ is shown.
    id: 'draw-norms',
    kind: 'draw',
    step: 'vanishing-exploding',
    sub: 0,
    veil: 'decay',
  },
  { id: 'truncation-v', kind: 'binary', step: 'truncation', sub: 0 },
  { id: 'c-vs-s', kind: 'binary', step: 'lstm-cell', sub: 0, veil: 'gated' },
];

export function promptById(id: PromptId): Prompt {
  const p = PROMPTS.find((q) => q.id === id);
  if (!p) throw new RangeError(`no prompt ${id}`);
  return p;
}

/** The sub-step where a prompt is asked, for the context. */
export function promptSub(prompt: Prompt, ctx: LessonCtx): number {
  return typeof prompt.sub === 'number' ? prompt.sub : prompt.sub(ctx);
}

/** The sub-step from which its reveal's sentence shows. */
export function revealSub(prompt: Prompt, ctx: LessonCtx): number {
  return Math.max(promptSub(prompt, ctx), prompt.revealFrom?.(ctx) ?? 0);
}

/** The prompt asked at this position, if any. */
export function promptAt(stepId: string, sub: number, ctx: LessonCtx): Prompt | null {
  return PROMPTS.find((p) => p.step === stepId && promptSub(p, ctx) === sub) ?? null;
}

/** The prompt of this step whose reveal shows at this sub-step (its own position or later). */
export function revealedIn(stepId: string, sub: number, ctx: LessonCtx): Prompt | null {
  return PROMPTS.find((p) => p.step === stepId && sub >= promptSub(p, ctx)) ?? null;
}
