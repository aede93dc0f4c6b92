/**
 * The key set of each namespace: the English tables' keys. Every other language's table is typed
 * Record<Key, string> with them, so a key missing from (or extra in) a language fails to compile.
 */
import type { CLASSROOM } from './en/classroom';
import type { DIAGRAM } from './en/diagram';
import type { ERRORS } from './en/errors';
import type { EXPLORE } from './en/explore';
import type { LESSON } from './en/lesson';
import type { PRACTICE } from './en/practice';
import type { UI } from './en/ui';
import type { VIEWS } from './en/views';

export type UiKey = keyof typeof UI;
export type LessonKey = keyof typeof LESSON;
export type DiagramKey = keyof typeof DIAGRAM;
export type ClassroomKey = keyof typeof CLASSROOM;
export type ExploreKey = keyof typeof EXPLORE;
export type ErrorKey = keyof typeof ERRORS;
export type ViewsKey = keyof typeof VIEWS;
export type PracticeKey = keyof typeof PRACTICE;
