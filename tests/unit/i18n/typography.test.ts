// @vitest-environment node
/**
 * Every string of every namespace, as rendered (through t(), with sample parameters: 0, 1, 2, 5,
 * 21 and 1.5 for each placeholder, so that every plural form is exercised), follows the
 * typography of /work/shared/design/russian.md:
 * - no ASCII `_` or `^` used as math (σ_max, ^(3−k), s_(t−1), E_t): Unicode sub- and superscripts;
 * - no decimal point between digits in Russian (the decimal comma);
 * - Russian: no breakable space after a one-letter word, nor before an em dash;
 * - a counted noun agrees with its number (1 шаг, 2 шага, 5 шагов; 1 step, 2 steps);
 * - English: no double spaces.
 * The lesson's strings are checked too; those that fail only because of their current wording
 * are listed in LESSON_KNOWN_FAILURES (the lesson's rewrite empties the list).
 */
import { describe, expect, it } from 'vitest';
import {
  keysOf,
  LANGS,
  LANGUAGES,
  NAMESPACES,
  t,
  type Lang,
  type Namespace,
} from '../../../src/i18n';
import { failures, type Check } from './typographyChecks';

/**
 * The lesson's strings that fail a check only because of their wording today (being rewritten):
 * `lang:key` → the checks it fails. Empty it as the texts are fixed: a listed check that passes
 * fails the test below ("the known failures are still failures").
 */
export const LESSON_KNOWN_FAILURES: Readonly<Record<string, readonly Check[]>> = {};

/** The values each placeholder takes in turn. */
const SAMPLES = [0, 1, 2, 5, 21, 1.5] as const;

/** The placeholders' names of a template ({n}, {n:sub}, {n:sup}, {n, plural, …}). */
function names(template: string): string[] {
  return [
    ...new Set(
      [
        ...template.matchAll(
          /\{([A-Za-z][A-Za-z0-9]*)(?::sub|:sup)?(?:\}|\s*,\s*(?:plural|select)\s*,)/g,
        ),
      ].map((m) => m[1]),
    ),
  ];
}

const table = (lang: Lang, ns: Namespace): Readonly<Record<string, string>> =>
  LANGUAGES[lang].catalog[ns];

/** The plural categories, which are not the cases of a select. */
const CATEGORIES = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

/**
 * The string as rendered with every placeholder set to `v`, then once more for each case of its
 * selects ({first, select, yes {…} other {…}}: every select set to `yes`, the rest to `v`).
 */
function renderings(lang: Lang, ns: Namespace, key: string, v: number): string[] {
  // A key missing from a language (the catalog test reports it) renders as nothing here.
  const template = table(lang, ns)[key];
  if (template === undefined) return [''];
  const params = Object.fromEntries(names(template).map((n) => [n, v]));
  const out = [t(lang, ns, key as never, params)];
  const selects = [...template.matchAll(/\{([A-Za-z][A-Za-z0-9]*)\s*,\s*select\s*,/g)].map(
    (m) => m[1],
  );
  if (selects.length === 0) return out;
  const cases = new Set(
    [...template.matchAll(/([A-Za-z][A-Za-z0-9]*)\s*\{/g)]
      .map((m) => m[1])
      .filter((c) => !CATEGORIES.has(c)),
  );
  for (const c of cases) {
    const withCase = { ...params, ...Object.fromEntries(selects.map((n) => [n, c])) };
    out.push(t(lang, ns, key as never, withCase));
  }
  return out;
}

/** The string as rendered with every placeholder set to `v` (the selects' `other` case). */
function rendered(lang: Lang, ns: Namespace, key: string, v: number): string {
  return renderings(lang, ns, key, v)[0];
}

/** Every failure of a namespace's strings in a language: `key [check] (sample): where`. */
function problems(lang: Lang, ns: Namespace, known: boolean): string[] {
  const out: string[] = [];
  for (const key of keysOf(ns)) {
    const listed = LESSON_KNOWN_FAILURES[`${lang}:${key}`] ?? [];
    for (const v of SAMPLES) {
      const found = new Map<Check, string>();
      for (const text of renderings(lang, ns, key, v)) {
        for (const [check, where] of failures(lang, text, v))
          if (!found.has(check)) found.set(check, where);
      }
      for (const [check, where] of found) {
        const isKnown = ns === 'lesson' && listed.includes(check);
        // The first sample that fails a check is enough to show.
        const id = `${key} [${check}]`;
        if (isKnown === known && !out.some((p) => p.startsWith(`${id} (`))) {
          out.push(`${id} (${v}): ${where}`);
        }
      }
    }
  }
  return out;
}

describe('typography of every string as rendered', () => {
  for (const lang of LANGS) {
    it.each(NAMESPACES)(`${lang}: %s`, (ns) => {
      expect(problems(lang, ns, false)).toEqual([]);
    });
  }

  it('the known failures are still failures (empty the list as the lesson is rewritten)', () => {
    const stale: string[] = [];
    for (const [id, checks] of Object.entries(LESSON_KNOWN_FAILURES)) {
      const [lang, key] = id.split(/:(.*)/s) as [Lang, string];
      const failed = new Set<Check>();
      for (const v of SAMPLES)
        for (const text of renderings(lang, 'lesson', key, v)) {
          for (const c of failures(lang, text, v).keys()) failed.add(c);
        }
      for (const c of checks) if (!failed.has(c)) stale.push(`${id} [${c}]`);
    }
    expect(stale).toEqual([]);
  });
});

describe('the checks can fail', () => {
  it('catch ASCII math, decimal points, breakable spaces, double spaces and wrong plurals', () => {
    const checks = (lang: Lang, s: string) => [...failures(lang, s, 1).keys()].sort();
    expect(checks('ru', 'σ_max(W) и (γσ)^(3−k)')).toEqual(['asciiMath', 'oneLetter']);
    expect(checks('ru', 'норма 1.5, s_(t−1)')).toEqual(['asciiMath', 'decimalPoint']);
    expect(checks('ru', 'После 1 шагов — конец')).toEqual(['emDash', 'plural']);
    expect(checks('ru', 'После 1\u00a0шага,\u00a05\u00a0шагов, 2\u00a0шага')).toEqual([]);
    expect(checks('ru', '21\u00a0шагов')).toEqual(['plural']);
    expect(checks('en', 'After 1 steps, E_t')).toEqual(['asciiMath', 'plural']);
    expect(checks('en', 'After 2 step')).toEqual(['plural']);
    expect(checks('en', 'two  spaces, 1 step, 1.5 steps')).toEqual(['doubleSpace']);
    // A number in a formula does not count the word after it.
    expect(checks('en', 'the k = 1 terms, the last n + 1 steps')).toEqual([]);
  });

  it('a planted error in a catalog is reported with its key', () => {
    const ui = LANGUAGES.ru.catalog.ui as Record<string, string>;
    const saved = ui['nav.progress'];
    try {
      ui['nav.progress'] = 'После {n} шагов: σ_max';
      const found = problems('ru', 'ui', false).filter((p) => p.startsWith('nav.progress'));
      const ids = new Set(found.map((p) => p.slice(0, p.indexOf(':'))));
      // Each check once, with the first sample that fails it.
      expect([...ids].sort()).toEqual([
        'nav.progress [asciiMath] (0)',
        'nav.progress [plural] (1)',
      ]);
      const at21 = failures('ru', rendered('ru', 'ui', 'nav.progress', 21), 21);
      expect(at21.get('plural')).toContain('21\u00a0шагов');
      expect(failures('ru', rendered('ru', 'ui', 'nav.progress', 5), 5).has('plural')).toBe(false);
      // A select's every case is rendered, not only `other`.
      ui['nav.progress'] = '{n, select, yes {E_t} other {Eₜ}} из {total}';
      expect(problems('ru', 'ui', false).filter((p) => p.startsWith('nav.progress'))).toEqual([
        'nav.progress [asciiMath] (0): E_t из 0',
      ]);
    } finally {
      ui['nav.progress'] = saved;
    }
  });
});
