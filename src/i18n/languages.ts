/**
 * The languages the app speaks: the one list. Adding a language is a directory of its catalog
 * (one file per namespace, and index.ts) and a line here with the language's own name.
 */
import type { Catalog } from './catalog';
import { CATALOG as EN } from './en';
import { CATALOG as RU } from './ru';

export const LANGUAGES = {
  ru: { name: 'Русский', catalog: RU },
  en: { name: 'English', catalog: EN },
} as const satisfies Readonly<Record<string, { readonly name: string; readonly catalog: Catalog }>>;

export type Lang = keyof typeof LANGUAGES;

/** Every language, in the list's order (the language switch's). */
export const LANGS = Object.keys(LANGUAGES) as readonly Lang[];

/** Each language's own name, shown in the language switch whatever the UI language. */
export const LANG_NAMES: Readonly<Record<Lang, string>> = Object.fromEntries(
  LANGS.map((l) => [l, LANGUAGES[l].name]),
) as Record<Lang, string>;

export function isLang(v: unknown): v is Lang {
  return typeof v === 'string' && Object.hasOwn(LANGUAGES, v);
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
