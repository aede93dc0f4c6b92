/**
 * Geometry of the unrolled network, pure (d3-scale only). Sizes are logical pixels on the
 * 1920×1080 stage: node labels 28 px, strokes ≥ 3 px. Column −1 holds s₋₁ (and, for shared
 * weights, the U, W and V badges); columns 0 … T−1 hold x_t (bottom), s_t, ŷ_t and E_t (top).
 * When T columns of the minimum width do not fit, the layout is wider than asked and the
 * container scrolls horizontally; narrow columns (compact) hide the inline values, which stay
 * available on hover and focus. The 'states' variant draws the s row alone (s₋₁ … s_{T−1} and
 * the W edges): a strip for comparing two flows side by side.
 */

export type NodeKind = 'x' | 's' | 'yhat' | 'E';
export type EdgeKind = 'U' | 'W' | 'V' | 'loss';
export type MatrixName = 'U' | 'W' | 'V';

/** Label font size (px at 1080p). */
export const LABEL_FONT = 28;
/** Half the extent of a node (circle radius). */
export const NODE_R = 34;
/** Stroke width of edges; every stroke is at least MIN_STROKE. */
export const EDGE_STROKE = 4;
export const MIN_STROKE = 3;
export const MIN_COL_WIDTH = 112;
/** Columns never get wider than this; a short sequence is centred instead. */
export const MAX_COL_WIDTH = 420;
/** Columns at least this wide show values inline beside the nodes. */
export const ROOMY_COL_WIDTH = 130;
export const MIN_ROW_GAP = 148;
/** How far under the s row's nodes the W badge's bus runs. */
const W_BUS_OFFSET = 20;
/** Size of a shared-weight badge and of the tags on its edges. */
export const BADGE = { width: 44, height: 38 } as const;

/** Room added left of column −1 for a band's row labels. */
const LEGEND_EXTRA = 28;
/** The top pad holds the E row's numbers (above their diamonds). */
const PAD = { top: 60, bottom: 12, left: 16, right: 16 } as const;
/** Top pad of the 'states' strip: room for the truncation cut's label. */
const STRIP_TOP = 44;

export type LayoutRows = 'all' | 'states';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface NodeGeom extends Point {
  /** "s-2", "s--1" for s₋₁, "x-0", "yhat-3", "E-3". */
  readonly id: string;
  readonly kind: NodeKind;
  readonly t: number;
  /** Half extent: circle radius, half side of a square. */
  readonly r: number;
  /** Where the inline value goes (bars or a number), beside the node. */
  readonly value: Rect;
}

export interface EdgeGeom {
  /** "W-2" is s₁ → s₂, "U-0" is x₀ → s₀. */
  readonly id: string;
  readonly kind: EdgeKind;
  readonly t: number;
  readonly from: string;
  readonly to: string;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  /** Where the edge's letter goes, and its text-anchor. */
  readonly label: Point & { readonly anchor: 'start' | 'middle' | 'end' };
  /** Where its shared-weight tag sits (on the edge). */
  readonly tag: Point;
}

export interface Badge extends Point {
  /** The dotted bus linking the badge to every tag of its matrix. */
  readonly bus: string;
}

export interface LayoutInput {
  /** Sequence length, 1 … 64 (larger works, wider). */
  readonly T: number;
  /** Available width and height; the layout grows past them when it must. */
  readonly width: number;
  readonly height: number;
  /** Height of the band under the x row holding each step's annotation (0 for none). */
  readonly annotationHeight?: number;
  /** The narrowest column before the layout grows (and scrolls); MIN_COL_WIDTH by default. */
  readonly minColWidth?: number;
  /** 'all' (default): x, s, ŷ and E; 'states': the s row and its W edges only. */
  readonly rows?: LayoutRows;
}

export interface DiagramLayout {
  readonly T: number;
  readonly width: number;
  readonly height: number;
  readonly colWidth: number;
  readonly fontSize: number;
  /** Columns too narrow for inline values and edge letters. */
  readonly compact: boolean;
  /** Which rows are drawn. */
  readonly rowSet: LayoutRows;
  /** The y of each row (in 'states', every row is the s row). */
  readonly rows: Readonly<Record<NodeKind, number>>;
  /** Centre x of column t (t = −1 … T−1). */
  readonly columnX: readonly number[];
  readonly nodes: readonly NodeGeom[];
  readonly edges: readonly EdgeGeom[];
  readonly nodeById: ReadonlyMap<string, NodeGeom>;
  readonly edgeById: ReadonlyMap<string, EdgeGeom>;
  /** k = 0 … T−1: the box under column k for its annotation (empty when annotationHeight = 0). */
  readonly annotations: readonly (Rect & { readonly k: number })[];
  /** The box under column −1, beside the annotations (their row labels), or null. */
  readonly annotationLegend: Rect | null;
  readonly badges: Readonly<Record<MatrixName, Badge>>;
  /** Vertical extent of the truncation cut line. */
  readonly cutTop: number;
  readonly cutBottom: number;
  /** Where the cut's label is centred: between the E and ŷ rows (the E row's numbers sit above
   *  it), in a strip above the s row. */
  readonly cutLabelY: number;
}

export function nodeId(kind: NodeKind, t: number): string {
  return `${kind}-${t}`;
}

export function edgeId(kind: EdgeKind, t: number): string {
  return `${kind}-${t}`;
}

/** Centre x of column t. */
export function colX(layout: DiagramLayout, t: number): number {
  return layout.columnX[t + 1];
}

/** x of the truncation cut before column k (between s_{k−1} and s_k). */
export function cutX(layout: DiagramLayout, k: number): number {
  return colX(layout, k) - layout.colWidth / 2;
}

function clampT(T: number): number {
  return Number.isFinite(T) ? Math.max(1, Math.floor(T)) : 1;
}

export function computeLayout(input: LayoutInput): DiagramLayout {
  const T = clampT(input.T);
  const rowSet: LayoutRows = input.rows === 'states' ? 'states' : 'all';
  const strip = rowSet === 'states';
  const annotationHeight = Math.max(0, input.annotationHeight ?? 0);
  // A strip has no inline values or vertical edges: its columns may be as narrow as a node and a
  // short W arrow.
  const floor = strip ? 2 * NODE_R + 16 : MIN_COL_WIDTH;
  const minCol = Math.max(floor, input.minColWidth ?? MIN_COL_WIDTH);
  // A band's row labels need a little more than column −1 (they name rows of numbers).
  const padLeft = PAD.left + (annotationHeight > 0 ? LEGEND_EXTRA : 0);
  const availW = Math.max(
    0,
    (Number.isFinite(input.width) ? input.width : 0) - padLeft - PAD.right,
  );
  const colWidth = Math.max(minCol, Math.min(MAX_COL_WIDTH, availW / (T + 1)));
  const width = Math.max(availW, colWidth * (T + 1)) + padLeft + PAD.right;
  const left = padLeft + (width - padLeft - PAD.right - colWidth * (T + 1)) / 2;
  const compact = colWidth < ROOMY_COL_WIDTH;

  const r = NODE_R;
  const band = annotationHeight > 0 ? annotationHeight + 16 : 0;
  const availH = Number.isFinite(input.height) ? input.height : 0;
  let rows: Record<NodeKind, number>;
  let height: number;
  let gap: number;
  if (strip) {
    // The s row alone: room above for the cut's label, the annotations below.
    const fixed = STRIP_TOP + 2 * r + PAD.bottom + band;
    height = Math.max(availH, fixed);
    const y = STRIP_TOP + r + Math.max(0, (height - fixed) / 2);
    rows = { E: y, yhat: y, s: y, x: y };
    gap = MIN_ROW_GAP;
  } else {
    const fixed = PAD.top + PAD.bottom + 2 * r + band;
    gap = Math.max(MIN_ROW_GAP, (availH - fixed) / 3);
    height = Math.max(availH, fixed + 3 * gap);
    rows = {
      E: PAD.top + r,
      yhat: PAD.top + r + gap,
      s: PAD.top + r + 2 * gap,
      x: PAD.top + r + 3 * gap,
    };
  }

  const columns = Array.from({ length: T + 1 }, (_, i) => i - 1);
  const columnX = bandCentres(columns.length, left, left + colWidth * (T + 1));
  const cx = (t: number) => columnX[t + 1];

  const half = colWidth / 2;
  const valueW = Math.max(0, half - r - 18);
  const nodes: NodeGeom[] = [];
  const addNode = (kind: NodeKind, t: number) => {
    const x = cx(t);
    const y = rows[kind];
    // s: the W edge runs through the row, so its value sits above-right; E's number above its
    // diamond, as wide as the column (beside it, a long number would reach the next diamond);
    // the others beside.
    const value: Rect =
      kind === 's'
        ? { x: x + 12, y: y - r - 50, width: Math.max(0, half - 24), height: 40 }
        : kind === 'E'
          ? { x: x - half + 4, y: y - r - 44, width: colWidth - 8, height: 40 }
          : { x: x + r + 10, y: y - 20, width: valueW, height: 40 };
    nodes.push({ id: nodeId(kind, t), kind, t, x, y, r, value });
  };
  const kinds: readonly NodeKind[] = strip ? ['s'] : ['x', 's', 'yhat', 'E'];
  addNode('s', -1);
  for (let t = 0; t < T; t++) for (const k of kinds) addNode(k, t);

  // tags sit nearer the far node of their edge, leaving the middle for inline values and buses
  // (and never so far that the U badge would meet the W badge under s₋₁)
  const tagOffset = Math.max(
    BADGE.height / 2 + 2,
    Math.min((gap - 2 * r) * 0.3, gap - 2 * r - W_BUS_OFFSET - BADGE.height),
  );
  const yV = rows.yhat + r + tagOffset;
  const yU = rows.x - r - tagOffset;
  const yWbus = rows.s + r + W_BUS_OFFSET;
  const edges: EdgeGeom[] = [];
  for (let t = 0; t < T; t++) {
    const x = cx(t);
    const vertical = (kind: EdgeKind, from: NodeKind, to: NodeKind, tagY: number): EdgeGeom => {
      const y1 = rows[from] - r;
      const y2 = rows[to] + r;
      return {
        id: edgeId(kind, t),
        kind,
        t,
        from: nodeId(from, t),
        to: nodeId(to, t),
        x1: x,
        y1,
        x2: x,
        y2,
        label: { x: x - 20, y: (y1 + y2) / 2, anchor: 'end' },
        tag: { x, y: tagY },
      };
    };
    if (!strip) edges.push(vertical('U', 'x', 's', yU));
    const xPrev = cx(t - 1);
    edges.push({
      id: edgeId('W', t),
      kind: 'W',
      t,
      from: nodeId('s', t - 1),
      to: nodeId('s', t),
      x1: xPrev + r,
      y1: rows.s,
      x2: x - r,
      y2: rows.s,
      // under the middle of the arrow, clear of both nodes (a truncation cut, which runs there,
      // passes behind the letter's halo)
      label: { x: (xPrev + x) / 2, y: rows.s + 36, anchor: 'middle' },
      tag: { x: (xPrev + x) / 2, y: rows.s },
    });
    if (!strip) {
      edges.push(vertical('V', 's', 'yhat', yV));
      edges.push(vertical('loss', 'yhat', 'E', (rows.yhat + rows.E) / 2));
    }
  }

  const x0 = cx(-1);
  const xLast = cx(T - 1);
  const right = (x: number) => x + BADGE.width / 2;
  const wTicks = Array.from({ length: T }, (_, t) => {
    const mx = (cx(t - 1) + cx(t)) / 2;
    return `M${mx},${yWbus}V${rows.s + BADGE.height / 2}`;
  }).join('');
  const badges: Record<MatrixName, Badge> = {
    U: { x: x0, y: yU, bus: `M${right(x0)},${yU}H${xLast - BADGE.width / 2}` },
    V: { x: x0, y: yV, bus: `M${right(x0)},${yV}H${xLast - BADGE.width / 2}` },
    W: {
      x: x0,
      y: yWbus,
      bus: `M${right(x0)},${yWbus}H${(cx(T - 2) + xLast) / 2}${wTicks}`,
    },
  };

  const bandTop = rows.x + r + 16;
  const annotations =
    annotationHeight > 0
      ? Array.from({ length: T }, (_, k) => ({
          k,
          x: cx(k) - half + 6,
          y: bandTop,
          width: colWidth - 12,
          height: annotationHeight,
        }))
      : [];
  const annotationLegend =
    annotationHeight > 0
      ? { x: Math.max(0, x0 - half - 4), y: bandTop, width: colWidth - 2, height: annotationHeight }
      : null;

  return {
    T,
    width,
    height,
    colWidth,
    fontSize: LABEL_FONT,
    compact,
    rowSet,
    rows,
    columnX,
    nodes,
    edges,
    nodeById: new Map(nodes.map((n) => [n.id, n])),
    edgeById: new Map(edges.map((e) => [e.id, e])),
    annotations,
    annotationLegend,
    badges,
    cutTop: 4,
    cutBottom: rows.x + r + band,
    cutLabelY: strip ? STRIP_TOP / 2 : (rows.E + rows.yhat) / 2,
  };
}

/**
 * The centres of n equal bands over [start, stop]: d3's scaleBand (no padding, centred) written
 * out, to the bit, so that the lesson's first screen needs no d3-scale.
 */
export function bandCentres(n: number, start: number, stop: number): number[] {
  const step = (stop - start) / Math.max(1, n);
  const first = start + (stop - start - step * n) * 0.5;
  return Array.from({ length: n }, (_, i) => first + step * i + step / 2);
}
