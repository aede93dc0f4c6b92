/**
 * A number typed as a card's answer: a point or a comma as the decimal separator, "−" (or "–")
 * as well as "-", spaces anywhere (a no-break or thin one too), and a power of ten written
 * "1.2e-3", "1,2·10⁻³", "1.2 × 10^-3" or "1.2*10^(-3)". Anything else ("", "abc", "1/2",
 * "1,234.5", "Infinity") is not a number here: null. The same rule as the explore mode's fields
 * (features do not share code), with the powers of ten a student copies from the screen.
 */

const SUPERSCRIPT: Readonly<Record<string, string>> = {
  '⁰': '0',
  '¹': '1',
  '²': '2',
  '³': '3',
  '⁴': '4',
  '⁵': '5',
  '⁶': '6',
  '⁷': '7',
  '⁸': '8',
  '⁹': '9',
  '⁻': '-',
  '⁺': '+',
};

const MANTISSA = '[+-]?(?:\\d+\\.?\\d*|\\.\\d+)';
const NUMBER = new RegExp(`^(${MANTISSA})(?:e([+-]?\\d+)|[·×*⋅x]10\\^?\\(?([+-]?\\d+)\\)?)?$`, 'i');

/** The finite number in the text, or null. */
export function parseAnswer(text: string): number | null {
  let s = text
    .replace(/[\s\u00a0\u2009\u202f]/g, '')
    .replace(/[−–‒]/g, '-')
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺]+/g, (m) => `^${[...m].map((c) => SUPERSCRIPT[c]).join('')}`);
  // One decimal separator at most: "1,234.5" (a thousands separator) is refused, not guessed.
  if ((s.match(/[.,]/g) ?? []).length > 1) return null;
  s = s.replace(',', '.');
  const m = NUMBER.exec(s);
  if (!m) return null;
  const exp = m[2] ?? m[3];
  const v = exp === undefined ? Number(m[1]) : Number(`${m[1]}e${exp}`);
  return Number.isFinite(v) ? v : null;
}
