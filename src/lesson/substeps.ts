/**
 * Sub-steps: how many a step has, which time steps the current one has revealed, and which time
 * steps a focus item covers. Time steps are 0 … T−1; s_{−1} is never selected (it is the initial
 * state, drawn as context).
 */
import type { ElementKind, FocusItem, ModelVariant, Step, SubstepRule, TimeSel } from './types';

export interface SubCtx {
  /** Sequence length, T ≥ 1. */
  readonly T: number;
  /** The traced target t★, 0 ≤ t★ < T. */
  readonly t: number;
}

export interface SelCtx extends SubCtx {
  /** The truncation window n, or null for full BPTT. */
  readonly n: number | null;
  /** The current sub-step (0-based). */
  readonly sub: number;
  /** The step's sub-step rule: what 'revealed' means ('forward' or 'backward'); else all. */
  readonly rule?: SubstepRule;
}

function clampT(ctx: SubCtx): { T: number; t: number } {
  const T = Math.max(1, Math.floor(ctx.T));
  const t = Math.min(Math.max(Math.floor(ctx.t), 0), T - 1);
  return { T, t };
}

function range(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let i = lo; i <= hi; i++) out.push(i);
  return out;
}

/**
 * How many sub-steps a step has: a number as given; 'forward' one per time step (T);
 * 'backward' one per k = t★ … 0 plus one for the sum (t★ + 2).
 */
export function substepCount(step: Pick<Step, 'substeps'>, ctx: SubCtx): number {
  const { T, t } = clampT(ctx);
  const rule = step.substeps;
  if (rule === 'forward') return T;
  if (rule === 'backward') return t + 2;
  return Math.max(1, Math.floor(rule));
}

/** The forward sweep at sub-step `sub`: the time steps t ≤ sub (every one past the end). */
export function forwardRevealed(sub: number, T: number): number[] {
  return range(0, Math.min(Math.floor(sub), Math.max(1, Math.floor(T)) - 1));
}

/** The backward flow at sub-step `sub`: the k with t★ − sub ≤ k ≤ t★ it has reached. */
export function backwardReached(sub: number, t: number): number[] {
  return range(Math.max(0, t - Math.max(0, Math.floor(sub))), t);
}

/** The smallest k the backward flow has reached (t★ − sub, at least 0). */
export function flowReach(step: Pick<Step, 'substeps'>, ctx: SubCtx & { sub: number }): number {
  const { t } = clampT(ctx);
  if (step.substeps !== 'backward') return 0;
  return Math.max(0, t - Math.max(0, Math.floor(ctx.sub)));
}

/** True at the last sub-step of a 'backward' step, where the sum over k is shown. */
export function isSumShown(step: Pick<Step, 'substeps'>, ctx: SubCtx & { sub: number }): boolean {
  if (step.substeps !== 'backward') return false;
  return ctx.sub >= substepCount(step, ctx) - 1;
}

/** The time steps an item covers (ascending, inside 0 … T−1). */
export function resolveTimeSel(sel: TimeSel, ctx: SelCtx): number[] {
  const { T, t } = clampT(ctx);
  switch (sel) {
    case 'all':
      return range(0, T - 1);
    case 'target':
      return [t];
    case 'beforeTarget':
      return range(0, t - 1);
    case 'upToTarget':
      return range(0, t);
    case 'window':
      return range(ctx.n === null ? 0 : Math.max(0, t - Math.max(0, Math.floor(ctx.n))), t);
    case 'revealed':
      if (ctx.rule === 'forward') return forwardRevealed(ctx.sub, T);
      if (ctx.rule === 'backward') return backwardReached(ctx.sub, t);
      return range(0, T - 1);
  }
}

/** Focus items merged per element kind: each kind's covered time steps (ascending, unique). */
export function resolveItems(
  items: readonly FocusItem[],
  ctx: SelCtx,
): Partial<Record<ElementKind, readonly number[]>> {
  const sets = new Map<ElementKind, Set<number>>();
  for (const item of items) {
    const set = sets.get(item.kind) ?? new Set<number>();
    for (const time of resolveTimeSel(item.at, ctx)) set.add(time);
    sets.set(item.kind, set);
  }
  const out: Partial<Record<ElementKind, readonly number[]>> = {};
  for (const [kind, set] of sets) out[kind] = [...set].sort((a, b) => a - b);
  return out;
}

export interface ResolvedFocus {
  readonly emphasis: Partial<Record<ElementKind, readonly number[]>>;
  readonly mark: Partial<Record<ElementKind, readonly number[]>>;
}

/** A step's emphasis and marks resolved to time steps for the current sub-step. */
export function resolveFocus(step: Step, ctx: Omit<SelCtx, 'rule'>): ResolvedFocus {
  const c: SelCtx = { ...ctx, rule: step.substeps };
  return {
    emphasis: resolveItems(step.focus.emphasis, c),
    mark: resolveItems(step.focus.mark ?? [], c),
  };
}

/** The model variant a sub-step shows (step 10), or null for the model as it is. */
export function variantAt(step: Pick<Step, 'variants'>, sub: number): ModelVariant | null {
  const v = step.variants;
  if (!v || v.length === 0) return null;
  return v[Math.min(Math.max(0, Math.floor(sub)), v.length - 1)];
}

/** The truncation window a step uses: the model's, else the step's demonstration window. */
export function effectiveWindow(step: Pick<Step, 'demoTruncate'>, n: number | null): number | null {
  return n ?? step.demoTruncate ?? null;
}
