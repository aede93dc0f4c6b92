/**
 * The model in the file format, as plain JSON: what the model file, the share link and the
 * presenter channel carry. Apart from the parser (parse.ts), which only a file, a link or a peer
 * needs, so that the lesson can write its model out without loading the parser. Written from the
 * cell's description (its weights by name, and f when the file names it), as parse.ts reads it.
 */
import { weightPath } from '../bptt/cell';
import { cellOf } from '../bptt/cells';
import type { Activation, AnyModel } from '../bptt/types';
import type { Mat } from '../linalg/mat';

/**
 * The model file as plain JSON (what `modelToJson` returns and `parseModel` accepts): `cell`
 * (absent for the vanilla cell), `activation` for a cell whose file names it, each of the cell's
 * weights at its path (the vanilla U and W; a gated cell's `U`, `W` and `b` keyed by gate, math.md
 * §8), the LSTM's `initialCell`, and the keys every model has.
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
 * The model in the file format. `initialState` (and the LSTM's `initialCell`, and a gated cell's
 * biases `b`) are written only when non-zero, `truncate` only when it is set, so a default model's
 * file has exactly the required keys.
 */
export function modelToJson(model: AnyModel): ModelJson {
  const cell = cellOf(model);
  const head: Record<string, unknown> = {};
  if (model.cell !== undefined && model.cell !== 'rnn') head.cell = model.cell;
  if (cell.hasActivation && 'activation' in model) head.activation = model.activation;
  const biases = cell.weights.filter((_, i) => cell.shapes[i][1] === 1);
  const writeBiases = biases.some((name) =>
    cell.weight(model, cell.weights.indexOf(name)).data.some((x) => x !== 0),
  );
  cell.weights.forEach((name, i) => {
    const [key, gate] = weightPath(name);
    const m = cell.weight(model, i);
    if (gate === null) head[key] = rowsOf(m);
    else if (cell.shapes[i][1] !== 1 || writeBiases) {
      const group = (head[key] ??= {}) as Record<string, unknown>;
      group[gate] = cell.shapes[i][1] === 1 ? Array.from(m.data) : rowsOf(m);
    }
  });
  const out: ModelJson = {
    ...head,
    V: rowsOf(model.V),
    inputs: rowsOf(model.inputs),
    targets: [...model.targets],
  };
  if (model.initialState.some((x) => x !== 0)) out.initialState = Array.from(model.initialState);
  if ('initialCell' in model && model.initialCell.some((x) => x !== 0))
    out.initialCell = Array.from(model.initialCell);
  if (model.truncate !== null) out.truncate = model.truncate;
  return out;
}
