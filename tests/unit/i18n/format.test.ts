// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  format,
  pickPlural,
  placeholders,
  pluralCategory,
  splitSubscript,
  t,
} from '../../../src/i18n';

const fill = (template: string, params: Record<string, string | number>) =>
  format('en', template, params);

describe('t', () => {
  it('interpolate parameters, with subscripts on request', () => {
    // Russian is typeset (typeset.ts): no-break spaces after a number and around a short formula.
    expect(t('ru', 'ui', 'nav.progress', { n: 3, total: 12 })).toBe('Шаг 3\u00a0из 12');
    expect(t('en', 'ui', 'nav.progress', { n: 3, total: 12 })).toBe('Step 3 of 12');
    expect(t('en', 'ui', 'diagram.s', { t: 2 })).toBe('hidden state s₂ at t = 2');
    expect(t('ru', 'ui', 'diagram.s', { t: 2 })).toBe('скрытое состояние s₂ при t\u00a0=\u00a02');
    expect(t('en', 'ui', 'diagram.W', { t: 0, tPrev: -1 })).toBe('weights W: s₋₁ → s₀');
    expect(t('en', 'ui', 'nav.progress')).toBe('Step {n} of {total}');
  });

  it('fills the explore and classroom strings the same way', () => {
    expect(t('en', 'explore', 'trace.one', { t: 12 })).toBe('E₁₂');
    expect(t('en', 'explore', 'io.exportModel')).toMatch(/^Export model/);
    expect(t('en', 'explore', 'io.exportResults')).toMatch(/^Export results/);
    expect(t('en', 'views', 'presenter.stepOf', { n: 3, total: 12 })).toBe('Step 3 of 12');
    expect(t('ru', 'views', 'presenter.stepOf', { n: 3, total: 12 })).toBe('Шаг 3\u00a0из 12');
  });
});

describe('format', () => {
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
    expect(fill('x_{T−1}', { T: 4 })).toBe('x_{T−1}');
  });

  it('writes numbers with a true minus, and strings as given', () => {
    expect(fill('t = {t}', { t: -1 })).toBe('t = −1');
    expect(fill('t = {t}', { t: '-1' })).toBe('t = -1');
    expect(fill('{t:sub}', { t: -1 })).toBe('₋₁');
  });

  it('picks plural forms by Intl.PluralRules', () => {
    const ru = (n: number) =>
      format('ru', '{n, plural, one {# число} few {# числа} many {# чисел} other {# числа}}', {
        n,
      });
    expect([1, 2, 5, 11, 21, 22, 25, 111].map(ru)).toEqual([
      '1 число',
      '2 числа',
      '5 чисел',
      '11 чисел',
      '21 число',
      '22 числа',
      '25 чисел',
      '111 чисел',
    ]);
    const en = (n: number) => format('en', '{n, plural, one {# step} other {# steps}}', { n });
    expect([1, 2, 0].map(en)).toEqual(['1 step', '2 steps', '0 steps']);
    expect(pluralCategory('ru', 3)).toBe('few');
    expect(pickPlural('en', 1, { one: 'a', other: 'b' })).toBe('a');
    expect(pickPlural('ru', 3, { one: 'a', other: 'b' })).toBe('b');
  });

  it('picks a select form by the parameter, fills it, and falls back to other', () => {
    const msg = '{first, select, yes {s₋₁ is given} other {s{tPrev:sub} depends on W (t = {t})}}';
    expect(fill(msg, { first: 'yes', t: 0, tPrev: -1 })).toBe('s₋₁ is given');
    expect(fill(msg, { first: 'no', t: 3, tPrev: 2 })).toBe('s₂ depends on W (t = 3)');
    expect(fill('{a, select, x {X}}', { a: 'y' })).toBe('{a, select, x {X}}');
    expect(
      fill('{a, select, x {{n, plural, one {# step} other {# steps}}} other {—}}', {
        a: 'x',
        n: 2,
      }),
    ).toBe('2 steps');
    expect(placeholders('{a, select, x {{b}} other {}}')).toEqual(['a', 'b']);
  });

  it('lists placeholders, a plural as its name', () => {
    expect(placeholders('{a} {b:sub} {a} {n, plural, one {#} other {#}}')).toEqual([
      'a',
      'b:sub',
      'n',
    ]);
  });
});

describe('splitSubscript', () => {
  it('splits a name into its base and its index written plainly', () => {
    expect(splitSubscript('s₋₁')).toEqual(['s', '−1']);
    expect(splitSubscript('ŷ₃')).toEqual(['ŷ', '3']);
    expect(splitSubscript('E₆₃')).toEqual(['E', '63']);
    expect(splitSubscript('W')).toEqual(['W', '']);
  });
});
