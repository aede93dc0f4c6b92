/**
 * UI strings in Russian and English. The key set is the Russian table's; the English table is
 * typed Record<Key, string>, so a key missing from (or extra in) either language fails to compile.
 */
import { EN } from './i18n-en';
import { RU, type Key } from './i18n-ru';
import { interpolate, type Params } from './text';
import type { Lang } from './types';

export type { Key } from './i18n-ru';

export const LANGS: readonly Lang[] = ['ru', 'en'];

export const STRINGS: {
  readonly ru: Readonly<Record<Key, string>>;
  readonly en: Readonly<Record<Key, string>>;
} = {
  ru: RU,
  en: EN,
};

/** Every key, in the tables' order. */
export const KEYS: readonly Key[] = Object.keys(RU) as Key[];

/** Each language's own name, shown in the language switch whatever the UI language. */
export const LANG_NAMES: Readonly<Record<Lang, string>> = { ru: 'Русский', en: 'English' };

/** A UI string with its {name} (and {name:sub}) placeholders filled. */
export function t(lang: Lang, key: Key, params?: Params): string {
  return interpolate(STRINGS[lang][key], params);
}

export function isLang(v: unknown): v is Lang {
  return v === 'ru' || v === 'en';
}

/**
 * The first of the browser's languages the app speaks (by primary subtag: ru-RU → ru, en-GB →
 * en), else English. Without an argument, reads navigator.languages when there is a navigator.
 */
export function detectLang(navigatorLanguages?: readonly string[]): Lang {
  const langs =
    navigatorLanguages ??
    (typeof navigator !== 'undefined'
      ? navigator.languages?.length
        ? navigator.languages
        : [navigator.language]
      : []);
  for (const l of langs) {
    const primary = String(l ?? '')
      .trim()
      .toLowerCase()
      .split(/[-_]/)[0];
    if (isLang(primary)) return primary;
  }
  return 'en';
}

/** The key caps the help overlay shows. */
export type KeyCap =
  | '→'
  | '←'
  | '↑'
  | '↓'
  | 'PageDown'
  | 'PageUp'
  | 'Space'
  | 'Home'
  | 'End'
  | 'N'
  | 'P'
  | 'F'
  | 'B'
  | '.'
  | 'S'
  | 'O'
  | 'G'
  | '?'
  | 'Escape';

/** The KeyboardEvent.key each cap sends. */
export const KEYCAP_EVENT_KEY: Readonly<Record<KeyCap, string>> = {
  '→': 'ArrowRight',
  '←': 'ArrowLeft',
  '↑': 'ArrowUp',
  '↓': 'ArrowDown',
  PageDown: 'PageDown',
  PageUp: 'PageUp',
  Space: ' ',
  Home: 'Home',
  End: 'End',
  N: 'n',
  P: 'p',
  F: 'f',
  B: 'b',
  '.': '.',
  S: 's',
  O: 'o',
  G: 'g',
  '?': '?',
  Escape: 'Escape',
};

const CAP_LABEL: Partial<Record<KeyCap, Key>> = {
  PageDown: 'key.pageDown',
  PageUp: 'key.pageUp',
  Space: 'key.space',
  Home: 'key.home',
  End: 'key.end',
  Escape: 'key.escape',
};

/** How a key cap is written in a language ("Пробел" for Space in Russian). */
export function keyCapLabel(lang: Lang, cap: KeyCap): string {
  const key = CAP_LABEL[cap];
  return key ? t(lang, key) : cap;
}

export interface HelpEntry {
  /** The action's description. */
  readonly action: Key;
  readonly keys: readonly KeyCap[];
}

/** Every key of the app, as the help overlay lists them. */
export const HELP_KEYS: readonly HelpEntry[] = [
  { action: 'help.next', keys: ['→', '↓', 'PageDown', 'Space', 'N'] },
  { action: 'help.prev', keys: ['←', '↑', 'PageUp', 'P'] },
  { action: 'help.first', keys: ['Home'] },
  { action: 'help.last', keys: ['End'] },
  { action: 'help.fullscreen', keys: ['F'] },
  { action: 'help.blackout', keys: ['B', '.'] },
  { action: 'help.presenter', keys: ['S'] },
  { action: 'help.overview', keys: ['O'] },
  { action: 'help.goto', keys: ['G'] },
  { action: 'help.help', keys: ['?'] },
  { action: 'help.escape', keys: ['Escape'] },
];
