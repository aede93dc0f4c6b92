import { createContext } from 'react';
import type { LessonState } from '../store';

/**
 * The lesson state a subtree shows, when it lags the store on purpose (see ShownLesson); null
 * outside one, where components read the store directly.
 */
export const ShownLessonContext = createContext<LessonState | null>(null);
