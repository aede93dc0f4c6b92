// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  detectLang,
  HELP_KEYS,
  isKeyOf,
  KEYCAP_EVENT_KEY,
  keyCapLabel,
  keysOf,
  LANG_NAMES,
  LANGS,
  LANGUAGES,
  NAMESPACES,
  placeholders,
  t,
} from '../../../src/i18n';

const CYRILLIC = /[\u0400-\u04FF]/;

describe('every namespace, every language', () => {
  it.each(NAMESPACES)('%s: the same keys in every language, none empty', (ns) => {
    const keys = Object.keys(LANGUAGES.en.catalog[ns]).sort();
    expect(keys.length).toBeGreaterThan(0);
    for (const lang of LANGS) {
      const table: Readonly<Record<string, string>> = LANGUAGES[lang].catalog[ns];
      expect(Object.keys(table).sort(), lang).toEqual(keys);
      for (const k of keys) expect(table[k].trim(), `${lang} ${ns} ${k}`).not.toBe('');
    }
  });

  it.each(NAMESPACES)('%s: the same placeholders in every language', (ns) => {
    const en: Readonly<Record<string, string>> = LANGUAGES.en.catalog[ns];
    for (const lang of LANGS) {
      const table: Readonly<Record<string, string>> = LANGUAGES[lang].catalog[ns];
      for (const k of Object.keys(en)) {
        expect(placeholders(table[k]), `${lang} ${ns} ${k}`).toEqual(placeholders(en[k]));
      }
    }
  });

  it.each(NAMESPACES)('%s: no Cyrillic in English', (ns) => {
    const en: Readonly<Record<string, string>> = LANGUAGES.en.catalog[ns];
    for (const k of Object.keys(en)) expect(en[k], k).not.toMatch(CYRILLIC);
  });

  it('have as many strings as the app shows', () => {
    expect(keysOf('ui').length).toBeGreaterThan(100);
    expect(keysOf('classroom').length).toBeGreaterThan(8);
    expect(keysOf('views').length).toBeGreaterThan(60);
    expect(keysOf('lesson').length).toBeGreaterThanOrEqual(12 * 3);
  });

  it('the classroom and views strings are Russian in Russian', () => {
    for (const k of keysOf('classroom')) expect(t('ru', 'classroom', k), k).toMatch(CYRILLIC);
    for (const k of keysOf('views')) expect(t('ru', 'views', k), k).toMatch(CYRILLIC);
  });

  it('the classroom and views strings do not shadow the general UI strings or each other', () => {
    expect(keysOf('classroom').filter((k) => isKeyOf('ui', k))).toEqual([]);
    expect(keysOf('views').filter((k) => isKeyOf('ui', k) || isKeyOf('classroom', k))).toEqual([]);
  });

  it('recognise their keys', () => {
    expect(isKeyOf('classroom', 'notice.storage')).toBe(true);
    expect(isKeyOf('views', 'link.title')).toBe(true);
    expect(isKeyOf('classroom', 'link.title')).toBe(false);
    expect(isKeyOf('classroom', 'help.title')).toBe(false);
    expect(isKeyOf('classroom', 'toString')).toBe(false);
    expect(isKeyOf('ui', 'help.title')).toBe(true);
  });
});

describe('keys of the app', () => {
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
    for (const h of HELP_KEYS) expect(t('ru', 'ui', h.action)).toMatch(CYRILLIC);
    expect(keyCapLabel('ru', 'Space')).toBe('Пробел');
    expect(keyCapLabel('en', 'Space')).toBe('Space');
    expect(keyCapLabel('ru', '→')).toBe('→');
    expect(KEYCAP_EVENT_KEY.Space).toBe(' ');
    expect(KEYCAP_EVENT_KEY['→']).toBe('ArrowRight');
  });
});

describe('languages', () => {
  it('name each language in itself', () => {
    expect(LANG_NAMES).toEqual({ ru: 'Русский', en: 'English' });
    expect(LANGS).toEqual(['ru', 'en']);
  });

  it('detectLang picks the first language the app speaks', () => {
    expect(detectLang(['ru-RU', 'en-US'])).toBe('ru');
    expect(detectLang(['de-DE', 'en-GB', 'ru'])).toBe('en');
    expect(detectLang(['fr', 'RU'])).toBe('ru');
    expect(detectLang(['en_US'])).toBe('en');
  });

  it('detectLang falls back to English', () => {
    expect(detectLang([])).toBe('en');
    expect(detectLang(['de', 'fr-FR'])).toBe('en');
    expect(detectLang(['toString'])).toBe('en');
  });
});
