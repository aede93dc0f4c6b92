/**
 * The model in the file format, as plain JSON: what the model file, the share link and the
 * presenter channel carry. Apart from the parser (parse.ts), which only a file, a link or a peer
 * needs, so that the lesson can write its model out without loading the parser.
 */
import type { Activation, RnnModel } from '../bptt/types';
import type { Mat } from '../linalg/mat';

/** The model file as plain JSON (what `modelToJson` returns and `parseModel` accepts). */
export interface ModelJson {
  activation: Activation;
  U: number[][];
  W: number[][];
  V: number[][];
  inputs: number[][];
  targets: number[];
  initialState?: number[];
  truncate?: number;
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
export function modelToJson(model: RnnModel): ModelJson {
  const out: ModelJson = {
    activation: model.activation,
    U: rowsOf(model.U),
    W: rowsOf(model.W),
    V: rowsOf(model.V),
    inputs: rowsOf(model.inputs),
    targets: [...model.targets],
  };
  if (model.initialState.some((x) => x !== 0)) out.initialState = Array.from(model.initialState);
  if (model.truncate !== null) out.truncate = model.truncate;
  return out;
}
