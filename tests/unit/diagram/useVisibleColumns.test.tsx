// @vitest-environment jsdom
/**
 * useVisibleColumns follows the container's scroll and width, and a new layout is drawn from
 * where the container really is: a scroll made while every column fitted (and so changed no
 * drawn column) still counts when a long sequence comes back.
 */
import { act, cleanup, render } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { computeLayout, type DiagramLayout } from '../../../src/diagram/layout';
import { useVisibleColumns, visibleColumns } from '../../../src/diagram/useVisibleColumns';

type Callback = (entries: { contentRect: { width: number } }[]) => void;
const observers: Callback[] = [];

beforeEach(() => {
  observers.length = 0;
  (globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    constructor(cb: Callback) {
      observers.push(cb);
    }
    observe() {}
    disconnect() {}
  };
});
afterEach(() => {
  cleanup();
  delete (globalThis as unknown as { ResizeObserver?: unknown }).ResizeObserver;
});

function Probe({ layout }: { readonly layout: DiagramLayout }) {
  const ref = useRef<HTMLDivElement>(null);
  const { range } = useVisibleColumns(ref, layout, 1000);
  return <div ref={ref} data-testid="box" data-range={`${range.lo}:${range.hi}`} />;
}

const VIEW = 1000;
const wide = computeLayout({ T: 64, width: VIEW, height: 640 });
const short = computeLayout({ T: 4, width: VIEW, height: 640 });

describe('useVisibleColumns', () => {
  it('draws from the real scroll position after a layout that fitted', () => {
    const { getByTestId, rerender } = render(<Probe layout={wide} />);
    const box = getByTestId('box');
    let scrollLeft = 0;
    Object.defineProperty(box, 'scrollLeft', { get: () => scrollLeft, configurable: true });
    const scrollTo = (x: number) =>
      act(() => {
        scrollLeft = x;
        box.dispatchEvent(new Event('scroll'));
      });
    const range = () => box.getAttribute('data-range');
    const expected = (layout: DiagramLayout, x: number) => {
      const r = visibleColumns(layout, x, VIEW);
      return `${r.lo}:${r.hi}`;
    };

    act(() => observers.forEach((cb) => cb([{ contentRect: { width: VIEW } }])));
    expect(range()).toBe(expected(wide, 0));
    scrollTo(wide.width - VIEW);
    expect(range()).toBe(expected(wide, wide.width - VIEW));
    expect(range()).not.toBe(expected(wide, 0));

    // A short sequence fits: every column is drawn, and the browser puts the scroll back to 0.
    rerender(<Probe layout={short} />);
    expect(range()).toBe('-1:3');
    scrollTo(0);
    expect(range()).toBe('-1:3');

    // The long sequence again: drawn from 0, where the container is.
    rerender(<Probe layout={wide} />);
    expect(range()).toBe(expected(wide, 0));
  });
});
