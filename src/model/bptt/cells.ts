/** Every cell the core knows, by the model's `cell` (absent: the lecture's vanilla cell). */
import type { Cell, CellKind } from './cell';
import { GRU_CELL } from './gru';
import { LSTM_CELL } from './lstm';
import { RNN_CELL } from './rnn';
import type { AnyModel, RnnModel } from './types';

/** The cells by the name the model file gives them (`"cell": "rnn"`). */
export const CELLS: Readonly<Record<CellKind, Cell>> = {
  rnn: RNN_CELL as Cell,
  gru: GRU_CELL as unknown as Cell,
  lstm: LSTM_CELL as unknown as Cell,
};

/** The kinds, in the list's order. */
export const CELL_KINDS = Object.keys(CELLS) as readonly CellKind[];

export function cellOf(model: AnyModel): Cell {
  return CELLS[model.cell ?? 'rnn'];
}

/** The cell a model file names (absent: the vanilla cell), or null for a name the core does not know. */
export function cellNamed(kind: unknown): Cell | null {
  if (kind === undefined) return CELLS.rnn;
  return typeof kind === 'string' && Object.hasOwn(CELLS, kind) ? CELLS[kind as CellKind] : null;
}

/** Whether the model is of the lecture's vanilla cell. */
export function isRnnModel(model: AnyModel): model is RnnModel {
  return model.cell === undefined || model.cell === 'rnn';
}

/**
 * The model as the vanilla cell's, for code that only knows that cell (its U, W and f); throws
 * for a gated model (a checked cast, not a conversion).
 */
export function vanillaOf(model: AnyModel): RnnModel {
  if (!isRnnModel(model)) throw new TypeError(`expected the vanilla cell, found ${model.cell}`);
  return model;
}
