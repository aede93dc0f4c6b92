import {
  startTransition,
  useCallback,
  useDebugValue,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { flushSync } from 'react-dom';
import { scheduleAfterPaint, type LaggingView } from '../frame';

export interface FrameLag<T> {
  /** The value to show. */
  readonly shown: T;
  /** The next change of the value is shown at once (before the browser paints it). */
  readonly nextAtOnce: () => void;
  /** Shows the latest value now, synchronously (the DOM holds it when this returns). */
  readonly catchUp: () => void;
}

/**
 * The one way a view lags: `value` as the view `view` shows it, one painted frame late (its row
 * of SCHEDULES in src/frame says why). A change is taken up in a transition that starts only
 * after the browser has painted the frame showing everything else the change caused.
 *
 * React's useDeferredValue starts its background render as soon as the urgent one commits, often
 * before the browser's next frame: then the lagging view's work (a step's formulas, heatmaps,
 * charts, a gradient check) delays the very frame that should show the change.
 *
 * A change the view itself caused (`nextAtOnce`, then the change) is shown at once instead, and
 * `catchUp` shows the latest before a step that needs it (e.g. a focus on a cell named by its
 * value).
 */
export function useFrameLag<T>(view: LaggingView, value: T): FrameLag<T> {
  useDebugValue(view);
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
