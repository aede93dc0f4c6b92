// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  detectLang,
  HELP_KEYS,
  KEYCAP_EVENT_KEY,
  KEYS,
  keyCapLabel,
  LANG_NAMES,
  STRINGS,
  t,
} from '../../../src/lesson/i18n';

const CYRILLIC = /[\u0400-\u04FF]/;

describe('UI strings', () => {
  it('exist for every key in both languages, non-empty', () => {
    expect(Object.keys(STRINGS.en).sort()).toEqual(Object.keys(STRINGS.ru).sort());
    expect(KEYS.length).toBeGreaterThan(100);
    for (const k of KEYS) {
      expect(STRINGS.ru[k].trim(), k).not.toBe('');
      expect(STRINGS.en[k].trim(), k).not.toBe('');
    }
  });

  it('have no Cyrillic in English', () => {
    for (const k of KEYS) expect(STRINGS.en[k], k).not.toMatch(CYRILLIC);
  });

  it('use the same placeholders in both languages', () => {
    const names = (s: string) =>
      [...s.matchAll(/\{([A-Za-z]+)(?::sub)?\}/g)].map((m) => m[1]).sort();
    for (const k of KEYS) expect(names(STRINGS.en[k]), k).toEqual(names(STRINGS.ru[k]));
  });

  it('interpolate parameters, with subscripts on request', () => {
    expect(t('ru', 'nav.progress', { n: 3, total: 12 })).toBe('Шаг 3 из 12');
    expect(t('en', 'nav.progress', { n: 3, total: 12 })).toBe('Step 3 of 12');
    expect(t('en', 'diagram.s', { t: 2 })).toBe('hidden state s₂ at t = 2');
    expect(t('ru', 'diagram.s', { t: 2 })).toBe('скрытое состояние s₂ при t = 2');
    expect(t('en', 'diagram.W', { t: 0, tPrev: -1 })).toBe('weights W: s₋₁ → s₀');
    expect(t('en', 'nav.progress')).toBe('Step {n} of {total}');
  });

  it('describe every key of the app in the help overlay', () => {
    const caps = HELP_KEYS.flatMap((h) => h.keys);
    for (const c of [
      '→',
      '↓',
      'PageDown',
      'Space',
      'N',
      '←',
      '↑',
      'PageUp',
      'P',
      'Home',
      'End',
      'F',
      'B',
      '.',
      'S',
      'O',
      'G',
      '?',
    ] as const) {
      expect(caps).toContain(c);
    }
    expect(new Set(caps).size).toBe(caps.length);
    for (const h of HELP_KEYS) expect(t('ru', h.action)).toMatch(CYRILLIC);
    expect(keyCapLabel('ru', 'Space')).toBe('Пробел');
    expect(keyCapLabel('en', 'Space')).toBe('Space');
    expect(keyCapLabel('ru', '→')).toBe('→');
    expect(KEYCAP_EVENT_KEY.Space).toBe(' ');
    expect(KEYCAP_EVENT_KEY['→']).toBe('ArrowRight');
  });

  it('name each language in itself', () => {
    expect(LANG_NAMES).toEqual({ ru: 'Русский', en: 'English' });
  });
});

describe('detectLang', () => {
  it('picks the first language the app speaks', () => {
    expect(detectLang(['ru-RU', 'en-US'])).toBe('ru');
    expect(detectLang(['de-DE', 'en-GB', 'ru'])).toBe('en');
    expect(detectLang(['fr', 'RU'])).toBe('ru');
    expect(detectLang(['en_US'])).toBe('en');
  });

  it('falls back to English', () => {
    expect(detectLang([])).toBe('en');
    expect(detectLang(['de', 'fr-FR'])).toBe('en');
  });
});
