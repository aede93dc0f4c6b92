/**
 * Navigation over (step, sub-step) positions, as pure functions of the sub-step counts of the
 * steps (counts[i] ≥ 1 is how many sub-steps step i has for the current model and target).
 */

export interface Position {
  /** 0-based step index. */
  readonly stepIndex: number;
  /** 0-based sub-step inside the step. */
  readonly sub: number;
}

export const START: Position = { stepIndex: 0, sub: 0 };

function countAt(counts: readonly number[], i: number): number {
  const c = counts[i];
  return Number.isFinite(c) && c >= 1 ? Math.floor(c) : 1;
}

/** The nearest valid position: step and sub-step clamped into range (integers). */
export function clampPosition(pos: Position, counts: readonly number[]): Position {
  if (counts.length === 0) return START;
  const si = Number.isFinite(pos.stepIndex) ? Math.trunc(pos.stepIndex) : 0;
  const stepIndex = Math.min(Math.max(si, 0), counts.length - 1);
  const su = Number.isFinite(pos.sub) ? Math.trunc(pos.sub) : 0;
  const sub = Math.min(Math.max(su, 0), countAt(counts, stepIndex) - 1);
  return { stepIndex, sub };
}

/** One key press forward: the next sub-step, or the next step's first; stays at the very end. */
export function nextPosition(pos: Position, counts: readonly number[]): Position {
  const p = clampPosition(pos, counts);
  if (p.sub + 1 < countAt(counts, p.stepIndex)) return { stepIndex: p.stepIndex, sub: p.sub + 1 };
  if (p.stepIndex + 1 < counts.length) return { stepIndex: p.stepIndex + 1, sub: 0 };
  return p;
}

/** One key press back: the previous sub-step, or the previous step's LAST sub-step. */
export function prevPosition(pos: Position, counts: readonly number[]): Position {
  const p = clampPosition(pos, counts);
  if (p.sub > 0) return { stepIndex: p.stepIndex, sub: p.sub - 1 };
  if (p.stepIndex > 0) {
    const stepIndex = p.stepIndex - 1;
    return { stepIndex, sub: countAt(counts, stepIndex) - 1 };
  }
  return p;
}

/** The first sub-step of the first step. */
export function firstPosition(): Position {
  return START;
}

/** The last sub-step of the last step (the lesson's final state). */
export function lastPosition(counts: readonly number[]): Position {
  if (counts.length === 0) return START;
  const stepIndex = counts.length - 1;
  return { stepIndex, sub: countAt(counts, stepIndex) - 1 };
}

export function isFirst(pos: Position): boolean {
  return pos.stepIndex <= 0 && pos.sub <= 0;
}

export function isLast(pos: Position, counts: readonly number[]): boolean {
  const l = lastPosition(counts);
  return pos.stepIndex >= l.stepIndex && pos.sub >= l.sub;
}

export function samePosition(a: Position, b: Position): boolean {
  return a.stepIndex === b.stepIndex && a.sub === b.sub;
}
