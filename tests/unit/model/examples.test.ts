// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  charModel,
  createRng,
  defaultModel,
  randomModel,
  vocabularyOf,
  withSigmaW,
  withWeight,
} from '../../../src/model';
import { sigmaMaxRef } from './helpers';

describe('seeded examples', () => {
  it('the same seed gives the same numbers; another seed, others', () => {
    const a = createRng(42);
    const b = createRng(42);
    const xs = Array.from({ length: 100 }, () => a.next());
    expect(Array.from({ length: 100 }, () => b.next())).toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
    const opts = { T: 5, H: 4, D: 3, K: 2, randomInitialState: true };
    const m1 = randomModel({ seed: 7, ...opts });
    const m2 = randomModel({ seed: 7, ...opts });
    const m3 = randomModel({ seed: 8, ...opts });
    for (const p of ['U', 'W', 'V', 'inputs'] as const) {
      expect(Array.from(m2[p].data)).toEqual(Array.from(m1[p].data));
    }
    expect(Array.from(m2.initialState)).toEqual(Array.from(m1.initialState));
    expect(Array.from(m3.W.data)).not.toEqual(Array.from(m1.W.data));
  });

  it('the default example: "hell" → "ello" over h, e, l, o; H = 3, tanh, T = 4', () => {
    expect(vocabularyOf('hello')).toEqual(['h', 'e', 'l', 'o']);
    const m = defaultModel();
    expect(m.activation).toBe('tanh');
    expect([m.inputs.rows, m.U.cols, m.V.rows, m.W.rows]).toEqual([4, 4, 4, 3]);
    // one-hot rows: h, e, l, l
    const hot = Array.from({ length: 4 }, (_, t) =>
      Array.from(m.inputs.data.subarray(t * 4, t * 4 + 4)).indexOf(1),
    );
    expect(hot).toEqual([0, 1, 2, 2]);
    expect(m.targets).toEqual([1, 2, 2, 3]);
    expect(Array.from(m.initialState)).toEqual([0, 0, 0]);
    expect(m.truncate).toBeNull();
    expect(() => charModel('a', { seed: 1, H: 2 })).toThrow(RangeError);
  });

  it('withWeight changes one entry of a copy; withSigmaW sets σ_max(W)', () => {
    const m = defaultModel(3);
    const m2 = withWeight(m, 'W', 1, 2, 9.5);
    expect(m2.W.data[1 * 3 + 2]).toBe(9.5);
    expect(m.W.data[1 * 3 + 2]).not.toBe(9.5);
    expect(() => withWeight(m, 'V', 4, 0, 1)).toThrow(RangeError);
    const m3 = withSigmaW(m, 0.5);
    expect(Math.abs(sigmaMaxRef(m3.W) - 0.5)).toBeLessThan(1e-12);
  });
});
