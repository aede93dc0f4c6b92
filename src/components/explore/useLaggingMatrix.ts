import { startTransition, useCallback, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Mat } from '../../model';
import { scheduleAfterPaint } from '../useAfterPaint';

export interface LaggingMatrix {
  /** The matrix to show. */
  readonly shown: Mat;
  /** The next change of the matrix is shown at once (before the browser paints it). */
  readonly nextAtOnce: () => void;
  /** Shows the latest matrix now, synchronously (the DOM holds it when this returns). */
  readonly catchUp: () => void;
}

/**
 * A matrix that follows `matrix` one painted frame late, as the maps do: an edit's frame shows
 * its consequences (diagram, formulas, terms) without also laying out and painting this view. A
 * change its own owner caused (`nextAtOnce`, then the owner's onChange) is shown at once instead,
 * and `catchUp` shows the latest before a step that needs it (a focus on a cell whose name holds
 * the value).
 */
export function useLaggingMatrix(matrix: Mat): LaggingMatrix {
  const [shown, setShown] = useState(matrix);
  const latest = useRef(matrix);
  latest.current = matrix;
  const atOnce = useRef(false);
  useLayoutEffect(() => {
    if (shown === matrix) return;
    if (atOnce.current) {
      atOnce.current = false;
      setShown(matrix);
      return;
    }
    return scheduleAfterPaint(() => startTransition(() => setShown(latest.current)));
  }, [matrix, shown]);
  const nextAtOnce = useCallback(() => {
    atOnce.current = true;
  }, []);
  const catchUp = useCallback(() => flushSync(() => setShown(latest.current)), []);
  return { shown, nextAtOnce, catchUp };
}
