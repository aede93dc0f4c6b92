/** English: every namespace of the app but the explore mode's (explore.ts and errors.ts, loaded
 * with the mode). */
import type { LessonCatalog } from '../catalog';
import { CLASSROOM } from './classroom';
import { DIAGRAM } from './diagram';
import { LESSON } from './lesson';
import { UI } from './ui';

export const CATALOG: LessonCatalog = {
  // The decimal separator: '.' today.
  number: { decimal: '.', texDecimal: '.' },
  ui: UI,
  lesson: LESSON,
  diagram: DIAGRAM,
  classroom: CLASSROOM,
};
