/**
 * Plural categories through Intl.PluralRules (one, few, many, other…), one rules object per
 * language. A message picks its form with {name, plural, one {…} few {…} other {…}} (format.ts).
 */
import type { Lang } from './languages';

const RULES = new Map<Lang, Intl.PluralRules>();

/** The plural category of n in the language: 'one' for 1 in English, 'few' for 3 in Russian. */
export function pluralCategory(lang: Lang, n: number): Intl.LDMLPluralRule {
  let rules = RULES.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    RULES.set(lang, rules);
  }
  return rules.select(n);
}

/** Of the forms given, the one for n's category, else `other`. */
export function pickPlural(
  lang: Lang,
  n: number,
  forms: Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & { readonly other: string },
): string {
  return forms[pluralCategory(lang, n)] ?? forms.other;
}
