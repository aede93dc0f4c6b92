// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fromRows, mat, randomModel } from '../../../src/model';
import { Heatmap } from '../../../src/components/explore/Heatmap';
import {
  axisStep,
  everyNth,
  hatchPath,
  heatGrid,
} from '../../../src/components/explore/heatmapData';

afterEach(cleanup);

function attributesOf(container: HTMLElement): string[] {
  return Array.from(container.querySelectorAll('svg *')).flatMap((el) =>
    Array.from(el.attributes).map((a) => `${el.tagName}.${a.name}=${a.value}`),
  );
}

describe('Heatmap', () => {
  it('shows the sign of every entry by a glyph and hatches negatives', () => {
    const m = fromRows([
      [1.5, -0.5],
      [0, -3],
    ]);
    const { container } = render(<Heatmap matrix={m} name="W" lang="en" />);
    const cells = Array.from(container.querySelectorAll('[data-cell]'));
    expect(cells.map((c) => c.querySelector('text')?.textContent)).toEqual(['+', '−', '0', '−']);
    expect(cells.map((c) => c.getAttribute('data-sign'))).toEqual(['pos', 'neg', 'zero', 'neg']);
    // One hatching path, with lines inside the negative cells' squares and nowhere else.
    const d = container.querySelector('[data-testid="hatch"]')?.getAttribute('d') ?? '';
    const mids = Array.from(d.matchAll(/M(-?[\d.]+) (-?[\d.]+)L(-?[\d.]+) (-?[\d.]+)/g), (p) => [
      (Number(p[1]) + Number(p[3])) / 2,
      (Number(p[2]) + Number(p[4])) / 2,
    ]);
    expect(mids.length).toBeGreaterThan(0);
    const squares = cells.map((c) => {
      const r = c.querySelector('.xp-cell__fill') as Element;
      const [x, y, w] = ['x', 'y', 'width'].map((a) => Number(r.getAttribute(a)));
      return { x: x - 0.5, y: y - 0.5, s: w + 1 };
    });
    const inside = (p: number[], q: { x: number; y: number; s: number }) =>
      p[0] > q.x && p[0] < q.x + q.s && p[1] > q.y && p[1] < q.y + q.s;
    expect(squares.map((q) => mids.some((p) => inside(p, q)))).toEqual([false, true, false, true]);
    expect(mids.every((p) => inside(p, squares[1]) || inside(p, squares[3]))).toBe(true);
    // The strongest entry has the strongest fill, 0 the palest.
    const op = cells.map((c) =>
      Number(c.querySelector('.xp-cell__fill')?.getAttribute('fill-opacity')),
    );
    expect(op[3]).toBeCloseTo(1, 10);
    expect(op[2]).toBeLessThan(op[1]);
    expect(op[1]).toBeLessThan(op[0]);
  });

  it('puts no NaN or Infinity in any attribute, even for zero or non-finite matrices', () => {
    for (const m of [
      mat(3, 3),
      fromRows([[NaN, Infinity, -Infinity, 1]]),
      randomModel({ seed: 3, T: 2, H: 5, D: 3, K: 2 }).W,
    ]) {
      const { container, unmount } = render(<Heatmap matrix={m} name="M" lang="en" />);
      const bad = attributesOf(container).filter(
        (a) => /=(.*\b)?(NaN|Infinity)\b/.test(a) && !a.includes('data-value'),
      );
      expect(bad).toEqual([]);
      unmount();
    }
  });

  it('hover and focus tell the value and its place in the formula; arrows move', () => {
    const m = fromRows([
      [0.25, -1],
      [2, 0.5],
    ]);
    const { container } = render(
      <Heatmap matrix={m} name="W" lang="en" describe={(i, j) => `from s[${j}] to s[${i}]`} />,
    );
    const cells = container.querySelectorAll<SVGGElement>('[data-cell]');
    expect(cells[0].getAttribute('tabindex')).toBe('0');
    expect(cells[1].getAttribute('tabindex')).toBe('-1');
    fireEvent.mouseEnter(cells[1]);
    expect(screen.getByText('W[0][1] = −1: from s[1] to s[0]')).toBeTruthy();
    fireEvent.focus(cells[0]);
    fireEvent.keyDown(cells[0], { key: 'ArrowDown' });
    expect(cells[2].getAttribute('tabindex')).toBe('0');
    expect(container.querySelector('.xp-heatmap__info')?.textContent).toBe(
      'W[1][0] = 2: from s[0] to s[1]',
    );
    expect(cells[2].getAttribute('aria-label')).toBe('W[1][0] = 2: from s[0] to s[1]');
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
    expect(container.querySelectorAll('[data-cell]')).toHaveLength(14 * 14);
    expect(container.textContent).toContain('блока 3×3');
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
