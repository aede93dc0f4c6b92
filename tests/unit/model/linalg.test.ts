// @vitest-environment node
/**
 * The core's fast kernels (register-blocked matrix product, four-row matrix–vector products, the
 * sparse outer-product update, warm-started Lanczos) against plain reference implementations, on
 * random shapes, including odd ones that exercise every remainder loop.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addOuterInto,
  mat,
  matMul,
  matTVec,
  matVec,
  norm2,
  sigmaMaxLanczos,
  spectralNorm,
  topSingular,
  type Mat,
} from '../../../src/model';
import { maxAbsOf, mismatch, mul, sigmaMaxRef, transposed } from './helpers';

const dim = fc.integer({ min: 1, max: 13 });
// Uniform entries in [−2, 2] (fc.double's bias towards the bounds makes near-equal top singular
// values common, where any Lanczos estimate is only as accurate as their gap).
const entry = fc.integer({ min: -1_000_000, max: 1_000_000 }).map((x) => x / 500_000);

function matArb(rows: number, cols: number, sparse = false): fc.Arbitrary<Mat> {
  const value = sparse ? fc.oneof(fc.constant(0), fc.constant(0), fc.constant(0), entry) : entry;
  return fc
    .array(value, { minLength: rows * cols, maxLength: rows * cols })
    .map((xs) => mat(rows, cols, Float64Array.from(xs)));
}

const shapes = fc.tuple(dim, dim, dim);

describe('linear-algebra kernels', () => {
  it('matMul equals the textbook triple loop for every shape', () => {
    fc.assert(
      fc.property(
        shapes.chain(([n, p, m]) => fc.tuple(matArb(n, p), matArb(p, m))),
        ([a, b]) => {
          const expected = mul(a, b);
          const got = matMul(a, b);
          expect([got.rows, got.cols]).toEqual([a.rows, b.cols]);
          expect(mismatch(got.data, expected.data, 1e-13, maxAbsOf(expected.data))).toBeNull();
        },
      ),
      { numRuns: 150 },
    );
  });

  it('matVec and matTVec equal products with a one-column matrix', () => {
    fc.assert(
      fc.property(
        fc
          .tuple(dim, dim)
          .chain(([n, m]) => fc.tuple(matArb(n, m), matArb(m, 1, true), matArb(n, 1, true))),
        ([a, v, u]) => {
          const av = mul(a, v).data;
          const atu = mul(transposed(a), u).data;
          expect(mismatch(matVec(a, v.data), av, 1e-13, maxAbsOf(av))).toBeNull();
          expect(mismatch(matTVec(a, u.data), atu, 1e-13, maxAbsOf(atu))).toBeNull();
        },
      ),
      { numRuns: 150 },
    );
  });

  it('addOuterInto adds u·vᵀ, dense or sparse v', () => {
    fc.assert(
      fc.property(
        fc
          .tuple(dim, dim)
          .chain(([n, m]) =>
            fc.tuple(matArb(n, m), matArb(n, 1, true), matArb(1, m, true), fc.boolean()),
          ),
        ([acc, u, v, dense]) => {
          const vv = dense ? v.data.map((x, j) => x + j + 1) : v.data;
          const expected = acc.data.slice();
          for (let i = 0; i < acc.rows; i++)
            for (let j = 0; j < acc.cols; j++) expected[i * acc.cols + j] += u.data[i] * vv[j];
          const got = mat(acc.rows, acc.cols, acc.data.slice());
          addOuterInto(got, u.data, vv);
          expect(mismatch(got.data, expected, 1e-15)).toBeNull();
        },
      ),
      { numRuns: 150 },
    );
  });

  it('Lanczos σ_max matches the Jacobi reference for tall, square and wide matrices', () => {
    fc.assert(
      fc.property(
        fc.tuple(dim, dim).chain(([n, m]) => matArb(n, m)),
        (a) => {
          const ref = sigmaMaxRef(a);
          const got = sigmaMaxLanczos(a);
          expect(Math.abs(got - ref)).toBeLessThanOrEqual(1e-10 * Math.max(ref, 1e-300));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('topSingular returns a unit right singular vector, and any warm start gives the same σ', () => {
    fc.assert(
      fc.property(
        dim.chain((n) => fc.tuple(matArb(n, n), matArb(n, 1))),
        ([a, start]) => {
          const ref = sigmaMaxRef(a);
          const cold = topSingular(a);
          const warm = topSingular(a, { start: start.data });
          for (const top of [cold, warm]) {
            expect(Math.abs(top.sigma - ref)).toBeLessThanOrEqual(1e-10 * Math.max(ref, 1e-300));
            if (ref > 1e-8) {
              expect(Math.abs(norm2(top.right) - 1)).toBeLessThan(1e-12);
              // ‖a·v‖ ≈ σ for the returned vector v
              expect(Math.abs(norm2(matVec(a, top.right)) - ref)).toBeLessThan(1e-6 * ref);
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a warm start at the top right singular vector converges to the same σ for huge and tiny scales', () => {
    const base = mat(3, 3, Float64Array.from([2, 1, 0, 0, 1, 0, 1, 0, 3]));
    const ref = sigmaMaxRef(base);
    for (const c of [1e-200, 1e-20, 1, 1e20, 1e200]) {
      const scaled = mat(
        3,
        3,
        base.data.map((x) => x * c),
      );
      const top = topSingular(scaled, { start: topSingular(base).right });
      expect(Math.abs(top.sigma / c - ref)).toBeLessThan(1e-12 * ref);
    }
  });

  it('a start vector on a lower singular vector, or in the null space, still gives σ_max', () => {
    const diag = mat(3, 3, Float64Array.from([1, 0, 0, 0, 2, 0, 0, 0, 3]));
    expect(topSingular(diag, { start: [1, 0, 0] }).sigma).toBeCloseTo(3, 12);
    const nil = mat(2, 2, Float64Array.from([0, 1, 0, 0]));
    expect(topSingular(nil, { start: [1, 0] }).sigma).toBeCloseTo(1, 12);
    // A row orthogonal to the generic start vector.
    const row = mat(1, 4, Float64Array.from([1, -1, 0, 0]));
    const g = [1, 1.618033988749895 % 1, (2 * 0.618033988749895) % 1, (3 * 0.618033988749895) % 1];
    const ortho = mat(1, 4, Float64Array.from([g[1] + 1, -g[0], 0, 0]));
    expect(topSingular(row).sigma).toBeCloseTo(Math.SQRT2, 12);
    expect(topSingular(ortho).sigma).toBeCloseTo(Math.hypot(g[1] + 1, g[0]), 12);
  });

  it('spectralNorm is σ_max on both sides of the size where the method changes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 13 }).chain((n) => matArb(n, n)),
        (a) => {
          const ref = sigmaMaxRef(a);
          expect(Math.abs(spectralNorm(a) - ref)).toBeLessThanOrEqual(
            1e-10 * Math.max(ref, 1e-300),
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it('spectralNorm remembers a matrix but not past a change of its entries or shape', () => {
    const a = mat(2, 2, Float64Array.from([3, 0, 0, 1]));
    expect(spectralNorm(a)).toBeCloseTo(3, 12);
    expect(spectralNorm(a)).toBeCloseTo(3, 12);
    a.data[3] = 5;
    expect(spectralNorm(a)).toBeCloseTo(5, 12);
    const wide = mat(1, 4, a.data);
    expect(spectralNorm(wide)).toBeCloseTo(Math.hypot(3, 5), 12);
    const big = mat(
      12,
      12,
      new Float64Array(144).map((_, i) => (i % 13 === 0 ? 2 : 0)),
    );
    expect(spectralNorm(big)).toBeCloseTo(2, 10);
    big.data[0] = -7;
    expect(spectralNorm(big)).toBeCloseTo(7, 10);
  });
});
