/**
 * Numbers in the explore mode's fields. Reading numbers typed by hand: a comma or a point as the decimal separator, the true minus sign
 * "−" as well as "-", surrounding spaces ignored. Anything else (empty text, "abc", "1/2",
 * "Infinity", "NaN", hexadecimal) is not a number here. Writing them back: in full, in the
 * language's number style, so that the text reads back as the same number.
 */
import { numberStyle, type Lang } from '../i18n';

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** The finite number in the text, or null. */
export function parseNumberInput(text: string): number | null {
  const s = text.trim().replace(/[−–]/g, '-').replace(',', '.');
  if (!NUMBER.test(s)) return null;
  const v = Number(s);
  return Number.isFinite(v) ? v : null;
}

/**
 * A value written so that it reads back exactly: full precision, a true minus sign and the
 * language's decimal separator (parseNumberInput reads both).
 */
export function exactText(v: number, lang: Lang): string {
  return String(v).replace('-', '−').replace('.', numberStyle(lang).decimal);
}
