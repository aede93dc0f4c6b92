import { useContext } from 'react';
import { useLesson, type LessonState } from '../store';
import { ShownLessonContext } from './shownLessonContext';

/** Subscribes to nothing: inside a ShownLesson, the context alone re-renders the component. */
const NOTHING = (): 0 => 0;

/**
 * useLesson for the components that a ShownLesson may draw from its lagging state: inside one,
 * the selector reads that state; elsewhere, the store itself.
 */
export function useShownLesson<U>(selector: (s: LessonState) => U): U {
  const shown = useContext(ShownLessonContext);
  const live = useLesson<U | 0>(shown ? NOTHING : selector);
  return shown ? selector(shown) : (live as U);
}
