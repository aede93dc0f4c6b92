/**
 * The decimal comma, for tests: Russian's number style (src/i18n/ru/index.ts), and what checks
 * that a text follows it. English keeps the decimal point, so each test can also show that what
 * it checks is not vacuous.
 */
import type { NumberStyle } from '../../../src/i18n';

/** Russian's number style: the decimal comma, "2,27 · 10⁻⁵", "13,5 %" (no-break spaces). */
export const DECIMAL_COMMA: NumberStyle = {
  decimal: ',',
  texDecimal: '{,}',
  times: '\u00A0·\u00A0',
  texTimes: '\\cdot',
  percentSpace: '\u00A0',
};

/** A number written with a decimal point ("0.5", "1.25 × 10⁻⁵"), which a comma style never shows. */
export const DECIMAL_POINT = /\d\.\d/;
export const DECIMAL_COMMA_NUMBER = /\d,\d/;

/** Every text an element shows or announces: its text, and the attributes read aloud or copied. */
export function shownTexts(root: Element): string[] {
  const out = [root.textContent ?? ''];
  for (const el of root.querySelectorAll('*')) {
    for (const a of ['aria-label', 'aria-valuetext', 'title', 'placeholder', 'data-tex']) {
      const v = el.getAttribute(a);
      if (v) out.push(v);
    }
    // A range's value is HTML's own (plain) notation: its aria-valuetext is what is announced.
    if (el instanceof HTMLInputElement && el.type === 'range') continue;
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) out.push(el.value);
  }
  return out;
}

/** The texts that hold a number with a decimal point, with a little context, for the message. */
export function decimalPoints(texts: readonly string[]): string[] {
  return texts.flatMap((s) =>
    [...s.matchAll(/\d\.\d/g)].map((m) => s.slice(Math.max(0, m.index - 30), m.index + 30)),
  );
}

/** The texts that write a power of ten the English way ("× 10"), which Russian never shows. */
export function timesSigns(texts: readonly string[]): string[] {
  return texts.flatMap((s) =>
    [...s.matchAll(/×\s*10|\\times\s*10/g)].map((m) =>
      s.slice(Math.max(0, m.index - 30), m.index + 30),
    ),
  );
}
