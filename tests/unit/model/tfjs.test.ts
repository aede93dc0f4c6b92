// @vitest-environment node
/**
 * Cross-check against an independent automatic-differentiation library: TensorFlow.js with its CPU
 * backend. It computes in float32, so agreement is to about 1e−4 of each gradient's scale.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { forward, fullGradients, targetTerms } from '../../../src/model';
import { buildModel, maxAbsOf, modelSpecArb } from './helpers';
import { createTfRnn, initTf, tfTargetTerms } from './tfjsRnn';

/**
 * Float32 against float64: 2e−4 of the pass's scale. A linear cell with doubled weights over a few
 * steps has been seen to round a term's entry to 1.1e−4 of the largest term (seed 1113573965).
 */
const TOL = 2e-4;

/**
 * |a − e| ≤ TOL·max(|e|, scale) entry by entry, scale = the largest |e| of the matrix, or `floor`
 * when larger: the scale of the whole backward pass the matrix came out of. Float32 rounding is
 * relative to the magnitudes the pass carries, so a gradient far smaller than its siblings (a
 * 1 × 1 ∂E/∂U of 4e−5 beside ∂E/∂V entries near 1) can differ by more than 1e−4 of itself.
 */
function expectClose(
  actual: ArrayLike<number>,
  expected: ArrayLike<number>,
  what: string,
  floor = 0,
): void {
  expect(actual.length, what).toBe(expected.length);
  const scale = Math.max(maxAbsOf(expected), floor, 1e-6);
  for (let i = 0; i < expected.length; i++) {
    const err = Math.abs(actual[i] - expected[i]);
    expect(err, `${what}[${i}]: tfjs ${actual[i]}, core ${expected[i]}`).toBeLessThanOrEqual(
      TOL * Math.max(Math.abs(expected[i]), scale),
    );
  }
}

function minAbsZ(z: Float64Array): number {
  return z.reduce((m, x) => Math.min(m, Math.abs(x)), Infinity);
}

beforeAll(initTf);

describe('TensorFlow.js autodiff (float32) agrees with the core (float64)', () => {
  it('loss and ∂E/∂U, ∂E/∂W, ∂E/∂V on random models of every activation', () => {
    fc.assert(
      fc.property(modelSpecArb({ T: [1, 8], H: [1, 6], D: [1, 5], K: [2, 5] }), (spec) => {
        const model = buildModel(spec);
        const fwd = forward(model);
        // float32 rounding must not move a relu pre-activation across the kink.
        if (spec.activation === 'relu') fc.pre(minAbsZ(fwd.z.data) > 1e-3);
        const g = fullGradients(model, fwd);
        const rnn = createTfRnn(model);
        try {
          const r = rnn.run();
          expect(Math.abs(r.loss - fwd.loss)).toBeLessThanOrEqual(TOL * Math.max(1, fwd.loss));
          const params = ['U', 'W', 'V'] as const;
          const floor = Math.max(...params.map((p) => maxAbsOf(g[p].data)));
          for (const p of params) expectClose(r[p], g[p].data, p, floor);
        } finally {
          rnn.dispose();
        }
      }),
      { numRuns: 30 },
    );
  });

  it("the slide's terms of one target (a copy of U, W per step, differentiated separately)", () => {
    fc.assert(
      fc.property(modelSpecArb({ T: [1, 6], H: [1, 4], D: [1, 4] }), fc.nat(), (spec, pick) => {
        const model = buildModel(spec);
        const fwd = forward(model);
        if (spec.activation === 'relu') fc.pre(minAbsZ(fwd.z.data) > 1e-3);
        const t = pick % spec.T;
        const core = targetTerms(model, fwd, t);
        const auto = tfTargetTerms(model, t);
        const floor = Math.max(...[...core.U, ...core.W].map((m) => maxAbsOf(m.data)));
        for (let k = 0; k <= t; k++) {
          expectClose(auto.U[k], core.U[k].data, `U term k = ${k} of E_${t}`, floor);
          expectClose(auto.W[k], core.W[k].data, `W term k = ${k} of E_${t}`, floor);
        }
      }),
      { numRuns: 20 },
    );
  });
});
