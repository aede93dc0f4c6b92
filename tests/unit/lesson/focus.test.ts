// @vitest-environment node
/**
 * What a step lights up at a sub-step (src/lesson/focus), the one source the diagram and the term
 * list read: revealed time steps, the flow's reach, the terms and the sum shown, element states.
 */
import { describe, expect, it } from 'vitest';
import { STEPS, stepIndexOf } from '../../../src/lesson/steps';
import {
  elementState,
  flowReach,
  isComputed,
  isStateReached,
  isStepwise,
  isSumShown,
  revealedRange,
  termsShown,
  timeMatches,
  type FocusContext,
} from '../../../src/lesson/focus';
import type { ElementKind, Focus, Step, TimeSel } from '../../../src/lesson/types';

const step = (id: string) => STEPS[stepIndexOf(id)];
const sumOverK: Focus = { emphasis: [], flow: 'sumOverK' };

/** The context the diagram builds for a step at a sub-step (see computeScene). */
function ctxOf(s: Step, sub: number, T: number, target: number, kMin = 0): FocusContext {
  return { T, target, kMin, revealed: revealedRange(s.focus, sub, T, target, isStepwise(s)) };
}

/** The time steps (s₋₁ included) where a step emphasises, or marks, an element kind. */
function lit(s: Step, kind: ElementKind, ctx: FocusContext, how: 'emphasised' | 'marked') {
  const out: number[] = [];
  for (let t = -1; t < ctx.T; t++) if (elementState(s.focus, kind, t, ctx)[how]) out.push(t);
  return out;
}

describe('focus resolution', () => {
  const ctx: FocusContext = { T: 6, target: 3, kMin: 1, revealed: { lo: 2, hi: 3 } };

  it('selects the time steps of each TimeSel', () => {
    const pick = (sel: Parameters<typeof timeMatches>[0]) =>
      [-1, 0, 1, 2, 3, 4, 5].filter((t) => timeMatches(sel, t, ctx));
    expect(pick('all')).toEqual([-1, 0, 1, 2, 3, 4, 5]);
    expect(pick('target')).toEqual([3]);
    expect(pick('beforeTarget')).toEqual([-1, 0, 1, 2]);
    expect(pick('upToTarget')).toEqual([-1, 0, 1, 2, 3]);
    expect(pick('window')).toEqual([1, 2, 3]);
    expect(pick('revealed')).toEqual([2, 3]);
  });

  it('dims only when something is emphasised, and marks independently', () => {
    const none = elementState({ emphasis: [], flow: 'none' }, 's', 2, ctx);
    expect(none).toEqual({ emphasised: false, dimmed: false, marked: false });
    const f: Focus = {
      emphasis: [{ kind: 'E', at: 'all' }],
      mark: [{ kind: 'W', at: 'target' }],
      flow: 'none',
    };
    expect(elementState(f, 'E', 0, ctx)).toEqual({
      emphasised: true,
      dimmed: false,
      marked: false,
    });
    expect(elementState(f, 'W', 3, ctx)).toEqual({ emphasised: false, dimmed: true, marked: true });
  });

  it('reveals the forward sweep left to right and the backward flow right to left', () => {
    expect(revealedRange({ emphasis: [], flow: 'none', forwardSweep: true }, 2, 4, 3)).toEqual({
      lo: -1,
      hi: 2,
    });
    expect(revealedRange(sumOverK, 0, 4, 3)).toEqual({ lo: 3, hi: 3 });
    expect(revealedRange(sumOverK, 2, 4, 3)).toEqual({ lo: 1, hi: 3 });
    expect(revealedRange(sumOverK, 9, 4, 3)).toEqual({ lo: 0, hi: 3 });
    expect(flowReach({ emphasis: [], flow: 'toState' }, 5, 3)).toBe(3);
    expect(flowReach({ emphasis: [], flow: 'none' }, 0, 3)).toBe(4);
  });
});

describe('a step’s sub-steps', () => {
  it('the forward sweep reveals s₋₁ and t ≤ sub, with values computed that far', () => {
    const fp = step('forward-pass');
    expect(isStepwise(fp)).toBe(false);
    expect(ctxOf(fp, 0, 4, 3).revealed).toEqual({ lo: -1, hi: 0 });
    expect(ctxOf(fp, 2, 4, 3).revealed).toEqual({ lo: -1, hi: 2 });
    expect(ctxOf(fp, 9, 4, 3).revealed).toEqual({ lo: -1, hi: 3 });
    const ctx = ctxOf(fp, 1, 4, 3);
    expect([-1, 0, 1, 2, 3].filter((t) => isComputed(fp.focus, t, ctx))).toEqual([-1, 0, 1]);
    expect(lit(fp, 's', ctx, 'emphasised')).toEqual([-1, 0, 1]);
  });

  it('the backward flow shows the terms k ≥ t★ − sub, down to 0; the last sub-step the sum', () => {
    const s8 = step('sum-over-k');
    expect(isStepwise(s8)).toBe(true);
    const shown = (sub: number) => termsShown(s8.focus, sub, 3, isStepwise(s8));
    expect(shown(0)).toEqual([3]);
    expect(shown(1)).toEqual([2, 3]);
    expect(shown(3)).toEqual([0, 1, 2, 3]);
    expect(shown(4)).toEqual([0, 1, 2, 3]);
    expect(flowReach(s8.focus, 1, 3, isStepwise(s8))).toBe(2);
    expect([0, 1, 2, 3, 4].filter((k) => isStateReached(s8.focus, k, 2, 3))).toEqual([2, 3]);
    expect(isStateReached(step('ideas').focus, 3, 0, 3)).toBe(false);
    expect(isSumShown(s8, { T: 4, t: 3, sub: 3 })).toBe(false);
    expect(isSumShown(s8, { T: 4, t: 3, sub: 4 })).toBe(true);
  });

  it('a step whose sub-steps do something else shows every term and the sum at once', () => {
    for (const id of ['vanishing-exploding', 'truncation']) {
      const s = step(id);
      expect(isStepwise(s)).toBe(false);
      expect(termsShown(s.focus, 0, 3, isStepwise(s))).toEqual([0, 1, 2, 3]);
      expect(isSumShown(s, { T: 4, t: 3, sub: 0 })).toBe(true);
    }
  });

  it('reveals by the step: the sweep, the flow, or everything', () => {
    const at = (id: string) => {
      const ctx = ctxOf(step(id), 1, 6, 3);
      return [0, 1, 2, 3, 4, 5].filter((t) => timeMatches('revealed', t, ctx));
    };
    expect(at('forward-pass')).toEqual([0, 1]);
    expect(at('sum-over-k')).toEqual([2, 3]);
    expect(at('ideas')).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('handles t★ = 0 and T = 1', () => {
    const ctx = ctxOf(step('sum-over-k'), 0, 1, 0);
    const pick = (sel: TimeSel) => [0].filter((t) => timeMatches(sel, t, ctx));
    expect(pick('beforeTarget')).toEqual([]);
    expect(pick('upToTarget')).toEqual([0]);
    expect(pick('revealed')).toEqual([0]);
  });

  it('resolves a step’s emphasis and marks per element kind', () => {
    const s8 = step('sum-over-k');
    const ctx = ctxOf(s8, 2, 4, 3);
    expect(lit(s8, 'E', ctx, 'emphasised')).toEqual([3]);
    expect(lit(s8, 's', ctx, 'emphasised')).toEqual([1, 2, 3]);
    expect(lit(s8, 'x', ctx, 'emphasised')).toEqual([]);
    const td = step('total-derivative');
    const c = ctxOf(td, 0, 4, 3);
    expect(lit(td, 'U', c, 'marked')).toEqual([3]);
    expect(lit(td, 'W', c, 'marked')).toEqual([3]);
  });
});
