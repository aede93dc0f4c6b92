// @vitest-environment jsdom
/**
 * The diagram draws at most MAX_BARS bars per vector: a longer one (H up to 64) is drawn in
 * blocks, each bar its block's entry of largest magnitude, the target class in its block's bar.
 */
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { barValues, InlineValue, MAX_BARS } from '../../../src/diagram/InlineValue';
import { computeLayout } from '../../../src/diagram/layout';

afterEach(cleanup);

describe('inline bars', () => {
  it('keeps a short vector as it is', () => {
    const v = Float64Array.from({ length: MAX_BARS }, (_, i) => i - 3);
    const b = barValues(v, 5);
    expect(Array.from(b.values)).toEqual(Array.from(v));
    expect(b.highlight).toBe(5);
    expect(b.summarised).toBe(false);
  });

  it('summarises a long vector by the largest entry of each block, sign kept', () => {
    const v = Float64Array.from({ length: 64 }, (_, i) => 0.01 * (i % 5));
    v[37] = -50;
    v[2] = 9;
    const b = barValues(v, 37);
    expect(b.summarised).toBe(true);
    expect(b.values).toHaveLength(MAX_BARS);
    expect(b.values[9]).toBe(-50);
    expect(b.values[0]).toBe(9);
    expect(b.highlight).toBe(9);
  });

  it('draws a 64-unit state as 16 bars on a dashed baseline', () => {
    const layout = computeLayout({ T: 2, width: 1600, height: 640 });
    const geom = layout.nodeById.get('s-0')!;
    const value = Float64Array.from({ length: 64 }, (_, i) => Math.sin(i));
    const { container } = render(
      <svg>
        <InlineValue geom={geom} value={value} sScale={1} xScale={1} lang="en" />
      </svg>,
    );
    const g = container.querySelector('.dg-bars')!;
    expect(g.getAttribute('data-bars')).toBe(String(MAX_BARS));
    expect(g.classList.contains('is-summarised')).toBe(true);
    // One rectangle (M…z) per bar.
    const d = container.querySelector('.dg-bar')!.getAttribute('d')!;
    expect(d.match(/M/g)).toHaveLength(MAX_BARS);
  });
});
