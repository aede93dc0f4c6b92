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
