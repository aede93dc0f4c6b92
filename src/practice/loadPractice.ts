/**
 * The practice feature's chunk: the predictions' driver and card, with their strings (the
 * catalog's part on demand). Fetched at start, beside the first formula's scripts: a link that
 * lands on a prediction asks it at once.
 */
import { wantExploreStrings } from '../i18n';

export const loadPractice = () =>
  Promise.all([import('./start'), wantExploreStrings()]).then(([m]) => m);
