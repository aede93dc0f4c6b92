// @vitest-environment node
/**
 * The batched outer-product sums (linalg/outerBatch.ts) against the one-at-a-time updates they
 * replace: the same bits, into a zero matrix (the product) and into one that is not (the scalar
 * loop), with a batch that fills up and flushes itself, and sparse pairs.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { addOuterInto, fastPaths, mat, setWasmKernels } from '../../../src/model';
import { addMatMulInto, outerBatch } from '../../../src/model/linalg/outerBatch';

// The batches are one of the fast paths (accel.ts): wait until they are in.
beforeAll(() => fastPaths);

const pairs = fc
  .record({ rows: fc.integer({ min: 1, max: 9 }), cols: fc.integer({ min: 1, max: 9 }) })
  .chain(({ rows, cols }) =>
    fc.record({
      rows: fc.constant(rows),
      cols: fc.constant(cols),
      start: fc.array(fc.double({ min: -3, max: 3, noNaN: true }), {
        minLength: rows * cols,
        maxLength: rows * cols,
      }),
      zeroStart: fc.boolean(),
      capacity: fc.integer({ min: 1, max: 6 }),
      list: fc.array(
        fc.record({
          u: fc.array(fc.double({ min: -2, max: 2, noNaN: true }), {
            minLength: rows,
            maxLength: rows,
          }),
          v: fc.array(fc.oneof(fc.constant(0), fc.double({ min: -2, max: 2, noNaN: true })), {
            minLength: cols,
            maxLength: cols,
          }),
        }),
        { minLength: 0, maxLength: 12 },
      ),
    }),
  );

describe('outerBatch', () => {
  it('adds Σ u vᵀ with the bits of one rank-1 update after another', () => {
    fc.assert(
      fc.property(pairs, ({ rows, cols, start, zeroStart, capacity, list }) => {
        const init = zeroStart ? new Float64Array(rows * cols) : Float64Array.from(start);
        const seq = mat(rows, cols, init.slice());
        const bat = mat(rows, cols, init.slice());
        const batch = outerBatch(bat, capacity);
        for (const { u, v } of list) {
          addOuterInto(seq, u, v);
          batch.push(u, v);
        }
        batch.flush();
        // === (not Object.is): a skipped zero and an added one may differ in the sign of a zero.
        seq.data.forEach((x, i) => expect(bat.data[i] === x).toBe(true));
      }),
      { numRuns: 300 },
    );
  });

  it('addMatMulInto: a 64×64 product into zero and non-zero matrices, with and without the WebAssembly kernel', () => {
    const n = 64;
    const a = mat(n, n);
    const b = mat(n, n);
    a.data.forEach((_, i) => (a.data[i] = Math.sin(i)));
    b.data.forEach((_, i) => (b.data[i] = Math.cos(3 * i)));
    for (const [offset, wasm] of [
      [0, true],
      [0.5, true],
      [0.5, false],
    ] as const) {
      setWasmKernels(wasm);
      const acc = mat(n, n);
      acc.data.fill(offset);
      const ref = mat(n, n);
      ref.data.fill(offset);
      for (let k = 0; k < n; k++)
        addOuterInto(
          ref,
          Array.from({ length: n }, (_, i) => a.data[i * n + k]),
          b.data.subarray(k * n, (k + 1) * n),
        );
      addMatMulInto(acc, a, b);
      setWasmKernels(true);
      ref.data.forEach((x, i) => expect(acc.data[i] === x).toBe(true));
    }
  });
});
