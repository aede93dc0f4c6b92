/**
 * What a heatmap draws: the matrix's entries, or — when a side exceeds the cell budget — blocks of
 * entries, each shown by its entry of largest magnitude (sign kept), so that no large value hides.
 */
import type { Mat } from '../../model';

export {
  blockGrid as heatGrid,
  type BlockCell as HeatCell,
  type BlockGrid as HeatGrid,
} from '../../model';

/** The largest finite |entry| (1 when there is none or all are 0): the colour scale's half-width. */
export function symmetricExtent(...ms: readonly Mat[]): number {
  let e = 0;
  for (const m of ms)
    for (let i = 0; i < m.data.length; i++) {
      const a = Math.abs(m.data[i]);
      if (Number.isFinite(a) && a > e) e = a;
    }
  return e > 0 ? e : 1;
}

/** The sign glyph of a value: "+", "−", "0", "∞"-marked for overflow, "?" for NaN. */
export function signGlyph(v: number): string {
  if (Number.isNaN(v)) return '?';
  if (v === Infinity) return '+∞';
  if (v === -Infinity) return '−∞';
  return v > 0 ? '+' : v < 0 ? '−' : '0';
}

/** Distance between hatching lines along an axis (6 px apart across the lines, at 45°). */
const HATCH_STEP = 6 * Math.SQRT2;

/**
 * The hatching of the negative cells as one SVG path: lines at 45° through each cell's square
 * (corner x, y; side `size`). One path for the whole map is one thing to paint, where a pattern
 * fill per cell made every repaint of the panel re-record each cell's pattern.
 */
export function hatchPath(cells: readonly { x: number; y: number }[], size: number): string {
  if (!(size > 0)) return '';
  const r = (v: number) => Math.round(v * 10) / 10;
  const parts: string[] = [];
  for (const { x, y } of cells) {
    // The lines x' + y' = d (cell coordinates), for d in (0, 2·size).
    for (let d = HATCH_STEP / 2; d < 2 * size; d += HATCH_STEP) {
      const a = Math.max(0, d - size);
      const b = Math.min(d, size);
      parts.push(`M${r(x + a)} ${r(y + b)}L${r(x + b)} ${r(y + a)}`);
    }
  }
  return parts.join('');
}

/** The axis labels' font size in SVG units (`.xp-axis` in explore-views.css). */
export const AXIS_FONT = 22;

/**
 * Label every `step`-th column (or row) of a map so that neighbouring labels do not overlap: a
 * label needs about 0.6 em per digit across, and 1 em down.
 */
export function axisStep(cellSize: number, last: number, across: boolean): number {
  if (!(cellSize > 0)) return 1;
  const digits = String(Math.max(0, Math.trunc(last))).length;
  const need = across ? digits * 0.6 * AXIS_FONT + 4 : AXIS_FONT;
  return Math.max(1, Math.ceil(need / cellSize));
}

/** 0, step, 2·step, … below n. */
export function everyNth(n: number, step: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i += Math.max(1, Math.trunc(step))) out.push(i);
  return out;
}
