// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findOverflow, overflowText } from '../../../src/components/overflow';
import { subscript } from '../../../src/i18n';
import {
  forward,
  gradients,
  identity,
  jacobians,
  randomModel,
  scale,
  targetTerms,
  type RnnModel,
} from '../../../src/model';

/** A linear network with W = c·I: ‖s_t‖ grows like cᵗ. */
function linear(c: number, T: number): RnnModel {
  const base = randomModel({ seed: 3, T, H: 2, D: 2, K: 2, activation: 'linear' });
  return { ...base, W: scale(identity(2), c) };
}

function places(model: RnnModel, t: number) {
  const fwd = forward(model);
  return findOverflow(
    fwd,
    gradients(model, fwd),
    targetTerms(model, fwd, t),
    jacobians(model, fwd, t),
  );
}

describe('findOverflow', () => {
  it('finds nothing in a model that stays finite', () => {
    expect(places(linear(1.5, 16), 15)).toEqual([]);
  });

  it('names the first time step at which each quantity overflows', () => {
    const model = linear(1e6, 64);
    const fwd = forward(model);
    const found = places(model, 63);
    const s = found.find((p) => p.quantity === 's')!;
    // s_t ≈ 10^(6t): past 1.8e308 from t ≈ 52 on; the step before is still finite.
    expect(s.at).toBeGreaterThan(40);
    expect(s.at).toBeLessThan(64);
    const row = (t: number) => Array.from(fwd.s.data.slice(t * 2, t * 2 + 2));
    expect(row(s.at).some((v) => !Number.isFinite(v))).toBe(true);
    expect(row(s.at - 1).every(Number.isFinite)).toBe(true);
    expect(found.map((p) => p.quantity)).toEqual(
      expect.arrayContaining(['s', 'yhat', 'E', 'grad']),
    );
    expect(found.find((p) => p.quantity === 'grad')?.params).toContain('W');
  });

  it('says it in words, in both languages', () => {
    const found = places(linear(1e6, 64), 63);
    const at = found[0].at;
    const en = overflowText(found, 'en', 63);
    expect(en.title).toMatch(/overflow/i);
    expect(en.places[0]).toContain(`s${subscript(at)}`);
    expect(en.places[0]).toContain(`t = ${at}`);
    const ru = overflowText(found, 'ru', 63);
    expect(ru.places[0]).toContain('скрытое состояние');
    expect(subscript(52)).toBe('₅₂');
  });
});
