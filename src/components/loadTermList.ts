/**
 * The list of a target's terms (TermList.tsx) is a chunk of its own, fetched beside the first
 * formula's scripts (main.tsx) rather than before them: the lesson's first steps do not show it,
 * and the first formula has a size budget. Once it has arrived it renders at once wherever it is
 * mounted (no suspense after the first time).
 */
import type { ComponentType } from 'react';

let loaded: ComponentType | null = null;

export const loadTermList = () =>
  import('./TermList').then((m) => {
    loaded = m.TermList;
    return m;
  });

/** The list's component once its chunk has arrived, else null. */
export function loadedTermList(): ComponentType | null {
  return loaded;
}
