/**
 * Numbers fit for a projector: 3 significant digits (4 for 1000–9999), a true minus sign, powers
 * of ten written out for tiny and huge values (1.5 × 10⁻⁵ in English, 1,5 · 10⁻⁵ in Russian:
 * Intl.NumberFormat has no such notation), and NaN or ±∞ as a word instead of a number. Each
 * language's catalog gives its NumberStyle (the decimal separator, the multiplication sign of a
 * power of ten, the space before %); pass `lang` to write a number in it.
 */
import { LANGUAGES, type Lang } from './languages';
import { superscript } from './script';

/** How a language writes numbers: one line of its catalog (index.ts). */
export interface NumberStyle {
  /** The decimal separator in plain text: '.' or ','. */
  readonly decimal: string;
  /** The decimal separator in TeX: '.' or '{,}' (a comma without the space of a list). */
  readonly texDecimal: string;
  /**
   * The multiplication sign before a power of ten in plain text, with its spaces: ' × '
   * ("2.27 × 10⁻⁵") or ' · ' (a middle dot, U+00B7: "2,27 · 10⁻⁵").
   */
  readonly times: string;
  /** The same sign in TeX: \times or \cdot. */
  readonly texTimes: string;
  /** What separates a number from its % in plain text: ' ' or a no-break space '\u00A0'. */
  readonly percentSpace: string;
}

/** The style of a number written without a language (the command's output, exported files). */
export const PLAIN_NUMBERS: NumberStyle = {
  decimal: '.',
  texDecimal: '.',
  times: ' × ',
  texTimes: '\\times',
  percentSpace: ' ',
};

export interface NumberFormat {
  /** Significant digits, 3 by default. */
  readonly digits?: number;
  /** Shown for NaN and ±Infinity; "overflow" by default. */
  readonly overflow?: string;
  /** The language whose NumberStyle writes the number; the plain style when absent. */
  readonly lang?: Lang;
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

/** The NumberStyle of a language (its catalog's), or the plain one. */
export function numberStyle(lang?: Lang): NumberStyle {
  return lang ? LANGUAGES[lang].catalog.number : PLAIN_NUMBERS;
}

/**
 * What separates the numbers of a list in the language's style: ", " where the decimal separator
 * is a point, "; " where it is a comma ("[0,5; −1,2]", not "[0,5, −1,2]").
 */
export function listSeparator(lang?: Lang): string {
  return numberStyle(lang).decimal === ',' ? '; ' : ', ';
}

/**
 * A number as plain text (SVG labels, aria labels): "−0.0123", "1.5 × 10⁻⁵" in English,
 * "−0,0123", "1,5 · 10⁻⁵" in Russian.
 */
export function formatNumber(x: number, opts: NumberFormat = {}): string {
  const p = numberParts(x, opts.digits);
  if (!p) return opts.overflow ?? DEFAULT_OVERFLOW;
  const style = numberStyle(opts.lang);
  const sign = p.negative ? '−' : '';
  const digits = p.digits.replace('.', style.decimal);
  return p.exp === null
    ? `${sign}${digits}`
    : `${sign}${digits}${style.times}10${superscript(p.exp)}`;
}

/** The average advance of a character of a number (digits, point, sign), in em. */
export const NUMBER_CHAR_EM = 0.62;

/** How many characters of a number fit a box `width` wide at `fontSize` (at least 3). */
export function charBudget(width: number, fontSize: number): number {
  return Math.max(3, Math.floor(width / (fontSize * NUMBER_CHAR_EM)));
}

/** Compact scientific notation: "2.3e−5", "−1e12" (a true minus, no spaces). */
function compactScientific(x: number, digits: number, decimal: string): string {
  const [mant, expStr] = Math.abs(x)
    .toExponential(digits - 1)
    .split('e');
  const exp = Number(expStr);
  const m = stripZeros(mant).replace('.', decimal);
  return `${x < 0 ? '−' : ''}${m}e${exp < 0 ? '−' : ''}${Math.abs(exp)}`;
}

/**
 * The app's one number format where room is fixed (diagram labels, the term table, chart ticks,
 * tooltips): at most `budget` characters. The usual form (formatNumber) when it fits as a plain
 * number; else fewer digits; else compact scientific notation ("2.3e−5") with as many digits as
 * fit, at least one — the value is never cut, only rounded.
 */
export function formatFit(x: number, budget: number, opts: NumberFormat = {}): string {
  const p = numberParts(x, opts.digits);
  if (!p) return opts.overflow ?? DEFAULT_OVERFLOW;
  const decimal = numberStyle(opts.lang).decimal;
  const most = Math.min(Math.max(Math.round(opts.digits ?? 3), 1), 15);
  if (p.exp === null) {
    for (let d = most; d >= 1; d--) {
      // Fewer digits may round up into a power of ten (9999 → 1 × 10⁴): not a plain number.
      const q = numberParts(x, d);
      if (q && q.exp === null) {
        const s = formatNumber(x, { ...opts, digits: d });
        if (s.length <= budget) return s;
      }
    }
  }
  let shortest = '';
  for (let d = most; d >= 1; d--) {
    shortest = compactScientific(x, d, decimal);
    if (shortest.length <= budget) return shortest;
  }
  return shortest;
}

/**
 * A share in [0, 1] as a percentage in at most `budget` characters ("62.7 %", "2e−5 %"; in
 * Russian "62,7 %" with a no-break space).
 */
export function formatPercentFit(share: number, budget: number, opts: NumberFormat = {}): string {
  if (!Number.isFinite(share)) return formatNumber(share, opts);
  const space = numberStyle(opts.lang).percentSpace;
  const room = Math.max(1, budget - 2);
  const v = formatFit(share * 100, room, opts);
  // Too small to write in the room: say so instead of overflowing the box.
  if (v.length > room && Math.abs(share) < 5e-4) return `≈0${space}%`;
  return `${v}${space}%`;
}

/** Escapes text for \text{…}. */
export function texEscapeText(s: string): string {
  return (
    s
      .replace(/[\\{}$&#^_%~]/g, (c) =>
        c === '\\'
          ? '\\textbackslash{}'
          : c === '^'
            ? '\\textasciicircum{}'
            : c === '~'
              ? '\\textasciitilde{}'
              : `\\${c}`,
      )
      // Typeset text may hold a no-break space or hyphen, which strict KaTeX refuses in \text{}.
      .replace(/\u00a0/g, '~')
      .replace(/\u2011/g, '-')
  );
}

/**
 * A number as TeX: "-0.0123", "1.5\times10^{-5}" in English, "-0{,}0123", "1{,}5\cdot10^{-5}" in
 * Russian, or \text{overflow} for NaN and ±∞.
 */
export function numTex(x: number, opts: NumberFormat = {}): string {
  const p = numberParts(x, opts.digits);
  if (!p) return `\\text{${texEscapeText(opts.overflow ?? DEFAULT_OVERFLOW)}}`;
  const style = numberStyle(opts.lang);
  const sign = p.negative ? '-' : '';
  const digits = p.digits.replace('.', style.texDecimal);
  return p.exp === null ? `${sign}${digits}` : `${sign}${digits}${style.texTimes}10^{${p.exp}}`;
}

/** A share in [0, 1] as a percentage in TeX, e.g. "12.3\,\%". */
export function percentTex(share: number, opts: NumberFormat = {}): string {
  if (!Number.isFinite(share)) return numTex(share, opts);
  return `${numTex(share * 100, opts)}\\,\\%`;
}

/** A share in [0, 1] as plain text, e.g. "12.3 %" (in Russian "12,3 %" with a no-break space). */
export function formatPercent(share: number, opts: NumberFormat = {}): string {
  if (!Number.isFinite(share)) return formatNumber(share, opts);
  return `${formatNumber(share * 100, opts)}${numberStyle(opts.lang).percentSpace}%`;
}
