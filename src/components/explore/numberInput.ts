/**
 * Reading numbers typed by hand: a comma or a point as the decimal separator, the true minus sign
 * "−" as well as "-", surrounding spaces ignored. Anything else (empty text, "abc", "1/2",
 * "Infinity", "NaN", hexadecimal) is not a number here.
 */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** The finite number in the text, or null. */
export function parseNumberInput(text: string): number | null {
  const s = text.trim().replace(/[−–]/g, '-').replace(',', '.');
  if (!NUMBER.test(s)) return null;
  const v = Number(s);
  return Number.isFinite(v) ? v : null;
}

/** A value written so that it reads back exactly (full precision, true minus sign). */
export function exactText(v: number): string {
  return String(v).replace('-', '−');
}
