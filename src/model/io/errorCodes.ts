/**
 * The machine-readable codes of FieldError (see types.ts) and the parameters each one carries, so
 * that a UI can say in any language what the English `message` says. Parameters named `found`
 * and `foundKind` describe the value that was found (see foundParams).
 */

export const FIELD_ERROR_CODES = [
  // The model file as a whole.
  'file.empty', // the text is empty
  'file.json', // not JSON: {detail} (the JSON parser's English message)
  'file.notObject', // not an object: {keys}, found
  'file.invalid', // nothing more specific to say
  'file.read', // the file could not be read at all
  'file.tooLarge', // {n, limit} bytes
  'file.encoding', // {encoding}: the bytes are not text in it
  'cell.unknown', // the file's `cell` names no cell the app knows: {known}, found
  'cell.unsupported', // a cell the core knows but this reader does not accept: {cell, known}
  // Keys.
  'key.unknown', // {key, guess ('' when none), allowed}
  'key.missingActivation', // {allowed}
  'key.missingTargets',
  'key.missingMatrix', // {rows, cols} (dimension names, e.g. "H", "D")
  'key.notForCell', // a key of another cell (e.g. activation on a GRU): {key, cell, owners, allowed}
  'key.missingGates', // a gated cell's U or W: {matrix, gates, rows, cols}
  // A gated cell's U, W or b, keyed by gate (field "U", or a gate "U.z").
  'gates.notObject', // {gates}, found
  'gate.missing', // {gate, gates}
  'gate.unknown', // {gate, guess ('' when none), gates}
  // Numbers.
  'number.type', // not a number: found
  'number.nan',
  'number.infinite', // {found}
  // Matrices (field "U", "W", "V", "inputs" or a row "U[1]").
  'matrix.notArray', // {matrix, rows, cols}, found
  'matrix.empty', // {matrix, dim}
  'matrix.firstRow', // {matrix, rows, cols}, found
  'matrix.rowEmpty', // {matrix, dim}
  'matrix.row', // another row is not an array: {matrix, n}, found
  'matrix.rowLength', // {matrix, expected, found}
  'matrix.shape', // {matrix, rows, cols, dimRows, dimCols, foundRows, foundCols}
  // Size limits: {n, dim, limit}.
  'limit.rows',
  'limit.cols',
  'limit.targets',
  'limit.vector',
  'entries.more', // {n} more problems in this field, not listed
  'activation.invalid', // {allowed}, found
  // Targets.
  'targets.notArray', // found
  'targets.empty',
  'targets.count', // {expected, found}
  'target.notNumber', // {K} when known, found
  'target.notInteger', // {found}
  'target.range', // {found}, {K} when known
  // Vectors (the initial state).
  'vector.notArray', // {dim}, found
  'vector.length', // {expected, found, dim}
  'truncate.invalid', // found
  // A ?model= link.
  'link.empty',
  'link.notText',
  'link.padding', // {at}
  'link.char', // {char, at}
  'link.length', // {n}
  'link.utf8', // {at}
  'link.json', // {detail}
  'link.percent',
  // The explore mode's sequence and settings.
  'text.notText',
  'text.tooShort', // {n}
  'text.tooLong', // {max, n}
  'text.vocab', // {max, n}
  'text.bidi', // {at, code}: a text-direction control character
  'setting.seed', // {found}
  'setting.scale', // {min, max, found}
  'setting.H', // {min, max, found}
  'entry.index', // {n}: an index in [0, n)
  'entry.inputs', // {rows, cols}
  'entry.step', // {n}: a step in [0, n)
  'number.notFinite', // {found}
  'steps.max', // {max}
  'steps.min',
] as const;

export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

export function isFieldErrorCode(v: unknown): v is FieldErrorCode {
  return typeof v === 'string' && (FIELD_ERROR_CODES as readonly string[]).includes(v);
}

/** What kind of value was found, for "found …" in any language. */
export type FoundKind =
  | 'null'
  | 'nothing'
  | 'number'
  | 'boolean'
  | 'string'
  | 'emptyArray'
  | 'array'
  | 'object'
  | 'other';

/**
 * The parameters describing a value that was found: `foundKind`, and `found` = the number or
 * boolean as text, the string (cut to 24 characters), the array's length, or the type's name.
 */
export function foundParams(v: unknown): { foundKind: FoundKind; found: string | number } {
  if (v === null) return { foundKind: 'null', found: 'null' };
  if (v === undefined) return { foundKind: 'nothing', found: '' };
  if (typeof v === 'number') return { foundKind: 'number', found: String(v) };
  if (typeof v === 'boolean') return { foundKind: 'boolean', found: String(v) };
  if (typeof v === 'string') {
    return { foundKind: 'string', found: v.length > 24 ? `${v.slice(0, 21)}…` : v };
  }
  if (Array.isArray(v)) {
    return v.length === 0
      ? { foundKind: 'emptyArray', found: 0 }
      : { foundKind: 'array', found: v.length };
  }
  if (typeof v === 'object') return { foundKind: 'object', found: '' };
  return { foundKind: 'other', found: typeof v };
}
