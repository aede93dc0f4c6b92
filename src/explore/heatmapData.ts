/**
 * What a heatmap draws: the matrix's entries, or — when a side exceeds the cell budget — blocks of
 * entries, each shown by its entry of largest magnitude (sign kept), so that no large value hides.
 */
import type { BlockGrid as HeatGrid, Mat } from '../model';

export {
  blockGrid as heatGrid,
  type BlockCell as HeatCell,
  type BlockGrid as HeatGrid,
} from '../model';

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

const r1 = (v: number) => Math.round(v * 10) / 10;

/** Distance between hatching lines along an axis (6 px apart across the lines, at 45°). */
const HATCH_STEP = 6 * Math.SQRT2;

/**
 * The hatching of the negative cells as one SVG path: lines at 45° through each cell's square
 * (corner x, y; side `size`). One path for the whole map is one thing to paint, where a pattern
 * fill per cell made every repaint of the panel re-record each cell's pattern.
 */
export function hatchPath(cells: readonly { x: number; y: number }[], size: number): string {
  if (!(size > 0)) return '';
  const parts: string[] = [];
  for (const { x, y } of cells) {
    // The lines x' + y' = d (cell coordinates), for d in (0, 2·size).
    for (let d = HATCH_STEP / 2; d < 2 * size; d += HATCH_STEP) {
      const a = Math.max(0, d - size);
      const b = Math.min(d, size);
      parts.push(`M${r1(x + a)} ${r1(y + b)}L${r1(x + b)} ${r1(y + a)}`);
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

/** An axis label of a map: a column's index above it, a row's to its left. */
export interface AxisLabel {
  readonly key: string;
  readonly x: number;
  readonly y: number;
  readonly anchor: 'middle' | 'end';
  readonly baseline: 'central' | undefined;
  readonly text: number;
}

/**
 * The axis labels of a map whose cells lie at `g` (a block's first index when summarised), far
 * enough apart not to overlap: every other one on a dense 16 × 16 map.
 */
export function axisLabels(grid: HeatGrid, g: HeatGeometry): AxisLabel[] {
  const colLabel = (c: number) => (grid.summarised ? (grid.cells[c]?.j0 ?? c) : c);
  const rowLabel = (r: number) => (grid.summarised ? (grid.cells[r * grid.cols]?.i0 ?? r) : r);
  const colStep = axisStep(g.size, colLabel(grid.cols - 1), true);
  const rowStep = axisStep(g.size, rowLabel(grid.rows - 1), false);
  return [
    ...everyNth(grid.cols, colStep).map((c) => ({
      key: `c${c}`,
      x: g.x0 + c * g.size + g.size / 2,
      y: g.y0 - 8,
      anchor: 'middle' as const,
      baseline: undefined,
      text: colLabel(c),
    })),
    ...everyNth(grid.rows, rowStep).map((r) => ({
      key: `r${r}`,
      x: g.x0 - 6,
      y: g.y0 + r * g.size + g.size / 2,
      anchor: 'end' as const,
      baseline: 'central' as const,
      text: rowLabel(r),
    })),
  ];
}

/** 0, step, 2·step, … below n. */
export function everyNth(n: number, step: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i += Math.max(1, Math.trunc(step))) out.push(i);
  return out;
}

/** Where a map's cells lie: the first cell's corner, the side of a cell, cells per row. */
export interface HeatGeometry {
  readonly x0: number;
  readonly y0: number;
  readonly size: number;
  readonly cols: number;
}

/** The top-left corner of cell k (row-major). */
export function cellCorner(k: number, g: HeatGeometry): { x: number; y: number } {
  return { x: g.x0 + (k % g.cols) * g.size, y: g.y0 + Math.floor(k / g.cols) * g.size };
}

/** The cell under the point (x, y), in map units, or null outside the rows × cols cells. */
export function cellAtPoint(x: number, y: number, rows: number, g: HeatGeometry): number | null {
  const c = Math.floor((x - g.x0) / g.size);
  const r = Math.floor((y - g.y0) / g.size);
  return c >= 0 && c < g.cols && r >= 0 && r < rows ? r * g.cols + c : null;
}

/** A cell's sign as drawn (NaN has no sign, and no fill). */
export type SignClass = 'pos' | 'neg' | 'zero' | 'nan';

export function signClass(v: number): SignClass {
  return Number.isNaN(v) ? 'nan' : v > 0 ? 'pos' : v < 0 ? 'neg' : 'zero';
}

/** Steps of a fill's opacity: neighbouring steps look alike, so cells share few paths. */
export const FILL_LEVELS = 24;

/** The fill opacity for a strength in [0, 1] (|intensity| on the diverging scale), stepped. */
export function fillOpacity(strength: number): number {
  const s = Number.isFinite(strength) ? Math.min(1, Math.max(0, strength)) : 0;
  const level = Math.round(s * (FILL_LEVELS - 1)) / (FILL_LEVELS - 1);
  return Math.round((0.12 + 0.88 * level) * 1e4) / 1e4;
}

/** Cells of one sign and one opacity, as one path of squares. */
export interface FillLayer {
  readonly sign: SignClass;
  readonly opacity: number;
  readonly d: string;
}

/** Sign glyphs of one kind, drawn as strokes; `strong` ones lie on a dark fill. */
export interface GlyphLayer {
  readonly glyph: '+' | '−' | '0';
  readonly strong: boolean;
  readonly d: string;
}

/** A glyph kept as text: NaN ("?") and overflow ("+∞", "−∞"). */
export interface GlyphText {
  readonly k: number;
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly strong: boolean;
}

export interface HeatLayers {
  readonly fills: readonly FillLayer[];
  readonly glyphs: readonly GlyphLayer[];
  readonly texts: readonly GlyphText[];
}

/** A fill above this strength is dark: its glyph is drawn in the background colour. */
const STRONG = 0.55;

/** The square of a cell, inset by half a pixel (its outline lies on the grid's lines). */
export function cellSquare(x: number, y: number, size: number): string {
  const s = r1(size - 1);
  return `M${r1(x + 0.5)} ${r1(y + 0.5)}h${s}v${s}h${-s}z`;
}

/** A glyph's strokes centred at (cx, cy), `size` the glyph's height in font terms. */
function glyphStrokes(glyph: '+' | '−' | '0', cx: number, cy: number, size: number): string {
  const a = r1(size * 0.28);
  if (glyph === '−') return `M${r1(cx - a)} ${r1(cy)}h${r1(2 * a)}`;
  if (glyph === '+')
    return `M${r1(cx - a)} ${r1(cy)}h${r1(2 * a)}M${r1(cx)} ${r1(cy - a)}v${r1(2 * a)}`;
  const rx = r1(size * 0.2);
  const ry = r1(size * 0.3);
  return `M${r1(cx - rx)} ${r1(cy)}a${rx} ${ry} 0 1 0 ${r1(2 * rx)} 0a${rx} ${ry} 0 1 0 ${r1(-2 * rx)} 0`;
}

/**
 * Every cell's shapes as path data, which depend on the map's geometry alone: computed once per
 * geometry, so that new values only regroup them.
 */
export interface CellShapes {
  readonly square: readonly string[];
  readonly hatch: readonly string[];
  readonly glyph: readonly Readonly<Record<'+' | '−' | '0', string>>[];
  /** Centres, for glyphs drawn as text. */
  readonly cx: readonly number[];
  readonly cy: readonly number[];
}

export function cellShapes(rows: number, g: HeatGeometry, glyphSize: number): CellShapes {
  const square: string[] = [];
  const hatch: string[] = [];
  const glyph: Record<'+' | '−' | '0', string>[] = [];
  const cx: number[] = [];
  const cy: number[] = [];
  for (let k = 0; k < rows * g.cols; k++) {
    const { x, y } = cellCorner(k, g);
    const mx = x + g.size / 2;
    const my = y + g.size / 2;
    square.push(cellSquare(x, y, g.size));
    hatch.push(hatchPath([{ x, y }], g.size));
    glyph.push({
      '+': glyphStrokes('+', mx, my, glyphSize),
      '−': glyphStrokes('−', mx, my, glyphSize),
      '0': glyphStrokes('0', mx, my, glyphSize),
    });
    cx.push(mx);
    cy.push(my);
  }
  return { square, hatch, glyph, cx, cy };
}

/** The outlines of every cell (they do not depend on the values). */
export function gridPath(shapes: CellShapes): string {
  return shapes.square.join('');
}

/** The hatching of the cells whose value is negative. */
export function negativeHatch(values: readonly number[], shapes: CellShapes): string {
  let d = '';
  values.forEach((v, k) => {
    if (v < 0) d += shapes.hatch[k] ?? '';
  });
  return d;
}

/**
 * What a map draws for its values, grouped so that an edit changes a few dozen paths instead of
 * hundreds of elements: the fills by sign and opacity step, the finite signs' glyphs by kind and
 * contrast, and the rare non-finite glyphs as text. `strengths[k]` is cell k's |intensity|.
 */
export function heatLayers(
  values: readonly number[],
  strengths: readonly number[],
  shapes: CellShapes,
): HeatLayers {
  const fills = new Map<string, { sign: SignClass; opacity: number; d: string }>();
  const glyphs = new Map<string, { glyph: '+' | '−' | '0'; strong: boolean; d: string }>();
  const texts: GlyphText[] = [];
  values.forEach((v, k) => {
    const sign = signClass(v);
    const strength = strengths[k] ?? 0;
    const strong = strength > STRONG;
    if (sign !== 'nan') {
      const opacity = fillOpacity(strength);
      const key = `${sign} ${opacity}`;
      const f = fills.get(key);
      if (f) f.d += shapes.square[k];
      else fills.set(key, { sign, opacity, d: shapes.square[k] ?? '' });
    }
    const glyph = signGlyph(v);
    if (glyph === '+' || glyph === '−' || glyph === '0') {
      const key = `${glyph} ${strong}`;
      const gl = glyphs.get(key);
      const d = shapes.glyph[k]?.[glyph] ?? '';
      if (gl) gl.d += d;
      else glyphs.set(key, { glyph, strong, d });
    } else {
      texts.push({ k, x: shapes.cx[k] ?? 0, y: shapes.cy[k] ?? 0, text: glyph, strong });
    }
  });
  return { fills: [...fills.values()], glyphs: [...glyphs.values()], texts };
}
