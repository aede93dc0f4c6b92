/**
 * Keeps the columns that matter (the traced target and the head of the gradient flow) inside a
 * horizontally scrolling diagram: when the layout is wider than its container (long sequences),
 * the container scrolls just enough to show them, the flow's head first. Runs when the columns
 * or the layout change, never while the user scrolls.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { colX, type DiagramLayout } from './layout';

/** Which end of the columns to show stays in view when they do not all fit. */
export type KeepEnd = 'lo' | 'hi';

/** The scrollLeft that shows [lo, hi] (column centres ± half a column), the `prefer` end first. */
export function scrollToShow(
  layout: DiagramLayout,
  lo: number,
  hi: number,
  viewWidth: number,
  scrollLeft: number,
  prefer: KeepEnd = 'lo',
): number {
  const half = layout.colWidth / 2;
  const left = colX(layout, Math.max(-1, lo)) - half;
  const right = colX(layout, Math.min(layout.T - 1, hi)) + half;
  const max = Math.max(0, layout.width - viewWidth);
  let x = scrollLeft;
  if (prefer === 'lo') {
    if (right > x + viewWidth) x = right - viewWidth;
    if (left < x) x = left;
  } else {
    if (left < x) x = left;
    if (right > x + viewWidth) x = right - viewWidth;
  }
  return Math.min(max, Math.max(0, x));
}

/**
 * Never reads layout while React commits: the container's width comes from a ResizeObserver and
 * its scroll position from scroll events, both kept in a ref, and the effect runs only when the
 * geometry or the columns to show change (not when a new model gives the same layout), so an
 * edit or a step never forces a synchronous style and layout pass. Until the first size report
 * (just after the first layout, before the first paint) there is nothing to do.
 */
export function useKeepInView(
  ref: RefObject<HTMLElement | null>,
  layout: DiagramLayout,
  lo: number,
  hi: number,
  /**
   * Told the new scrollLeft whenever this hook scrolls the container; `urgent` when it did so
   * outside React (from its resize observer).
   */
  onScrolled?: (x: number, urgent: boolean) => void,
  /** The end kept in view when the columns do not all fit ('lo' by default). */
  prefer: KeepEnd = 'lo',
): void {
  const notify = useRef(onScrolled);
  useLayoutEffect(() => {
    notify.current = onScrolled;
  }, [onScrolled]);
  const state = useRef({ width: -1, scrollLeft: 0, layout, lo, hi, prefer });
  state.current.layout = layout;
  state.current.lo = lo;
  state.current.hi = hi;
  state.current.prefer = prefer;
  const apply = useCallback(
    (urgent = false) => {
      const el = ref.current;
      const v = state.current;
      if (!el || v.width < 0 || v.layout.width <= v.width + 1) return;
      const x = scrollToShow(v.layout, v.lo, v.hi, v.width, v.scrollLeft, v.prefer);
      if (Math.abs(x - v.scrollLeft) > 0.5) {
        el.scrollLeft = x;
        v.scrollLeft = x;
        notify.current?.(x, urgent);
      }
    },
    [ref],
  );
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const onScroll = () => {
      state.current.scrollLeft = el.scrollLeft;
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    if (typeof ResizeObserver === 'undefined') {
      state.current.width = el.clientWidth;
      apply();
      return () => el.removeEventListener('scroll', onScroll);
    }
    const ro = new ResizeObserver((entries) => {
      for (const e of entries) state.current.width = e.contentRect.width;
      apply(true);
    });
    ro.observe(el);
    return () => {
      el.removeEventListener('scroll', onScroll);
      ro.disconnect();
    };
  }, [ref, apply]);
  // A key that changes only when the geometry does.
  const geometry = `${layout.width}|${layout.colWidth}|${layout.columnX.join(',')}`;
  useLayoutEffect(() => apply(), [apply, geometry, lo, hi, prefer]);
}
