/**
 * The vanilla companion of a model (companions.ts's companionOf(model, 'rnn')) on its own: the
 * lesson's steps show it for a gated model (store/selectors lessonModelOf), and the lesson's first
 * chunk has it without the gated cells, which companions.ts brings (bptt/fullCore.ts).
 */
import { isRnnModel } from '../bptt/cells';
import { dimsOf } from '../bptt/forward';
import type { AnyModel, RnnModel } from '../bptt/types';
import { randomModel } from './examples';

/** The seed of the companions' weights (any fixed number: the chapter's figures depend on it). */
export const COMPANION_SEED = 7;

/**
 * The model's sequence through the vanilla cell: the model itself when it is of that cell, else
 * tanh with seeded standard weights and the model's sequence, targets, V, s_{−1} and truncation.
 */
export function vanillaCompanionOf(model: AnyModel, seed: number = COMPANION_SEED): RnnModel {
  if (isRnnModel(model)) return model;
  const { T, H, D, K } = dimsOf(model);
  const base = randomModel({ seed, T, H, D, K, cell: 'rnn' });
  return {
    ...base,
    V: model.V,
    inputs: model.inputs,
    targets: model.targets,
    initialState: model.initialState,
    truncate: model.truncate,
    activation: 'tanh',
  };
}
