/**
 * What a step lights up at a sub-step, in one place for the diagram and the term list alike: which
 * time steps are revealed, how far the gradient flow has reached, which terms of the sum over k
 * are shown (and the sum itself), which elements are emphasised (the rest dimmed) or marked.
 * Pure functions of (focus, sub-step, T, t★, window).
 *
 * "Revealed" is the diagram's: the forward sweep reveals s₋₁ and t = 0 … sub; a 'sumOverK' flow
 * reveals k = reach … t★; a 'toState' flow t★ alone; any other step everything.
 */
import { substepCount } from './substeps';
import { isTermClass, TERM_ELEMENT } from './terms';
import type { ElementKind, Focus, FocusItem, Step, TimeSel } from './types';

export interface FocusContext {
  readonly T: number;
  /** The traced target t★, clamped into [0, T − 1]. */
  readonly target: number;
  /** First k of t★'s truncation window (0 for full BPTT). */
  readonly kMin: number;
  /** Revealed time steps: lo … hi inclusive (see revealedRange). */
  readonly revealed: { readonly lo: number; readonly hi: number };
}

export interface ElementState {
  readonly emphasised: boolean;
  /** Dimmed: the focus emphasises something, and not this. */
  readonly dimmed: boolean;
  readonly marked: boolean;
}

export function clampTarget(target: number, T: number): number {
  if (!Number.isFinite(target)) return Math.max(0, T - 1);
  return Math.min(Math.max(0, Math.floor(target)), Math.max(0, T - 1));
}

/**
 * Whether a step's sub-steps walk its flow back one s_k each: a 'backward' step's do; others do
 * something else (the model variants of 'vanishing-exploding', the cut of 'truncation') and show their flow whole at once.
 */
export function isStepwise(step: Pick<Step, 'substeps'>): boolean {
  return step.substeps === 'backward';
}

/**
 * The deepest k the flow has reached at sub-step `sub`: a 'sumOverK' step's sub-step j reaches
 * s_{t★−j} and its last sub-step (the sum) keeps every k reached; 'toState' reaches s_t★ only,
 * 'allTargets' every s_k, 'none' nothing (t★ + 1). When the step's sub-steps do something else
 * (`stepwise` false, see isStepwise), a 'sumOverK' flow is whole at once.
 */
export function flowReach(focus: Focus, sub: number, target: number, stepwise = true): number {
  if (focus.flow === 'none') return target + 1;
  if (focus.flow === 'toState') return target;
  if (focus.flow === 'allTargets') return 0;
  if (!stepwise) return 0;
  const s = Number.isFinite(sub) ? Math.max(0, Math.floor(sub)) : 0;
  return Math.max(0, target - s);
}

/** Whether the flow has reached the state s_k, given its reach (see flowReach). */
export function isStateReached(focus: Focus, k: number, reach: number, target: number): boolean {
  return focus.flow !== 'none' && k >= reach && k <= target;
}

/**
 * Time steps revealed at this sub-step: the forward sweep reveals t = 0 … sub (s₋₁ always);
 * a 'sumOverK' flow reveals k = reach … t★; 'toState' reveals t★; otherwise everything.
 */
export function revealedRange(
  focus: Focus,
  sub: number,
  T: number,
  target: number,
  stepwise = true,
): { lo: number; hi: number } {
  if (focus.forwardSweep) {
    const s = Number.isFinite(sub) ? Math.max(0, Math.floor(sub)) : 0;
    return { lo: -1, hi: Math.min(T - 1, s) };
  }
  if (focus.flow === 'sumOverK') return { lo: flowReach(focus, sub, target, stepwise), hi: target };
  if (focus.flow === 'toState') return { lo: target, hi: target };
  return { lo: -1, hi: T - 1 };
}

/**
 * The k whose term of the sum over k is shown at this sub-step (ascending): those the backward
 * flow has reached on a 'sumOverK' step, every k = 0 … t★ on any other. The diagram's band and
 * the term list show the same rows.
 */
export function termsShown(focus: Focus, sub: number, target: number, stepwise = true): number[] {
  const lo = focus.flow === 'sumOverK' ? flowReach(focus, sub, target, stepwise) : 0;
  const out: number[] = [];
  for (let k = lo; k <= target; k++) out.push(k);
  return out;
}

/**
 * Whether the sum over k is shown: on a stepwise step, at its last sub-step (once the flow has
 * reached k = 0); on any other step at once.
 */
export function isSumShown(
  step: Pick<Step, 'substeps'>,
  ctx: { readonly T: number; readonly t: number; readonly sub: number },
): boolean {
  if (!isStepwise(step)) return true;
  return ctx.sub >= substepCount(step, ctx) - 1;
}

export function timeMatches(sel: TimeSel, t: number, ctx: FocusContext): boolean {
  switch (sel) {
    case 'all':
      return true;
    case 'target':
      return t === ctx.target;
    case 'beforeTarget':
      return t < ctx.target;
    case 'upToTarget':
      return t <= ctx.target;
    case 'window':
      return t >= ctx.kMin && t <= ctx.target;
    case 'revealed':
      return t >= ctx.revealed.lo && t <= ctx.revealed.hi;
  }
}

function anyMatch(
  items: readonly FocusItem[] | undefined,
  kind: ElementKind,
  t: number,
  ctx: FocusContext,
) {
  return !!items?.some((it) => it.kind === kind && timeMatches(it.at, t, ctx));
}

export function elementState(
  focus: Focus,
  kind: ElementKind,
  t: number,
  ctx: FocusContext,
): ElementState {
  const emphasised = anyMatch(focus.emphasis, kind, t, ctx);
  return {
    emphasised,
    dimmed: focus.emphasis.length > 0 && !emphasised,
    marked: anyMatch(focus.mark, kind, t, ctx),
  };
}

/** Whether the forward pass has computed time step t (values shown). */
export function isComputed(focus: Focus, t: number, ctx: FocusContext): boolean {
  return !focus.forwardSweep || t <= ctx.revealed.hi;
}

/**
 * Whether an element (its kind and its term-… classes) belongs to the factor under the pointer:
 * it carries the active class, or is the element that factor differentiates (∂s_t/∂s_k → the W
 * arrows, ∂⁺s_k/∂W → s_k).
 */
export function isActiveElement(
  active: string | null | undefined,
  kind: ElementKind,
  classes: string,
): boolean {
  if (!active) return false;
  if (classes.split(' ').includes(active)) return true;
  return isTermClass(active) && TERM_ELEMENT[active] === kind;
}
