// @vitest-environment node
/**
 * Counts in both languages take the plural form of their number (Intl.PluralRules): «1 шаг,
 * 2 шага, 5 шагов, 1,5 шага», «после 1 шага», "1 step", "2 steps"; and no Russian or English
 * string of the app writes a count with a fixed noun after it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLang, pickPlural, pluralCategory, t, wantExploreStrings } from '../../../src/i18n';

beforeAll(async () => {
  await Promise.all([loadLang('en'), loadLang('ru')]);
  await wantExploreStrings();
});

/** Spaces as plain spaces (Russian typesetting binds a number to its word with a no-break one). */
const plain = (s: string) => s.replace(/\u00a0/g, ' ');

describe('plural categories', () => {
  it.each([
    [1, 'one', 'one'],
    [2, 'few', 'other'],
    [5, 'many', 'other'],
    [21, 'one', 'other'],
    [1.5, 'other', 'other'],
  ] as const)('%s is %s in Russian and %s in English', (n, ru, en) => {
    expect(pluralCategory('ru', n)).toBe(ru);
    expect(pluralCategory('en', n)).toBe(en);
  });

  it('pickPlural falls back to other', () => {
    expect(pickPlural('ru', 5, { one: 'шаг', other: 'шага' })).toBe('шага');
    expect(pickPlural('ru', 21, { one: 'шаг', other: 'шага' })).toBe('шаг');
  });
});

describe('counts in the catalogs', () => {
  it.each([
    [1, '1 шаг', '1 step'],
    [2, '2 шага', '2 steps'],
    [5, '5 шагов', '5 steps'],
    [21, '21 шаг', '21 steps'],
    [1.5, '1,5 шага', '1.5 steps'],
  ])('a batch of training steps: %s', (n, ru, en) => {
    expect(plain(t('ru', 'explore', 'train.many', { n }))).toBe(ru);
    expect(t('en', 'explore', 'train.many', { n })).toBe(en);
  });

  it('the training status: after how many steps, clipped how many times', () => {
    const status = (lang: 'ru' | 'en', i: number, c: number) =>
      plain(t(lang, 'explore', 'train.status', { i, c, loss: '1', norm: '2' }));
    expect(status('ru', 1, 1)).toMatch(/^После 1 шага: .*ограничено 1 раз\.$/);
    expect(status('ru', 2, 2)).toMatch(/^После 2 шагов: .*ограничено 2 раза\.$/);
    expect(status('ru', 5, 5)).toMatch(/^После 5 шагов: .*ограничено 5 раз\.$/);
    expect(status('ru', 21, 0)).toMatch(/^После 21 шага: .*ограничено 0 раз\.$/);
    expect(status('en', 1, 1)).toMatch(/^After 1 step: .*clipped 1 time\.$/);
    expect(status('en', 2, 0)).toMatch(/^After 2 steps: .*clipped 0 times\.$/);
  });

  it('weights, characters and limits', () => {
    expect(plain(t('ru', 'explore', 'check.progress', { done: 1, total: 21 }))).toBe(
      'Проверено 1 из 21 веса',
    );
    expect(plain(t('ru', 'explore', 'check.progress', { done: 3, total: 40 }))).toBe(
      'Проверено 3 из 40 весов',
    );
    expect(t('en', 'explore', 'check.progress', { done: 3, total: 40 })).toBe(
      'Checked 3 of 40 weights',
    );
    expect(plain(t('ru', 'explore', 'check.large', { n: 2, time: '1 с' }))).toContain(
      'У модели 2 веса,',
    );
    expect(plain(t('ru', 'explore', 'check.large', { n: 40, time: '1 с' }))).toContain(
      'У модели 40 весов,',
    );
    expect(plain(t('ru', 'errors', 'steps.max', { max: 1000 }))).toBe(
      'допускается не больше 1000 шагов',
    );
    expect(plain(t('ru', 'errors', 'text.tooLong', { max: 2001, n: 3000 }))).toContain(
      'не больше 2001 символа',
    );
    expect(plain(t('ru', 'explore', 'io.tooLong', { n: 9002, max: 8000 }))).toContain(
      'было бы 9002 символа',
    );
    expect(t('en', 'diagram', 'decay.omitted', { n: 1 })).toMatch(/^1 value not drawn/);
    expect(t('en', 'diagram', 'decay.omitted', { n: 3 })).toMatch(/^3 values not drawn/);
  });
});

describe('no count with a fixed noun after it', () => {
  /** Nouns that take a plural form after a number (not after "k = {k}": an index, not a count). */
  const NOUNS = {
    ru: /^(шаг|вес|символ|раз\b|раза|числ|байт|элемент|строк|значени|слагаем|секунд|минут|копи|цел)/,
    en: /^(steps?\b|weights?\b|characters?\b|times?\b|numbers?\b|values?\b|entr|rows?\b|bytes?\b|terms?\b|targets?\b)/,
  } as const;
  // The English file errors are the core's own messages, word for word (src/model/io), which the
  // command prints too: they are checked where they are written, not here.
  const NAMESPACES = ['ui', 'explore', 'errors', 'views', 'classroom', 'diagram'] as const;

  it.each(['ru', 'en'] as const)('%s', async (lang) => {
    const { LANGUAGES } = await import('../../../src/i18n');
    const bad: string[] = [];
    for (const ns of NAMESPACES) {
      if (lang === 'en' && ns === 'errors') continue;
      for (const [key, s] of Object.entries(LANGUAGES[lang].catalog[ns] as Record<string, string>))
        for (const m of s.matchAll(/(?<![=≥≤][\s\u00a0])\{[A-Za-z][A-Za-z0-9]*\}[\s\u00a0]+(\S+)/g))
          if (NOUNS[lang].test(m[1])) bad.push(`${ns}.${key}: ${m[0]}`);
    }
    expect(bad).toEqual([]);
  });
});
