/**
 * The unrolled network's drawing (its layout, scene and animation) is a chunk of its own, fetched
 * beside the first formula's rather than before it: the formula paints without waiting for the
 * drawing, and the panel keeps its size while the drawing arrives. Once it has arrived it is
 * drawn at once (no suspense) wherever it is mounted again.
 */
import type { ComponentType } from 'react';
import type { UnrolledDiagramProps } from '../diagram/diagramProps';

let loaded: ComponentType<UnrolledDiagramProps> | null = null;

export const loadDiagram = () =>
  import('../diagram/UnrolledDiagram').then((m) => {
    loaded = m.UnrolledDiagram;
    return m;
  });

/** The drawing's component once its chunk has arrived, else null. */
export function loadedDiagram(): ComponentType<UnrolledDiagramProps> | null {
  return loaded;
}
