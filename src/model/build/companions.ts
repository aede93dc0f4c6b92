/**
 * The same sequence through another cell: what the gated chapter compares (the vanilla RNN, the GRU
 * and the LSTM side by side on one sequence and one traced E_t) and what the explore mode's cell
 * selector switches to. The sequence, the targets, the readout V, s_{−1} and the truncation are the
 * model's own; the other cell's weights get the standard initialisation (each ~ 𝒰(±1/√fan-in)) from
 * one fixed seed, so the three cells of a comparison start from comparable weights and a link that
 * names the seed reproduces them.
 */
import { mat } from '../linalg/mat';
import type { CellKind } from '../bptt/cell';
import { isRnnModel } from '../bptt/cells';
import { installFullCore } from '../bptt/fullCore';
import { dimsOf } from '../bptt/forward';
import type { AnyModel, LstmModel } from '../bptt/types';
import { randomModel } from './examples';
import { COMPANION_SEED, vanillaCompanionOf } from './vanillaCompanion';

export { COMPANION_SEED };

/** The LSTM's forget-gate bias by default: 1, the common initialisation (Gers et al. 2000). */
export const DEFAULT_FORGET_BIAS = 1;

export interface CompanionOptions {
  /** The LSTM's forget-gate bias b_f, every entry (DEFAULT_FORGET_BIAS when absent). */
  readonly forgetBias?: number;
  /** The weights' seed (COMPANION_SEED when absent). */
  readonly seed?: number;
}

/**
 * The model's sequence through `cell`: the model itself when it is of that cell already (and no
 * forget bias is asked for), else the cell with seeded standard weights and the model's sequence,
 * targets, V, s_{−1} (c_{−1} kept from an LSTM, zeros otherwise) and truncation. A vanilla
 * companion uses tanh; the GRU's biases are zeros and the LSTM's too except b_f.
 */
export function companionOf(
  model: AnyModel,
  cell: CellKind,
  opts: CompanionOptions = {},
): AnyModel {
  // The vanilla companion is the lesson's (its first chunk has it); a gated one brings the gated
  // cells' code with this file.
  if (cell === 'rnn') return vanillaCompanionOf(model, opts.seed);
  installFullCore();
  const own = (model.cell ?? 'rnn') === cell;
  if (own && (cell !== 'lstm' || opts.forgetBias === undefined)) return model;
  if (own) return withForgetBias(model as LstmModel, opts.forgetBias as number);
  const { T, H, D, K } = dimsOf(model);
  const base = randomModel({ seed: opts.seed ?? COMPANION_SEED, T, H, D, K, cell });
  const shared = {
    V: model.V,
    inputs: model.inputs,
    targets: model.targets,
    initialState: model.initialState,
    truncate: model.truncate,
  };
  if (base.cell === 'lstm') {
    const initialCell = model.cell === 'lstm' ? model.initialCell : new Float64Array(H);
    const lstm: LstmModel = { ...base, ...shared, initialCell };
    return withForgetBias(lstm, opts.forgetBias ?? DEFAULT_FORGET_BIAS);
  }
  if (isRnnModel(base)) return { ...base, ...shared, activation: 'tanh' };
  return { ...base, ...shared };
}

/** The LSTM with every entry of its forget-gate bias b_f set to `value`. */
export function withForgetBias(model: LstmModel, value: number): LstmModel {
  const H = model.b.f.rows;
  return { ...model, b: { ...model.b, f: mat(H, 1, new Float64Array(H).fill(value)) } };
}
