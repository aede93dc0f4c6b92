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
