// @vitest-environment node
/**
 * Property tests on random models of every activation, with zero and random initial states.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACTIVATIONS,
  forward,
  fullGradients,
  gradientCheck,
  gradients,
  jacobians,
  lossOf,
  randomModel,
  stateGradients,
  targetTerms,
  truncatedGradients,
  type Mat,
  type RnnModel,
} from '../../../src/model';
import { buildModel, maxAbsOf, mismatch, modelSpecArb, mul } from './helpers';

const RUNS = { numRuns: 60 };
/** The vanilla cell's parameters. */
const PARAMS = ['U', 'W', 'V'] as const;
type VanillaParam = (typeof PARAMS)[number];

/** Centred differences (E(θ + h) − E(θ − h)) / 2h of the full loss, entry by entry. */
function numericGradient(model: RnnModel, p: VanillaParam, h = 1e-5): Float64Array {
  const data = model[p].data.slice();
  const probe: RnnModel = { ...model, [p]: { ...model[p], data } };
  const out = new Float64Array(data.length);
  for (let i = 0; i < data.length; i++) {
    const x = data[i];
    data[i] = x + h;
    const plus = lossOf(probe);
    data[i] = x - h;
    const minus = lossOf(probe);
    data[i] = x;
    out[i] = (plus - minus) / (2 * h);
  }
  return out;
}

/** Smallest |z| over the forward pass: relu is differentiable only away from z = 0. */
function minAbsZ(model: RnnModel): number {
  let m = Infinity;
  for (const z of forward(model).z.data) m = Math.min(m, Math.abs(z));
  return m;
}

function sumMats(ms: readonly Mat[]): Float64Array {
  const out = new Float64Array(ms[0].data.length);
  for (const m of ms) for (let i = 0; i < out.length; i++) out[i] += m.data[i];
  return out;
}

describe('analytic gradients vs centred differences (h = 1e−5)', () => {
  it('relative error < 1e−6 on every entry of U, W, V, for every activation', () => {
    fc.assert(
      fc.property(modelSpecArb(), (spec) => {
        const model = buildModel(spec);
        // Away from relu's kink: a perturbation of 1e−5 must not flip the sign of any z.
        if (spec.activation === 'relu') fc.pre(minAbsZ(model) > 1e-3);
        const g = fullGradients(model);
        for (const p of PARAMS) {
          const n = numericGradient(model, p);
          const a = g[p].data;
          for (let i = 0; i < a.length; i++) {
            const big = Math.max(Math.abs(a[i]), Math.abs(n[i]));
            // Relative error < 1e−6; below 1e−3 the finite difference's own round-off
            // (≈ 1e−16·E/h) dominates, so tiny entries are held to an absolute 1e−9 instead.
            const rel = big === 0 ? 0 : Math.abs(a[i] - n[i]) / Math.max(big, 1e-3);
            expect(rel, `${p}[${i}]: analytic ${a[i]}, numeric ${n[i]}`).toBeLessThan(1e-6);
          }
        }
      }),
      RUNS,
    );
  });

  it('gradientCheck reports the same numbers and the cs231n relative error', () => {
    fc.assert(
      fc.property(
        modelSpecArb({ T: [1, 4], H: [1, 3] }),
        fc.integer({ min: 0, max: 3 }),
        (spec, n) => {
          // A truncated model: the check must still compare against the full gradient.
          const model = buildModel(spec, n);
          const check = gradientCheck(model);
          const full = fullGradients(model);
          let worst = 0;
          for (const p of PARAMS) {
            const c = check.params[p];
            expect(mismatch(c.analytic.data, full[p].data, 0)).toBeNull();
            expect(mismatch(c.numeric.data, numericGradient(model, p), 1e-12)).toBeNull();
            let maxRel = 0;
            for (let i = 0; i < c.analytic.data.length; i++) {
              const a = c.analytic.data[i];
              const num = c.numeric.data[i];
              const big = Math.max(Math.abs(a), Math.abs(num));
              const rel = big === 0 ? 0 : Math.abs(a - num) / big;
              expect(c.relError.data[i]).toBe(rel);
              maxRel = Math.max(maxRel, rel);
            }
            expect(c.maxRelError).toBe(maxRel);
            worst = Math.max(worst, maxRel);
          }
          expect(check.maxRelError).toBe(worst);
          expect(check.h).toBe(1e-5);
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe("the slide's terms", () => {
  it('sum to the gradients (1e−12), with or without truncation', () => {
    const truncArb = fc.option(fc.integer({ min: 0, max: 7 }), { nil: null });
    fc.assert(
      fc.property(modelSpecArb(), truncArb, (spec, n) => {
        const model = buildModel(spec, n);
        const fwd = forward(model);
        const g = gradients(model, fwd);
        const all = Array.from({ length: spec.T }, (_, t) => targetTerms(model, fwd, t));
        const scaleOf = (m: Mat) => maxAbsOf(m.data);
        for (const tt of all) {
          const kMin = n === null ? 0 : Math.max(0, tt.t - n);
          expect(tt.kMin).toBe(kMin);
          expect(tt.U).toHaveLength(tt.t + 1);
          for (let k = 0; k < kMin; k++) {
            expect(maxAbsOf(tt.U[k].data)).toBe(0);
            expect(maxAbsOf(tt.W[k].data)).toBe(0);
          }
          expect(mismatch(sumMats(tt.U), tt.sumU.data, 1e-12)).toBeNull();
          expect(mismatch(sumMats(tt.W), tt.sumW.data, 1e-12)).toBeNull();
        }
        expect(mismatch(sumMats(all.map((x) => x.sumU)), g.U.data, 1e-12, scaleOf(g.U))).toBeNull();
        expect(mismatch(sumMats(all.map((x) => x.sumW)), g.W.data, 1e-12, scaleOf(g.W))).toBeNull();
        expect(mismatch(sumMats(all.map((x) => x.V)), g.V.data, 1e-12, scaleOf(g.V))).toBeNull();
      }),
      RUNS,
    );
  });

  it('are the product of the slide’s factors: (ŷ_t − y_t)ᵀ V · ∂s_t/∂s_k · ∂⁺s_k/∂p', () => {
    fc.assert(
      fc.property(modelSpecArb(), fc.nat(), (spec, pick) => {
        const model = buildModel(spec);
        const fwd = forward(model);
        const t = pick % spec.T;
        const tt = targetTerms(model, fwd, t);
        const jac = jacobians(model, fwd, t);
        const { H, D } = fwd.dims;
        // (∂E_t/∂s_t) as a 1×H row: (ŷ_t − y_t)ᵀ V
        const e: Mat = { rows: 1, cols: model.V.rows, data: tt.outputError };
        const dEdst = mul(e, model.V);
        for (let k = 0; k <= t; k++) {
          // ∂E_t/∂s_k = ∂E_t/∂s_t · ∂s_t/∂s_k, then δ_k^{(t)} = f′(z_k) ⊙ (∂E_t/∂s_k)ᵀ
          const dEdsk = mul(dEdst, jac.product[k]).data;
          expect(mismatch(tt.dEds[k], dEdsk, 1e-12)).toBeNull();
          const fk = fwd.fprime.data.subarray(k * H, (k + 1) * H);
          const delta = dEdsk.map((v, i) => v * fk[i]);
          expect(mismatch(tt.delta[k], delta, 1e-12)).toBeNull();
          // ∂⁺s_k/∂W_ab = f′(z_k)_a s_{k−1,b} e_a, so the term is δ_k s_{k−1}ᵀ (and δ_k x_kᵀ for U).
          const sPrev = k === 0 ? model.initialState : fwd.s.data.subarray((k - 1) * H, k * H);
          const x = model.inputs.data.subarray(k * D, (k + 1) * D);
          const termW = new Float64Array(H * H);
          const termU = new Float64Array(H * D);
          for (let a = 0; a < H; a++) {
            for (let b = 0; b < H; b++) termW[a * H + b] = delta[a] * sPrev[b];
            for (let b = 0; b < D; b++) termU[a * D + b] = delta[a] * x[b];
          }
          expect(mismatch(tt.W[k].data, termW, 1e-12)).toBeNull();
          expect(mismatch(tt.U[k].data, termU, 1e-12)).toBeNull();
          // The norms come without the matrices, and equal theirs (terms outside a window are 0).
          expect(tt.W[k]).toBe(tt.W[k]);
          const fro = (m: Mat) => Math.hypot(...m.data);
          expect(Math.abs(tt.normW[k] - fro(tt.W[k]))).toBeLessThanOrEqual(1e-13 * fro(tt.W[k]));
          expect(Math.abs(tt.normU[k] - fro(tt.U[k]))).toBeLessThanOrEqual(1e-13 * fro(tt.U[k]));
        }
        // ∂E_t/∂V = (ŷ_t − y_t) s_tᵀ
        const st = fwd.s.data.subarray(t * H, (t + 1) * H);
        const dV = new Float64Array(model.V.rows * H);
        for (let c = 0; c < model.V.rows; c++)
          for (let i = 0; i < H; i++) dV[c * H + i] = tt.outputError[c] * st[i];
        expect(mismatch(tt.V.data, dV, 1e-15)).toBeNull();
      }),
      RUNS,
    );
  });

  it('the k = 0 term of ∂E_t/∂W is exactly zero when s_{−1} = 0 (not when s_{−1} ≠ 0)', () => {
    fc.assert(
      fc.property(modelSpecArb({}, { initialState: 'zero' }), (spec) => {
        const model = buildModel(spec);
        const fwd = forward(model);
        for (let t = 0; t < spec.T; t++) {
          for (const x of targetTerms(model, fwd, t).W[0].data) expect(x).toBe(0);
        }
      }),
      RUNS,
    );
    // With a non-zero s_{−1} and a non-zero δ_0 the k = 0 term is δ_0 s_{−1}ᵀ ≠ 0.
    let nonZero = 0;
    fc.assert(
      fc.property(modelSpecArb({}, { initialState: 'random', activation: 'tanh' }), (spec) => {
        const model = buildModel(spec);
        if (maxAbsOf(targetTerms(model, forward(model), 0).W[0].data) > 0) nonZero++;
      }),
      { numRuns: 20 },
    );
    expect(nonZero).toBeGreaterThan(15);
  });
});

describe('truncated BPTT', () => {
  it('truncate ≥ T − 1 equals full BPTT (and the windowed sum agrees with the recursion)', () => {
    fc.assert(
      fc.property(modelSpecArb(), fc.integer({ min: 0, max: 4 }), (spec, extra) => {
        const model = buildModel(spec);
        const full = fullGradients(model);
        const n = spec.T - 1 + extra;
        const viaModel = gradients({ ...model, truncate: n });
        const windowed = truncatedGradients(model, n);
        for (const p of PARAMS) {
          const s = maxAbsOf(full[p].data);
          expect(mismatch(viaModel[p].data, full[p].data, 1e-12, s)).toBeNull();
          expect(mismatch(windowed[p].data, full[p].data, 1e-12, s)).toBeNull();
        }
      }),
      RUNS,
    );
  });

  it('truncate < T − 1 drops exactly the terms outside the window: ∂E/∂W changes, ∂E/∂V does not', () => {
    let changed = 0;
    fc.assert(
      fc.property(modelSpecArb({ T: [2, 7] }), fc.nat(), (spec, pick) => {
        const n = pick % (spec.T - 1); // 0 … T − 2
        const model = buildModel(spec);
        const full = fullGradients(model);
        const trunc = gradients({ ...model, truncate: n });
        expect(mismatch(trunc.V.data, full.V.data, 1e-15)).toBeNull();
        // The dropped part: Σ_t Σ_{k < t − n} of E_t's untruncated terms.
        const fwd = forward(model);
        const dropped = new Float64Array(full.W.data.length);
        for (let t = n + 1; t < spec.T; t++) {
          const tt = targetTerms(model, fwd, t);
          for (let k = 0; k < t - n; k++)
            for (let i = 0; i < dropped.length; i++) dropped[i] += tt.W[k].data[i];
        }
        const diff = full.W.data.map((x, i) => x - trunc.W.data[i]);
        expect(mismatch(diff, dropped, 1e-12, maxAbsOf(full.W.data))).toBeNull();
        if (maxAbsOf(dropped) > 1e-9 * Math.max(1, maxAbsOf(full.W.data))) {
          expect(maxAbsOf(diff)).toBeGreaterThan(0);
          changed++;
        }
      }),
      RUNS,
    );
    // Most random models lose something to truncation.
    expect(changed).toBeGreaterThan(RUNS.numRuns / 3);
  });
});

describe('forward pass', () => {
  it('ŷ_t sums to 1, E = Σ E_t, E_t = −log ŷ_t[y_t], lossOf agrees', () => {
    fc.assert(
      fc.property(modelSpecArb(), (spec) => {
        const model = buildModel(spec);
        const f = forward(model);
        let sum = 0;
        for (let t = 0; t < spec.T; t++) {
          const p = f.yhat.data.subarray(t * spec.K, (t + 1) * spec.K);
          expect(Math.abs(p.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-14);
          const e = -Math.log(p[model.targets[t]]);
          expect(Math.abs(f.losses[t] - e)).toBeLessThanOrEqual(1e-12 * Math.max(1, e));
          sum += f.losses[t];
        }
        expect(Math.abs(f.loss - sum)).toBeLessThanOrEqual(1e-13 * Math.max(1, sum));
        expect(lossOf(model)).toBe(f.loss);
      }),
      RUNS,
    );
  });

  it('a stable log-softmax: huge logits give finite losses', () => {
    const spec = { seed: 4, T: 3, H: 2, D: 2, K: 3, activation: 'linear' as const };
    const model = buildModel({ ...spec, inputs: 'real', randomInitialState: false, scale: 1 });
    const big: RnnModel = { ...model, V: { ...model.V, data: model.V.data.map((v) => v * 1e4) } };
    const f = forward(big);
    expect(Number.isFinite(f.loss)).toBe(true);
    for (const y of f.yhat.data) expect(Number.isFinite(y)).toBe(true);
    const g = fullGradients(big);
    for (const p of PARAMS) for (const x of g[p].data) expect(Number.isFinite(x)).toBe(true);
  });
});

describe('stateGradients', () => {
  it('row k equals Σ_{t ≥ k} ∂E_t/∂s_k from the per-target terms', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.constantFrom(...ACTIVATIONS),
        (seed, activation) => {
          const model = randomModel({
            seed,
            T: 5,
            H: 3,
            D: 4,
            K: 3,
            activation,
            randomInitialState: true,
          });
          const fwd = forward(model);
          const total = stateGradients(model, fwd);
          for (let k = 0; k < 5; k++) {
            const expected = new Float64Array(3);
            for (let t = k; t < 5; t++) {
              const d = targetTerms(model, fwd, t).dEds[k];
              for (let i = 0; i < 3; i++) expected[i] += d[i];
            }
            for (let i = 0; i < 3; i++) {
              expect(Math.abs(total.data[k * 3 + i] - expected[i])).toBeLessThanOrEqual(
                1e-12 * Math.max(1, Math.abs(expected[i])),
              );
            }
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
