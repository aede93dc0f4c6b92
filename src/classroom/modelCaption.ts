/**
 * The line on every handout page and exported diagram that says which model it shows: its
 * fingerprint (model/io/fingerprint), whether it is the seed's example or the user's own, its
 * sizes, activation and truncation.
 */
import { defaultModel, dimsOf, type Model } from '../model';
import { modelFingerprint } from '../model/io/fingerprint';
import type { ViewsTranslate } from './useVt';

export function modelCaption(vt: ViewsTranslate, model: Model, seed: number): string {
  const id = modelFingerprint(model);
  const example = Number.isInteger(seed) && modelFingerprint(defaultModel(seed)) === id;
  const { T, H, D, K } = dimsOf(model);
  const cut = model.truncate === null ? '' : vt('model.cut', { n: model.truncate });
  const params = { id, seed, T, H, D, K, activation: model.activation, cut };
  return example ? vt('model.seed', params) : vt('model.own', params);
}
