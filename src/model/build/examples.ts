/** Seeded example models: the lecture's default "hell" → "ello", random models, and edits. */
import { createRng } from './rng';
import { mat, type Mat } from '../linalg/mat';
import { CELLS, cellOf } from '../bptt/cells';
import type { CellKind } from '../bptt/cell';
import { paramOf, withParam } from '../bptt/params';
import type { Activation, AnyModel, ParamName, RnnModel } from '../bptt/types';

export interface RandomModelOptions {
  seed: number;
  T: number;
  H: number;
  D: number;
  K: number;
  /** The cell (the lecture's vanilla cell by default). */
  cell?: CellKind;
  /** f, for a cell whose file names it (tanh by default). */
  activation?: Activation;
  /** Multiplies every initial weight (1 = the usual ±1/√fan-in range). */
  scale?: number;
  /** One-hot inputs (default) or real-valued ones. */
  inputs?: 'onehot' | 'real';
  /** A random initial state s_{−1} (and, for the LSTM, initial cell c_{−1}) instead of zeros. */
  randomInitialState?: boolean;
  /**
   * A gated cell's biases: zeros (default), random like the weights (𝒰(±scale)), or random with
   * the LSTM's forget-gate bias b_f = 1 (the common initialisation, Gers et al. 2000).
   */
  biases?: 'zero' | 'random' | 'forget1';
  truncate?: number | null;
}

function uniformMat(rows: number, cols: number, bound: number, next: () => number): Mat {
  const m = mat(rows, cols);
  for (let i = 0; i < m.data.length; i++) m.data[i] = (2 * next() - 1) * bound;
  return m;
}

/**
 * Weights as in Britz's tutorial: each of the cell's weights ~ 𝒰(±1/√fan-in), fan-in its columns
 * (the vanilla U ~ 𝒰(±1/√D), W ~ 𝒰(±1/√H)), then V ~ 𝒰(±1/√H), times `scale`. The seed fixes
 * every number, so a seed in a shared link reproduces the model exactly.
 */
export function randomModel(opts: RandomModelOptions & { cell?: 'rnn' }): RnnModel;
export function randomModel(opts: RandomModelOptions): AnyModel;
export function randomModel(opts: RandomModelOptions): AnyModel {
  const { T, H, D, K } = opts;
  const size = { T, H, D, K };
  const cell = CELLS[opts.cell ?? 'rnn'];
  const rng = createRng(opts.seed);
  const c = opts.scale ?? 1;
  const biases = opts.biases ?? 'zero';
  const weights = cell.shapes.map(([r, k], i) => {
    if (k !== 1) return uniformMat(size[r], size[k], c / Math.sqrt(size[k]), rng.next);
    // A gated cell's bias (H×1).
    if (biases === 'zero') return mat(size[r], 1);
    const b = uniformMat(size[r], 1, c, rng.next);
    if (biases === 'forget1' && cell.weights[i] === 'b.f') b.data.fill(1);
    return b;
  });
  const V = uniformMat(K, H, c / Math.sqrt(H), rng.next);
  const inputs = mat(T, D);
  const targets: number[] = [];
  for (let t = 0; t < T; t++) {
    if (opts.inputs === 'real') {
      for (let j = 0; j < D; j++) inputs.data[t * D + j] = rng.uniform(-1, 1);
    } else {
      inputs.data[t * D + Math.floor(rng.next() * D)] = 1;
    }
    targets.push(Math.floor(rng.next() * K));
  }
  const initialState = new Float64Array(H);
  if (opts.randomInitialState) for (let i = 0; i < H; i++) initialState[i] = rng.uniform(-1, 1);
  const initialCell = new Float64Array(H);
  if (opts.randomInitialState && opts.cell === 'lstm')
    for (let i = 0; i < H; i++) initialCell[i] = rng.uniform(-1, 1);
  return cell.fromParts({
    initialCell,
    weights,
    activation: cell.hasActivation ? (opts.activation ?? 'tanh') : null,
    V,
    inputs,
    targets,
    initialState,
    truncate: opts.truncate ?? null,
  });
}

/** The text's distinct characters in order of first appearance: "hello" → h, e, l, o. */
export function vocabularyOf(text: string): string[] {
  return Array.from(new Set(Array.from(text)));
}

export interface CharModelOptions {
  seed: number;
  H: number;
  activation?: Activation;
  scale?: number;
}

/**
 * A character model: one-hot inputs over the text's own vocabulary, targets the next characters.
 * "hello" gives inputs "hell" and targets "ello" over h, e, l, o (T = 4, D = K = 4).
 */
export function charModel(text: string, opts: CharModelOptions): RnnModel {
  const chars = Array.from(text);
  if (chars.length < 2) throw new RangeError('the text needs at least 2 characters');
  const vocab = vocabularyOf(text);
  const index = new Map(vocab.map((c, i) => [c, i]));
  const C = vocab.length;
  const T = chars.length - 1;
  const base = randomModel({
    seed: opts.seed,
    T,
    H: opts.H,
    D: C,
    K: C,
    activation: opts.activation,
    scale: opts.scale,
  });
  const inputs = mat(T, C);
  const targets: number[] = [];
  for (let t = 0; t < T; t++) {
    inputs.data[t * C + (index.get(chars[t]) as number)] = 1;
    targets.push(index.get(chars[t + 1]) as number);
  }
  return { ...(base as RnnModel), inputs, targets };
}

/** The lecture's default example: "hell" → "ello", H = 3, tanh, seeded weights. */
export function defaultModel(seed = 1): RnnModel {
  return charModel('hello', { seed, H: 3 });
}

/** The model with one parameter entry replaced (a new model; the old one is untouched). */
export function withWeight<M extends AnyModel>(
  model: M,
  p: ParamName,
  i: number,
  j: number,
  value: number,
): M {
  const m = paramOf(model, p);
  if (i < 0 || i >= m.rows || j < 0 || j >= m.cols)
    throw new RangeError(`${p}[${i}][${j}] is outside ${m.rows}×${m.cols}`);
  const data = m.data.slice();
  data[i * m.cols + j] = value;
  return withParam(model, p, mat(m.rows, m.cols, data));
}

/**
 * The model with its recurrent weights rescaled so that the transition bound's σ (σ_max(W) for the
 * vanilla cell) is `sigma` (unchanged when that σ is 0, or already there). `current`: that σ when
 * the caller has it already.
 */
export function withSigmaW<M extends AnyModel>(
  model: M,
  sigma: number,
  current: number = cellOf(model).transitionBound(model).sigma,
): M {
  if (current === 0 || !Number.isFinite(current) || sigma === current) return model;
  return cellOf(model).withRecurrentScale(model, sigma / current) as M;
}
