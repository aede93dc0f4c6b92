/** Unicode sub- and superscripts for indices and exponents (s₋₁, sₖ, 10⁻⁵). */

const SUPERSCRIPT: Readonly<Record<string, string>> = {
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
  '-': '⁻',
};

const SUBSCRIPT: Readonly<Record<string, string>> = {
  '0': '₀',
  '1': '₁',
  '2': '₂',
  '3': '₃',
  '4': '₄',
  '5': '₅',
  '6': '₆',
  '7': '₇',
  '8': '₈',
  '9': '₉',
  '-': '₋',
  '+': '₊',
  k: 'ₖ',
  t: 'ₜ',
  j: 'ⱼ',
  n: 'ₙ',
};

/** Unicode subscript of an integer or a short index such as "k" or "t-1" (e.g. s₋₁, sₖ). */
export function subscript(v: number | string): string {
  const s = String(v).replace('−', '-');
  return [...s].map((c) => SUBSCRIPT[c] ?? c).join('');
}

/** Unicode superscript of an integer (e.g. 10⁻⁵). */
export function superscript(n: number): string {
  return [...String(n)].map((c) => SUPERSCRIPT[c] ?? c).join('');
}

/** Unicode superscript of a number as written (a true minus included: "−1" → "⁻¹"). */
export function superscriptText(v: string): string {
  return [...v.replace('−', '-')].map((c) => SUPERSCRIPT[c] ?? c).join('');
}

const FROM_SUBSCRIPT: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(SUBSCRIPT).map(([plain, sub]) => [sub, plain === '-' ? '−' : plain]),
);

/**
 * A name ending in Unicode subscripts split into its base and its index written plainly, for
 * real subscript markup: "s₋₁" → ["s", "−1"], "ŷ₃" → ["ŷ", "3"], "W" → ["W", ""].
 */
export function splitSubscript(name: string): [string, string] {
  const chars = [...name];
  let i = chars.length;
  while (i > 0 && FROM_SUBSCRIPT[chars[i - 1]] !== undefined) i--;
  return [
    chars.slice(0, i).join(''),
    chars
      .slice(i)
      .map((c) => FROM_SUBSCRIPT[c])
      .join(''),
  ];
}
