// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultModel, randomModel } from '../../../src/model';
import { STEPS } from '../../../src/lesson/steps';
import { stepCounts } from '../../../src/store/counts';
import { formatHash, parseHash, parseLangParam } from '../../../src/store/url';

// The default model: T = 4, t★ = 3.
const here = { model: defaultModel(1), target: 3 };
const at = (stepIndex: number, sub: number) => ({ ...here, stepIndex, sub });

describe('hash codec', () => {
  it('writes the step and sub-step ids', () => {
    expect(formatHash(at(0, 0))).toBe('#/title');
    expect(formatHash(at(1, 2))).toBe('#/forward-pass/t-2');
    expect(formatHash(at(3, 1))).toBe('#/ideas/gradient-sum');
    expect(formatHash(at(7, 0))).toBe('#/sum-over-k/k-3');
    expect(formatHash(at(7, 3))).toBe('#/sum-over-k/k-0');
    expect(formatHash(at(7, 4))).toBe('#/sum-over-k/sum');
  });

  it('round-trips every position of every model length and target', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.nat(),
        fc.nat({ max: STEPS.length - 1 }),
        fc.nat(),
        (T, t0, stepIndex, s0) => {
          const target = t0 % T;
          const sub = s0 % stepCounts(T, target)[stepIndex];
          const s = { model: randomModel({ seed: 1, T, H: 1, D: 1, K: 1 }), target };
          expect(parseHash(formatHash({ ...s, stepIndex, sub }), s)).toEqual({ stepIndex, sub });
        },
      ),
    );
  });

  it('reads the short and the old numeric forms', () => {
    expect(parseHash('#/3', here)).toEqual({ stepIndex: 2, sub: 0 });
    expect(parseHash('#/3/', here)).toEqual({ stepIndex: 2, sub: 0 });
    expect(parseHash('#4/1', here)).toEqual({ stepIndex: 3, sub: 1 });
    // Numbers name the steps of the twelve-step lesson (legacy.ts), wherever they are now.
    expect(parseHash('/12/2', here)).toEqual({
      stepIndex: STEPS.findIndex((s) => s.id === 'whole-gradient'),
      sub: 2,
    });
    expect(parseHash('#/8/3', here)).toEqual({ stepIndex: 7, sub: 3 });
  });

  it('reads a step id in place of the number, and unknown ids give the start', () => {
    expect(parseHash('#/forward-pass/2', here)).toEqual({ stepIndex: 1, sub: 2 });
    expect(parseHash('#/unknown/2', here)).toEqual({ stepIndex: 0, sub: 0 });
  });

  it('resolves ids through the lesson it is given, not positions', () => {
    // A step inserted before the others moves every index; the link still names its step.
    const inserted = [{ id: 'new-intro', substeps: 2 as const }, ...STEPS];
    expect(parseHash('#/sum-over-k/k-1', here, inserted)).toEqual({ stepIndex: 8, sub: 2 });
    expect(parseHash('#/8/3', here, inserted)).toEqual({ stepIndex: 8, sub: 3 });
  });

  it('gives the start for garbage, never throwing', () => {
    const start = { stepIndex: 0, sub: 0 };
    for (const h of [
      '',
      '#',
      '#/',
      '#/abc',
      '#/0/1',
      '#/-2/1',
      '#/1.5/0',
      '#/%E0%A4%A',
      '#//3',
      '#/1e3/0',
    ]) {
      expect(parseHash(h, here)).toEqual(start);
    }
    expect(parseHash(undefined as unknown as string, here)).toEqual(start);
    fc.assert(
      fc.property(fc.string(), (h) => {
        const p = parseHash(h, here);
        expect(Number.isInteger(p.stepIndex) && p.stepIndex >= 0).toBe(true);
        expect(Number.isInteger(p.sub) && p.sub >= 0).toBe(true);
      }),
    );
  });

  it('keeps the step when only the sub-step is unreadable', () => {
    expect(parseHash('#/4/x', here)).toEqual({ stepIndex: 3, sub: 0 });
    expect(parseHash('#/4/-1', here)).toEqual({ stepIndex: 3, sub: 0 });
  });
});

describe('lang parameter', () => {
  it('reads ru and en, case-insensitively', () => {
    expect(parseLangParam('?lang=ru')).toBe('ru');
    expect(parseLangParam('?x=1&lang=EN')).toBe('en');
  });

  it('ignores anything else', () => {
    expect(parseLangParam('')).toBeNull();
    expect(parseLangParam('?lang=fr')).toBeNull();
    expect(parseLangParam('?lang=')).toBeNull();
    expect(parseLangParam('?%%%')).toBeNull();
  });
});
