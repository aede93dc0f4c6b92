/**
 * The model file: validation (every error names the field and says what was expected and what
 * was found) and serialisation. Pure: no DOM, no I/O.
 *
 * {
 *   "activation": "tanh" | "relu" | "sigmoid" | "linear",
 *   "U": number[H][D], "W": number[H][H], "V": number[K][H],
 *   "inputs": number[T][D], "targets": integer[T] (each in [0, K)),
 *   "initialState": number[H] (optional, zeros when absent),
 *   "truncate": integer ≥ 0 (optional, absent or null means full BPTT)
 * }
 */
import { foundParams } from './errorCodes';
import {
  Errors,
  KEYS,
  REQUIRED,
  SPECS,
  checkShape,
  describeValue,
  isPlainObject,
  readActivation,
  readMatrix,
  readTargets,
  readTruncate,
  readVector,
  suggestKey,
  vote,
  type DimName,
} from './parseFields';
import { ACTIVATIONS } from '../bptt/types';
import type { FieldError, ParseResult } from './types';

export { modelToJson, type ModelJson } from './modelJson';

/** Validates a parsed JSON value as a model file. */
export function parseModel(json: unknown): ParseResult {
  const errs = new Errors();
  if (!isPlainObject(json)) {
    errs.add(
      '(file)',
      `expected a JSON object with the keys ${REQUIRED.join(', ')}, found ${describeValue(json)}`,
      'file.notObject',
      { keys: REQUIRED.join(', '), ...foundParams(json) },
    );
    return { ok: false, errors: errs.list };
  }
  for (const key of Object.keys(json)) {
    if (KEYS.includes(key)) continue;
    const guess = suggestKey(key);
    errs.add(
      key,
      `unknown key${guess ? `; did you mean "${guess}"?` : ''} (allowed: ${KEYS.join(', ')})`,
      'key.unknown',
      { key, guess: guess ?? '', allowed: KEYS.join(', ') },
    );
  }
  for (const key of REQUIRED) {
    if (!(key in json) || json[key] === undefined) {
      const allowed = ACTIVATIONS.map((a) => JSON.stringify(a)).join(', ');
      if (key === 'activation') {
        errs.add(key, `missing; expected one of ${allowed}`, 'key.missingActivation', { allowed });
      } else if (key === 'targets') {
        errs.add(
          key,
          'missing; expected integer[T], the class indices y_0 … y_{T−1}',
          'key.missingTargets',
        );
      } else {
        const spec = SPECS[key];
        errs.add(
          key,
          `missing; expected number[${spec.rows}][${spec.cols}], ${spec.what}`,
          'key.missingMatrix',
          { matrix: key, rows: spec.rows, cols: spec.cols },
        );
      }
    }
  }
  const has = (k: string) => k in json && json[k] !== undefined;

  const activation = has('activation') ? readActivation(errs, json.activation) : null;
  const U = has('U') ? readMatrix(errs, SPECS.U, json.U) : null;
  const W = has('W') ? readMatrix(errs, SPECS.W, json.W) : null;
  const V = has('V') ? readMatrix(errs, SPECS.V, json.V) : null;
  const inputs = has('inputs') ? readMatrix(errs, SPECS.inputs, json.inputs) : null;
  const init = has('initialState')
    ? readVector(errs, 'initialState', json.initialState, 'H')
    : undefined;

  // The sizes, each agreed on by most of the fields that carry it.
  const dims: Partial<Record<DimName, number>> = {
    H: vote([U?.rows, W?.rows, W?.cols, V?.cols, init?.length]),
    D: vote([U?.cols, inputs?.cols]),
    K: V?.rows,
    T: vote([inputs?.rows, Array.isArray(json.targets) ? json.targets.length : undefined]),
  };
  const okU = checkShape(errs, SPECS.U, U, dims);
  const okW = checkShape(errs, SPECS.W, W, dims);
  const okV = checkShape(errs, SPECS.V, V, dims);
  const okX = checkShape(errs, SPECS.inputs, inputs, dims);

  let targets: number[] | null = null;
  if (has('targets')) {
    targets = readTargets(errs, json.targets, dims.K);
    if (targets && dims.T !== undefined && targets.length !== dims.T) {
      errs.add(
        'targets',
        `expected ${dims.T} entries (T, one per input), found ${targets.length}`,
        'targets.count',
        { expected: dims.T, found: targets.length },
      );
      targets = null;
    }
  }
  let initialState: Float64Array | null = null;
  if (init === undefined) {
    if (dims.H !== undefined) initialState = new Float64Array(dims.H);
  } else if (init && dims.H !== undefined) {
    if (init.length === dims.H) initialState = init;
    else
      errs.add(
        'initialState',
        `expected ${dims.H} numbers (H), found ${init.length}`,
        'vector.length',
        {
          expected: dims.H,
          found: init.length,
          dim: 'H',
        },
      );
  }
  const truncate = readTruncate(errs, json.truncate);

  if (
    errs.list.length === 0 &&
    activation &&
    U &&
    W &&
    V &&
    inputs &&
    okU &&
    okW &&
    okV &&
    okX &&
    targets &&
    initialState &&
    truncate !== undefined
  ) {
    return {
      ok: true,
      model: { activation, U, W, V, inputs, targets, initialState, truncate },
    };
  }
  if (errs.list.length === 0) errs.add('(file)', 'not a valid model', 'file.invalid');
  return { ok: false, errors: errs.list };
}

/** Parses and validates the text of a model file; JSON syntax errors name the field "(file)". */
export function parseModelText(text: string): ParseResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') {
    return {
      ok: false,
      errors: [
        {
          field: '(file)',
          message: 'empty; expected a JSON object (the model file)',
          code: 'file.empty',
        },
      ],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      errors: [
        {
          field: '(file)',
          message: `not valid JSON: ${detail}`,
          code: 'file.json',
          params: { detail },
        },
      ],
    };
  }
  return parseModel(json);
}

/** One line per error: "field: message". */
export function formatErrors(errors: readonly FieldError[]): string {
  return errors.map((e) => `${e.field}: ${e.message}`).join('\n');
}
