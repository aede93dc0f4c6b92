/**
 * The terms' projection shares (lesson review, item 4): share_k = ⟨term_k, g⟩_F / ‖g‖²_F with g the
 * kept terms' sum, so that they add up to 1 — unlike ‖term_k‖ / Σ‖term_j‖, a share of a sum of
 * norms — and may be negative or above 1 when terms cancel.
 */
import { describe, expect, it } from 'vitest';
import {
  defaultModel,
  forward,
  frobenius,
  mat,
  projectionShares,
  randomModel,
  scale,
  targetTerms,
  type Mat,
} from '../../../src/model';
import { termSummariesOf } from '../../../src/store/selectors';

/** ⟨a, b⟩_F from the term matrices themselves (the core never makes them for the shares). */
function dot(a: Mat, b: Mat): number {
  let s = 0;
  for (let i = 0; i < a.data.length; i++) s += a.data[i] * b.data[i];
  return s;
}

describe('projection shares of the slide’s terms', () => {
  it('for the default model: 73.1 / 19.1 / 7.8 % (not the 62.7 / 23.8 / 13.5 % of the norms)', () => {
    const m = defaultModel();
    const tt = targetTerms(m, forward(m), 3);
    const share = Array.from(tt.shareW!);
    expect(share.map((v) => Number((100 * v).toFixed(1)))).toEqual([0, 7.8, 19.1, 73.1]);
    expect(share.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14);
    // each from its definition, with the term matrices
    const g = tt.sumW;
    const gg = dot(g, g);
    for (let k = 0; k <= 3; k++) expect(share[k]).toBeCloseTo(dot(tt.W[k], g) / gg, 14);
    // the old "share" was of the sum of norms
    const norms = Array.from(tt.normW);
    const total = norms.reduce((a, b) => a + b, 0);
    expect(norms.map((v) => Number(((100 * v) / total).toFixed(1)))).toEqual([0, 13.5, 23.8, 62.7]);
  });

  it('add up to 1 for any model and target, and are negative where a term points against the sum', () => {
    let negatives = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const m = randomModel({ seed, T: 5, H: 3, D: 3, K: 3 });
      const f = forward(m);
      for (let t = 0; t < 5; t++) {
        const tt = targetTerms(m, f, t);
        if (!tt.shareW) continue;
        const s = Array.from(tt.shareW);
        expect(s.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
        negatives += s.filter((v) => v < 0).length;
      }
    }
    expect(negatives).toBeGreaterThan(0);
    // seed 6, t = 4: one term at −40.6 %, another at 131.9 % (cancellation)
    const m = randomModel({ seed: 6, T: 5, H: 3, D: 3, K: 3 });
    const tt = targetTerms(m, forward(m), 4);
    const s = Array.from(tt.shareW!).map((v) => Number((100 * v).toFixed(1)));
    expect(s).toEqual([0, -6.2, 14.8, -40.6, 131.9]);
    expect(dot(tt.W[3], tt.sumW)).toBeLessThan(0);
  });

  it('count the kept terms only (NaN beyond a truncation window), and are not defined for g = 0', () => {
    const m = { ...defaultModel(), truncate: 1 };
    const tt = targetTerms(m, forward(m), 3);
    expect(Number.isNaN(tt.shareW![0]) && Number.isNaN(tt.shareW![1])).toBe(true);
    expect(tt.shareW![2] + tt.shareW![3]).toBeCloseTo(1, 14);
    // V = 0: no gradient reaches the states, every term is 0 and so is their sum
    const zero = { ...defaultModel(), V: scale(defaultModel().V, 0) };
    const tz = targetTerms(zero, forward(zero), 3);
    expect(frobenius(tz.sumW)).toBe(0);
    expect(tz.shareW).toBeNull();
    const rows = termSummariesOf(tz);
    expect(rows.every((r) => Number.isNaN(r.shareW) && r.shareBar === 0)).toBe(true);
  });

  it('stay finite when ‖g‖² would overflow while g is finite', () => {
    // term₀ = δ₀a₀ᵀ, term₁ = δ₁a₁ᵀ with entries 1e200: ‖g‖² = 3e400 overflows, the shares are 1/3, 2/3
    const delta = [Float64Array.of(1e200, 0), Float64Array.of(1e200, 1e200)];
    const a = [Float64Array.of(1, 0), Float64Array.of(0, 1)];
    const g = mat(2, 2, Float64Array.of(1e200, 1e200, 0, 1e200));
    expect(frobenius(g) ** 2).toBe(Infinity);
    const s = projectionShares(g, delta, (k) => a[k], 0)!;
    expect(s[0]).toBeCloseTo(1 / 3, 15);
    expect(s[1]).toBeCloseTo(2 / 3, 15);
  });

  it('give each bar a length in [−1, 1]: the share over the largest of 1 and every |share|', () => {
    const m = randomModel({ seed: 6, T: 5, H: 3, D: 3, K: 3 });
    const rows = termSummariesOf(targetTerms(m, forward(m), 4));
    const max = Math.max(...rows.map((r) => Math.abs(r.shareW)));
    expect(max).toBeGreaterThan(1);
    for (const r of rows) {
      expect(r.shareBar).toBeCloseTo(r.shareW / max, 15);
      expect(Math.abs(r.shareBar)).toBeLessThanOrEqual(1);
    }
    const d = termSummariesOf(targetTerms(defaultModel(), forward(defaultModel()), 3));
    for (const r of d) expect(r.shareBar).toBe(r.shareW); // all shares ≤ 1: bars to scale
  });
});
