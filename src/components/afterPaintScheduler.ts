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
