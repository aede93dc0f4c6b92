/** Russian: every namespace of the app but the explore mode's (explore.ts and errors.ts, loaded
 * with the mode). */
import type { LessonCatalog } from '../catalog';
import { CLASSROOM } from './classroom';
import { DIAGRAM } from './diagram';
import { LESSON } from './lesson';
import { UI } from './ui';

export const CATALOG: LessonCatalog = {
  // The decimal separator: '.' today; the decimal comma is { decimal: ',', texDecimal: '{,}' }
  // (every number the app shows follows it: tests/unit/i18n/decimalComma.test.tsx).
  number: { decimal: '.', texDecimal: '.' },
  ui: UI,
  lesson: LESSON,
  diagram: DIAGRAM,
  classroom: CLASSROOM,
};
