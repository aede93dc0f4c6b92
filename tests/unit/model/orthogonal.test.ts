import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mat, orthogonalFactor, sigmaMax, type Mat } from '../../../src/model';

/** max |(QᵀQ − I)_ij|. */
function orthogonality(q: Mat): number {
  const n = q.rows;
  let worst = 0;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      let dot = 0;
      for (let r = 0; r < n; r++) dot += q.data[r * n + i] * q.data[r * n + j];
      worst = Math.max(worst, Math.abs(dot - (i === j ? 1 : 0)));
    }
  return worst;
}

describe('orthogonalFactor', () => {
  it('is orthogonal (every singular value 1) for random square matrices', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }).chain((n) =>
          fc.array(fc.double({ min: -10, max: 10, noNaN: true }), {
            minLength: n * n,
            maxLength: n * n,
          }),
        ),
        (values) => {
          const n = Math.round(Math.sqrt(values.length));
          const q = orthogonalFactor(mat(n, n, Float64Array.from(values)));
          expect(orthogonality(q)).toBeLessThan(1e-12);
          expect(sigmaMax(q)).toBeCloseTo(1, 10);
        },
      ),
    );
  });

  it('is the Q of QR: the first column keeps its direction', () => {
    const q = orthogonalFactor(mat(2, 2, Float64Array.from([3, 1, 4, 2])));
    expect(q.data[0]).toBeCloseTo(0.6, 14);
    expect(q.data[2]).toBeCloseTo(0.8, 14);
  });

  it('completes zero and rank-deficient matrices with basis vectors', () => {
    for (const data of [
      [0, 0, 0, 0, 0, 0, 0, 0, 0],
      [1, 2, 3, 2, 4, 6, 3, 6, 9],
    ]) {
      const q = orthogonalFactor(mat(3, 3, Float64Array.from(data)));
      expect(orthogonality(q)).toBeLessThan(1e-12);
    }
    expect(() => orthogonalFactor(mat(2, 3))).toThrow(RangeError);
  });
});
