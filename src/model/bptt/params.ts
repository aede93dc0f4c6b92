/**
 * A model's parameters by name, whatever its cell: the cell's weights (cell.weights), then V, the
 * readout's. What the gradient check, training and the editors iterate over.
 */
import type { Mat } from '../linalg/mat';
import { cellOf } from './cells';
import type { AnyModel } from './types';

/** The model's parameters by name: the cell's weights, then V. */
export function paramNames(model: AnyModel): readonly string[] {
  return [...cellOf(model).weights, 'V'];
}

/** Parameter `name` of the model (V for a name the cell does not have). */
export function paramOf(model: AnyModel, name: string): Mat {
  const cell = cellOf(model);
  const i = cell.weights.indexOf(name);
  return i < 0 ? model.V : cell.weight(model, i);
}

/** The same model with parameter `name` replaced by `value` (a new model; the old one is untouched). */
export function withParam<M extends AnyModel>(model: M, name: string, value: Mat): M {
  const cell = cellOf(model);
  const i = cell.weights.indexOf(name);
  if (i < 0) return { ...model, V: value };
  return cell.withWeights(
    model,
    cell.weights.map((_, w) => (w === i ? value : cell.weight(model, w))),
  ) as M;
}

/** How many numbers the model's parameters hold. */
export function paramCount(model: AnyModel): number {
  return paramNames(model).reduce((n, name) => n + paramOf(model, name).data.length, 0);
}
