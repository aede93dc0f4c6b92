/** Russian: every namespace of the app. */
import type { Catalog } from '../catalog';
import { CLASSROOM } from './classroom';
import { DIAGRAM } from './diagram';
import { ERRORS } from './errors';
import { EXPLORE } from './explore';
import { LESSON } from './lesson';
import { UI } from './ui';

export const CATALOG: Catalog = {
  // The decimal separator: '.' today; the decimal comma is { decimal: ',', texDecimal: '{,}' }
  // (every number the app shows follows it: tests/unit/i18n/decimalComma.test.tsx).
  number: { decimal: '.', texDecimal: '.' },
  ui: UI,
  lesson: LESSON,
  diagram: DIAGRAM,
  classroom: CLASSROOM,
  explore: EXPLORE,
  errors: ERRORS,
};
