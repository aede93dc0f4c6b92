// @vitest-environment node
/**
 * The number formatter in both styles: English with the decimal point and "× 10⁻⁵", Russian with
 * the decimal comma, "· 10⁻⁵" and a no-break space before % (its catalog's NumberStyle).
 */
import { describe, expect, it } from 'vitest';
import {
  charBudget,
  formatFit,
  formatPercentFit,
  fieldErrorText,
  formatNumber,
  formatPercent,
  listSeparator,
  numberStyle,
  numTex,
  percentTex,
  t,
} from '../../../src/i18n';
import { exactText, parseNumberInput } from '../../../src/explore/numberInput';
import { matTex, termTex } from '../../../src/lesson/tex';
import { fromRows } from '../../../src/model';
import { renderStrict } from '../lesson/katex';
import { DECIMAL_COMMA } from './decimalComma';

const NBSP = '\u00A0';

describe('the number formatter in both styles', () => {
  it.each([
    [0.5, '0.5', '0,5', '0.5', '0{,}5'],
    [-0.0123456, '−0.0123', '−0,0123', '-0.0123', '-0{,}0123'],
    [3.14159, '3.14', '3,14', '3.14', '3{,}14'],
    [1234.5, '1235', '1235', '1235', '1235'],
    [12345, '1.23 × 10⁴', '1,23 · 10⁴', '1.23\\times10^{4}', '1{,}23\\cdot10^{4}'],
    [-1.5e-10, '−1.5 × 10⁻¹⁰', '−1,5 · 10⁻¹⁰', '-1.5\\times10^{-10}', '-1{,}5\\cdot10^{-10}'],
    [2e-5, '2 × 10⁻⁵', '2 · 10⁻⁵', '2\\times10^{-5}', '2\\cdot10^{-5}'],
    [2.27e-5, '2.27 × 10⁻⁵', '2,27 · 10⁻⁵', '2.27\\times10^{-5}', '2{,}27\\cdot10^{-5}'],
    [-2.27e-5, '−2.27 × 10⁻⁵', '−2,27 · 10⁻⁵', '-2.27\\times10^{-5}', '-2{,}27\\cdot10^{-5}'],
  ])('%s → %s | %s', (x, en, ru, enTex, ruTex) => {
    expect(formatNumber(x, { lang: 'en' })).toBe(en);
    // The spaces around Russian's middle dot are no-break ones (a power of ten is never broken).
    expect(formatNumber(x, { lang: 'ru' })).toBe(ru.replace(/ /g, NBSP));
    // Without a language: the plain style, the same as English today.
    expect(formatNumber(x)).toBe(en);
    expect(numTex(x, { lang: 'en' })).toBe(enTex);
    expect(numTex(x, { lang: 'ru' })).toBe(ruTex);
    expect(() => renderStrict(numTex(x, { lang: 'ru' }))).not.toThrow();
  });

  it('reads the style from the catalog', () => {
    expect(numberStyle('ru')).toEqual(DECIMAL_COMMA);
    const point = { decimal: '.', texDecimal: '.', times: ' × ', texTimes: '\\times' };
    expect(numberStyle('en')).toEqual({ ...point, percentSpace: ' ' });
    expect(numberStyle()).toEqual({ ...point, percentSpace: ' ' });
  });

  it('writes shares, digits, overflow and lists in the style', () => {
    expect(formatPercent(0.1234, { lang: 'en' })).toBe('12.3 %');
    expect(formatPercent(0.1234, { lang: 'ru' })).toBe(`12,3${NBSP}%`);
    expect(formatPercent(0.135, { lang: 'ru' })).toBe(`13,5${NBSP}%`);
    expect(formatPercentFit(0.135, 7, { lang: 'ru' })).toBe(`13,5${NBSP}%`);
    expect(formatPercentFit(2.27e-7, 6, { lang: 'ru' })).toBe(`2e−5${NBSP}%`);
    expect(formatPercentFit(0.135, 7, { lang: 'en' })).toBe('13.5 %');
    expect(percentTex(0.1234, { lang: 'ru' })).toBe('12{,}3\\,\\%');
    expect(percentTex(2.27e-7, { lang: 'ru' })).toBe('2{,}27\\cdot10^{-5}\\,\\%');
    expect(formatNumber(Math.PI, { digits: 4, lang: 'ru' })).toBe('3,142');
    expect(formatNumber(NaN, { lang: 'ru', overflow: 'переполнение' })).toBe('переполнение');
    expect(listSeparator('en')).toBe(', ');
    expect(listSeparator('ru')).toBe('; ');
  });

  it('fills number parameters of a message in the style', () => {
    expect(t('en', 'ui', 'anim.speedValue', { speed: 0.5 })).toContain('0.5');
    expect(t('ru', 'ui', 'anim.speedValue', { speed: 0.5 })).toContain('0,5');
  });

  it('writes the app’s limits in a validation message in the style, and quotes what was found', () => {
    const e = {
      field: 'scale',
      message: 'expected a number in [0.01, 10], found 12.5',
      code: 'setting.scale',
      params: { min: 0.01, max: 10, found: '12.5' },
    } as const;
    expect(fieldErrorText('ru', e)).toContain('0,01');
    expect(fieldErrorText('ru', e)).toContain('12.5');
    expect(fieldErrorText('en', e)).toBe(e.message);
  });

  it('writes the lesson’s TeX values in the style', () => {
    const m = fromRows([
      [0.5, -1.25],
      [2, 3],
    ]);
    expect(matTex(m, { lang: 'ru' })).toBe(
      '\\begin{bmatrix}0{,}5 & -1{,}25 \\\\ 2 & 3\\end{bmatrix}',
    );
    expect(matTex(m, { lang: 'en' })).toBe('\\begin{bmatrix}0.5 & -1.25 \\\\ 2 & 3\\end{bmatrix}');
    const term = termTex(1, 3, { value: m, share: 0.25, lang: 'ru' });
    expect(term).not.toMatch(/\d\.\d/);
    expect(term).toContain('25\\,\\%');
    expect(() => renderStrict(term)).not.toThrow();
  });

  it('writes a field’s exact value in the style, and reads it back', () => {
    expect(exactText(-0.125, 'en')).toBe('−0.125');
    expect(exactText(-0.125, 'ru')).toBe('−0,125');
    for (const v of [-0.125, 1e-7, 3, 0.1 + 0.2])
      for (const lang of ['en', 'ru'] as const)
        expect(parseNumberInput(exactText(v, lang))).toBe(v);
  });
});

describe('formatFit: one format, a character budget per place', () => {
  it('keeps the usual form when it fits', () => {
    expect(formatFit(1.47, 6)).toBe('1.47');
    expect(formatFit(-0.0123, 7)).toBe('−0.0123');
    expect(formatFit(1234, 6)).toBe('1234');
    expect(formatFit(0, 3)).toBe('0');
  });

  it('never writes a power of ten where a plain number was asked for', () => {
    // 9999.6 with 3 digits is 1.00 × 10⁴: the fit form goes to compact notation instead.
    expect(formatFit(9999.6, 4)).toBe('1e4');
    expect(formatFit(9999.6, 4, { lang: 'ru' })).toBe('1e4');
  });

  it('rounds to fewer digits, then writes compact scientific notation, within the budget', () => {
    expect(formatFit(0.00199, 6)).toBe('0.002');
    expect(formatFit(1.76e-4, 7)).toBe('1.76e−4');
    expect(formatFit(1.76e-4, 6)).toBe('1.8e−4');
    expect(formatFit(1.76e-4, 5)).toBe('2e−4');
    expect(formatFit(-3.2e12, 6)).toBe('−3e12');
    expect(formatFit(9.87e-15, 6)).toBe('1e−14');
  });

  it('never exceeds its budget while one digit can do, and never cuts a value', () => {
    for (const x of [1e-300, 3.3e-8, -7.77e-5, 0.5, 12.5, 999.9, 1e5, -6.02e23, 1.2e308])
      for (let budget = 5; budget <= 9; budget++) {
        const s = formatFit(x, budget);
        const shortest = formatFit(x, 0).length;
        expect(s.length, `${x} in ${budget}`).toBeLessThanOrEqual(Math.max(budget, shortest));
        const back = Number(s.replace('−', '-').replace('−', '-'));
        expect(Math.abs(back - x) / Math.abs(x), `${x} → ${s}`).toBeLessThan(0.5);
      }
  });

  it('writes the language’s decimal separator and the overflow word', () => {
    expect(formatFit(2.5e-7, 6, { lang: 'ru' })).toBe('2,5e−7');
    expect(formatFit(2.27e-5, 6, { lang: 'ru' })).toBe('2,3e−5');
    expect(formatFit(2.27e-5, 6, { lang: 'en' })).toBe('2.3e−5');
    expect(formatFit(-1.47, 6, { lang: 'ru' })).toBe('−1,47');
    expect(formatFit(Number.NaN, 6, { overflow: 'overflow' })).toBe('overflow');
  });

  it('fits percentages and derives budgets from a box', () => {
    expect(formatPercentFit(0.627, 6)).toBe('62.7 %');
    expect(formatPercentFit(2.27e-7, 6)).toBe('2e−5 %');
    expect(charBudget(118, 28)).toBe(6);
    expect(charBudget(10, 28)).toBe(3);
  });
});
