/**
 * The columns of a horizontally scrolling diagram worth drawing: those in view and a margin on
 * each side. A long sequence (T = 64 has 65 columns, a few of them on screen) then costs an edit,
 * a step or a scroll only the columns the viewer can see; the others are drawn as they scroll in.
 *
 * The range changes only when a column boundary is crossed, so scrolling re-renders rarely. Where
 * the container cannot be measured (no ResizeObserver, as in jsdom), every column is drawn.
 */
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type RefObject,
} from 'react';
import { flushSync } from 'react-dom';
import type { DiagramLayout } from './layout';

/** Columns drawn beyond each edge of the view (so keyboard moves and short scrolls find them). */
export const COLUMN_MARGIN = 1;

export interface ColumnRange {
  /** First and last column drawn (t = −1 … T − 1). */
  readonly lo: number;
  readonly hi: number;
}

/** The columns overlapping [scrollLeft, scrollLeft + viewWidth], widened by `margin`. */
export function visibleColumns(
  layout: DiagramLayout,
  scrollLeft: number,
  viewWidth: number,
  margin = COLUMN_MARGIN,
): ColumnRange {
  const last = layout.T - 1;
  if (!(viewWidth > 0) || layout.width <= viewWidth + 1) return { lo: -1, hi: last };
  const half = layout.colWidth / 2;
  let lo = last;
  let hi = -1;
  for (let t = -1; t <= last; t++) {
    const x = layout.columnX[t + 1];
    if (x + half >= scrollLeft && x - half <= scrollLeft + viewWidth) {
      lo = Math.min(lo, t);
      hi = Math.max(hi, t);
    }
  }
  if (hi < lo) return { lo: -1, hi: last };
  return { lo: Math.max(-1, lo - margin), hi: Math.min(last, hi + margin) };
}

export interface VisibleColumns {
  /** The columns to draw. */
  readonly range: ColumnRange;
  /**
   * Tells the hook the container was scrolled to x by code (before the browser reports it);
   * `urgent` when called outside React (a resize observer), to draw before the next paint.
   */
  readonly scrolledTo: (x: number, urgent?: boolean) => void;
}

interface View {
  readonly scrollLeft: number;
  readonly width: number;
}

/**
 * `guessWidth`: the width the container is expected to have, used until it is measured (the
 * diagram's available width), so a long sequence never mounts every column at first.
 */
export function useVisibleColumns(
  ref: RefObject<HTMLElement | null>,
  layout: DiagramLayout,
  guessWidth: number,
): VisibleColumns {
  const measurable = typeof ResizeObserver !== 'undefined';
  // The exact view, from every scroll and resize; state takes it only when the columns it shows
  // change (or the layout does), so scrolling within a column re-renders nothing.
  const exact = useRef<View>({ scrollLeft: 0, width: measurable ? guessWidth : 0 });
  const [view, setView] = useState<View>(() => exact.current);
  const range = useMemo(() => visibleColumns(layout, view.scrollLeft, view.width), [layout, view]);
  const layoutRef = useRef(layout);
  const take = useCallback(() => {
    const now = exact.current;
    setView((prev) => {
      if (prev.scrollLeft === now.scrollLeft && prev.width === now.width) return prev;
      const a = visibleColumns(layoutRef.current, prev.scrollLeft, prev.width);
      const b = visibleColumns(layoutRef.current, now.scrollLeft, now.width);
      return a.lo === b.lo && a.hi === b.hi ? prev : now;
    });
  }, []);
  const update = useCallback(
    (patch: Partial<View>, urgent = false) => {
      exact.current = { ...exact.current, ...patch };
      // Outside React (a resize observed before the first paint), draw before that paint.
      if (urgent) flushSync(take);
      else take();
    },
    [take],
  );
  // A new layout is drawn from the exact view: a scroll that changed no column under the old
  // layout (every column fits) may change them under this one.
  useLayoutEffect(() => {
    layoutRef.current = layout;
    const now = exact.current;
    setView((prev) =>
      prev.scrollLeft === now.scrollLeft && prev.width === now.width ? prev : now,
    );
  }, [layout]);

  useEffect(() => {
    const el = ref.current;
    if (!el || !measurable) return;
    const onScroll = () => update({ scrollLeft: el.scrollLeft });
    el.addEventListener('scroll', onScroll, { passive: true });
    const ro = new ResizeObserver((entries) => {
      for (const e of entries) {
        update({ width: e.contentRect.width, scrollLeft: el.scrollLeft }, true);
      }
    });
    ro.observe(el);
    return () => {
      el.removeEventListener('scroll', onScroll);
      ro.disconnect();
    };
  }, [ref, measurable, update]);

  const scrolledTo = useCallback(
    (x: number, urgent = false) => update({ scrollLeft: x }, urgent),
    [update],
  );
  return { range, scrolledTo };
}
