// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fromRows, mat, randomModel } from '../../../src/model';
import { Heatmap } from '../../../src/explore/Heatmap';
import {
  FILL_LEVELS,
  axisStep,
  everyNth,
  fillOpacity,
  hatchPath,
  heatGrid,
} from '../../../src/explore/heatmapData';

afterEach(cleanup);

function attributesOf(container: HTMLElement): string[] {
  return Array.from(container.querySelectorAll('svg *')).flatMap((el) =>
    Array.from(el.attributes).map((a) => `${el.tagName}.${a.name}=${a.value}`),
  );
}

/** The corners (M points) of a path's subpaths. */
function points(d: string | null | undefined): number[][] {
  return Array.from((d ?? '').matchAll(/M(-?[\d.]+) (-?[\d.]+)/g), (p) => [
    Number(p[1]),
    Number(p[2]),
  ]);
}

/** The cells' squares, in cell order, from the grid's outline path. */
function squares(container: HTMLElement) {
  const d = container.querySelector('.xp-grid')?.getAttribute('d') ?? '';
  const side = Number(/h(-?[\d.]+)/.exec(d)?.[1]);
  return points(d).map(([x, y]) => ({ x: x - 0.5, y: y - 0.5, s: side + 1 }));
}

const inside = (p: number[], q: { x: number; y: number; s: number }) =>
  p[0] > q.x && p[0] < q.x + q.s && p[1] > q.y && p[1] < q.y + q.s;

/** The cells that a path draws in (by its subpaths' starting points). */
function cellsOf(d: string | null | undefined, sq: { x: number; y: number; s: number }[]) {
  const at = (p: number[]) =>
    sq.findIndex((q) => p[0] >= q.x && p[0] < q.x + q.s && p[1] >= q.y && p[1] < q.y + q.s);
  return [...new Set(points(d).map(at))].sort();
}

describe('Heatmap', () => {
  it('shows the sign of every entry by a glyph and hatches negatives', () => {
    const m = fromRows([
      [1.5, -0.5],
      [0, -3],
    ]);
    const { container } = render(<Heatmap matrix={m} name="W" lang="en" />);
    const sq = squares(container);
    expect(sq).toHaveLength(4);
    const glyph = (g: string) =>
      Array.from(container.querySelectorAll(`path[data-glyph="${g}"]`)).flatMap((p) =>
        cellsOf(p.getAttribute('d'), sq),
      );
    expect([glyph('+'), glyph('−'), glyph('0')]).toEqual([[0], [1, 3], [2]]);
    const fills = (sign: string) =>
      Array.from(container.querySelectorAll(`path.xp-fill[data-sign="${sign}"]`))
        .flatMap((p) => cellsOf(p.getAttribute('d'), sq))
        .sort();
    expect([fills('pos'), fills('neg'), fills('zero')]).toEqual([[0], [1, 3], [2]]);
    expect(container.querySelector('svg')?.getAttribute('data-values')).toBe('1.5 -0.5 0 -3');
    // One hatching path, with lines inside the negative cells' squares and nowhere else.
    const d = container.querySelector('[data-testid="hatch"]')?.getAttribute('d') ?? '';
    const mids = Array.from(d.matchAll(/M(-?[\d.]+) (-?[\d.]+)L(-?[\d.]+) (-?[\d.]+)/g), (p) => [
      (Number(p[1]) + Number(p[3])) / 2,
      (Number(p[2]) + Number(p[4])) / 2,
    ]);
    expect(mids.length).toBeGreaterThan(0);
    expect(sq.map((q) => mids.some((p) => inside(p, q)))).toEqual([false, true, false, true]);
    expect(mids.every((p) => inside(p, sq[1]) || inside(p, sq[3]))).toBe(true);
    // The strongest entry has the strongest fill, 0 the palest.
    const op = [0, 1, 2, 3].map((k) => {
      const path = Array.from(container.querySelectorAll('path.xp-fill')).find((p) =>
        cellsOf(p.getAttribute('d'), sq).includes(k),
      );
      return Number(path?.getAttribute('fill-opacity'));
    });
    expect(op[3]).toBeCloseTo(1, 10);
    expect(op[2]).toBeLessThan(op[1]);
    expect(op[1]).toBeLessThan(op[0]);
  });

  it('groups cells into few paths: a 16 × 16 map is a few dozen elements, not hundreds', () => {
    const m = randomModel({ seed: 5, T: 2, H: 16, D: 3, K: 2 }).W;
    const { container } = render(<Heatmap matrix={m} name="W" lang="en" />);
    expect(container.querySelectorAll('svg *').length).toBeLessThan(100);
    expect(container.querySelector('svg')?.getAttribute('data-values')?.split(' ')).toHaveLength(
      256,
    );
  });

  it('puts no NaN or Infinity in any attribute, even for zero or non-finite matrices', () => {
    for (const m of [
      mat(3, 3),
      fromRows([[NaN, Infinity, -Infinity, 1]]),
      randomModel({ seed: 3, T: 2, H: 5, D: 3, K: 2 }).W,
    ]) {
      const { container, unmount } = render(<Heatmap matrix={m} name="M" lang="en" />);
      const bad = attributesOf(container).filter(
        (a) => /=(.*\b)?(NaN|Infinity)\b/.test(a) && !a.includes('data-values'),
      );
      expect(bad).toEqual([]);
      unmount();
    }
    // Non-finite entries keep a glyph of their own, as text.
    const { container } = render(
      <Heatmap matrix={fromRows([[NaN, Infinity, -Infinity, 1]])} name="M" lang="en" />,
    );
    expect(Array.from(container.querySelectorAll('.xp-glyph-text'), (t) => t.textContent)).toEqual([
      '?',
      '+∞',
      '−∞',
    ]);
  });

  it('hover and focus tell the value and its place in the formula; arrows move', () => {
    const m = fromRows([
      [0.25, -1],
      [2, 0.5],
    ]);
    const { container } = render(
      <Heatmap matrix={m} name="W" lang="en" describe={(i, j) => `from s[${j}] to s[${i}]`} />,
    );
    const svg = container.querySelector('svg') as SVGSVGElement;
    const sq = squares(container);
    // The pointer over cell [0][1] (jsdom lays nothing out: the map is at its own scale).
    fireEvent.mouseMove(svg, { clientX: sq[1].x + 5, clientY: sq[1].y + 5 });
    expect(screen.getByText('W[0][1] = −1: from s[1] to s[0]')).toBeTruthy();
    expect(container.querySelector('.xp-heatmap__hover')?.getAttribute('data-cell')).toBe('1');
    fireEvent.mouseMove(svg, { clientX: 1, clientY: 1 });
    expect(container.querySelector('.xp-heatmap__hover')).toBeNull();
    // One tab stop, named by the active cell; the arrows move it.
    const stops = container.querySelectorAll('[tabindex]');
    expect(stops).toHaveLength(1);
    const focus = stops[0] as SVGGElement;
    expect(focus.getAttribute('tabindex')).toBe('0');
    expect(focus.getAttribute('aria-label')).toBe('W[0][0] = 0.25: from s[0] to s[0]');
    fireEvent.focus(focus);
    fireEvent.keyDown(focus, { key: 'ArrowDown' });
    expect(focus.getAttribute('data-cell')).toBe('2');
    expect(container.querySelector('.xp-heatmap__info')?.textContent).toBe(
      'W[1][0] = 2: from s[0] to s[1]',
    );
    expect(focus.getAttribute('aria-label')).toBe('W[1][0] = 2: from s[0] to s[1]');
    // The focus ring is drawn on that cell.
    const ring = focus.querySelector('rect') as SVGRectElement;
    expect(
      inside([Number(ring.getAttribute('x')) + 1, Number(ring.getAttribute('y')) + 1], sq[2]),
    ).toBe(true);
    // Past the edge: nothing moves.
    fireEvent.keyDown(focus, { key: 'ArrowDown' });
    expect(focus.getAttribute('data-cell')).toBe('2');
  });

  it('finds the cell under the pointer on a map drawn at another size; a click makes it active', () => {
    const m = fromRows([
      [0.25, -1],
      [2, 0.5],
    ]);
    const { container } = render(<Heatmap matrix={m} name="W" lang="en" />);
    const svg = container.querySelector('svg') as SVGSVGElement;
    const w = Number(svg.getAttribute('width'));
    const h = Number(svg.getAttribute('height'));
    // Drawn at half its size, 10 px from the left and 20 from the top.
    svg.getBoundingClientRect = () =>
      ({
        left: 10,
        top: 20,
        width: w / 2,
        height: h / 2,
        right: 10 + w / 2,
        bottom: 20 + h / 2,
      }) as DOMRect;
    const sq = squares(container);
    const over = (k: number) => ({
      clientX: 10 + (sq[k].x + sq[k].s / 2) / 2,
      clientY: 20 + (sq[k].y + sq[k].s / 2) / 2,
    });
    fireEvent.mouseMove(svg, over(3));
    expect(container.querySelector('.xp-heatmap__hover')?.getAttribute('data-cell')).toBe('3');
    fireEvent.mouseMove(svg, over(1));
    expect(container.querySelector('.xp-heatmap__hover')?.getAttribute('data-cell')).toBe('1');
    const focus = container.querySelector('.xp-heatmap__focus') as SVGGElement;
    expect(focus.getAttribute('data-cell')).toBe('0');
    fireEvent.click(svg, over(3));
    expect(focus.getAttribute('data-cell')).toBe('3');
    expect(document.activeElement).toBe(focus);
    fireEvent.keyDown(focus, { key: 'ArrowLeft' });
    expect(focus.getAttribute('aria-label')).toBe('W[1][0] = 2');
  });

  it('summarises a large matrix in blocks, keeping the largest entry and its sign', () => {
    const m = randomModel({ seed: 1, T: 1, H: 40, D: 2, K: 2 }).W;
    m.data[5 * 40 + 7] = -50;
    const g = heatGrid(m, 16);
    expect(g.summarised).toBe(true);
    expect(g.rows).toBe(14);
    expect(g.cols).toBe(14);
    const cell = g.cells.find((c) => c.i === 5 && c.j === 7);
    expect(cell?.value).toBe(-50);
    expect(cell?.i0).toBe(3);
    expect(cell?.j0).toBe(6);
    const { container } = render(<Heatmap matrix={m} name="W" lang="ru" />);
    expect(container.querySelector('svg')?.getAttribute('data-values')?.split(' ')).toHaveLength(
      14 * 14,
    );
    expect(container.textContent).toContain('блока 3×3');
  });
});

describe('fillOpacity', () => {
  it('steps from 0.12 (0) to 1 (the extent), never decreasing, and is pale for non-finite', () => {
    expect(fillOpacity(0)).toBe(0.12);
    expect(fillOpacity(1)).toBe(1);
    expect(fillOpacity(NaN)).toBe(0.12);
    expect(fillOpacity(2)).toBe(1);
    const steps = Array.from({ length: 101 }, (_, i) => fillOpacity(i / 100));
    for (let i = 1; i < steps.length; i++) expect(steps[i]).toBeGreaterThanOrEqual(steps[i - 1]);
    expect(new Set(steps).size).toBe(FILL_LEVELS);
    // A step is never more than half a level away from the exact opacity.
    for (let i = 0; i <= 100; i++)
      expect(Math.abs(steps[i] - (0.12 + 0.88 * (i / 100)))).toBeLessThanOrEqual(
        0.88 / (FILL_LEVELS - 1) / 2 + 1e-4,
      );
  });
});

describe('hatchPath', () => {
  it('draws 45° lines inside each given square only, and nothing for no square', () => {
    expect(hatchPath([], 20)).toBe('');
    expect(hatchPath([{ x: 0, y: 0 }], 0)).toBe('');
    const d = hatchPath(
      [
        { x: 10, y: 20 },
        { x: 50, y: 20 },
      ],
      24,
    );
    const segs = Array.from(d.matchAll(/M(-?[\d.]+) (-?[\d.]+)L(-?[\d.]+) (-?[\d.]+)/g), (m) =>
      m.slice(1).map(Number),
    );
    expect(segs.length).toBeGreaterThan(4);
    for (const [x0, y0, x1, y1] of segs) {
      // At 45°: as far across as up.
      expect(Math.abs(x1 - x0 - (y0 - y1))).toBeLessThan(0.15);
      const q = x0 < 40 ? { x: 10, y: 20 } : { x: 50, y: 20 };
      for (const [px, py] of [
        [x0, y0],
        [x1, y1],
      ]) {
        expect(px).toBeGreaterThanOrEqual(q.x - 0.05);
        expect(px).toBeLessThanOrEqual(q.x + 24.05);
        expect(py).toBeGreaterThanOrEqual(q.y - 0.05);
        expect(py).toBeLessThanOrEqual(q.y + 24.05);
      }
    }
    // Both squares are hatched.
    expect(segs.some(([x0]) => x0 < 40)).toBe(true);
    expect(segs.some(([x0]) => x0 >= 50)).toBe(true);
  });
});

describe('axis labels', () => {
  it('are spaced so that neighbours do not overlap', () => {
    // 16 px cells: two-digit column labels need two cells, rows one label height.
    expect(axisStep(16, 15, true)).toBe(2);
    expect(axisStep(16, 15, false)).toBe(2);
    // Roomy cells: every label.
    expect(axisStep(55, 3, true)).toBe(1);
    expect(axisStep(55, 3, false)).toBe(1);
    expect(axisStep(0, 3, true)).toBe(1);
    expect(everyNth(7, 3)).toEqual([0, 3, 6]);
    expect(everyNth(3, 0)).toEqual([0, 1, 2]);
    const m = randomModel({ seed: 5, T: 2, H: 16, D: 3, K: 2 }).W;
    const { container } = render(<Heatmap matrix={m} name="W" lang="en" />);
    const labels = Array.from(container.querySelectorAll('text.xp-axis'), (t) => ({
      x: Number(t.getAttribute('x')),
      y: Number(t.getAttribute('y')),
      text: t.textContent,
    }));
    const cols = labels.filter((l) => l.y === labels[0].y).map((l) => l.text);
    expect(cols).toEqual(['0', '2', '4', '6', '8', '10', '12', '14']);
    const xs = labels.filter((l) => l.y === labels[0].y).map((l) => l.x);
    for (let i = 1; i < xs.length; i++) expect(xs[i] - xs[i - 1]).toBeGreaterThanOrEqual(30);
  });
});
