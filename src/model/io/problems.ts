/**
 * Recording validation problems: each is a FieldError with its English message, its code and
 * parameters (errorCodes.ts). Used by the readers of parseFields.ts and by parse.ts.
 */
import { foundParams, type FieldErrorCode } from './errorCodes';
import type { FieldError } from './types';

export type Params = Readonly<Record<string, string | number>>;

/** At most this many problems are listed for one matrix or vector (the rest are counted). */
const MAX_ENTRY_ERRORS = 5;

/** A short description of a JSON value for "found …". */
export function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'nothing';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'string') {
    const s = v.length > 24 ? `${v.slice(0, 21)}…` : v;
    return `the string ${JSON.stringify(s)}`;
  }
  if (Array.isArray(v)) return v.length === 0 ? 'an empty array' : `an array of ${v.length}`;
  if (typeof v === 'object') return 'an object';
  return typeof v;
}

/** A problem: the English message with its code and parameters. */
export interface Problem {
  readonly message: string;
  readonly code: FieldErrorCode;
  readonly params?: Params;
}

/** Why a value is not a finite number, or null when it is one. */
export function numberProblem(v: unknown): Problem | null {
  if (typeof v === 'number') {
    if (Number.isFinite(v)) return null;
    if (Number.isNaN(v))
      return { message: 'expected a finite number, found NaN', code: 'number.nan' };
    return {
      message: `expected a finite number, found ${v} (too large for float64)`,
      code: 'number.infinite',
      params: { found: String(v) },
    };
  }
  return {
    message: `expected a number, found ${describeValue(v)}`,
    code: 'number.type',
    params: foundParams(v),
  };
}

/** The errors found so far, in the order of the file's keys. */
export class Errors {
  readonly list: FieldError[] = [];
  add(field: string, message: string, code?: FieldErrorCode, params?: Params): void {
    const e: { field: string; message: string; code?: string; params?: Params } = {
      field,
      message,
    };
    if (code) e.code = code;
    if (params) e.params = params;
    this.list.push(e);
  }
  addProblem(field: string, p: Problem): void {
    this.add(field, p.message, p.code, p.params);
  }
}

/** Records entry-level problems for one field, at most MAX_ENTRY_ERRORS of them. */
export function entryReporter(errs: Errors, field: string) {
  let count = 0;
  return {
    add(sub: string, p: Problem) {
      count++;
      if (count <= MAX_ENTRY_ERRORS) errs.addProblem(sub, p);
    },
    finish() {
      if (count > MAX_ENTRY_ERRORS) {
        const n = count - MAX_ENTRY_ERRORS;
        errs.add(field, `${n} more invalid entries not listed`, 'entries.more', { n });
      }
      return count;
    },
  };
}
