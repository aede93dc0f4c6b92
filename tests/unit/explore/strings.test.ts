// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { EXPLORE_STRINGS, xt } from '../../../src/components/explore/strings';

describe('explore strings', () => {
  it('both languages have the same keys, none empty, with the same placeholders', () => {
    const en = EXPLORE_STRINGS.en;
    const ru = EXPLORE_STRINGS.ru;
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
    const holes = (s: string) => (s.match(/\{[A-Za-z0-9]+(:sub)?\}/g) ?? []).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(en[key].trim(), key).not.toBe('');
      expect(ru[key].trim(), key).not.toBe('');
      expect(holes(ru[key]), key).toEqual(holes(en[key]));
    }
  });

  it('fills placeholders and subscripts', () => {
    expect(xt('en', 'trace.one', { t: 12 })).toBe('E₁₂');
    expect(xt('en', 'io.exportModel')).toMatch(/^Export model/);
    expect(xt('en', 'io.exportResults')).toMatch(/^Export results/);
  });
});
