// @vitest-environment node
/**
 * Property tests of the Jacobians ∂s_j/∂s_{j−1} = diag(f′(z_j)) W, their products ∂s_t/∂s_k, the
 * σ_max norms and the bound (γ·σ_max(W))^{t−k}, on random models of every activation.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forward, jacobianNorms, jacobians } from '../../../src/model';
import { buildModel, maxAbsOf, mismatch, modelSpecArb, mul, sigmaMaxRef } from './helpers';

const RUNS = { numRuns: 60 };

describe('Jacobians', () => {
  it('one step: ∂s_t/∂s_{t−1} = diag(f′(z_t)) W; ∂s_t/∂s_t = I; products chain left to right', () => {
    fc.assert(
      fc.property(modelSpecArb(), fc.nat(), (spec, pick) => {
        const model = buildModel(spec);
        const fwd = forward(model);
        const t = pick % spec.T;
        const j = jacobians(model, fwd, t);
        const H = spec.H;
        const diagW = (step: number) => {
          const out = new Float64Array(H * H);
          for (let a = 0; a < H; a++)
            for (let b = 0; b < H; b++)
              out[a * H + b] = fwd.fprime.data[step * H + a] * model.W.data[a * H + b];
          return out;
        };
        for (let s = 0; s <= t; s++) expect(mismatch(j.step[s].data, diagW(s), 0)).toBeNull();
        const eye = new Float64Array(H * H);
        for (let a = 0; a < H; a++) eye[a * H + a] = 1;
        expect(Array.from(j.product[t].data)).toEqual(Array.from(eye));
        if (t >= 1) expect(mismatch(j.product[t - 1].data, diagW(t), 1e-15)).toBeNull();
        // ∂s_t/∂s_k = D_t W · D_{t−1} W ⋯ D_{k+1} W (the j = t factor leftmost)
        for (let k = t - 2; k >= 0; k--) {
          const expected = mul(j.product[k + 1], { rows: H, cols: H, data: diagW(k + 1) });
          const s = maxAbsOf(expected.data);
          expect(mismatch(j.product[k].data, expected.data, 1e-13, s)).toBeNull();
        }
      }),
      RUNS,
    );
  });

  it('the norms are σ_max, and the bound (γ·σ_max(W))^{t−k} holds', () => {
    fc.assert(
      fc.property(modelSpecArb({ T: [1, 8] }), (spec) => {
        const model = buildModel(spec);
        const t = spec.T - 1;
        const j = jacobians(model, forward(model), t);
        const sigmaW = sigmaMaxRef(model.W);
        expect(Math.abs(j.sigmaW - sigmaW)).toBeLessThanOrEqual(1e-10 * sigmaW);
        expect(j.gamma).toBe(spec.activation === 'sigmoid' ? 0.25 : 1);
        for (let k = 0; k <= t; k++) {
          const ref = sigmaMaxRef(j.product[k]);
          expect(Math.abs(j.productNorm[k] - ref)).toBeLessThanOrEqual(
            1e-10 * Math.max(ref, 1e-300),
          );
          const bound = Math.pow(j.gamma * sigmaW, t - k);
          expect(Math.abs(j.bound[k] - bound)).toBeLessThanOrEqual(1e-10 * bound);
          expect(j.productNorm[k]).toBeLessThanOrEqual(j.bound[k] * (1 + 1e-12));
        }
      }),
      RUNS,
    );
  });

  it('σ_max stays accurate for larger hidden sizes (where the core switches method)', () => {
    fc.assert(
      fc.property(modelSpecArb({ T: [2, 6], H: [6, 24], D: [1, 3], K: [2, 3] }), (spec) => {
        const model = buildModel(spec);
        const j = jacobians(model, forward(model), spec.T - 1);
        for (let k = 0; k < spec.T; k++) {
          const ref = sigmaMaxRef(j.product[k]);
          const err = Math.abs(j.productNorm[k] - ref) / Math.max(ref, 1e-300);
          expect(err, `k = ${k}: ${j.productNorm[k]} vs ${ref}`).toBeLessThanOrEqual(1e-9);
        }
      }),
      { numRuns: 15 },
    );
  });

  it('jacobianNorms (rolling buffers) gives exactly the norms of jacobians (kept matrices)', () => {
    fc.assert(
      fc.property(modelSpecArb({ T: [1, 7], H: [1, 12] }), fc.nat(), (spec, pick) => {
        const model = buildModel(spec);
        const fwd = forward(model);
        const t = pick % spec.T;
        const full = jacobians(model, fwd, t);
        const norms = jacobianNorms(model, fwd, t);
        expect(norms).not.toHaveProperty('product');
        expect(Array.from(norms.productNorm)).toEqual(Array.from(full.productNorm));
        expect(Array.from(norms.bound)).toEqual(Array.from(full.bound));
        expect(norms.sigmaW).toBe(full.sigmaW);
        expect(full.step).toHaveLength(t + 1);
        expect(full.product).toHaveLength(t + 1);
      }),
      RUNS,
    );
  });

  it('the norms are right for structured W too (identity, diagonal, permutation), where a warm start sits on a singular vector', () => {
    const H = 12;
    const T = 25;
    const base = buildModel({
      seed: 5,
      T,
      H,
      D: 5,
      K: 4,
      activation: 'tanh',
      inputs: 'real',
      randomInitialState: true,
      scale: 1,
    });
    const structured: Record<string, (i: number, j: number) => number> = {
      identity: (i, j) => (i === j ? 1.1 : 0),
      diagonal: (i, j) => (i === j ? 0.5 + 0.07 * i : 0),
      permutation: (i, j) => (j === (i + 1) % H ? 0.9 + 0.01 * i : 0),
    };
    for (const [name, w] of Object.entries(structured)) {
      const W = { rows: H, cols: H, data: new Float64Array(H * H) };
      for (let i = 0; i < H; i++) for (let j = 0; j < H; j++) W.data[i * H + j] = w(i, j);
      const model = { ...base, W };
      const fwd = forward(model);
      const norms = jacobianNorms(model, fwd, T - 1);
      const full = jacobians(model, fwd, T - 1);
      for (let k = 0; k < T; k++) {
        const ref = sigmaMaxRef(full.product[k]);
        const err = Math.abs(norms.productNorm[k] - ref) / Math.max(ref, 1e-300);
        expect(err, `${name}, k = ${k}`).toBeLessThan(1e-9);
      }
    }
  });
});
