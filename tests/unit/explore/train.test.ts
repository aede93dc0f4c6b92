// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  defaultModel,
  forward,
  fullGradients,
  gradients,
  lossOf,
  type Gradients,
} from '../../../src/model';
import { buildPreset } from '../../../src/model/build/presets';
import { gradientNorm, sgdStep, train } from '../../../src/model/bptt/train';

const flat = (g: Gradients) => [...g.U.data, ...g.W.data, ...g.V.data];

describe('sgdStep', () => {
  it('moves every weight by −lr·g and reports the loss before the step', () => {
    const m = defaultModel(1);
    const g = gradients(m);
    const r = sgdStep(m, { lr: 0.1 });
    expect(r.loss).toBe(forward(m).loss);
    expect(r.clipped).toBe(false);
    expect(r.diverged).toBe(false);
    expect(r.gradNorm).toBeCloseTo(Math.hypot(...flat(g)), 12);
    for (const p of ['U', 'W', 'V'] as const)
      m[p].data.forEach((w, i) =>
        expect(r.model[p].data[i]).toBeCloseTo(w - 0.1 * g[p].data[i], 15),
      );
    expect(r.model.inputs).toBe(m.inputs);
  });

  it('leaves the model passed in unchanged', () => {
    const m = defaultModel(1);
    const before = [...m.W.data];
    sgdStep(m, { lr: 1 });
    expect([...m.W.data]).toEqual(before);
  });

  it('uses the truncated gradient when the model asks for it', () => {
    const m = { ...buildPreset('long'), truncate: 2 };
    const g = gradients(m);
    const full = fullGradients(m);
    expect(gradientNorm(g)).not.toBeCloseTo(gradientNorm(full), 6);
    expect(sgdStep(m, { lr: 0.1 }).gradNorm).toBeCloseTo(gradientNorm(g), 12);
  });

  it('clips by norm (Pascanu Alg. 1): the step has norm lr·θ and keeps the direction', () => {
    const m = buildPreset('exploding');
    const g = gradients(m);
    const n = gradientNorm(g);
    const theta = n / 4;
    const r = sgdStep(m, { lr: 0.5, clip: theta });
    expect(r.clipped).toBe(true);
    expect(r.gradNorm).toBeCloseTo(n, 12);
    const step = (['U', 'W', 'V'] as const).flatMap((p) =>
      Array.from(m[p].data, (w, i) => w - r.model[p].data[i]),
    );
    expect(Math.hypot(...step)).toBeCloseTo(0.5 * theta, 10);
    const gf = flat(g);
    step.forEach((s, i) => expect(s).toBeCloseTo((0.5 * theta * gf[i]) / n, 12));
    // Below the threshold nothing changes.
    const r2 = sgdStep(m, { lr: 0.5, clip: 2 * n });
    expect(r2.clipped).toBe(false);
    expect(Array.from(r2.model.W.data)).toEqual(Array.from(sgdStep(m, { lr: 0.5 }).model.W.data));
  });

  it('refuses bad options with a RangeError', () => {
    const m = defaultModel(1);
    expect(() => sgdStep(m, { lr: 0 })).toThrow(RangeError);
    expect(() => sgdStep(m, { lr: NaN })).toThrow(RangeError);
    expect(() => sgdStep(m, { lr: 0.1, clip: -1 })).toThrow(RangeError);
    expect(() => train(m, -1, { lr: 0.1 })).toThrow(RangeError);
  });

  it('refuses a step that would leave non-finite weights', () => {
    const m = buildPreset('exploding');
    const r = sgdStep(m, { lr: 1e308 });
    expect(r.diverged).toBe(true);
    expect(r.model).toBe(m);
  });
});

describe('train', () => {
  it('lowers the loss on the default sequence', () => {
    const m = defaultModel(1);
    const r = train(m, 100, { lr: 0.1 });
    expect(r.losses).toHaveLength(101);
    expect(r.losses[0]).toBe(lossOf(m));
    expect(r.losses[100]).toBe(lossOf(r.model));
    expect(r.losses[100]).toBeLessThan(r.losses[0] / 2);
    for (let i = 1; i < r.losses.length; i++) expect(r.losses[i]).toBeLessThan(r.losses[i - 1]);
    expect(r.diverged).toBe(false);
  });

  it('counts clipped steps, and stops on divergence', () => {
    const r = train(buildPreset('exploding'), 5, { lr: 0.01, clip: 1e-3 });
    expect(r.clippedSteps).toBe(5);
    expect(r.gradNorms).toHaveLength(5);
    const d = train(buildPreset('exploding'), 5, { lr: 1e308 });
    expect(d.diverged).toBe(true);
    expect(d.losses).toHaveLength(1);
  });

  it('zero steps return the model and its loss', () => {
    const m = defaultModel(1);
    const r = train(m, 0, { lr: 0.1 });
    expect(r.model).toBe(m);
    expect(r.losses).toEqual([lossOf(m)]);
  });
});
