/**
 * The explore mode's presets, as data, and the builder that turns one into a model. Each is a
 * character model (`charModel`) with, optionally, W rescaled to a given σ_max. Their seeds were
 * chosen so that each shows its effect clearly and the gradient check stays far below 1e−6.
 */
import { charModel, withSigmaW } from './examples';
import { installFullCore } from '../bptt/fullCore';
import type { Activation, RnnModel } from '../bptt/types';

export type PresetId = 'default' | 'vanishing' | 'exploding' | 'sigmoid' | 'long';

export interface Preset {
  readonly id: PresetId;
  /** The sequence: inputs are all its characters but the last, targets all but the first. */
  readonly text: string;
  readonly H: number;
  readonly activation: Activation;
  readonly seed: number;
  /** Multiplies the drawn weights. */
  readonly scale: number;
  /** σ_max(W) after drawing, or null to keep the drawn W. */
  readonly sigmaW: number | null;
  /** Truncation window n, or null for full BPTT. */
  readonly truncate: number | null;
}

export const PRESETS: readonly Preset[] = [
  // The lecture's example: "hell" → "ello", H = 3, tanh (the same model as defaultModel(1)).
  {
    id: 'default',
    text: 'hello',
    H: 3,
    activation: 'tanh',
    seed: 1,
    scale: 1,
    sigmaW: null,
    truncate: null,
  },
  // tanh with σ_max(W) = 0.3 < 1/γ: ‖∂s_9/∂s_0‖ is about 1e−7.
  {
    id: 'vanishing',
    text: 'hello world',
    H: 4,
    activation: 'tanh',
    seed: 11,
    scale: 1,
    sigmaW: 0.3,
    truncate: null,
  },
  // linear with σ_max(W) = 1.5: ‖∂s_9/∂s_0‖ ≈ 35, close to the bound 1.5⁹ ≈ 38.
  {
    id: 'exploding',
    text: 'hello world',
    H: 4,
    activation: 'linear',
    seed: 8,
    scale: 1,
    sigmaW: 1.5,
    truncate: null,
  },
  // sigmoid with large weights: γ·σ_max(W) > 1, yet the units saturate (f′ ≪ 1/4) and the
  // gradient still vanishes.
  {
    id: 'sigmoid',
    text: 'hello world',
    H: 4,
    activation: 'sigmoid',
    seed: 1,
    scale: 6,
    sigmaW: null,
    truncate: null,
  },
  // T = 32: a repeating pattern, long enough to see how far back the gradient reaches.
  {
    id: 'long',
    text: 'hello hello hello hello hello hel',
    H: 4,
    activation: 'tanh',
    seed: 7,
    scale: 1,
    sigmaW: null,
    truncate: null,
  },
];

export const PRESET_IDS: readonly PresetId[] = PRESETS.map((p) => p.id);

export function isPresetId(v: unknown): v is PresetId {
  return typeof v === 'string' && (PRESET_IDS as readonly string[]).includes(v);
}

/** The preset with this id. */
export function presetById(id: PresetId): Preset {
  const p = PRESETS.find((q) => q.id === id);
  if (!p) throw new RangeError(`no preset "${id}"`);
  return p;
}

/** The model a preset describes (a fresh model each call). */
export function buildPreset(preset: Preset | PresetId): RnnModel {
  // The explore mode's models, beyond the lesson's first: the rest of the core comes with them.
  installFullCore();
  const p = typeof preset === 'string' ? presetById(preset) : preset;
  let model = charModel(p.text, {
    seed: p.seed,
    H: p.H,
    activation: p.activation,
    scale: p.scale,
  });
  if (p.sigmaW !== null) model = withSigmaW(model, p.sigmaW);
  return { ...model, truncate: p.truncate };
}
