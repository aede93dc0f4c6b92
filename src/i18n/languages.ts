/**
 * The languages the app speaks: the one list. Adding a language is a directory of its catalog
 * (one file per namespace, and index.ts) and a line in TABLE: its own name and the imports of its
 * catalog's two parts.
 *
 * Each language's catalog comes in two parts, loaded on demand (loadLang): the lesson's strings
 * (index.ts), and the explore mode's (explore.ts, and errors.ts: the model file's problems, which
 * only the mode reports), wanted from the moment the explore mode is (wantExploreStrings). A first visit fetches only
 * the lesson's strings of the language it shows (main.tsx loads them before the first render); a
 * switch applies once the other language's wanted parts have arrived (the store's setLang). The
 * lookups (t) are synchronous, for what is loaded; the names stay here, for the language switch.
 */
import type { Catalog, ExplorePart, LessonCatalog } from './catalog';

interface Language {
  /** The language's own name. */
  readonly name: string;
  /** Its catalog, once loaded (loadLang); reading it before throws, and so does its explore part. */
  readonly catalog: Catalog;
}

interface LanguageEntry {
  readonly name: string;
  readonly lesson: () => Promise<{ readonly CATALOG: LessonCatalog }>;
  readonly explore: () => Promise<ExplorePart>;
}

/** The explore mode's part from its two namespaces' modules. */
const part = (
  explore: Promise<{ readonly EXPLORE: ExplorePart['explore'] }>,
  errors: Promise<{ readonly ERRORS: ExplorePart['errors'] }>,
  views: Promise<{ readonly VIEWS: ExplorePart['views'] }>,
  practice: Promise<{ readonly PRACTICE: ExplorePart['practice'] }>,
): Promise<ExplorePart> =>
  Promise.all([explore, errors, views, practice]).then(([e, r, v, p]) => ({
    explore: e.EXPLORE,
    errors: r.ERRORS,
    views: v.VIEWS,
    practice: p.PRACTICE,
  }));

const TABLE = {
  ru: {
    name: 'Русский',
    lesson: () => import('./ru'),
    explore: () =>
      part(
        import('./ru/explore'),
        import('./ru/errors'),
        import('./ru/views'),
        import('./ru/practice'),
      ),
  },
  en: {
    name: 'English',
    lesson: () => import('./en'),
    explore: () =>
      part(
        import('./en/explore'),
        import('./en/errors'),
        import('./en/views'),
        import('./en/practice'),
      ),
  },
} as const satisfies Readonly<Record<string, LanguageEntry>>;

export type Lang = keyof typeof TABLE;

/** The parts of a catalog, each a chunk of its own. */
type Part = 'lesson' | 'explore';

const lessonParts = new Map<Lang, LessonCatalog>();
const exploreParts = new Map<Lang, ExplorePart>();
const catalogs = new Map<Lang, Catalog>();
const loading = new Map<string, Promise<void>>();
/** The parts every language shown must have: the explore mode's once it is wanted. */
const wanted = new Set<Part>(['lesson']);

function missing<T extends object>(lang: Lang): T {
  return new Proxy({} as T, {
    get(_, key) {
      throw new Error(`The ${lang} explore mode's strings are not loaded (${String(key)})`);
    },
  });
}

function language(lang: Lang): Language {
  return {
    name: TABLE[lang].name,
    get catalog(): Catalog {
      let c = catalogs.get(lang);
      if (c) return c;
      const l = lessonParts.get(lang);
      if (!l) throw new Error(`The ${lang} catalog is not loaded (loadLang)`);
      const e = exploreParts.get(lang);
      // Made once per part that arrives (every lookup reads it), not once per lookup.
      c = {
        ...l,
        ...(e ?? {
          explore: missing(lang),
          errors: missing(lang),
          views: missing(lang),
          practice: missing(lang),
        }),
      };
      catalogs.set(lang, c);
      return c;
    },
  };
}

/** Every language, in the list's order (the language switch's). */
export const LANGS = Object.keys(TABLE) as readonly Lang[];

export const LANGUAGES = Object.fromEntries(LANGS.map((l) => [l, language(l)])) as Readonly<
  Record<Lang, Language>
>;

function has(lang: Lang, part: Part): boolean {
  return part === 'lesson' ? lessonParts.has(lang) : exploreParts.has(lang);
}

/** Whether the language's wanted parts are loaded (its strings can be looked up). */
export function isLangLoaded(lang: Lang): boolean {
  return [...wanted].every((p) => has(lang, p));
}

function loadPart(lang: Lang, part: Part): Promise<void> {
  if (has(lang, part)) return Promise.resolve();
  const key = `${lang}:${part}`;
  const pending = loading.get(key);
  if (pending) return pending;
  const done = () => void loading.delete(key);
  const p = (
    part === 'lesson'
      ? TABLE[lang].lesson().then((m) => void lessonParts.set(lang, m.CATALOG))
      : TABLE[lang].explore().then((m) => {
          exploreParts.set(lang, m);
          // The catalog made without this part is made again with it.
          catalogs.delete(lang);
        })
  ).then(done, (e: unknown) => {
    done();
    throw e;
  });
  loading.set(key, p);
  return p;
}

/** Loads the language's wanted parts (each once; a failed load is tried again on the next call). */
export function loadLang(lang: Lang): Promise<void> {
  return Promise.all([...wanted].map((p) => loadPart(lang, p))).then(() => undefined);
}

/**
 * The explore mode's strings are wanted from now on: loads them for every language whose lesson
 * strings are loaded (a later language switch loads them too, before it applies).
 */
export function wantExploreStrings(): Promise<void> {
  wanted.add('explore');
  const started = (l: Lang) => lessonParts.has(l) || loading.has(`${l}:lesson`);
  return Promise.all(LANGS.filter(started).map((l) => loadLang(l))).then(() => undefined);
}

/** A loaded catalog (English when it is), for questions about keys (every catalog has the same). */
export function anyCatalog(): Catalog {
  const lang = lessonParts.has('en') ? 'en' : lessonParts.keys().next().value;
  if (lang === undefined) throw new Error('No catalog is loaded (loadLang)');
  return LANGUAGES[lang].catalog;
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
