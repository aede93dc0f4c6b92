/** The app's one store instance, its hook, and re-exports of the store's API. */
import { useStore } from 'zustand';
import { createLessonStore, type LessonState } from './store';

export const lessonStore = createLessonStore();

/** Subscribes a component to one value of the store (a selector returning a stable value). */
export function useLesson<U>(selector: (s: LessonState) => U): U {
  return useStore(lessonStore, selector);
}

export * from './store';
export * from './selectors';
export * from './nav';
export * from './url';
export { onStorageFailure } from './safeStorage';
export { stepCounts, STEP_COUNT } from './counts';
export { promptView, usePromptView, selectVeil, type OpenPrompt } from './promptView';
