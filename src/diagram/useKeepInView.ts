/**
 * Keeps the columns that matter (the traced target and the head of the gradient flow) inside a
 * horizontally scrolling diagram: when the layout is wider than its container (long sequences),
 * the container scrolls just enough to show them, the flow's head first. Runs when the columns
 * or the layout change, never while the user scrolls.
 */
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
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

/**
 * Never reads layout while React commits: the container's width comes from a ResizeObserver and
 * its scroll position from scroll events, both kept in a ref, and the effect runs only when the
 * geometry or the columns change (not when a new model gives the same layout), so an edit never
 * forces a synchronous style and layout pass.
 */
export function useKeepInView(
  ref: RefObject<HTMLElement | null>,
  layout: DiagramLayout,
  lo: number,
  hi: number,
): void {
  const view = useRef({ width: -1, scrollLeft: 0 });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const onScroll = () => {
      view.current.scrollLeft = el.scrollLeft;
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    const ro =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver((entries) => {
            for (const e of entries) view.current.width = e.contentRect.width;
          });
    ro?.observe(el);
    return () => {
      el.removeEventListener('scroll', onScroll);
      ro?.disconnect();
    };
  }, [ref]);
  // The layout of the latest render, and a key that changes only when its geometry does.
  const latest = useRef(layout);
  latest.current = layout;
  const geometry = `${layout.width}|${layout.colWidth}|${layout.columnX.join(',')}`;
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // Before the first ResizeObserver report (the first commit), one read is unavoidable.
    if (view.current.width < 0) view.current.width = el.clientWidth;
    const viewWidth = view.current.width;
    const l = latest.current;
    if (l.width <= viewWidth + 1) return;
    const current = view.current.scrollLeft;
    const x = scrollToShow(l, lo, hi, viewWidth, current);
    if (Math.abs(x - current) > 0.5) {
      el.scrollLeft = x;
      view.current.scrollLeft = x;
    }
  }, [ref, geometry, lo, hi]);
}
