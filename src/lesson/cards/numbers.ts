/**
 * The shown numbers and the check's tolerance.
 *
 * Every given number is shown rounded to 4 significant digits (displayValue). A student who
 * computes the entry by hand from the shown numbers makes an error of at most about
 * F · 5·10⁻⁴ · Σ|terms|, where the answer is written out as a sum of products (each with at most
 * F ≤ 4 shown factors: f′ = 1 − s² makes W δ − s·s·W·δ) and Σ|terms| is the sum of those products'
 * magnitudes (the card's `scale`). Through exp, f and a quotient the same first-order propagation
 * holds (`scale` of g(x) is max|g′| near x times the scale of x). So the check is
 *
 *   |v − answer| ≤ max(rel·|answer|, ofScale·scale),   rel = 1 %, ofScale = 0.5 %,
 *
 * which accepts an answer from the shown numbers with room to spare, and, for a single product
 * (scale = |answer|), never accepts 0 for a non-zero answer; for a sum it accepts 0 only when the
 * terms cancel to within 0.5 % of their size (the cards avoid such entries: build.ts).
 */
import { act, actPrime, type Activation } from '../../model';
import type { CardTolerance } from './types';

/** Significant digits of a shown number. */
export const DISPLAY_DIGITS = 4;

/** The check's constants, for the UI to state ("within 1 %"): see the module's comment. */
export const TOLERANCE = { rel: 0.01, ofScale: 0.005 } as const;

/** x rounded to DISPLAY_DIGITS significant digits: the number the card shows. */
export function displayValue(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  return Number(x.toPrecision(DISPLAY_DIGITS));
}

/** The allowed |v − x| for a value x of the given scale. */
export function allowedError(x: number, scale: number): number {
  return Math.max(TOLERANCE.rel * Math.abs(x), TOLERANCE.ofScale * scale);
}

export function toleranceOf(answer: number, scale: number): CardTolerance {
  return {
    rel: TOLERANCE.rel,
    abs: TOLERANCE.ofScale * scale,
    scale,
    allowed: allowedError(answer, scale),
  };
}

/**
 * A value with its scale: v, and s = Σ|terms| of v written out as a sum of products of shown
 * numbers (first-order through exp, f and quotients). The cards' formulas compute in Nums so that
 * every answer and every mistaken variant carries the scale its tolerance needs.
 */
export interface Num {
  readonly v: number;
  readonly s: number;
}

/** A shown number (or an exact one): its own magnitude is its scale. */
export const num = (x: number): Num => ({ v: x, s: Math.abs(x) });
/** An exact constant (1, 0): it is not rounded, yet it is a term of its sum. */
export const constant = (x: number): Num => ({ v: x, s: Math.abs(x) });

export function mul(...xs: readonly Num[]): Num {
  let v = 1;
  let s = 1;
  for (const x of xs) {
    v *= x.v;
    s *= x.s;
  }
  return { v, s };
}

export function sum(xs: readonly Num[]): Num {
  let v = 0;
  let s = 0;
  for (const x of xs) {
    v += x.v;
    s += x.s;
  }
  return { v, s };
}

export const sub = (a: Num, b: Num): Num => ({ v: a.v - b.v, s: a.s + b.s });
export const neg = (a: Num): Num => ({ v: -a.v, s: a.s });

export function exp(a: Num): Num {
  const e = Math.exp(a.v);
  return { v: e, s: e * a.s };
}

export function div(a: Num, b: Num): Num {
  const v = a.v / b.v;
  return { v, s: a.s / Math.abs(b.v) + (Math.abs(a.v) * b.s) / (b.v * b.v) };
}

/**
 * f(z) of a computed z: its scale is max |f′| over z ± ofScale·scale(z) (where a z computed from
 * the shown numbers may land) times the scale of z; for relu near its kink, the full scale.
 */
export function applyF(f: Activation, z: Num): Num {
  const e = TOLERANCE.ofScale * z.s;
  let d: number;
  if (f === 'relu') d = z.v + e > 0 ? 1 : 0;
  else if (z.v - e <= 0 && z.v + e >= 0) d = actPrime(f, 0);
  else d = Math.max(actPrime(f, z.v - e), actPrime(f, z.v + e));
  return { v: act(f, z.v), s: d * z.s };
}

/**
 * f′(z) written through s = f(z), as the cards show it: tanh′ = 1 − s², σ′ = s(1 − s) = s − s²,
 * relu′ = [s > 0] (exact: a positive s stays positive when rounded), linear′ = 1.
 */
export function fprimeOfState(f: Activation, s: number): Num {
  switch (f) {
    case 'tanh':
      return { v: 1 - s * s, s: 1 + s * s };
    case 'sigmoid':
      return { v: s * (1 - s), s: Math.abs(s) + s * s };
    case 'relu':
      return constant(s > 0 ? 1 : 0);
    case 'linear':
      return constant(1);
  }
}

/** Whether v passes as x (of the given scale). */
export function within(v: number, x: Num): boolean {
  return Math.abs(v - x.v) <= allowedError(x.v, x.s);
}
