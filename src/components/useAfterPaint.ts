import { startTransition, useEffect, useState } from 'react';
import { afterNextPaint } from '../store';

/** Runs `take` once the frame now being prepared is painted; returns a cancel function. */
export type AfterPaintScheduler = (take: () => void) => () => void;

let schedule: AfterPaintScheduler = afterNextPaint;

/**
 * Replaces the scheduler (null: the browser's). Component tests take changes at once, so that a
 * view's update can be checked right after the event that caused it.
 */
export function setAfterPaintScheduler(s: AfterPaintScheduler | null): void {
  schedule = s ?? afterNextPaint;
}

/** Runs `take` once the frame now being prepared is painted (through the replaceable scheduler). */
export function scheduleAfterPaint(take: () => void): () => void {
  return schedule(take);
}

/**
 * A value that follows `value` one painted frame late: a change is taken up in a transition that
 * starts only after the browser has painted the frame showing everything else the change caused.
 *
 * React's useDeferredValue starts its background render as soon as the urgent one commits, often
 * before the browser's next frame: then the deferred views' work (heatmaps, charts, a gradient
 * check) delays the very frame that should show the edit.
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    return schedule(() => startTransition(() => setShown(() => value)));
  }, [value, shown]);
  return shown;
}
