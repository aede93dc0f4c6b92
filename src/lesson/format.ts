/**
 * Numbers fit for a projector: 3 significant digits (4 for 1000–9999), a true minus sign, powers
 * of ten written out for tiny and huge values, and NaN or ±∞ as a word instead of a number.
 */

export interface NumberFormat {
  /** Significant digits, 3 by default. */
  readonly digits?: number;
  /** Shown for NaN and ±Infinity; "overflow" by default. */
  readonly overflow?: string;
}

export const DEFAULT_OVERFLOW = 'overflow';

/** The smallest and largest magnitudes written without a power of ten. */
const FIXED_MIN_EXP = -3;
const FIXED_MAX_EXP = 3;

interface Parts {
  readonly negative: boolean;
  /** Digits of the value in fixed notation, or the mantissa in scientific notation. */
  readonly digits: string;
  /** The power of ten, or null for fixed notation. */
  readonly exp: number | null;
}

function stripZeros(s: string): string {
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

/** Splits a finite number into sign, digits and exponent; null for NaN and ±Infinity. */
export function numberParts(x: number, digits = 3): Parts | null {
  if (!Number.isFinite(x)) return null;
  const d = Math.min(Math.max(Math.round(digits), 1), 15);
  if (x === 0) return { negative: false, digits: '0', exp: null };
  const [mant, expStr] = Math.abs(x)
    .toExponential(d - 1)
    .split('e');
  const exp = Number(expStr);
  const negative = x < 0;
  if (exp >= FIXED_MIN_EXP && exp <= FIXED_MAX_EXP) {
    const decimals = Math.max(0, d - 1 - exp);
    return { negative, digits: stripZeros(Math.abs(x).toFixed(decimals)), exp: null };
  }
  return { negative, digits: stripZeros(mant), exp };
}

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

/** A number as plain text (SVG labels, aria labels): "−0.0123", "1.5 × 10⁻⁵". */
export function formatNumber(x: number, opts: NumberFormat = {}): string {
  const p = numberParts(x, opts.digits);
  if (!p) return opts.overflow ?? DEFAULT_OVERFLOW;
  const sign = p.negative ? '−' : '';
  return p.exp === null ? `${sign}${p.digits}` : `${sign}${p.digits} × 10${superscript(p.exp)}`;
}

/** Escapes text for \text{…}. */
export function texEscapeText(s: string): string {
  return s.replace(/[\\{}$&#^_%~]/g, (c) =>
    c === '\\'
      ? '\\textbackslash{}'
      : c === '^'
        ? '\\textasciicircum{}'
        : c === '~'
          ? '\\textasciitilde{}'
          : `\\${c}`,
  );
}

/** A number as TeX: "-0.0123", "1.5\times10^{-5}", or \text{overflow} for NaN and ±∞. */
export function numTex(x: number, opts: NumberFormat = {}): string {
  const p = numberParts(x, opts.digits);
  if (!p) return `\\text{${texEscapeText(opts.overflow ?? DEFAULT_OVERFLOW)}}`;
  const sign = p.negative ? '-' : '';
  return p.exp === null ? `${sign}${p.digits}` : `${sign}${p.digits}\\times10^{${p.exp}}`;
}

/** A share in [0, 1] as a percentage in TeX, e.g. "12.3\,\%". */
export function percentTex(share: number, opts: NumberFormat = {}): string {
  if (!Number.isFinite(share)) return numTex(share, opts);
  return `${numTex(share * 100, opts)}\\,\\%`;
}

/** A share in [0, 1] as plain text, e.g. "12.3 %". */
export function formatPercent(share: number, opts: NumberFormat = {}): string {
  if (!Number.isFinite(share)) return formatNumber(share, opts);
  return `${formatNumber(share * 100, opts)} %`;
}
