// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatHash, parseHash, parseLangParam, withLangParam } from '../../../src/store/url';

describe('hash codec', () => {
  it('writes the step 1-based and the sub-step 0-based', () => {
    expect(formatHash({ stepIndex: 0, sub: 0 })).toBe('#/1/0');
    expect(formatHash({ stepIndex: 7, sub: 3 })).toBe('#/8/3');
  });

  it('round-trips every position', () => {
    fc.assert(
      fc.property(fc.nat({ max: 999 }), fc.nat({ max: 999 }), (stepIndex, sub) => {
        expect(parseHash(formatHash({ stepIndex, sub }))).toEqual({ stepIndex, sub });
      }),
    );
  });

  it('reads the short forms', () => {
    expect(parseHash('#/3')).toEqual({ stepIndex: 2, sub: 0 });
    expect(parseHash('#/3/')).toEqual({ stepIndex: 2, sub: 0 });
    expect(parseHash('#3/2')).toEqual({ stepIndex: 2, sub: 2 });
    expect(parseHash('/12/4')).toEqual({ stepIndex: 11, sub: 4 });
  });

  it('reads a step id in place of the number', () => {
    const ids = ['title', 'forward-pass', 'shared-weights'];
    expect(parseHash('#/forward-pass/2', ids)).toEqual({ stepIndex: 1, sub: 2 });
    expect(parseHash('#/unknown/2', ids)).toEqual({ stepIndex: 0, sub: 0 });
  });

  it('gives the start for garbage, never throwing', () => {
    const start = { stepIndex: 0, sub: 0 };
    for (const h of [
      '',
      '#',
      '#/',
      '#/abc',
      '#/0/1',
      '#/-2/1',
      '#/1.5/0',
      '#/%E0%A4%A',
      '#//3',
      '#/1e3/0',
    ]) {
      expect(parseHash(h)).toEqual(start);
    }
    expect(parseHash(undefined as unknown as string)).toEqual(start);
    fc.assert(
      fc.property(fc.string(), (h) => {
        const p = parseHash(h);
        expect(Number.isInteger(p.stepIndex) && p.stepIndex >= 0).toBe(true);
        expect(Number.isInteger(p.sub) && p.sub >= 0).toBe(true);
      }),
    );
  });

  it('keeps the step when only the sub-step is unreadable', () => {
    expect(parseHash('#/4/x')).toEqual({ stepIndex: 3, sub: 0 });
    expect(parseHash('#/4/-1')).toEqual({ stepIndex: 3, sub: 0 });
  });
});

describe('lang parameter', () => {
  it('reads ru and en, case-insensitively', () => {
    expect(parseLangParam('?lang=ru')).toBe('ru');
    expect(parseLangParam('?x=1&lang=EN')).toBe('en');
  });

  it('ignores anything else', () => {
    expect(parseLangParam('')).toBeNull();
    expect(parseLangParam('?lang=fr')).toBeNull();
    expect(parseLangParam('?lang=')).toBeNull();
    expect(parseLangParam('?%%%')).toBeNull();
  });

  it('sets lang keeping the other parameters', () => {
    const s = withLangParam('?model=x&lang=ru', 'en');
    expect(parseLangParam(s)).toBe('en');
    expect(new URLSearchParams(s).get('model')).toBe('x');
  });
});
