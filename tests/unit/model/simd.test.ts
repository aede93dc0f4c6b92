// @vitest-environment node
/**
 * The WebAssembly SIMD matrix product: its embedded bytes are the compiled kernels.wat, it runs
 * under Node, and it gives exactly the bits of the scalar kernel, so turning it off changes no
 * number anywhere.
 */
import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  fastPaths,
  forward,
  jacobianNorms,
  jacobians,
  mat,
  matMul,
  randomModel,
  setWasmKernels,
  wasmKernelsActive,
} from '../../../src/model';
import { KERNELS_WASM } from '../../../src/model/linalg/wasm/kernels';
import { compileKernels } from '../../../scripts/wasm';

// The kernel's bytes come with the core's fast paths (src/model/accel.ts): wait for them.
beforeAll(() => fastPaths);

afterEach(() => {
  setWasmKernels(true);
});

function both<T>(f: () => T): [T, T] {
  setWasmKernels(true);
  const fast = f();
  setWasmKernels(false);
  const scalar = f();
  setWasmKernels(true);
  return [fast, scalar];
}

describe('WebAssembly kernel', () => {
  it('the embedded bytes are kernels.wat compiled (npm run build:wasm regenerates them)', async () => {
    expect(Array.from(await compileKernels())).toEqual(KERNELS_WASM);
  });

  it('runs here', () => {
    expect(wasmKernelsActive()).toBe(true);
    expect(setWasmKernels(false)).toBe(false);
    expect(setWasmKernels(true)).toBe(true);
  });

  it('matMul gives the same bits with and without it, for shapes that use it and shapes that do not', () => {
    const dim = fc.integer({ min: 1, max: 6 }).map((q) => 4 * q);
    const odd = fc.integer({ min: 1, max: 23 });
    fc.assert(
      fc.property(
        fc.tuple(fc.oneof(dim, odd), fc.oneof(dim, odd), fc.oneof(dim, odd), fc.integer()),
        ([n, p, m, seed]) => {
          let s = seed >>> 0 || 1;
          const next = () => {
            s = (s * 1103515245 + 12345) >>> 0;
            return (s / 2 ** 32 - 0.5) * 4;
          };
          const a = mat(n, p, Float64Array.from({ length: n * p }, next));
          const b = mat(p, m, Float64Array.from({ length: p * m }, next));
          const [fast, scalar] = both(() => matMul(a, b));
          expect(Array.from(fast.data)).toEqual(Array.from(scalar.data));
        },
      ),
      { numRuns: 120 },
    );
  });

  it('a 64×64 model’s Jacobian products and norms are identical either way', () => {
    const model = randomModel({ seed: 3, T: 12, H: 64, D: 5, K: 5, activation: 'tanh' });
    const fwd = forward(model);
    const [fast, scalar] = both(() => jacobians(model, fwd, 11));
    for (let k = 0; k <= 11; k++)
      expect(Array.from(fast.product[k].data)).toEqual(Array.from(scalar.product[k].data));
    const [n1, n2] = both(() => jacobianNorms(model, fwd, 11));
    expect(Array.from(n1.productNorm)).toEqual(Array.from(n2.productNorm));
  });
});
