// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { STEPS } from '../../../src/lesson/steps';
import { SUB_IDS, subIdOf, subIndexOf } from '../../../src/lesson/subIds';
import { substepCount } from '../../../src/lesson/substeps';
import { LEGACY_STEPS } from '../../../src/url';

describe('sub-step ids', () => {
  it('name every sub-step of a fixed-count step, once', () => {
    for (const step of STEPS) {
      if (typeof step.substeps !== 'number') continue;
      const ids = SUB_IDS[step.id] ?? [];
      if (step.substeps > 1) expect(ids, step.id).toHaveLength(step.substeps);
      expect(new Set(ids).size, step.id).toBe(ids.length);
    }
    // No names for steps that do not exist.
    for (const id of Object.keys(SUB_IDS))
      expect(
        STEPS.some((s) => s.id === id),
        id,
      ).toBe(true);
  });

  it('round-trip for every step, sequence length and target', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 64 }), fc.nat(), (T, t0) => {
        const ctx = { T, t: t0 % T };
        for (const step of STEPS) {
          const n = substepCount(step, ctx);
          const seen = new Set<string | null>();
          for (let sub = 0; sub < n; sub++) {
            const id = subIdOf(step, sub, ctx);
            seen.add(id);
            expect(id === null ? 0 : subIndexOf(step, id, ctx)).toBe(sub);
          }
          expect(seen.size).toBe(n);
        }
      }),
    );
  });

  it('are what they show: the t reached, the k reached, the sum', () => {
    const forward = STEPS.find((s) => s.id === 'forward-pass')!;
    const sum = STEPS.find((s) => s.id === 'sum-over-k')!;
    const ctx = { T: 6, t: 4 };
    expect(subIdOf(forward, 2, ctx)).toBe('t-2');
    expect(subIdOf(sum, 0, ctx)).toBe('k-4');
    expect(subIdOf(sum, 4, ctx)).toBe('k-0');
    expect(subIdOf(sum, 5, ctx)).toBe('sum');
    // A link's t or k past a shorter model is clamped; unknown names are not found.
    expect(subIndexOf(forward, 't-9', ctx)).toBe(5);
    expect(subIndexOf(sum, 'k-9', ctx)).toBe(0);
    expect(subIndexOf(sum, 'bogus', ctx)).toBeNull();
    expect(subIndexOf(forward, 'k-1', ctx)).toBeNull();
  });
});

describe('the frozen table of old positions', () => {
  it('names steps and sub-steps that still exist, so old links still land', () => {
    expect(LEGACY_STEPS).toHaveLength(12);
    for (const old of LEGACY_STEPS) {
      const step = STEPS.find((s) => s.id === old.id);
      expect(step, old.id).toBeDefined();
      if (Array.isArray(old.subs)) {
        for (const id of old.subs) expect(SUB_IDS[old.id], old.id).toContain(id);
      } else {
        expect(step!.substeps).toBe(old.subs);
      }
    }
  });
});
