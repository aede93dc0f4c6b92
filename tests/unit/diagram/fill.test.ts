import { describe, expect, it } from 'vitest';
import { fill } from '../../../src/diagram/strings';

describe('fill', () => {
  it('replaces every placeholder it has a value for', () => {
    expect(fill('{name}: {kind}, t = {t}', { name: 's₂', kind: 'state', t: 2 })).toBe(
      's₂: state, t = 2',
    );
    expect(fill('{a}{a}{b}', { a: 1, b: 'x' })).toBe('11x');
  });

  it('keeps unknown placeholders, stray braces and the text around them', () => {
    expect(fill('{missing} and {t}', { t: 0 })).toBe('{missing} and 0');
    expect(fill('a { b } {t} }{', { t: 'T' })).toBe('a { b } T }{');
    expect(fill('{{t}}', { t: 3 })).toBe('{3}');
    expect(fill('no placeholders', { t: 3 })).toBe('no placeholders');
    expect(fill('{toString}', {})).toBe('{toString}');
  });
});
