import { startTransition, useCallback, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { scheduleAfterPaint } from './afterPaintScheduler';

export interface Lagging<T> {
  /** The value to show. */
  readonly shown: T;
  /** The next change of the value is shown at once (before the browser paints it). */
  readonly nextAtOnce: () => void;
  /** Shows the latest value now, synchronously (the DOM holds it when this returns). */
  readonly catchUp: () => void;
}

/**
 * A value that follows `value` one painted frame late: a change is taken up in a transition that
 * starts only after the browser has painted the frame showing everything else the change caused.
 *
 * React's useDeferredValue starts its background render as soon as the urgent one commits, often
 * before the browser's next frame: then the deferred views' work (heatmaps, charts, a gradient
 * check) delays the very frame that should show the edit.
 *
 * A change the view itself caused (`nextAtOnce`, then the change) is shown at once instead, and
 * `catchUp` shows the latest before a step that needs it (e.g. a focus on a cell named by its
 * value).
 */
export function useLagging<T>(value: T): Lagging<T> {
  const [shown, setShown] = useState(value);
  const latest = useRef(value);
  latest.current = value;
  const atOnce = useRef(false);
  useLayoutEffect(() => {
    if (Object.is(shown, value)) return;
    if (atOnce.current) {
      atOnce.current = false;
      setShown(() => value);
      return;
    }
    return scheduleAfterPaint(() => startTransition(() => setShown(() => latest.current)));
  }, [value, shown]);
  const nextAtOnce = useCallback(() => {
    atOnce.current = true;
  }, []);
  const catchUp = useCallback(() => flushSync(() => setShown(() => latest.current)), []);
  return { shown, nextAtOnce, catchUp };
}
