/** Types of the model and results files and of their validation. */
import type { AnyModel, RnnModel } from '../bptt/types';

/**
 * A validation problem, naming the field (e.g. "W", "targets[2]", "inputs[1][0]"). `message` is
 * English (the `bptt` command prints it); `code` and `params` say the same in machine-readable
 * form, so that a UI can write it in another language (the codes are listed in errorCodes.ts).
 */
export interface FieldError {
  readonly field: string;
  readonly message: string;
  readonly code?: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

/**
 * A validated model, or the problems. `M`: the cells the parse accepted (the vanilla cell's model
 * unless it was asked for every cell; see parseModel).
 */
export type ParseResult<M extends AnyModel = RnnModel> =
  | { readonly ok: true; readonly model: M }
  | { readonly ok: false; readonly errors: readonly FieldError[] };

/** The results file, as the `bptt` command prints it and the app exports it. */
export interface ResultsJson {
  loss: { total: number; perStep: number[] };
  states: number[][];
  outputs: number[][];
  /**
   * Every parameter's gradient by name (the vanilla U, W and V). Typed as the vanilla cell's: a
   * gated cell's U, W and b are keyed by gate ({ "z": number[H][D], … }; b's vectors), V a matrix.
   */
  gradients: Record<string, number[][]>;
  /** Each cell weight's terms by name, [t][k] (the vanilla U and W; a gated cell's by gate first). */
  terms?: Record<string, number[][][][]>;
  [extra: string]: unknown;
}

/** Size limits of a model file. */
export const LIMITS = { T: 256, H: 128, D: 256, K: 256 } as const;

/** A value, or the problems (each naming its field) that kept it from being made. */
export type Checked<V> =
  | { readonly ok: true; readonly value: V }
  | { readonly ok: false; readonly errors: readonly FieldError[] };
