/**
 * The gated chapter's sequence that teaches: a long dependency. The last target repeats the input
 * ten steps earlier ("#a" then ten fillers, then "a" again): the gradient that would teach it
 * must travel ten steps back, which the vanilla RNN's does not and the LSTM's cell can.
 */
import { charModel } from './examples';
import type { RnnModel } from '../bptt/types';

/** The text: inputs "#axyxyxyxyxy", targets "axyxyxyxyxya" (T = 12; y₁₁ = x₁ = "a"). */
export const LONG_DEPENDENCY_TEXT = '#axyxyxyxyxya';

/** The long dependency as a vanilla model (H = 4, tanh, seeded): the chapter's cells read it. */
export function longDependencyModel(): RnnModel {
  return charModel(LONG_DEPENDENCY_TEXT, { seed: 2, H: 4 });
}
