/**
 * A matrix (or a vector, as 1×n) summarised for drawing: its entries, or — when a side exceeds
 * the budget — blocks of entries, each shown by its entry of largest magnitude (sign kept; NaN
 * wins), so that no large value hides. The heatmaps and the diagram's inline bars use it.
 */
import type { Mat } from './mat';

export interface BlockCell {
  /** Grid position. */
  readonly r: number;
  readonly c: number;
  /** The entries covered: rows i0 … i1 − 1, columns j0 … j1 − 1. */
  readonly i0: number;
  readonly i1: number;
  readonly j0: number;
  readonly j1: number;
  /** The entry itself, or the block's entry of largest magnitude (NaN if any entry is NaN). */
  readonly value: number;
  /** Where that value sits. */
  readonly i: number;
  readonly j: number;
}

export interface BlockGrid {
  readonly rows: number;
  readonly cols: number;
  readonly cells: readonly BlockCell[];
  /** True when cells are blocks of several entries. */
  readonly summarised: boolean;
  /** Entries per block along each side (1 when not summarised). */
  readonly blockRows: number;
  readonly blockCols: number;
}

/** The grid for a matrix with at most maxCells cells per side. */
export function blockGrid(m: Mat, maxCells = 16): BlockGrid {
  const br = Math.max(1, Math.ceil(m.rows / maxCells));
  const bc = Math.max(1, Math.ceil(m.cols / maxCells));
  const rows = Math.ceil(m.rows / br);
  const cols = Math.ceil(m.cols / bc);
  const cells: BlockCell[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const i0 = r * br;
      const i1 = Math.min(m.rows, i0 + br);
      const j0 = c * bc;
      const j1 = Math.min(m.cols, j0 + bc);
      let value = 0;
      let bi = i0;
      let bj = j0;
      let best = -1;
      for (let i = i0; i < i1; i++) {
        for (let j = j0; j < j1; j++) {
          const v = m.data[i * m.cols + j];
          if (Number.isNaN(v)) {
            [value, bi, bj, best] = [v, i, j, Infinity];
          } else if (Math.abs(v) > best) {
            [value, bi, bj, best] = [v, i, j, Math.abs(v)];
          }
        }
      }
      cells.push({ r, c, i0, i1, j0, j1, value, i: bi, j: bj });
    }
  }
  return { rows, cols, cells, summarised: br > 1 || bc > 1, blockRows: br, blockCols: bc };
}
