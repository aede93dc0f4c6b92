import { describe, expect, it } from 'vitest';
import { computeLayout, colX } from '../../../src/diagram/layout';
import { COLUMN_MARGIN, visibleColumns } from '../../../src/diagram/useVisibleColumns';

describe('visibleColumns', () => {
  const wide = computeLayout({ T: 64, width: 1000, height: 640 });

  it('draws every column when the layout fits or the view is not measured', () => {
    const fits = computeLayout({ T: 4, width: 1600, height: 640 });
    expect(visibleColumns(fits, 0, 1600)).toEqual({ lo: -1, hi: 3 });
    expect(visibleColumns(wide, 0, 0)).toEqual({ lo: -1, hi: 63 });
    expect(visibleColumns(wide, 0, Number.NaN)).toEqual({ lo: -1, hi: 63 });
  });

  it('draws the columns in view and a margin, clamped to the sequence', () => {
    expect(wide.width).toBeGreaterThan(1000);
    const start = visibleColumns(wide, 0, 1000);
    expect(start.lo).toBe(-1);
    // Every column overlapping the view is drawn, and COLUMN_MARGIN more after the last.
    const half = wide.colWidth / 2;
    const lastInView = Math.max(
      ...Array.from({ length: 65 }, (_, i) => i - 1).filter((t) => colX(wide, t) - half <= 1000),
    );
    expect(start.hi).toBe(lastInView + COLUMN_MARGIN);

    const x = colX(wide, 30) - 10;
    const mid = visibleColumns(wide, x, 500);
    expect(mid.lo).toBe(30 - COLUMN_MARGIN);
    expect(colX(wide, mid.hi - COLUMN_MARGIN) - half).toBeLessThanOrEqual(x + 500);
    expect(colX(wide, mid.hi - COLUMN_MARGIN + 1) - half).toBeGreaterThan(x + 500);

    const end = visibleColumns(wide, wide.width - 1000, 1000);
    expect(end.hi).toBe(63);
  });
});
