/** Russian: every namespace of the app but the explore mode's (explore.ts and errors.ts, loaded
 * with the mode). */
import type { LessonCatalog } from '../catalog';
import { CLASSROOM } from './classroom';
import { DIAGRAM } from './diagram';
import { LESSON } from './lesson';
import { UI } from './ui';

export const CATALOG: LessonCatalog = {
  // The decimal comma ("1,47"; "{,}" in TeX, so that KaTeX adds no space after it), powers of ten
  // as "2,27 · 10⁻⁵" (a middle dot between no-break spaces, never broken across lines; \cdot in
  // TeX), a no-break space before % ("13,5 %"). Every number the app shows follows it
  // (tests/unit/i18n/decimalComma.test.tsx); exported files and the command stay plain.
  number: {
    decimal: ',',
    texDecimal: '{,}',
    times: '\u00A0·\u00A0',
    texTimes: '\\cdot',
    percentSpace: '\u00A0',
  },
  ui: UI,
  lesson: LESSON,
  diagram: DIAGRAM,
  classroom: CLASSROOM,
};
