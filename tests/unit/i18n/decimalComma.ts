/**
 * Russian with a decimal comma, for tests: the one line of src/i18n/ru/index.ts that a switch to
 * the decimal comma changes. A test file gives it to the Russian catalog with
 *
 *   vi.mock('../../../src/i18n/ru', async (original) =>
 *     (await import('./decimalComma')).withDecimalComma(original),
 *   );
 *
 * and everything the app writes in Russian then goes through the same number functions with it,
 * while English keeps the decimal point (so each test also shows what it checks is not vacuous).
 */
import type { Catalog, NumberStyle } from '../../../src/i18n';

export const DECIMAL_COMMA: NumberStyle = { decimal: ',', texDecimal: '{,}' };

/** The Russian catalog module with the decimal comma as its number style. */
export async function withDecimalComma(
  original: () => Promise<unknown>,
): Promise<{ CATALOG: Catalog }> {
  const { CATALOG } = (await original()) as { CATALOG: Catalog };
  return { CATALOG: { ...CATALOG, number: DECIMAL_COMMA } };
}

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
