/**
 * The languages the app speaks: the one list. Adding a language is a directory of its catalog
 * (one file per namespace, and index.ts) and a line in TABLE: its own name and its catalog's
 * import.
 *
 * Each catalog is a chunk of its own, loaded on demand (loadLang): a first visit fetches only the
 * language it shows (main.tsx loads it before the first render), and a switch applies once the
 * other one has arrived (the store's setLang). The lookups (t) are synchronous, for languages
 * already loaded; the names stay here, for the language switch.
 */
import type { Catalog } from './catalog';

interface Language {
  /** The language's own name. */
  readonly name: string;
  /** Its catalog, once loaded (loadLang); reading it before throws. */
  readonly catalog: Catalog;
}

const TABLE = {
  ru: { name: 'Русский', load: () => import('./ru') },
  en: { name: 'English', load: () => import('./en') },
} as const satisfies Readonly<
  Record<string, { name: string; load: () => Promise<{ readonly CATALOG: Catalog }> }>
>;

export type Lang = keyof typeof TABLE;

const loaded = new Map<Lang, Catalog>();
const loading = new Map<Lang, Promise<void>>();

function language(lang: Lang): Language {
  return {
    name: TABLE[lang].name,
    get catalog(): Catalog {
      const c = loaded.get(lang);
      if (!c) throw new Error(`The ${lang} catalog is not loaded (loadLang)`);
      return c;
    },
  };
}

/** Every language, in the list's order (the language switch's). */
export const LANGS = Object.keys(TABLE) as readonly Lang[];

export const LANGUAGES = Object.fromEntries(LANGS.map((l) => [l, language(l)])) as Readonly<
  Record<Lang, Language>
>;

/** Whether the language's catalog is loaded (its strings can be looked up). */
export function isLangLoaded(lang: Lang): boolean {
  return loaded.has(lang);
}

/** Loads the language's catalog (once; a failed load is tried again on the next call). */
export function loadLang(lang: Lang): Promise<void> {
  if (loaded.has(lang)) return Promise.resolve();
  let p = loading.get(lang);
  if (!p) {
    p = TABLE[lang].load().then(
      (m) => {
        loaded.set(lang, m.CATALOG);
        loading.delete(lang);
      },
      (e: unknown) => {
        loading.delete(lang);
        throw e;
      },
    );
    loading.set(lang, p);
  }
  return p;
}

/** A loaded catalog (English when it is), for questions about keys (every catalog has the same). */
export function anyCatalog(): Catalog {
  const en = loaded.get('en');
  if (en) return en;
  const c = loaded.values().next();
  if (c.done) throw new Error('No catalog is loaded (loadLang)');
  return c.value;
}

/** Each language's own name, shown in the language switch whatever the UI language. */
export const LANG_NAMES = Object.fromEntries(LANGS.map((l) => [l, TABLE[l].name])) as Readonly<
  Record<Lang, string>
>;

export function isLang(v: unknown): v is Lang {
  return typeof v === 'string' && Object.hasOwn(TABLE, v);
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
