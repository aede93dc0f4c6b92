// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  defaultModel,
  dimsOf,
  forward,
  gradientCheck,
  jacobians,
  sigmaMax,
} from '../../../src/model';
import { modelToJson, parseModel } from '../../../src/model/io/parse';
import { buildPreset, PRESETS, presetById } from '../../../src/model/build/presets';
import { sequenceMatches } from '../../../src/model/build/sequence';

describe('presets', () => {
  it.each(PRESETS.map((p) => [p.id, p] as const))(
    '%s builds a valid model whose gradient check is below 1e-6',
    (_id, p) => {
      const m = buildPreset(p);
      const parsed = parseModel(JSON.parse(JSON.stringify(modelToJson(m))));
      expect(parsed.ok).toBe(true);
      expect(sequenceMatches(m, p.text)).toBe(true);
      expect(m.activation).toBe(p.activation);
      expect(dimsOf(m).H).toBe(p.H);
      expect(gradientCheck(m).maxRelError).toBeLessThan(1e-6);
    },
  );

  it('the default preset is the lecture’s example', () => {
    expect(modelToJson(buildPreset('default'))).toEqual(modelToJson(defaultModel(1)));
    expect(dimsOf(buildPreset('default')).T).toBe(4);
  });

  it('vanishing, exploding, saturating and long do what their names say', () => {
    const last = (id: Parameters<typeof buildPreset>[0]) => {
      const m = buildPreset(id);
      const f = forward(m);
      return { m, f, j: jacobians(m, f, f.dims.T - 1) };
    };
    const v = last('vanishing');
    expect(v.m.activation).toBe('tanh');
    expect(sigmaMax(v.m.W)).toBeCloseTo(0.3, 10);
    expect(v.j.productNorm[0]).toBeLessThan(1e-5);
    const e = last('exploding');
    expect(e.m.activation).toBe('linear');
    expect(sigmaMax(e.m.W)).toBeCloseTo(1.5, 10);
    expect(e.j.productNorm[0]).toBeGreaterThan(10);
    const s = last('sigmoid');
    expect(s.m.activation).toBe('sigmoid');
    const meanF = s.f.fprime.data.reduce((a, b) => a + b, 0) / s.f.fprime.data.length;
    expect(meanF).toBeLessThan(0.15);
    expect(s.j.gamma * s.j.sigmaW).toBeGreaterThan(1);
    expect(s.j.productNorm[0]).toBeLessThan(1e-4);
    expect(dimsOf(buildPreset('long')).T).toBe(32);
  });

  it('builds a fresh model each call', () => {
    const a = buildPreset('default');
    a.W.data[0] = 99;
    expect(buildPreset('default').W.data[0]).not.toBe(99);
    expect(() => presetById('nope' as 'default')).toThrow(RangeError);
  });
});
