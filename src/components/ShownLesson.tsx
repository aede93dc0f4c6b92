/**
 * Draws its subtree (the step's text, formulas and terms) from a lagging copy of the lesson's
 * position (src/frame's SCHEDULES: 'stepPanel'): a step change first paints the diagram and the
 * navigation, and the panel follows in the next frame, in a render React may interrupt and split
 * into short tasks. The heavy first visit of a step (new formulas to lay out beside a new
 * diagram) then spreads over two frames instead of one long task.
 */
import { useMemo, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { lessonStore, useLesson, type LessonState } from '../store';
import { ShownLessonContext } from './shownLessonContext';
import { useFrameLag } from './useFrameLag';

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
  const shown = useFrameLag('stepPanel', now).shown;
  const state = useMemo(() => ({ ...lessonStore.getState(), ...shown }), [shown]);
  return <ShownLessonContext.Provider value={state}>{children}</ShownLessonContext.Provider>;
}
