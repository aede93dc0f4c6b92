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
 * or a gated cell (math.md §8): "cell": "gru" | "lstm", no activation; "U", "W" and the optional
 * "b" objects keyed by gate (GRU z, r, h; LSTM i, f, g, o), each U_gate number[H][D], W_gate
 * number[H][H], b_gate number[H] (zeros when b is absent); the LSTM's optional "initialCell"
 * number[H]. Every gate must be there, and no other.
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
import { weightPath } from '../bptt/cell';
import { CELL_KINDS, CELLS, cellNamed } from '../bptt/cells';
import { installFullCore } from '../bptt/fullCore';
import { mat, type Mat } from '../linalg/mat';
import { ACTIVATIONS } from '../bptt/types';
import type { CellKind } from '../bptt/cell';
import type { AnyModel } from '../bptt/types';
import type { FieldError, ParseResult } from './types';

/** The cells the app's views show, and so what a parse accepts by default. */
const VANILLA_ONLY: readonly CellKind[] = ['rnn'];

export { modelToJson, type ModelJson } from './modelJson';

/** Which cells a parse accepts. */
export interface ParseOptions {
  /**
   * The cells accepted (default: the vanilla cell alone, what the app's views can show; a file
   * naming another known cell is refused with `cell.unsupported`). The `bptt` command accepts
   * every cell (CELL_KINDS).
   */
  readonly cells?: readonly CellKind[];
}

/**
 * Validates a parsed JSON value as a model file (of the cell its `cell` names: absent, the vanilla
 * one), of a cell `opts.cells` accepts.
 */
export function parseModel(json: unknown): ParseResult;
export function parseModel(json: unknown, opts: ParseOptions): ParseResult<AnyModel>;
export function parseModel(json: unknown, opts: ParseOptions = {}): ParseResult<AnyModel> {
  // A file may name a gated cell or a larger model: the rest of the core comes with the parser.
  installFullCore();
  const accepted = opts.cells ?? VANILLA_ONLY;
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
  if (!accepted.includes(cell.kind)) {
    const known = accepted.map((k) => JSON.stringify(k)).join(', ');
    errs.add(
      'cell',
      `the ${cell.kind} cell is not supported here (expected ${known}); the \`bptt\` command reads every cell`,
      'cell.unsupported',
      { cell: cell.kind, known },
    );
    return { ok: false, errors: errs.list };
  }
  const { required, all } = keysFor(cell);
  const gateList = cell.gates.join(', ');
  for (const key of Object.keys(json)) {
    if (all.includes(key)) continue;
    // A key of another cell (activation on a gated cell, initialCell on a GRU, b on the vanilla one).
    const owners = CELL_KINDS.filter((k) => keysFor(CELLS[k]).all.includes(key));
    if (owners.length > 0) {
      errs.add(
        key,
        `not a key of the ${cell.kind} cell: it belongs to ${owners.join(', ')} only` +
          (key === 'activation' ? " (a gated cell's nonlinearities are fixed: σ and tanh)" : '') +
          ` (allowed: ${all.join(', ')})`,
        'key.notForCell',
        { key, cell: cell.kind, owners: owners.join(', '), allowed: all.join(', ') },
      );
      continue;
    }
    const guess = suggestKey(key, all);
    errs.add(
      key,
      `unknown key${guess ? `; did you mean "${guess}"?` : ''} (allowed: ${all.join(', ')})`,
      'key.unknown',
      { key, guess: guess ?? '', allowed: all.join(', ') },
    );
  }
  const isVector = (i: number) => cell.shapes[i][1] === 1;
  const specs = new Map<string, MatSpec>([
    ...cell.weights.flatMap((name, i): [string, MatSpec][] =>
      isVector(i) ? [] : [[name, weightSpec(cell, i)]],
    ),
    ['V', SPECS.V],
    ['inputs', SPECS.inputs],
  ]);
  // The layout of a gated cell's key (U, W: a matrix per gate), from its first gate's weight.
  const gatedSpec = (key: string) => specs.get(`${key}.${cell.gates[0]}`);
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
    } else if (!specs.has(key) && gatedSpec(key)) {
      const spec = gatedSpec(key)!;
      errs.add(
        key,
        `missing; expected an object keyed by gate (${gateList}), each number[${spec.rows}][${spec.cols}]`,
        'key.missingGates',
        { matrix: key, gates: gateList, rows: spec.rows, cols: spec.cols },
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

  // A gated cell's key (U, W, b): an object with exactly the cell's gates, checked once.
  const groups = new Map<string, Record<string, unknown> | null>();
  const group = (key: string): Record<string, unknown> | null => {
    if (groups.has(key)) return groups.get(key)!;
    const v = json[key];
    let out: Record<string, unknown> | null = null;
    if (!isPlainObject(v)) {
      errs.add(
        key,
        `expected an object keyed by gate (${gateList}), found ${describeValue(v)}`,
        'gates.notObject',
        { gates: gateList, ...foundParams(v) },
      );
    } else {
      out = v;
      for (const gate of Object.keys(v)) {
        if (cell.gates.includes(gate)) continue;
        // Gates are single letters, each one edit from any other: suggest only a change of case.
        const near = suggestKey(gate, cell.gates);
        const guess = near?.toLowerCase() === gate.toLowerCase() || gate.length > 1 ? near : null;
        errs.add(
          `${key}.${gate}`,
          `unknown gate${guess ? `; did you mean "${guess}"?` : ''} (the ${cell.kind} cell's gates: ${gateList})`,
          'gate.unknown',
          { gate, guess: guess ?? '', gates: gateList, cell: cell.kind },
        );
      }
    }
    groups.set(key, out);
    return out;
  };
  const readWeight = (name: string, i: number): Mat | null => {
    const [key, gate] = weightPath(name);
    if (!has(key)) return null;
    if (gate === null) return readMatrix(errs, specs.get(key)!, json[key]);
    const obj = group(key);
    if (!obj) return null;
    if (!Object.hasOwn(obj, gate) || obj[gate] === undefined) {
      errs.add(name, `missing gate ${gate} (expected every gate: ${gateList})`, 'gate.missing', {
        gate,
        gates: gateList,
      });
      return null;
    }
    if (!isVector(i)) return readMatrix(errs, specs.get(name)!, obj[gate]);
    const b = readVector(errs, name, obj[gate], 'H');
    return b && mat(b.length, 1, b);
  };

  const activation =
    cell.hasActivation && has('activation') ? readActivation(errs, json.activation) : null;
  const read = (key: string) => (has(key) ? readMatrix(errs, specs.get(key)!, json[key]) : null);
  const weights = cell.weights.map(readWeight);
  const V = read('V');
  const inputs = read('inputs');
  const readInit = (key: string) =>
    has(key) && all.includes(key) ? readVector(errs, key, json[key], 'H') : undefined;
  const init = readInit('initialState');
  const initCell = readInit('initialCell');

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
    H: vote([...sizes('H'), V?.cols, init?.length, initCell?.length]),
    D: vote([...sizes('D'), inputs?.cols]),
    K: V?.rows,
    T: vote([inputs?.rows, Array.isArray(json.targets) ? json.targets.length : undefined]),
  };
  /** A vector of H numbers (a bias, the initial state or cell), or an error naming it. */
  const lengthOk = (field: string, n: number): boolean => {
    if (dims.H === undefined) return false;
    if (n === dims.H) return true;
    errs.add(field, `expected ${dims.H} numbers (H), found ${n}`, 'vector.length', {
      expected: dims.H,
      found: n,
      dim: 'H',
    });
    return false;
  };
  const shapesOk = [
    ...cell.weights.map((name, i) => {
      if (!isVector(i)) return checkShape(errs, specs.get(name)!, weights[i], dims);
      // A bias: absent (the whole b) means zeros.
      if (!has('b')) {
        if (dims.H !== undefined) weights[i] = mat(dims.H, 1);
        return dims.H !== undefined;
      }
      return weights[i] !== null && lengthOk(name, weights[i].rows);
    }),
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
  const initial = (v: Float64Array | null | undefined, field: string) =>
    v === undefined
      ? dims.H === undefined
        ? null
        : new Float64Array(dims.H)
      : v && lengthOk(field, v.length)
        ? v
        : null;
  const initialState = initial(init, 'initialState');
  const initialCell = initial(initCell, 'initialCell');
  const truncate = readTruncate(errs, json.truncate);

  if (
    errs.list.length === 0 &&
    (activation || !cell.hasActivation) &&
    V &&
    inputs &&
    shapesOk &&
    targets &&
    initialState &&
    initialCell &&
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
          ...(all.includes('initialCell') ? { initialCell } : {}),
          truncate,
        }),
      };
    }
  }
  if (errs.list.length === 0) errs.add('(file)', 'not a valid model', 'file.invalid');
  return { ok: false, errors: errs.list };
}

/** Parses and validates the text of a model file; JSON syntax errors name the field "(file)". */
export function parseModelText(text: string): ParseResult;
export function parseModelText(text: string, opts: ParseOptions): ParseResult<AnyModel>;
export function parseModelText(text: string, opts: ParseOptions = {}): ParseResult<AnyModel> {
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
  return parseModel(json, opts);
}

/** One line per error: "field: message". */
export function formatErrors(errors: readonly FieldError[]): string {
  return errors.map((e) => `${e.field}: ${e.message}`).join('\n');
}
