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
  SPECS,
  checkShape,
  describeValue,
  isPlainObject,
  readActivation,
  readMatrix,
  readTargets,
  readTruncate,
  readVector,
  keysFor,
  suggestKey,
  vote,
  weightSpec,
  type DimName,
  type MatSpec,
} from './parseFields';
import { CELL_KINDS, CELLS, cellNamed } from '../bptt/cells';
import { ACTIVATIONS } from '../bptt/types';
import type { FieldError, ParseResult } from './types';

export { modelToJson, type ModelJson } from './modelJson';

/** Validates a parsed JSON value as a model file (of the cell its `cell` names: absent, the vanilla one). */
export function parseModel(json: unknown): ParseResult {
  const errs = new Errors();
  if (!isPlainObject(json)) {
    const keys = keysFor(CELLS.rnn).required.join(', ');
    errs.add(
      '(file)',
      `expected a JSON object with the keys ${keys}, found ${describeValue(json)}`,
      'file.notObject',
      { keys, ...foundParams(json) },
    );
    return { ok: false, errors: errs.list };
  }
  const has = (k: string) => Object.hasOwn(json, k) && json[k] !== undefined;
  const named = has('cell') ? json.cell : undefined;
  const cell = cellNamed(named);
  if (!cell) {
    const known = CELL_KINDS.map((k) => JSON.stringify(k)).join(', ');
    errs.add('cell', `expected one of ${known}, found ${describeValue(named)}`, 'cell.unknown', {
      known,
      ...foundParams(named),
    });
    return { ok: false, errors: errs.list };
  }
  const { required, all } = keysFor(cell);
  for (const key of Object.keys(json)) {
    if (all.includes(key)) continue;
    const guess = suggestKey(key, all);
    errs.add(
      key,
      `unknown key${guess ? `; did you mean "${guess}"?` : ''} (allowed: ${all.join(', ')})`,
      'key.unknown',
      { key, guess: guess ?? '', allowed: all.join(', ') },
    );
  }
  const specs = new Map<string, MatSpec>([
    ...cell.weights.map((name, i): [string, MatSpec] => [name, weightSpec(cell, i)]),
    ['V', SPECS.V],
    ['inputs', SPECS.inputs],
  ]);
  for (const key of required) {
    if (has(key)) continue;
    const allowed = ACTIVATIONS.map((a) => JSON.stringify(a)).join(', ');
    if (key === 'activation') {
      errs.add(key, `missing; expected one of ${allowed}`, 'key.missingActivation', { allowed });
    } else if (key === 'targets') {
      errs.add(
        key,
        'missing; expected integer[T], the class indices y₀, y₁, … (one per step)',
        'key.missingTargets',
      );
    } else {
      const spec = specs.get(key)!;
      errs.add(
        key,
        `missing; expected number[${spec.rows}][${spec.cols}], ${spec.what}`,
        'key.missingMatrix',
        { matrix: key, rows: spec.rows, cols: spec.cols },
      );
    }
  }

  const activation =
    cell.hasActivation && has('activation') ? readActivation(errs, json.activation) : null;
  const read = (key: string) => (has(key) ? readMatrix(errs, specs.get(key)!, json[key]) : null);
  const weights = cell.weights.map(read);
  const V = read('V');
  const inputs = read('inputs');
  const init = has('initialState')
    ? readVector(errs, 'initialState', json.initialState, 'H')
    : undefined;

  // The sizes, each agreed on by most of the fields that carry it.
  const sizes = (dim: DimName) => {
    const out: (number | undefined)[] = [];
    cell.weights.forEach((_, i) => {
      const [r, c] = cell.shapes[i];
      if (r === dim) out.push(weights[i]?.rows);
      if (c === dim) out.push(weights[i]?.cols);
    });
    return out;
  };
  const dims: Partial<Record<DimName, number>> = {
    H: vote([...sizes('H'), V?.cols, init?.length]),
    D: vote([...sizes('D'), inputs?.cols]),
    K: V?.rows,
    T: vote([inputs?.rows, Array.isArray(json.targets) ? json.targets.length : undefined]),
  };
  const shapesOk = [
    ...cell.weights.map((name, i) => checkShape(errs, specs.get(name)!, weights[i], dims)),
    checkShape(errs, SPECS.V, V, dims),
    checkShape(errs, SPECS.inputs, inputs, dims),
  ].every(Boolean);

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
    (activation || !cell.hasActivation) &&
    V &&
    inputs &&
    shapesOk &&
    targets &&
    initialState &&
    truncate !== undefined
  ) {
    const ws = weights.filter((w): w is NonNullable<typeof w> => w !== null);
    if (ws.length === cell.weights.length) {
      return {
        ok: true,
        model: cell.fromParts({
          weights: ws,
          activation,
          V,
          inputs,
          targets,
          initialState,
          truncate,
        }),
      };
    }
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
