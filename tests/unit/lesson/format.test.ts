// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  formatNumber,
  formatPercent,
  numTex,
  percentTex,
  subscript,
  texEscapeText,
} from '../../../src/i18n';
import { renderStrict } from './katex';

describe('number formatting for a projector', () => {
  it.each([
    [0, '0', '0'],
    [-0, '0', '0'],
    [1, '1', '1'],
    [0.5, '0.5', '0.5'],
    [-0.5, '−0.5', '-0.5'],
    [0.123456, '0.123', '0.123'],
    [-0.0123456, '−0.0123', '-0.0123'],
    [0.001234, '0.00123', '0.00123'],
    [3.14159, '3.14', '3.14'],
    [9.996, '10', '10'],
    [123.456, '123', '123'],
    [1234.5, '1235', '1235'],
    [12345, '1.23 × 10⁴', '1.23\\times10^{4}'],
    [0.000123, '1.23 × 10⁻⁴', '1.23\\times10^{-4}'],
    [-1.5e-10, '−1.5 × 10⁻¹⁰', '-1.5\\times10^{-10}'],
    [2e-5, '2 × 10⁻⁵', '2\\times10^{-5}'],
    [1e300, '1 × 10³⁰⁰', '1\\times10^{300}'],
    [0.00099996, '0.001', '0.001'],
  ])('%s → %s', (x, text, tex) => {
    expect(formatNumber(x)).toBe(text);
    expect(numTex(x)).toBe(tex);
    expect(() => renderStrict(numTex(x))).not.toThrow();
  });

  it('writes NaN and ±Infinity as a word, never as a number', () => {
    for (const x of [NaN, Infinity, -Infinity]) {
      expect(formatNumber(x)).toBe('overflow');
      expect(numTex(x)).toBe('\\text{overflow}');
      expect(numTex(x, { overflow: 'переполнение' })).toBe('\\text{переполнение}');
      expect(() => renderStrict(numTex(x, { overflow: 'переполнение' }))).not.toThrow();
    }
  });

  it('honours the number of significant digits', () => {
    expect(formatNumber(Math.PI, { digits: 4 })).toBe('3.142');
    expect(numTex(-Math.E * 1e-7, { digits: 2 })).toBe('-2.7\\times10^{-7}');
  });

  it('formats shares as percentages', () => {
    expect(percentTex(0.1234)).toBe('12.3\\,\\%');
    expect(formatPercent(1)).toBe('100 %');
    expect(() => renderStrict(percentTex(0.5))).not.toThrow();
  });

  it('escapes text for \\text{…} and writes Unicode subscripts', () => {
    expect(() =>
      renderStrict(`\\text{${texEscapeText('a_b {c} 50% $ # & ~ ^ \\')}}`),
    ).not.toThrow();
    expect(subscript(3)).toBe('₃');
    expect(subscript(-1)).toBe('₋₁');
    expect(subscript('k')).toBe('ₖ');
  });
});
