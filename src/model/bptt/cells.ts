/**
 * Every cell the core knows, by the model's `cell` (absent: the lecture's vanilla cell).
 *
 * The vanilla cell is here from the start; the gated cells' code (gru.ts, lstm.ts and what they
 * share) is a chunk of its own, which the lesson's first visit (a vanilla RNN) does not fetch.
 * fullCore.ts adds them (installFullCore), and every way a gated model comes into being calls it
 * first: the model parser (io/parse.ts: a link's model, a file, the classroom's sync, the worker)
 * and the companions of another cell (the gated chapter, the explore mode's cell switch).
 */
import type { Cell, CellKind } from './cell';
import { RNN_CELL } from './rnn';
import type { AnyModel, RnnModel } from './types';

/** The kinds, in the list's order. */
export const CELL_KINDS: readonly CellKind[] = ['rnn', 'gru', 'lstm'];

const cells: Partial<Record<CellKind, Cell>> = { rnn: RNN_CELL as Cell };

/** Adds cells to the registry (gatedCells.ts: the GRU and the LSTM). */
export function provideCells(more: Partial<Record<CellKind, Cell>>): void {
  Object.assign(cells, more);
}

/** The cell of a kind; throws when its code is not loaded (a gated cell before installFullCore). */
export function cellOfKind(kind: CellKind): Cell {
  const cell = cells[kind];
  if (!cell) throw new Error(`the ${kind} cell is not loaded (installFullCore)`);
  return cell;
}

/** The cells by the name the model file gives them (`"cell": "rnn"`). */
export const CELLS: Readonly<Record<CellKind, Cell>> = {
  get rnn() {
    return cellOfKind('rnn');
  },
  get gru() {
    return cellOfKind('gru');
  },
  get lstm() {
    return cellOfKind('lstm');
  },
};

export function cellOf(model: AnyModel): Cell {
  return cellOfKind(model.cell ?? 'rnn');
}

/** The cell a model file names (absent: the vanilla cell), or null for a name the core does not know. */
export function cellNamed(kind: unknown): Cell | null {
  if (kind === undefined) return cellOfKind('rnn');
  return typeof kind === 'string' && (CELL_KINDS as readonly string[]).includes(kind)
    ? cellOfKind(kind as CellKind)
    : null;
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
