import { usePrewarmFormulas } from './usePrewarmFormulas';

/**
 * Prepares the neighbouring positions while idle (see usePrewarmFormulas), from a leaf of its
 * own: the hook follows the model and the position, and re-rendering the whole app for them
 * would cost every edit a redraw of everything.
 */
export function PrewarmFormulas() {
  usePrewarmFormulas();
  return null;
}
