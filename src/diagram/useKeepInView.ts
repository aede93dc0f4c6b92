/**
 * Keeps the columns that matter (the traced target and the head of the gradient flow) inside a
 * horizontally scrolling diagram: when the layout is wider than its container (long sequences),
 * the container scrolls just enough to show them, the flow's head first. Runs when the columns
 * or the layout change, never while the user scrolls.
 */
import { useLayoutEffect, type RefObject } from 'react';
import { colX, type DiagramLayout } from './layout';

/** The scrollLeft that shows [lo, hi] (column centres ± half a column), the lo end first. */
export function scrollToShow(
  layout: DiagramLayout,
  lo: number,
  hi: number,
  viewWidth: number,
  scrollLeft: number,
): number {
  const half = layout.colWidth / 2;
  const left = colX(layout, Math.max(-1, lo)) - half;
  const right = colX(layout, Math.min(layout.T - 1, hi)) + half;
  const max = Math.max(0, layout.width - viewWidth);
  let x = scrollLeft;
  if (right > x + viewWidth) x = right - viewWidth;
  if (left < x) x = left;
  return Math.min(max, Math.max(0, x));
}

export function useKeepInView(
  ref: RefObject<HTMLElement | null>,
  layout: DiagramLayout,
  lo: number,
  hi: number,
): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || layout.width <= el.clientWidth + 1) return;
    const x = scrollToShow(layout, lo, hi, el.clientWidth, el.scrollLeft);
    if (Math.abs(x - el.scrollLeft) > 0.5) el.scrollLeft = x;
  }, [ref, layout, lo, hi]);
}
