// @vitest-environment node
/**
 * The gate matrices kept in WebAssembly memory for a pass (linalg/vectors.ts) against the scalar
 * loops they stand in for (bptt/gateKernels.ts): the same bits, for several sets of stacks used
 * in turn; and whole passes of every cell with and without the kernels.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  fastPaths,
  forward,
  gradients,
  jacobianNorms,
  mat,
  matTVec,
  randomModel,
  setWasmKernels,
  targetTerms,
  type Mat,
} from '../../../src/model';
import { addMatTVec, addMatVec } from '../../../src/model/bptt/gateKernels';
import { residentStacks } from '../../../src/model/linalg/vectors';
import { VECTORS_WASM } from '../../../src/model/linalg/wasm/vectors';
import { compileKernels, VECTORS_WAT_PATH } from '../../../scripts/wasm';

// The fast paths load as a chunk of their own (linalg/accel.ts): wait for them.
beforeAll(() => fastPaths);

afterEach(() => {
  setWasmKernels(true);
});

function filled(rows: number, cols: number, seed: number): Mat {
  return mat(
    rows,
    cols,
    Float64Array.from({ length: rows * cols }, (_, i) => Math.sin(seed + 1.7 * i) * 2),
  );
}

describe('resident stacks', () => {
  it('the embedded bytes are vectors.wat compiled (npm run build:wasm regenerates them)', async () => {
    expect(Array.from(await compileKernels(VECTORS_WAT_PATH))).toEqual(VECTORS_WASM);
  });

  it('the kernels’ tanh and exp are the engine’s Math.tanh and Math.exp, bit for bit', () => {
    const k = new WebAssembly.Instance(new WebAssembly.Module(Uint8Array.from(VECTORS_WASM)))
      .exports as unknown as { tanh(x: number): number; exp(x: number): number };
    // Each branch of fdlibm's tanh, expm1 and exp: tiny, the reductions' edges, k = ±1, k < 20
    // and above, overflow, underflow to subnormals and zero, and the non-finite.
    const xs = [
      0,
      -0,
      5e-324,
      1e-300,
      2 ** -28,
      2 ** -29,
      2 ** -54,
      0.17328679513998632,
      0.3465735902799726,
      0.34657359027997264,
      0.5198603854199589,
      1,
      1.0397207708399179,
      1.04,
      2,
      10,
      19.06,
      21.99,
      22,
      39.5,
      40,
      300,
      709.78,
      709.782712893384,
      709.79,
      720,
      745.1,
      745.2,
      1e308,
      Infinity,
      NaN,
    ].flatMap((x) => [x, -x]);
    let seed = 12345;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let i = 0; i < 200_000; i++) {
      const x = (next() < 0.5 ? -1 : 1) * 2 ** (next() * 40 - 30) * (1 + next());
      xs.push(x, -next() * 750);
    }
    const tanhOff = xs.filter((x) => !Object.is(k.tanh(x), Math.tanh(x)));
    const expOff = xs.filter((x) => !Object.is(k.exp(x), Math.exp(x)));
    expect({ tanhOff, expOff }).toEqual({ tanhOff: [], expOff: [] });
  });

  it('mulAdd, mulTAdd and mulT give the scalar loops’ bits, several sets used in turn', () => {
    const sets = [
      [[filled(24, 24, 1), filled(24, 24, 2)], [filled(24, 24, 3)]],
      [[filled(64, 24, 4), filled(8, 24, 5)]],
    ];
    const stacks = sets.map((groups) => residentStacks(groups));
    expect(stacks.every((s) => s !== null)).toBe(true);
    for (let round = 0; round < 3; round++)
      sets.forEach((groups, s) =>
        groups.forEach((Ws, g) => {
          const stack = stacks[s]![g];
          const v = Float64Array.from({ length: stack.cols }, (_, j) => Math.cos(round + j));
          const d = Float64Array.from({ length: stack.rows }, (_, i) => Math.sin(round - i));
          const start = Float64Array.from({ length: stack.rows }, (_, i) => i / 7 - round);
          const fast = start.slice();
          const slow = start.slice();
          stack.mulAdd(v, fast);
          for (let q = 0, at = 0; q < Ws.length; at += Ws[q].rows, q++)
            addMatVec(Ws[q], v, slow, at);
          expect(Array.from(fast)).toEqual(Array.from(slow));
          const fastT = Float64Array.from({ length: stack.cols }, (_, j) => j - round);
          const slowT = fastT.slice();
          stack.mulTAdd(d, fastT);
          for (let q = 0, at = 0; q < Ws.length; at += Ws[q].rows, q++)
            addMatTVec(Ws[q], d, slowT, at);
          expect(Array.from(fastT)).toEqual(Array.from(slowT));
          if (Ws.length === 1) {
            // matTVecInto's grouping, with a block of four zeros it skips.
            d.fill(0, 4, 8);
            const grouped = new Float64Array(stack.cols).fill(NaN);
            stack.mulT(d, grouped);
            expect(Array.from(grouped)).toEqual(Array.from(matTVec(Ws[0], d)));
          }
        }),
      );
  });

  it('every cell’s forward pass, gradients, terms and Jacobian norms are identical without the kernels', () => {
    for (const cell of ['rnn', 'gru', 'lstm'] as const)
      for (const H of [8, 16]) {
        const model = randomModel({ seed: H, T: 6, H, D: H, K: 8, cell, biases: 'random' });
        const run = () => {
          const f = forward(model);
          return {
            f,
            g: gradients(model, f),
            terms: targetTerms(model, f, 5),
            jac: jacobianNorms(model, f, 5),
          };
        };
        const fast = run();
        setWasmKernels(false);
        const slow = run();
        setWasmKernels(true);
        expect(Array.from(fast.f.s.data)).toEqual(Array.from(slow.f.s.data));
        expect(Array.from(fast.f.yhat.data)).toEqual(Array.from(slow.f.yhat.data));
        for (const [name, m] of Object.entries(fast.g))
          if ('data' in m)
            expect(Array.from((m as Mat).data)).toEqual(
              Array.from((slow.g as Record<string, Mat>)[name].data),
            );
        expect(Array.from(fast.terms.sumW.data)).toEqual(Array.from(slow.terms.sumW.data));
        expect(Array.from(fast.terms.shareW ?? [])).toEqual(Array.from(slow.terms.shareW ?? []));
        expect(Array.from(fast.jac.productNorm)).toEqual(Array.from(slow.jac.productNorm));
      }
  });
});
