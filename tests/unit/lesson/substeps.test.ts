// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { STEPS, stepIndexOf } from '../../../src/lesson/steps';
import { effectiveWindow, substepCount, variantAt } from '../../../src/lesson/substeps';
import { formulasAt } from '../../../src/lesson/tex';

const step = (id: string) => STEPS[stepIndexOf(id)];

describe('substepCount', () => {
  it('counts the sub-steps of every step for the slides’ example (T = 4, t★ = 3)', () => {
    expect(STEPS.map((s) => substepCount(s, { T: 4, t: 3 }))).toEqual([
      1, 4, 1, 2, 1, 1, 4, 5, 5, 3, 4, 2, 3, 3, 4, 3, 3, 5, 1,
    ]);
  });

  it('follows T for the forward sweep and t★ for the backward flow', () => {
    expect(substepCount(step('forward-pass'), { T: 16, t: 3 })).toBe(16);
    expect(substepCount(step('forward-pass'), { T: 1, t: 0 })).toBe(1);
    expect(substepCount(step('sum-over-k'), { T: 16, t: 9 })).toBe(11);
    expect(substepCount(step('sum-over-k'), { T: 1, t: 0 })).toBe(2);
    expect(substepCount({ substeps: 3 }, { T: 4, t: 3 })).toBe(3);
  });

  it('is at least 1 for every step and every (T, t★)', () => {
    for (const T of [1, 2, 4, 16, 64]) {
      for (let t = 0; t < T; t++) {
        for (const s of STEPS) expect(substepCount(s, { T, t })).toBeGreaterThanOrEqual(1);
      }
    }
  });
});

describe('formulas, variants and windows by sub-step', () => {
  it('reveals formulas from their sub-step on', () => {
    const ids = (sub: number) =>
      formulasAt(step('ideas'), { t: 3, T: 4, n: null, sub }).map((f) => f.id);
    expect(ids(0)).toEqual(['error-sum']);
    expect(ids(1)).toEqual(['error-sum', 'gradient-sum']);
    const k = (t: number, sub: number) =>
      formulasAt(step('sum-over-k'), { t, T: 8, n: null, sub }).map((f) => f.id);
    expect(k(5, 5)).not.toContain('sum-expanded');
    expect(k(5, 6)).toContain('sum-expanded');
  });

  it('picks step 10’s model variant by sub-step, and step 11’s demonstration window', () => {
    const d = step('vanishing-exploding');
    expect(variantAt(d, 0)?.gammaSigma).toBeNull();
    expect(variantAt(d, 1)?.gammaSigma).toBe(d.variants?.[1].gammaSigma);
    expect(variantAt(d, 7)?.gammaSigma).toBe(d.variants?.[2].gammaSigma);
    expect(variantAt(step('title'), 0)).toBeNull();
    expect(effectiveWindow(step('truncation'), null)).toBe(step('truncation').demoTruncate);
    expect(effectiveWindow(step('truncation'), 2)).toBe(2);
    expect(effectiveWindow(step('title'), null)).toBeNull();
  });
});
