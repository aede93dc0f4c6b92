/**
 * The "draw your prediction" chart's pure logic (DrawChart.tsx draws it): a point's value ↔ its
 * height on the logarithmic axis (with the lane for exact zeros below the axis), snapping to
 * fractions of a decade, the keys that move a point, and where each part of the chart sits.
 * D3 computes the scales; nothing here touches the DOM.
 */
import { scaleBand, scaleLog } from 'd3-scale';
import { line } from 'd3-shape';
import { legendPlaces, LEGEND_ROW, wrapLines } from '../decay';

/** While the student draws: a fixed domain, so the axis does not give the answer away. */
export const ASK_DOMAIN: readonly [number, number] = [1e-8, 1e2];
/** The chart's default viewBox (logical px). */
export const DEFAULT_WIDTH = 600;
export const DEFAULT_HEIGHT = 560;
/** A dragged point snaps to this fraction of a decade. */
export const SNAP = 1 / 8;
/** ArrowUp/ArrowDown move a point by this fraction of a decade (Shift: 1). */
export const KEY_STEP = 1 / 4;
/** The estimated advance of a 28 px character (as the decay chart's legend counts it). */
export const CHAR_W = 16;
/**
 * The student's markers' radius (≥ 12 px) and their focus ring's; the computed curve's squares'
 * half side.
 */
export const MARKER_R = 12;
export const RING_R = 21;
export const SQUARE = 11;

/** An exponent rounded to the nearest multiple of `step` (of a decade). */
export function snapExponent(e: number, step = SNAP): number {
  const s = Math.round(e / step) * step;
  // 10 ** x and log10 round-trips leave −3.2499999…; a clean multiple keeps the steps exact.
  return Number(s.toFixed(6)) + 0;
}

/** A value > 0 snapped to the grid of `step` decades; 0 (or anything not > 0) stays 0. */
export function snapValue(v: number, step = SNAP): number {
  if (!(v > 0)) return 0;
  if (!Number.isFinite(v)) return v;
  return 10 ** snapExponent(Math.log10(v), step);
}

/** The domain's ends as exponents of ten (e.g. [−8, 2] for [10⁻⁸, 10²]). */
export function domainExponents([lo, hi]: readonly [number, number]): [number, number] {
  return [Math.log10(lo), Math.log10(hi)];
}

/**
 * A slider's aria-valuenow, in log10 units: the value's exponent, clamped to the domain; the
 * exact-zero lane counts as one decade below the domain's bottom (aria-valuemin, see ariaRange).
 */
export function ariaNow(value: number, domain: readonly [number, number]): number {
  const [a, b] = domainExponents(domain);
  if (!(value > 0)) return a - 1;
  return Number(Math.min(b, Math.max(a, Math.log10(value))).toFixed(3)) + 0;
}

/** aria-valuemin (the zero lane, a decade below the domain) and aria-valuemax (its top). */
export function ariaRange(domain: readonly [number, number]): [number, number] {
  const [a, b] = domainExponents(domain);
  return [a - 1, b];
}

/**
 * The value a key gives a point holding `value`, or null when the key does not move points.
 * ↑/↓ a quarter of a decade (Shift: a decade), Home/End the top and
 * the bottom of the domain, "0" the zero lane. Below the domain's bottom is the zero lane; up
 * from the zero lane is the domain's bottom. A value outside the domain is first brought into it;
 * the result is snapped to eighths of a decade (as a dragged point is).
 */
export function keyValue(
  value: number,
  key: string,
  shift: boolean,
  domain: readonly [number, number],
): number | null {
  const [lo, hi] = domain;
  const [a, b] = domainExponents(domain);
  let up: number;
  switch (key) {
    case 'ArrowUp':
      up = shift ? 1 : KEY_STEP;
      break;
    case 'ArrowDown':
      up = shift ? -1 : -KEY_STEP;
      break;
    // PageUp and PageDown are a clicker's keys: they stay the lesson's (next skips the prompt).
    case 'Home':
      return hi;
    case 'End':
      return lo;
    case '0':
      return 0;
    default:
      return null;
  }
  if (!(value > 0)) return up > 0 ? lo : 0;
  const e = Math.min(b, Math.max(a, Math.log10(value)));
  // Moved, then snapped to the pointer's grid (1/8 decade): exact steps, no drift.
  const next = snapExponent(e + up);
  if (next < a - 1e-9) return 0;
  if (next >= b - 1e-9) return hi;
  return 10 ** next;
}

export interface DrawLayoutInput {
  readonly width: number;
  readonly height: number;
  /** The last k (points are k = 0 … t). */
  readonly t: number;
  readonly domain: readonly [number, number];
  /** The zero lane's label (wrapped to fit the left margin). */
  readonly zeroLabel: string;
  /** The legend's names (both, even while only the first is shown: nothing moves at the reveal). */
  readonly legend: readonly string[];
}

export interface DrawLayout {
  readonly width: number;
  readonly height: number;
  /** The plot's left and right edges (the columns span them). */
  readonly left: number;
  readonly right: number;
  /** The axis title's baseline centre, and the legend's first row. */
  readonly titleY: number;
  readonly legendY: number;
  readonly legend: readonly { x: number; y: number }[];
  /** The log axis: from plotTop (the domain's top) down to plotBottom (its bottom). */
  readonly plotTop: number;
  readonly plotBottom: number;
  /** The exact-zero lane below the axis, and the height its points sit at. */
  readonly laneTop: number;
  readonly laneBottom: number;
  readonly laneY: number;
  readonly zeroLines: readonly string[];
  /** Below this height, a pointer means exact zero. */
  readonly zeroBelow: number;
  /** The columns take presses from hitTop down to hitBottom (the lane's bottom, and a margin). */
  readonly hitTop: number;
  readonly hitBottom: number;
  /** The k labels' row; every kStep-th k is labelled, counting back from t (always labelled). */
  readonly kY: number;
  readonly kStep: number;
  /** A column's width; x(k) is its centre, colLeft(k) its left edge. */
  readonly colWidth: number;
  readonly x: (k: number) => number;
  readonly colLeft: (k: number) => number;
  /** A value > 0 to its height on the axis (clamped to the domain). */
  readonly y: (v: number) => number;
  /** A height on the axis back to a value (not snapped). */
  readonly invert: (y: number) => number;
  readonly domain: readonly [number, number];
}

const LANE_GAP = 18;
const LINE = 32;

export function drawLayout(input: DrawLayoutInput): DrawLayout {
  const { width, height, t, domain } = input;
  const [a, b] = domainExponents(domain);
  // A tick label: "10" at 36 px and its exponent ("−8") at 28 px.
  const tickW = Math.max(
    ...[a, b].map((e) => 40 + (1 + String(Math.round(Math.abs(e))).length) * CHAR_W),
  );
  const zeroLines = wrapLines(input.zeroLabel, width * 0.3 - 28, CHAR_W);
  const zeroW = Math.max(...zeroLines.map((l) => [...l].length * CHAR_W));
  const left = Math.round(Math.max(110, tickW + 28, zeroW + 28));
  const right = width - 24;
  const titleY = 28;
  const legendY = 80;
  const legend = legendPlaces(input.legend, width);
  const legendBottom = legendY + legend[legend.length - 1].y + LEGEND_ROW / 2;
  const plotTop = legendBottom + 36;
  const kY = height - 28;
  const laneH = Math.max(56, zeroLines.length * LINE + 16);
  const laneBottom = kY - 30;
  const laneTop = laneBottom - laneH;
  const plotBottom = Math.max(plotTop + 60, laneTop - LANE_GAP);
  const band = scaleBand<number>()
    .domain(Array.from({ length: t + 1 }, (_, k) => k))
    .range([left, right])
    .paddingInner(0)
    .paddingOuter(0);
  const colWidth = band.bandwidth();
  const scale = scaleLog().domain([domain[0], domain[1]]).range([plotBottom, plotTop]).clamp(true);
  return {
    width,
    height,
    left,
    right,
    titleY,
    legendY,
    legend,
    plotTop,
    plotBottom,
    laneTop,
    laneBottom,
    laneY: (laneTop + laneBottom) / 2,
    zeroLines,
    zeroBelow: plotBottom + LANE_GAP / 2,
    hitTop: plotTop - 30,
    hitBottom: laneBottom + 20,
    kY,
    // A k label is its digits at 28 px (about 17 px each) and some air.
    kStep: Math.max(1, Math.ceil((String(t).length * 17 + 12) / Math.max(1, colWidth))),
    colWidth,
    x: (k) => (band(k) ?? left) + colWidth / 2,
    colLeft: (k) => band(k) ?? left,
    y: (v) => scale(v),
    invert: (yy) => scale.invert(yy),
    domain,
  };
}

/** A value a point can be drawn at: > 0 and finite on the axis, or exactly 0 in the lane. */
export function placeable(v: number): boolean {
  return v === 0 || (v > 0 && Number.isFinite(v));
}

/** A curve's path: on the axis through the values > 0, in the lane through runs of zeros. */
export function seriesPath(layout: DrawLayout, values: readonly number[]): string {
  const onAxis = line<number>()
    .defined((v) => v > 0 && Number.isFinite(v))
    .x((_, k) => layout.x(k))
    .y((v) => layout.y(v));
  const inLane = line<number>()
    .defined((v) => v === 0)
    .x((_, k) => layout.x(k))
    .y(() => layout.laneY);
  return [onAxis(values as number[]), inLane(values as number[])].filter(Boolean).join('');
}

/** A point's height: on the axis for a value > 0, in the zero lane for 0. */
export function valueToY(layout: DrawLayout, v: number): number {
  return v > 0 ? layout.y(v) : layout.laneY;
}

/** The value a pointer at height `y` sets: snapped to 1/8 decade, 0 in (or below) the zero lane. */
export function yToValue(layout: DrawLayout, y: number, step = SNAP): number {
  if (y >= layout.zeroBelow) return 0;
  const [lo, hi] = layout.domain;
  const v = snapValue(layout.invert(Math.min(layout.plotBottom, y)), step);
  return Math.min(hi, Math.max(lo, v));
}

/** Which column a horizontal position falls in (clamped to the first and last). */
export function columnAt(layout: DrawLayout, x: number, t: number): number {
  const k = Math.floor((x - layout.left) / Math.max(1e-9, layout.colWidth));
  return Math.min(t, Math.max(0, k));
}

export interface GapPlace {
  /** The label's centre; it is written upwards (rotated −90°) about it. */
  readonly x: number;
  readonly y: number;
}

/**
 * How far right of its column's centre a gap label's centre line sits: past the markers; in a
 * column narrower than twice this, on the column's edge (half over each column's markers).
 */
export const GAP_OFFSET = 27;

/**
 * Where a point's gap label goes: written upwards (a column is narrower than a label), just right
 * of the column's markers (radius ≤ 12) and its dotted gap line (GAP_OFFSET); centred on the gap
 * between the student's point (`ya`) and the computed one (`yb`), moved along the column so that
 * its `length` px stay between the plot's top and the axis (the lane's bottom when a point is in
 * the lane); centred on that run when it is shorter than the label.
 */
export function gapPlace(
  layout: DrawLayout,
  k: number,
  ya: number,
  yb: number,
  length: number,
): GapPlace {
  const floor = Math.max(ya, yb) > layout.plotBottom ? layout.laneBottom : layout.plotBottom;
  const top = layout.plotTop - 16;
  const mid = (ya + yb) / 2;
  const half = length / 2;
  const y =
    floor - top <= length ? (top + floor) / 2 : Math.min(floor - half, Math.max(top + half, mid));
  return { x: layout.x(k) + Math.min(GAP_OFFSET, layout.colWidth / 2), y };
}
