/**
 * How far a response was from a prompt's truth (answers.ts): pure measures a reveal can quote.
 */
import type { BinaryOption, BinaryTruth, ChoiceTruth, DrawTruth } from './types';

export interface ChoiceGap {
  readonly correct: boolean;
  /** Whether the k chosen is among the options offered. */
  readonly offered: boolean;
  /**
   * norms[k] / norms[correct]: how many times larger the chosen term is (≥ 1 for an offered k; 1
   * for the correct one; Infinity when only the correct term is 0); NaN for a k not offered.
   */
  readonly factor: number;
}

export function choiceGap(truth: ChoiceTruth, k: number): ChoiceGap {
  const correct = k === truth.correct;
  const offered = truth.options.includes(k);
  if (!offered) return { correct, offered, factor: NaN };
  const chosen = truth.norms[k];
  const best = truth.norms[truth.correct];
  return { correct, offered, factor: correct || chosen === best ? 1 : chosen / best };
}

/** An exact zero missed or drawn where there is none. */
export type ZeroMiss = null | 'missed-zero' | 'false-zero';

export interface DrawPoint {
  readonly k: number;
  /** The value drawn (NaN when the response has no value at k). */
  readonly predicted: number;
  readonly actual: number;
  /** log10(predicted / actual); null when either is 0 (or missing, or not finite). */
  readonly decades: number | null;
  /** 'missed-zero': the actual value is exactly 0, the drawn one > 0; 'false-zero': the reverse. */
  readonly zero: ZeroMiss;
}

export interface DrawGap {
  /** k = 0 … t★ (the truth's length). */
  readonly points: readonly DrawPoint[];
  /** The point with the largest |decades| (the first of equals), or null when none compares. */
  readonly worst: { readonly k: number; readonly decades: number } | null;
  /** The mean of |decades| over the points that compare (NaN when none does). */
  readonly meanAbsDecades: number;
  /** How many points compare (both values > 0 and finite). */
  readonly comparable: number;
}

const positive = (x: number) => x > 0 && Number.isFinite(x);

export function drawGap(truth: DrawTruth, values: readonly number[]): DrawGap {
  const points: DrawPoint[] = [];
  let worst: { k: number; decades: number } | null = null;
  let sum = 0;
  let comparable = 0;
  truth.values.forEach((actual, k) => {
    const predicted = k < values.length ? values[k] : NaN;
    const both = positive(predicted) && positive(actual);
    const decades = both ? Math.log10(predicted / actual) : null;
    let zero: ZeroMiss = null;
    if (actual === 0 && predicted > 0) zero = 'missed-zero';
    else if (predicted === 0 && actual > 0) zero = 'false-zero';
    points.push({ k, predicted, actual, decades, zero });
    if (decades === null) return;
    comparable++;
    sum += Math.abs(decades);
    if (worst === null || Math.abs(decades) > Math.abs(worst.decades)) worst = { k, decades };
  });
  return { points, worst, meanAbsDecades: comparable > 0 ? sum / comparable : NaN, comparable };
}

export interface BinaryGap {
  readonly correct: boolean;
}

export function binaryGap(truth: BinaryTruth, option: BinaryOption): BinaryGap {
  return { correct: option === truth.correct };
}

/**
 * A factor as a sentence quotes it: three significant digits below 10, two up to 100, whole
 * above (a number, so that the sentence can choose its plural).
 */
export function roundFactor(x: number): number {
  if (!Number.isFinite(x)) return x;
  if (x >= 100) return Math.round(x);
  // Near 1 (a decided question's two numbers may be 0.1 % apart) with the digits that tell them apart.
  return Number(x.toPrecision(x < 1.1 ? 4 : x < 10 ? 3 : 2));
}
