/** Every cell the core knows, by the model's `cell` (absent: the lecture's vanilla cell). */
import type { Cell, CellKind } from './cell';
import { RNN_CELL } from './rnn';
import type { Model } from './types';

/** The cells by the name the model file gives them (`"cell": "rnn"`). */
export const CELLS: Readonly<Record<CellKind, Cell>> = {
  rnn: RNN_CELL as Cell,
};

/** The kinds, in the list's order. */
export const CELL_KINDS = Object.keys(CELLS) as readonly CellKind[];

export function cellOf(model: Model): Cell {
  return CELLS[model.cell ?? 'rnn'];
}

/** The cell a model file names (absent: the vanilla cell), or null for a name the core does not know. */
export function cellNamed(kind: unknown): Cell | null {
  if (kind === undefined) return CELLS.rnn;
  return typeof kind === 'string' && Object.hasOwn(CELLS, kind) ? CELLS[kind as CellKind] : null;
}
