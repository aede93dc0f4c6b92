/** English: every namespace of the app but the explore mode's (explore.ts and errors.ts, loaded
 * with the mode). */
import type { LessonCatalog } from '../catalog';
import { CLASSROOM } from './classroom';
import { DIAGRAM } from './diagram';
import { LESSON } from './lesson';
import { UI } from './ui';

export const CATALOG: LessonCatalog = {
  // The decimal point, powers of ten as "2.27 × 10⁻⁵" (\times in TeX), "13.5 %".
  number: { decimal: '.', texDecimal: '.', times: ' × ', texTimes: '\\times', percentSpace: ' ' },
  ui: UI,
  lesson: LESSON,
  diagram: DIAGRAM,
  classroom: CLASSROOM,
};
