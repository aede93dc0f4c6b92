// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fromRows, mat, randomModel } from '../../../src/model';
import { Heatmap } from '../../../src/components/explore/Heatmap';
import { heatGrid } from '../../../src/components/explore/heatmapData';

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
    const hatched = cells.map((c) => !!c.querySelector('rect[fill^="url(#hatch-"]'));
    expect(hatched).toEqual([false, true, false, true]);
    // The pattern the hatching refers to exists.
    const ref = cells[1].querySelector('rect[fill^="url(#"]')?.getAttribute('fill') ?? '';
    const id = /url\(#(.+)\)/.exec(ref)?.[1] ?? '';
    expect(container.querySelector(`pattern[id="${id}"]`)).not.toBeNull();
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
