// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseAnswer } from '../../../src/practice/cards/parseAnswer';

describe('parseAnswer', () => {
  it.each([
    ['−0,1838', -0.1838],
    ['-0.1838', -0.1838],
    [' 0,5 ', 0.5],
    ['.25', 0.25],
    ['+2', 2],
    ['1.2e-3', 1.2e-3],
    ['1,2E−3', 1.2e-3],
    ['1,2·10⁻³', 1.2e-3],
    ['1.2 × 10⁻⁵', 1.2e-5],
    ['−2,5 · 10⁻⁴', -2.5e-4],
    ['1.2*10^-3', 1.2e-3],
    ['1.2x10^(-3)', 1.2e-3],
    ['3·10²', 300],
    ['0\u00a0,5', 0.5],
  ])('reads %j', (text, v) => {
    expect(parseAnswer(text)).toBeCloseTo(v, 12);
  });

  it.each([
    '',
    ' ',
    'abc',
    '1/2',
    '1,234.5',
    '1,2,3',
    'Infinity',
    'NaN',
    '0x10',
    '1e',
    '--1',
    '1e999',
    '·10⁻³',
  ])('refuses %j', (text) => {
    expect(parseAnswer(text)).toBeNull();
  });
});
