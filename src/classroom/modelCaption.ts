/**
 * The line on every handout page and exported diagram that says which model it shows: its
 * fingerprint (model/io/fingerprint), whether it is the seed's example or the user's own, its
 * sizes, activation (or, for a gated model, its cell) and truncation.
 */
import { defaultModel, dimsOf, isRnnModel, type AnyModel } from '../model';
import { modelFingerprint } from '../model/io/fingerprint';
import type { ViewsTranslate } from './useVt';

export function modelCaption(vt: ViewsTranslate, model: AnyModel, seed: number): string {
  const id = modelFingerprint(model);
  const example = Number.isInteger(seed) && modelFingerprint(defaultModel(seed)) === id;
  const { T, H, D, K } = dimsOf(model);
  const cut = model.truncate === null ? '' : vt('model.cut', { n: model.truncate });
  // A gated cell has no activation to name (its σ and tanh are fixed): the cell is named instead.
  if (!isRnnModel(model))
    return vt('model.ownCell', { id, T, H, D, K, cell: model.cell.toUpperCase(), cut });
  const params = { id, seed, T, H, D, K, activation: model.activation, cut };
  return example ? vt('model.seed', params) : vt('model.own', params);
}
