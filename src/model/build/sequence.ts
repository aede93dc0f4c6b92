/**
 * The sequence a model is trained on, and rebuilding a model when its settings change.
 *
 * A text becomes one-hot inputs over its own vocabulary (characters in order of first appearance)
 * with the next characters as targets: "hello" gives inputs "hell" and targets "ello" over
 * h, e, l, o. Weights are drawn as in `randomModel` (seeded, times a scale), so a text, H, seed and
 * scale give exactly the weights of `charModel`.
 */
import { randomModel, vocabularyOf } from './examples';
import { DEFAULT_FORGET_BIAS } from './companions';
import type { FieldErrorCode } from '../io/errorCodes';
import { mat } from '../linalg/mat';
import { isDirectionControl } from '../io/text';
import type { Activation, AnyModel } from '../bptt/types';
import { cellOf, isRnnModel } from '../bptt/cells';
import { installFullCore } from '../bptt/fullCore';
import { dimsOf } from '../bptt/forward';
import type { Mat } from '../linalg/mat';
import { LIMITS, type Checked, type FieldError } from '../io/types';

/**
 * The explore controls' ranges (a model file may go up to LIMITS). H bounds every gate alike: a
 * gated cell's U_gate, W_gate and b_gate are each the vanilla U, W and a bias in size (H ≤ 64 makes
 * each W_gate at most 64×64), so a GRU holds 3 and an LSTM 4 times the vanilla cell's weights.
 */
export const EXPLORE_LIMITS = { H: { min: 1, max: 64 }, scale: { min: 0.01, max: 10 } } as const;

export interface EncodedSequence {
  /** The distinct characters in order of first appearance (D = K = vocab.length). */
  readonly vocab: string[];
  /** T×D one-hot rows: x_t is the t-th character. */
  readonly inputs: Mat;
  /** y_t: the index of character t + 1. */
  readonly targets: number[];
}

/** An edited model (of the cell it was edited from), or the problems. */
export type ModelResult<M extends AnyModel = AnyModel> =
  | { readonly ok: true; readonly model: M }
  | { readonly ok: false; readonly errors: readonly FieldError[] };

type Params = Record<string, string | number>;

function problem(
  field: string,
  message: string,
  code: FieldErrorCode,
  params?: Params,
): FieldError {
  return params ? { field, message, code, params } : { field, message, code };
}

function fail(
  field: string,
  message: string,
  code: FieldErrorCode,
  params?: Params,
): { ok: false; errors: FieldError[] } {
  return { ok: false, errors: [problem(field, message, code, params)] };
}

/** "expected a finite number" for a value typed into an entry. */
function notFinite(field: string, value: number) {
  return fail(field, `expected a finite number, found ${value}`, 'number.notFinite', {
    found: String(value),
  });
}

/** Encodes a text as one-hot inputs and next-character targets; never throws. */
export function encodeText(text: string): Checked<EncodedSequence> {
  if (typeof text !== 'string') return fail('text', 'expected a text', 'text.notText');
  const chars = Array.from(text);
  // Direction controls would reorder the app's own text around the vocabulary shown.
  const bidi = chars.findIndex(isDirectionControl);
  if (bidi >= 0)
    return fail(
      'text',
      `character ${bidi + 1} is a text-direction control (U+${chars[bidi].codePointAt(0)!.toString(16).toUpperCase()}), which a sequence may not hold`,
      'text.bidi',
      { at: bidi + 1, code: `U+${chars[bidi].codePointAt(0)!.toString(16).toUpperCase()}` },
    );
  if (chars.length < 2)
    return fail(
      'text',
      `expected at least 2 characters (the inputs are all but the last, the targets all but the first), found ${chars.length}`,
      'text.tooShort',
      { n: chars.length },
    );
  const T = chars.length - 1;
  if (T > LIMITS.T)
    return fail(
      'text',
      `expected at most ${LIMITS.T + 1} characters (T ≤ ${LIMITS.T}), found ${chars.length}`,
      'text.tooLong',
      { max: LIMITS.T + 1, n: chars.length },
    );
  const vocab = vocabularyOf(text);
  if (vocab.length > LIMITS.D)
    return fail(
      'text',
      `expected at most ${LIMITS.D} distinct characters, found ${vocab.length}`,
      'text.vocab',
      { max: LIMITS.D, n: vocab.length },
    );
  const index = new Map(vocab.map((c, i) => [c, i]));
  const C = vocab.length;
  const inputs = mat(T, C);
  const targets: number[] = [];
  for (let t = 0; t < T; t++) {
    inputs.data[t * C + (index.get(chars[t]) as number)] = 1;
    targets.push(index.get(chars[t + 1]) as number);
  }
  return { ok: true, value: { vocab, inputs, targets } };
}

/** True when the model's inputs and targets are exactly the encoding of the text. */
export function sequenceMatches(model: AnyModel, text: string): boolean {
  const e = encodeText(text);
  if (!e.ok) return false;
  const { inputs, targets } = e.value;
  if (inputs.rows !== model.inputs.rows || inputs.cols !== model.inputs.cols) return false;
  if (targets.some((y, t) => model.targets[t] !== y)) return false;
  return inputs.data.every((x, i) => model.inputs.data[i] === x);
}

export interface RebuildOptions {
  /** The seed weights are drawn from when they must be redrawn. */
  readonly seed: number;
  /** Multiplies the drawn weights (1 = the usual ±1/√fan-in range). */
  readonly scale: number;
  /** A new sequence, as text. */
  readonly text?: string;
  /** A new hidden size. */
  readonly H?: number;
  readonly activation?: Activation;
  /** Redraw U, W and V from seed and scale even when no size changes (the seed or scale did). */
  readonly redraw?: boolean;
}

/** What is wrong with the seed, the scale and H (empty when nothing). */
function checkSettings(o: RebuildOptions, H: number): FieldError[] {
  const errors: FieldError[] = [];
  if (!Number.isSafeInteger(o.seed))
    errors.push(
      problem('seed', `expected an integer, found ${o.seed}`, 'setting.seed', {
        found: String(o.seed),
      }),
    );
  const { min, max } = EXPLORE_LIMITS.scale;
  if (!(Number.isFinite(o.scale) && o.scale >= min && o.scale <= max))
    errors.push(
      problem('scale', `expected a number in [${min}, ${max}], found ${o.scale}`, 'setting.scale', {
        min,
        max,
        found: String(o.scale),
      }),
    );
  const h = EXPLORE_LIMITS.H;
  if (!(Number.isInteger(H) && H >= h.min && H <= h.max))
    errors.push(
      problem('H', `expected an integer in [${h.min}, ${h.max}], found ${H}`, 'setting.H', {
        min: h.min,
        max: h.max,
        found: String(H),
      }),
    );
  return errors;
}

/** The first min(n, old length) entries of v, then zeros, length n. */
function resized(v: Float64Array, n: number): Float64Array {
  const out = new Float64Array(n);
  out.set(v.subarray(0, Math.min(n, v.length)));
  return out;
}

/**
 * The model with a new text, H, activation, seed or scale; everything else is kept. U, W and V are
 * redrawn (as `charModel`/`randomModel` draw them) only when `redraw` is set or a size changes
 * (H, or the vocabulary size D, K); otherwise hand-edited weights survive, e.g. a change of
 * activation or a text over as many distinct characters. The initial state keeps its first entries
 * when H changes; the truncation is kept. Never throws: problems name the field.
 */
export function rebuildModel<M extends AnyModel>(model: M, o: RebuildOptions): ModelResult<M> {
  // A larger H may need σ_max by Lanczos, which comes with this chunk (linalg/sigma.ts).
  installFullCore();
  const cell = cellOf(model);
  const dims = dimsOf(model);
  const H = o.H ?? dims.H;
  const errors = checkSettings(o, H);
  let inputs = model.inputs;
  let targets = model.targets;
  if (o.text !== undefined) {
    const e = encodeText(o.text);
    if (e.ok) ({ inputs, targets } = e.value);
    else errors.push(...e.errors);
  }
  if (errors.length > 0) return { ok: false, errors };
  const T = inputs.rows;
  const D = inputs.cols;
  // A text sets K = D; a numeric sequence keeps the model's K.
  const K = o.text !== undefined ? D : model.V.rows;
  const activation = isRnnModel(model) ? (o.activation ?? model.activation) : null;
  const sameSizes = H === dims.H && D === dims.D && K === dims.K;
  let weights = cell.weights.map((_, i) => cell.weight(model, i));
  let V = model.V;
  if (o.redraw || !sameSizes) {
    const drawn = randomModel({ seed: o.seed, T, H, D, K, scale: o.scale, cell: model.cell });
    weights = cell.weights.map((_, i) => cell.weight(drawn, i));
    // The LSTM's forget-gate bias starts at 1, as the cell switch makes it (companions.ts).
    const bf = cell.weights.indexOf('b.f');
    if (bf >= 0) weights[bf] = mat(H, 1, new Float64Array(H).fill(DEFAULT_FORGET_BIAS));
    V = drawn.V;
  }
  return {
    ok: true,
    model: cell.fromParts({
      weights,
      activation,
      V,
      inputs,
      targets,
      initialState: H === dims.H ? model.initialState : resized(model.initialState, H),
      // The LSTM's c₋₁ likewise (other cells have none).
      initialCell:
        model.cell === 'lstm'
          ? H === dims.H
            ? model.initialCell
            : resized(model.initialCell, H)
          : undefined,
      truncate: model.truncate,
    }) as M,
  };
}

/** The model with truncation window n (null: full BPTT); n must be an integer ≥ 0. */
export function withTruncate<M extends AnyModel>(model: M, n: number | null): ModelResult<M> {
  if (n !== null && !(Number.isInteger(n) && n >= 0))
    return fail('truncate', `expected an integer ≥ 0 or none, found ${n}`, 'truncate.invalid', {
      foundKind: 'number',
      found: String(n),
    });
  return { ok: true, model: { ...model, truncate: n } };
}

/** The model with s_{−1}[i] replaced. */
export function withInitialStateEntry<M extends AnyModel>(
  model: M,
  i: number,
  value: number,
): ModelResult<M> {
  const field = `initialState[${i}]`;
  if (!(Number.isInteger(i) && i >= 0 && i < model.initialState.length))
    return fail(field, `expected an index in [0, ${model.initialState.length})`, 'entry.index', {
      n: model.initialState.length,
    });
  if (!Number.isFinite(value)) return notFinite(field, value);
  const s = model.initialState.slice();
  s[i] = value;
  return { ok: true, model: { ...model, initialState: s } };
}

/** The model with the input entry x_t[j] replaced (a numeric sequence). */
export function withInputEntry<M extends AnyModel>(
  model: M,
  t: number,
  j: number,
  value: number,
): ModelResult<M> {
  const m = model.inputs;
  const field = `inputs[${t}][${j}]`;
  if (!(Number.isInteger(t) && Number.isInteger(j) && t >= 0 && t < m.rows && j >= 0 && j < m.cols))
    return fail(field, `expected an entry of the ${m.rows}×${m.cols} inputs`, 'entry.inputs', {
      rows: m.rows,
      cols: m.cols,
    });
  if (!Number.isFinite(value)) return notFinite(field, value);
  const data = m.data.slice();
  data[t * m.cols + j] = value;
  return { ok: true, model: { ...model, inputs: mat(m.rows, m.cols, data) } };
}

/** The model with target y_t replaced by class c ∈ [0, K). */
export function withTargetEntry<M extends AnyModel>(
  model: M,
  t: number,
  c: number,
): ModelResult<M> {
  const K = model.V.rows;
  const field = `targets[${t}]`;
  if (!(Number.isInteger(t) && t >= 0 && t < model.targets.length))
    return fail(field, `expected a step in [0, ${model.targets.length})`, 'entry.step', {
      n: model.targets.length,
    });
  if (!(Number.isInteger(c) && c >= 0 && c < K))
    return fail(
      field,
      `expected a class index, an integer in [0, ${K}), found ${c}`,
      'target.range',
      {
        found: c,
        K,
      },
    );
  const targets = [...model.targets];
  targets[t] = c;
  return { ok: true, model: { ...model, targets } };
}

/** The model with one more step at the end: x_T = 0, y_T = 0. */
export function appendStep<M extends AnyModel>(model: M): ModelResult<M> {
  const { rows: T, cols: D } = model.inputs;
  if (T + 1 > LIMITS.T)
    return fail('inputs', `expected at most ${LIMITS.T} steps`, 'steps.max', { max: LIMITS.T });
  const data = new Float64Array((T + 1) * D);
  data.set(model.inputs.data);
  return {
    ok: true,
    model: { ...model, inputs: mat(T + 1, D, data), targets: [...model.targets, 0] },
  };
}

/** The model without its last step (at least one step stays). */
export function removeLastStep<M extends AnyModel>(model: M): ModelResult<M> {
  const { rows: T, cols: D } = model.inputs;
  if (T <= 1) return fail('inputs', 'expected at least 1 step', 'steps.min');
  const inputs = mat(T - 1, D, model.inputs.data.slice(0, (T - 1) * D));
  return { ok: true, model: { ...model, inputs, targets: model.targets.slice(0, T - 1) } };
}
