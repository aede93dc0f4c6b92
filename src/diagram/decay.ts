/**
 * Numbers of the vanishing/exploding comparison (the step 'vanishing-exploding'), taken from the core: for k = 0 … t★,
 * ‖∂s_t★/∂s_k‖₂ (σ_max of the Jacobian product, the spectral norm), the bound (γ·σ_max(W))^{t★−k}
 * on it (on it only: ‖∂s_t/∂s_k‖₂ ≤ Π‖D_j‖‖W‖, math.md §5) and ‖∂E_t★/∂s_k‖₂;
 * and a shared logarithmic domain so two panels (small W, large W) compare on one axis.
 */
import { formatNumber } from '../i18n';
import { norm2, type JacobianNorms, type TargetTerms } from '../model';
import type { DiagramLabels } from './labels';

export type SeriesName = 'jac' | 'grad' | 'bound';
/** In the legend's order: the Jacobian product, then its bound, then the gradient (not bounded by it). */
export const SERIES: readonly SeriesName[] = ['jac', 'bound', 'grad'];

export interface DecaySeries {
  readonly t: number;
  readonly sigmaW: number;
  readonly gamma: number;
  /** k = 0 … t for each series; values may be 0 or non-finite (not drawable on a log axis). */
  readonly values: Readonly<Record<SeriesName, readonly number[]>>;
}

export function decaySeries(jac: JacobianNorms, terms: TargetTerms): DecaySeries {
  if (jac.t !== terms.t)
    throw new RangeError(`Jacobians for t = ${jac.t}, terms for t = ${terms.t}`);
  return {
    t: jac.t,
    sigmaW: jac.sigmaW,
    gamma: jac.gamma,
    values: {
      jac: Array.from(jac.productNorm),
      grad: terms.dEds.map((g) => norm2(g)),
      bound: Array.from(jac.bound),
    },
  };
}

/** Drawable on a log axis: finite and > 0. */
export function drawable(v: number): boolean {
  return Number.isFinite(v) && v > 0;
}

const MIN_EXP = -300;
const MAX_EXP = 300;

/**
 * Whole decades covering every drawable value of every series: [10^lo, 10^hi], at least one
 * decade wide; [10⁻¹, 10¹] when nothing is drawable.
 */
export function logDomain(series: readonly DecaySeries[]): [number, number] {
  return decadesCovering(series.flatMap((s) => SERIES.map((name) => s.values[name])));
}

/** Whole decades covering every drawable value of the arrays (logDomain for any series). */
export function decadesCovering(arrays: Iterable<ArrayLike<number>>): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const values of arrays)
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (drawable(v)) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
  if (!(lo <= hi)) return [0.1, 10];
  let a = Math.max(MIN_EXP, Math.floor(Math.log10(lo)));
  let b = Math.min(MAX_EXP, Math.ceil(Math.log10(hi)));
  if (b <= a) {
    a -= 1;
    b += 1;
  }
  return [10 ** a, 10 ** b];
}

/** Decade exponents to label: at most `max` of them, evenly spaced. */
/** Vertical room per tick label (a 28 px label and its spacing). */
export const TICK_SPACING = 48;

/** How many decade ticks fit a plot this tall without their labels touching (2 … 7). */
export function decadeTickCount(plotHeight: number): number {
  return Math.max(2, Math.min(7, Math.floor(plotHeight / TICK_SPACING) + 1));
}

/** A power of ten's exponent as text, with a true minus sign ("−3"). */
export function formatExponent(e: number): string {
  return e < 0 ? `−${-e}` : String(e);
}

export function decadeTicks([lo, hi]: [number, number], max = 7): number[] {
  const a = Math.round(Math.log10(lo));
  const b = Math.round(Math.log10(hi));
  const step = Math.max(1, Math.ceil((b - a) / (max - 1)));
  const out: number[] = [];
  for (let e = a; e <= b; e += step) out.push(e);
  return out;
}

/** How many values of a series set cannot be drawn (zero or not finite). */
export function omittedCount(s: DecaySeries): number {
  return undrawable(SERIES.map((name) => s.values[name]));
}

/** How many values of the arrays a log axis cannot show (zero or not finite). */
export function undrawable(arrays: Iterable<ArrayLike<number>>): number {
  let n = 0;
  for (const values of arrays)
    for (let i = 0; i < values.length; i++) if (!drawable(values[i])) n++;
  return n;
}

/** Height of one legend row, and the estimated advance of a 28 px character. */
export const LEGEND_ROW = 44;
const CHAR_W = 16;

/** Legend items placed left to right, wrapping onto new rows when the width runs out. */
export function legendPlaces(labels: readonly string[], width: number): { x: number; y: number }[] {
  let x = 24;
  let y = 0;
  return labels.map((l) => {
    const w = 62 + [...l].length * CHAR_W + 40;
    if (x > 24 && x + w > width) {
      x = 24;
      y += LEGEND_ROW;
    }
    const at = { x, y };
    x += w;
    return at;
  });
}

/** Estimated advance of a bold 28 px character (generous, so estimated lines never run over). */
export const BOLD_CHAR_W = 18;

/**
 * Words wrapped greedily into lines of at most `width` px, each character counted as `charW` px
 * (SVG text does not wrap by itself); a word longer than a line gets a line of its own.
 */
export function wrapLines(text: string, width: number, charW = BOLD_CHAR_W): string[] {
  const max = Math.max(1, Math.floor(width / charW));
  const lines: string[] = [];
  let line = '';
  // Ordinary spaces only: a no-break space (typeset Russian) keeps its words together.
  for (const word of text.split(/[ \t\n]+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if ([...next].length <= max || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [''];
}

/**
 * A chart panel's title lines: "{name}: σ_max(W) = {σ}" on one line when it fits (and `split` is
 * not asked for, so that side-by-side panels can share one style), else the name (wrapped) over
 * the σ line.
 */
export function panelTitleLines(
  name: string,
  sigmaW: number,
  width: number,
  labels: DiagramLabels,
  split = false,
): string[] {
  // A gated cell has no σ_max(W) (NaN, not an overflow): its panel is titled by its name alone.
  if (Number.isNaN(sigmaW)) return wrapLines(name, width - 32);
  const sigma = formatNumber(sigmaW, { lang: labels.lang });
  const oneLine = labels('decay.title', { name, sigma });
  const room = width - 32;
  if (!split && wrapLines(oneLine, room).length === 1) return [oneLine];
  return [...wrapLines(name, room), ...wrapLines(labels('decay.sigma', { sigma }), room)];
}
