/**
 * The unrolled network's drawing (its layout, scene and animation) is a chunk of its own, fetched
 * beside the first formula's rather than before it: the formula paints without waiting for the
 * drawing, and the panel keeps its size while the drawing arrives.
 */
export const loadDiagram = () => import('../diagram/UnrolledDiagram');
