// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { scaleBand } from 'd3-scale';
import { bandCentres } from '../../../src/diagram/layout';
import {
  BADGE,
  colX,
  computeLayout,
  cutX,
  LABEL_FONT,
  MIN_COL_WIDTH,
  MIN_ROW_GAP,
  MIN_STROKE,
  EDGE_STROKE,
  NODE_R,
  ROOMY_COL_WIDTH,
  type DiagramLayout,
} from '../../../src/diagram/layout';

const STAGE = { width: 1600, height: 640 };

function numbersOf(layout: DiagramLayout): number[] {
  const out: number[] = [layout.width, layout.height, layout.colWidth, ...layout.columnX];
  for (const n of layout.nodes) out.push(n.x, n.y, n.r, n.value.x, n.value.y, n.value.width);
  for (const e of layout.edges) out.push(e.x1, e.y1, e.x2, e.y2, e.label.x, e.label.y, e.tag.x);
  for (const a of layout.annotations) out.push(a.x, a.y, a.width, a.height);
  return out;
}

/** Horizontal extent of what a node draws: its shape (diamonds reach r + 6) and its value. */
function extent(layout: DiagramLayout, id: string, withValue: boolean): [number, number] {
  const n = layout.nodeById.get(id)!;
  const lo = n.x - n.r - 6;
  const hi = withValue ? Math.max(n.x + n.r + 6, n.value.x + n.value.width) : n.x + n.r + 6;
  return [lo, hi];
}

describe.each([1, 4, 64])('layout for T = %i', (T) => {
  const layout = computeLayout({ T, ...STAGE, annotationHeight: 150 });

  it('has every node and edge, with finite coordinates', () => {
    expect(layout.nodes).toHaveLength(4 * T + 1);
    expect(layout.edges).toHaveLength(4 * T);
    expect(layout.nodeById.has('s--1')).toBe(true);
    for (let t = 0; t < T; t++)
      for (const k of ['x', 's', 'yhat', 'E']) expect(layout.nodeById.has(`${k}-${t}`)).toBe(true);
    expect(numbersOf(layout).every(Number.isFinite)).toBe(true);
  });

  it('stacks the rows E, ŷ, s, x from top to bottom with room between them', () => {
    const { E, yhat, s, x } = layout.rows;
    expect(E).toBeLessThan(yhat);
    expect(yhat).toBeLessThan(s);
    expect(s).toBeLessThan(x);
    expect(yhat - E).toBeGreaterThanOrEqual(2 * NODE_R + 80);
    expect(x - s).toBeGreaterThanOrEqual(2 * NODE_R + 80);
  });

  it('never overlaps neighbouring columns (nodes and their inline values)', () => {
    expect(layout.colWidth).toBeGreaterThanOrEqual(MIN_COL_WIDTH);
    for (let t = 0; t < T; t++) {
      const left = colX(layout, t) - layout.colWidth / 2;
      const right = colX(layout, t) + layout.colWidth / 2;
      for (const k of ['x', 's', 'yhat', 'E']) {
        const [lo, hi] = extent(layout, `${k}-${t}`, !layout.compact);
        expect(lo).toBeGreaterThanOrEqual(left);
        expect(hi).toBeLessThanOrEqual(right);
      }
      const next = layout.nodeById.get(`s-${t}`)!;
      const prev = layout.nodeById.get(`s-${t - 1}`)!;
      expect(next.x - prev.x).toBeCloseTo(layout.colWidth, 6);
    }
  });

  it('keeps annotation boxes inside their columns and below the x row', () => {
    expect(layout.annotations).toHaveLength(T);
    for (const a of layout.annotations) {
      expect(a.x).toBeGreaterThanOrEqual(colX(layout, a.k) - layout.colWidth / 2);
      expect(a.x + a.width).toBeLessThanOrEqual(colX(layout, a.k) + layout.colWidth / 2);
      expect(a.y).toBeGreaterThan(layout.rows.x + NODE_R);
      expect(a.y + a.height).toBeLessThanOrEqual(layout.height);
    }
  });

  it('draws labels at 28 px or more and strokes at 3 px or more', () => {
    expect(layout.fontSize).toBeGreaterThanOrEqual(28);
    expect(LABEL_FONT).toBeGreaterThanOrEqual(28);
    expect(EDGE_STROKE).toBeGreaterThanOrEqual(MIN_STROKE);
    expect(MIN_STROKE).toBeGreaterThanOrEqual(3);
    // a three-character label ("s₆₃") at 28 px fits inside a node
    expect(2 * NODE_R).toBeGreaterThanOrEqual(3 * 0.62 * LABEL_FONT);
  });

  it('keeps the shared-weight badges apart from each other and from s₋₁', () => {
    const boxes = [layout.badges.U, layout.badges.W, layout.badges.V].map((b) => [
      b.y - BADGE.height / 2,
      b.y + BADGE.height / 2,
    ]);
    const s0 = layout.nodeById.get('s--1')!;
    boxes.push([s0.y - s0.r, s0.y + s0.r]);
    boxes.sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < boxes.length; i++)
      expect(boxes[i][0]).toBeGreaterThanOrEqual(boxes[i - 1][1]);
  });

  it('edges start and end at their nodes', () => {
    for (const e of layout.edges) {
      const from = layout.nodeById.get(e.from)!;
      const to = layout.nodeById.get(e.to)!;
      expect(Math.hypot(e.x1 - from.x, e.y1 - from.y)).toBeCloseTo(NODE_R, 6);
      expect(Math.hypot(e.x2 - to.x, e.y2 - to.y)).toBeCloseTo(NODE_R, 6);
    }
  });
});

describe('layout sizing', () => {
  it('fills the given width when the columns fit, and shows inline values for T = 4', () => {
    const l = computeLayout({ T: 4, ...STAGE });
    expect(l.width).toBeCloseTo(STAGE.width, 6);
    expect(l.colWidth).toBeGreaterThanOrEqual(ROOMY_COL_WIDTH);
    expect(l.compact).toBe(false);
  });

  it('grows wider than the container for T = 64 (the container scrolls) and compacts', () => {
    const l = computeLayout({ T: 64, ...STAGE });
    expect(l.width).toBeGreaterThan(STAGE.width);
    expect(l.colWidth).toBe(MIN_COL_WIDTH);
    expect(l.compact).toBe(true);
  });

  it('grows taller rather than squeezing rows when the height is too small', () => {
    const l = computeLayout({ T: 4, width: 1600, height: 200, annotationHeight: 150 });
    expect(l.height).toBeGreaterThan(200);
    expect(l.rows.yhat - l.rows.E).toBeGreaterThanOrEqual(MIN_ROW_GAP);
  });

  it('survives nonsense sizes', () => {
    const l = computeLayout({ T: Number.NaN, width: Number.NaN, height: -5 });
    expect(l.T).toBe(1);
    expect(numbersOf(l).every(Number.isFinite)).toBe(true);
  });

  it('puts the cut between column k − 1 and column k', () => {
    const l = computeLayout({ T: 4, ...STAGE });
    const x = cutX(l, 2);
    expect(x).toBeGreaterThan(colX(l, 1) + NODE_R);
    expect(x).toBeLessThan(colX(l, 2) - NODE_R);
  });
});

describe('bandCentres', () => {
  it('is d3’s scaleBand centres, to the bit', () => {
    for (const n of [1, 2, 3, 7, 17, 33, 101]) {
      for (const [start, width] of [
        [0, 1000],
        [37.5, 123.456],
        [12.3, 1e-3],
        [100, 0],
      ]) {
        const cols = Array.from({ length: n }, (_, i) => i - 1);
        const band = scaleBand<number>()
          .domain(cols)
          .range([start, start + width * n]);
        expect(bandCentres(n, start, start + width * n)).toEqual(
          cols.map((t) => band(t)! + band.bandwidth() / 2),
        );
      }
    }
  });
});
