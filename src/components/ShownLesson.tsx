/**
 * Draws its subtree (the step's text, formulas and terms) from a deferred copy of the lesson's
 * position: a step change first redraws the diagram and the navigation, and React renders this
 * subtree right after, in a render it may interrupt and split into short tasks. The heavy first
 * visit of a step (new formulas to lay out beside a new diagram) then spreads over two frames
 * instead of one long task; the panel follows within a frame or two.
 */
import { useDeferredValue, useMemo, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { lessonStore, useLesson, type LessonState } from '../store';
import { ShownLessonContext } from './shownLessonContext';

/** The inputs a panel may lag behind on (everything else is read as it is now). */
const lagging = (s: LessonState) => ({
  stepIndex: s.stepIndex,
  sub: s.sub,
  lang: s.lang,
  model: s.model,
  target: s.target,
  seed: s.seed,
});

export function ShownLesson({ children }: { readonly children: ReactNode }) {
  const now = useLesson(useShallow(lagging));
  const shown = useDeferredValue(now);
  const state = useMemo(() => ({ ...lessonStore.getState(), ...shown }), [shown]);
  return <ShownLessonContext.Provider value={state}>{children}</ShownLessonContext.Provider>;
}
