/**
 * Readers for the fields of a model file (used by parse.ts). Each reader records problems as
 * FieldErrors naming the field, what was expected and what was found, and returns null on failure.
 */
import { foundParams } from './errorCodes';
import { describeValue, entryReporter, numberProblem, type Errors } from './problems';
import { ACTIVATIONS, type Activation, type DimName } from '../bptt/types';
import type { Cell } from '../bptt/cell';
import type { Mat } from '../linalg/mat';
import { LIMITS } from './types';

export { describeValue, Errors } from './problems';
export type { DimName } from '../bptt/types';

/** The keys every model file has besides its cell's: required, then optional. */
const SHARED_REQUIRED = ['V', 'inputs', 'targets'] as const;
const SHARED_OPTIONAL = ['initialState', 'truncate', 'cell'] as const;

/** The model file's keys for a cell: the required ones (in the messages' order), and all. */
export function keysFor(cell: Cell): { readonly required: string[]; readonly all: string[] } {
  const required = [...cell.fileKeys.required, ...SHARED_REQUIRED];
  return { required, all: [...required, ...cell.fileKeys.optional, ...SHARED_OPTIONAL] };
}

/** How a matrix field is laid out: its rows and columns are sizes of the model. */
export interface MatSpec {
  readonly field: string;
  readonly rows: DimName;
  readonly cols: DimName;
  readonly what: string;
}

/** The matrices every model file has. */
export const SPECS: Record<'V' | 'inputs', MatSpec> = {
  V: { field: 'V', rows: 'K', cols: 'H', what: 'the output weights' },
  inputs: { field: 'inputs', rows: 'T', cols: 'D', what: 'the inputs x₀, x₁, … (one per step)' },
};

/** The layout of the cell's weight i. */
export function weightSpec(cell: Cell, i: number): MatSpec {
  const [rows, cols] = cell.shapes[i];
  if (cols === 1) throw new RangeError(`${cell.weights[i]} is a vector, not a matrix`);
  return { field: cell.weights[i], rows, cols, what: cell.descriptions[i] };
}

const DIM_WORDS: Record<DimName, string> = {
  T: 'time steps',
  H: 'hidden units',
  D: 'input entries',
  K: 'output classes',
};

function overLimit(dim: DimName, n: number): string {
  return `${dim} = ${n} exceeds the limit ${dim} ≤ ${LIMITS[dim]} (${DIM_WORDS[dim]})`;
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const keep = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = keep;
    }
  }
  return prev[b.length];
}

export function suggestKey(key: string, keys: readonly string[]): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const k of keys) {
    const d = k.toLowerCase() === key.toLowerCase() ? 0 : editDistance(k, key);
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  }
  return bestD <= Math.max(1, Math.floor(key.length / 4)) ? best : null;
}

/** A rectangular array of finite numbers, or null (errors recorded). */
export function readMatrix(errs: Errors, spec: MatSpec, v: unknown): Mat | null {
  const { field, rows: rName, cols: cName } = spec;
  const layout = `number[${rName}][${cName}], ${spec.what}`;
  const shape = { matrix: field, rows: rName, cols: cName };
  if (!Array.isArray(v)) {
    errs.add(
      field,
      `expected an array of rows (${layout}), found ${describeValue(v)}`,
      'matrix.notArray',
      {
        ...shape,
        ...foundParams(v),
      },
    );
    return null;
  }
  if (v.length === 0) {
    errs.add(
      field,
      `expected at least one row (${rName} ≥ 1), found an empty array (${rName} = 0)`,
      'matrix.empty',
      { matrix: field, dim: rName },
    );
    return null;
  }
  if (v.length > LIMITS[rName]) {
    errs.add(field, `${v.length} rows: ${overLimit(rName, v.length)}`, 'limit.rows', {
      n: v.length,
      dim: rName,
      limit: LIMITS[rName],
    });
    return null;
  }
  const first: unknown = v[0];
  if (!Array.isArray(first)) {
    errs.add(
      `${field}[0]`,
      `expected a row of numbers (${layout}), found ${describeValue(first)}`,
      'matrix.firstRow',
      { ...shape, ...foundParams(first) },
    );
    return null;
  }
  const cols = first.length;
  if (cols === 0) {
    errs.add(
      `${field}[0]`,
      `expected at least one number (${cName} ≥ 1), found an empty row`,
      'matrix.rowEmpty',
      { matrix: field, dim: cName },
    );
    return null;
  }
  if (cols > LIMITS[cName]) {
    errs.add(field, `rows of ${cols} numbers: ${overLimit(cName, cols)}`, 'limit.cols', {
      n: cols,
      dim: cName,
      limit: LIMITS[cName],
    });
    return null;
  }
  const data = new Float64Array(v.length * cols);
  const rep = entryReporter(errs, field);
  for (let i = 0; i < v.length; i++) {
    const r: unknown = v[i];
    if (!Array.isArray(r)) {
      rep.add(`${field}[${i}]`, {
        message: `expected a row of ${cols} numbers, found ${describeValue(r)}`,
        code: 'matrix.row',
        params: { matrix: field, n: cols, ...foundParams(r) },
      });
      continue;
    }
    if (r.length !== cols) {
      rep.add(`${field}[${i}]`, {
        message:
          `expected ${cols} numbers (the length of ${field}[0]; rows must all have the same length),` +
          ` found ${r.length}`,
        code: 'matrix.rowLength',
        params: { matrix: field, expected: cols, found: r.length },
      });
      continue;
    }
    for (let j = 0; j < cols; j++) {
      const problem = numberProblem(r[j]);
      if (problem) rep.add(`${field}[${i}][${j}]`, problem);
      else data[i * cols + j] = r[j] as number;
    }
  }
  if (rep.finish() > 0) return null;
  return { rows: v.length, cols, data };
}

/** The most common of the candidate sizes (earlier candidates win ties). */
export function vote(candidates: readonly (number | undefined)[]): number | undefined {
  let best: number | undefined;
  let bestCount = 0;
  for (const c of candidates) {
    if (c === undefined) continue;
    const n = candidates.filter((d) => d === c).length;
    if (n > bestCount) {
      best = c;
      bestCount = n;
    }
  }
  return best;
}

export function checkShape(
  errs: Errors,
  spec: MatSpec,
  m: Mat | null,
  dims: Partial<Record<DimName, number>>,
): boolean {
  if (!m) return false;
  const r = dims[spec.rows];
  const c = dims[spec.cols];
  if (r === undefined || c === undefined) return false;
  if (m.rows === r && m.cols === c) return true;
  errs.add(
    spec.field,
    `expected ${r}×${c} (${spec.rows}×${spec.cols}), found ${m.rows}×${m.cols}`,
    'matrix.shape',
    {
      matrix: spec.field,
      rows: r,
      cols: c,
      dimRows: spec.rows,
      dimCols: spec.cols,
      foundRows: m.rows,
      foundCols: m.cols,
    },
  );
  return false;
}

export function readActivation(errs: Errors, v: unknown): Activation | null {
  const allowed = ACTIVATIONS.map((a) => JSON.stringify(a)).join(', ');
  if (typeof v === 'string' && (ACTIVATIONS as readonly string[]).includes(v)) {
    return v as Activation;
  }
  errs.add(
    'activation',
    `expected one of ${allowed}, found ${describeValue(v)}`,
    'activation.invalid',
    {
      allowed,
      ...foundParams(v),
    },
  );
  return null;
}

export function readTargets(errs: Errors, v: unknown, K: number | undefined): number[] | null {
  const range = K === undefined ? 'a class index ≥ 0' : `a class index in [0, ${K})`;
  const withK: Record<string, number> = K === undefined ? {} : { K };
  if (!Array.isArray(v)) {
    errs.add(
      'targets',
      `expected an array of class indices (integer[T]), found ${describeValue(v)}`,
      'targets.notArray',
      foundParams(v),
    );
    return null;
  }
  if (v.length === 0) {
    errs.add(
      'targets',
      'expected at least one target (T ≥ 1), found an empty array',
      'targets.empty',
    );
    return null;
  }
  if (v.length > LIMITS.T) {
    errs.add('targets', `${v.length} targets: ${overLimit('T', v.length)}`, 'limit.targets', {
      n: v.length,
      dim: 'T',
      limit: LIMITS.T,
    });
    return null;
  }
  const rep = entryReporter(errs, 'targets');
  const out: number[] = [];
  v.forEach((y: unknown, t) => {
    const f = `targets[${t}]`;
    if (typeof y !== 'number' || !Number.isFinite(y)) {
      rep.add(f, {
        message: `expected ${range}, found ${describeValue(y)}`,
        code: 'target.notNumber',
        params: { ...withK, ...foundParams(y) },
      });
    } else if (!Number.isInteger(y)) {
      rep.add(f, {
        message: `expected an integer class index, found ${y}`,
        code: 'target.notInteger',
        params: { found: y },
      });
    } else if (y < 0 || (K !== undefined && y >= K)) {
      rep.add(f, {
        message: `${y} is not ${range}`,
        code: 'target.range',
        params: { found: y, ...withK },
      });
    } else out.push(y);
  });
  return rep.finish() > 0 ? null : out;
}

export function readVector(
  errs: Errors,
  field: string,
  v: unknown,
  n: string,
): Float64Array | null {
  if (!Array.isArray(v)) {
    errs.add(
      field,
      `expected an array of numbers (number[${n}]), found ${describeValue(v)}`,
      'vector.notArray',
      { dim: n, ...foundParams(v) },
    );
    return null;
  }
  if (v.length > LIMITS.H) {
    errs.add(field, `${v.length} numbers: ${overLimit('H', v.length)}`, 'limit.vector', {
      n: v.length,
      dim: 'H',
      limit: LIMITS.H,
    });
    return null;
  }
  const out = new Float64Array(v.length);
  const rep = entryReporter(errs, field);
  v.forEach((x: unknown, i) => {
    const problem = numberProblem(x);
    if (problem) rep.add(`${field}[${i}]`, problem);
    else out[i] = x as number;
  });
  return rep.finish() > 0 ? null : out;
}

export function readTruncate(errs: Errors, v: unknown): number | null | undefined {
  if (v === undefined || v === null) return null;
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0) return v;
  errs.add(
    'truncate',
    `expected an integer ≥ 0 (the number of steps back; absent for full BPTT), found ${describeValue(v)}`,
    'truncate.invalid',
    foundParams(v),
  );
  return undefined;
}
