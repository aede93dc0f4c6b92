/**
 * The model in the file format, as plain JSON: what the model file, the share link and the
 * presenter channel carry. Apart from the parser (parse.ts), which only a file, a link or a peer
 * needs, so that the lesson can write its model out without loading the parser. Written from the
 * cell's description (its weights by name, and f when the file names it), as parse.ts reads it.
 */
import { cellOf } from '../bptt/cells';
import type { Activation, Model } from '../bptt/types';
import type { Mat } from '../linalg/mat';

/**
 * The model file as plain JSON (what `modelToJson` returns and `parseModel` accepts): `cell`
 * (absent for the vanilla cell), `activation` for a cell whose file names it, each of the cell's
 * weights under its name (the vanilla U and W), and the keys every model has.
 */
export interface ModelJson {
  cell?: string;
  activation?: Activation;
  V: number[][];
  inputs: number[][];
  targets: number[];
  initialState?: number[];
  truncate?: number;
  /** The cell's weights, by name. */
  [weight: string]: unknown;
}

/** A matrix's rows as plain arrays. */
export function rowsOf(m: Mat): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < m.rows; i++)
    out.push(Array.from(m.data.subarray(i * m.cols, (i + 1) * m.cols)));
  return out;
}

/**
 * The model in the file format. `initialState` is written only when it is non-zero, `truncate`
 * only when it is set, so a default model's file has exactly the required keys.
 */
export function modelToJson(model: Model): ModelJson {
  const cell = cellOf(model);
  const head: Record<string, unknown> = {};
  if (model.cell !== undefined && model.cell !== 'rnn') head.cell = model.cell;
  if (cell.hasActivation) head.activation = model.activation;
  cell.weights.forEach((name, i) => (head[name] = rowsOf(cell.weight(model, i))));
  const out: ModelJson = {
    ...head,
    V: rowsOf(model.V),
    inputs: rowsOf(model.inputs),
    targets: [...model.targets],
  };
  if (model.initialState.some((x) => x !== 0)) out.initialState = Array.from(model.initialState);
  if (model.truncate !== null) out.truncate = model.truncate;
  return out;
}
