/**
 * The `bptt` command's logic, without the process around it (src/cli/bptt.ts is the entry point):
 * arguments and input in, the text for standard output or standard error and the exit status out.
 *
 * Exit 0 with the results on standard output; on bad input, exit 1 with nothing on standard output
 * and a short message naming the field on standard error; exit 2 on a bad command line.
 */
import { readFileSync, statSync } from 'node:fs';
import { CELL_KINDS } from '../model/bptt/cells';
import { parseModelText } from '../model/io/parse';
import { SHOWN_ERRORS, decodeModelBytes, fileSizeProblem, printable } from '../model/io/text';
import type { FieldError } from '../model/io/types';
import {
  MAX_TERM_NUMBERS,
  computeResults,
  countTermNumbers,
  overflowStart,
  stringifyResults,
} from '../model/io/results';

const USAGE = `Usage: npm run --silent bptt -- FILE [--terms] [--compact]

Runs backpropagation through time on the RNN described by FILE (a model file, JSON; - reads
standard input): the lecture's vanilla cell, a GRU or an LSTM. Prints the results as JSON: loss,
states, outputs, gradients (truncated when the model sets "truncate"), the full gradients when
truncated, sizes, and the Jacobian norms of the last target (diagnostics: null where they
overflow float64, or where a gated cell has no such bound); for a gated cell also "cell", each
gate's activations ("gates") and, for the LSTM, the cell states c_t ("cells").

Options:
  --terms     also print every target's slide terms, terms.U[t][k] and terms.W[t][k]
              (a gated cell's by gate: terms.U.z[t][k], …)
              (refused when they would exceed ${MAX_TERM_NUMBERS.toLocaleString('en')} numbers)
  --compact   print the JSON on one line
  -h, --help  show this help

Model file:
  {
    "activation": "tanh" | "relu" | "sigmoid" | "linear",
    "U": number[H][D], "W": number[H][H], "V": number[K][H],
    "inputs": number[T][D], "targets": integer[T] (class indices in [0, K)),
    "initialState": number[H] (optional; zeros when absent),
    "truncate": integer ≥ 0 (optional; absent means full BPTT)
  }
  or a gated cell (no "activation"; each gate's U number[H][D], W number[H][H], b number[H]):
  {
    "cell": "gru" | "lstm",
    "U": { gate: … }, "W": { gate: … }, "b": { gate: … } (optional; zeros when absent),
        gates z, r, h (GRU; the reset gate applied before W_h, as in Cho 2014)
        or i, f, g, o (LSTM, as PyTorch's nn.LSTM),
    "V", "inputs", "targets", "initialState", "truncate" as above,
    "initialCell": number[H] (LSTM only; optional; zeros when absent)
  }

Exit status: 0 on success, 1 on a bad or unreadable model file or when a result (loss, states,
outputs, gradients, terms) overflows float64, 2 on a bad command line.
`;

/** A failure with a message for standard error and an exit status. */
class Failure {
  constructor(
    readonly message: string,
    readonly status: number,
  ) {}
}

interface Args {
  file: string;
  terms: boolean;
  compact: boolean;
}

function parseArgs(argv: readonly string[]): Args | 'help' {
  let file: string | null = null;
  let terms = false;
  let compact = false;
  let onlyFiles = false;
  for (const a of argv) {
    if (!onlyFiles && (a === '-h' || a === '--help')) return 'help';
    if (!onlyFiles && a === '--terms') terms = true;
    else if (!onlyFiles && a === '--compact') compact = true;
    else if (!onlyFiles && a === '--') onlyFiles = true;
    else if (!onlyFiles && a.startsWith('-') && a !== '-') {
      throw new Failure(`unknown option ${a} (try --help)`, 2);
    } else if (file !== null) {
      throw new Failure(`expected one FILE, found a second one: ${a} (try --help)`, 2);
    } else file = a;
  }
  if (file === null) throw new Failure('missing FILE (a model file, or - for standard input)', 2);
  return { file, terms, compact };
}

/** The reasons a file cannot be read, in words. */
function readError(file: string, e: unknown): Failure {
  const code = (e as { code?: string } | null)?.code;
  const why =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EISDIR'
        ? 'it is a directory'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : e instanceof Error
            ? e.message
            : String(e);
  return new Failure(`${file}: cannot read the file: ${why}`, 1);
}

/** The model file's bytes (the size checked before they are read, as the app does). */
function readInput(file: string): Uint8Array {
  try {
    if (file !== '-') {
      const st = statSync(file);
      if (st.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
      const big = fileSizeProblem(st.size);
      if (big && !big.ok) throw invalid(printable(file), big.errors);
    }
    return readFileSync(file === '-' ? 0 : file);
  } catch (e) {
    if (e instanceof Failure) throw e;
    throw readError(printable(file), e);
  }
}

/**
 * The failure of an invalid file: its problems one per line, at most SHOWN_ERRORS of them, with
 * whatever the file wrote in them made printable (a key named with terminal escapes is shown,
 * not obeyed).
 */
function invalid(name: string, errors: readonly FieldError[]): Failure {
  const n = errors.length;
  const lines = errors
    .slice(0, SHOWN_ERRORS)
    .map((e) => `  ${printable(e.field)}: ${printable(e.message)}`);
  if (n > SHOWN_ERRORS) lines.push(`  … and ${(n - SHOWN_ERRORS).toLocaleString('en')} more`);
  return new Failure(
    `${name}: invalid model (${n.toLocaleString('en')} error${n === 1 ? '' : 's'}):\n${lines.join('\n')}`,
    1,
  );
}

function run(argv: readonly string[]): string {
  const args = parseArgs(argv);
  if (args === 'help') return USAGE;
  const name = args.file === '-' ? '(standard input)' : printable(args.file);
  const text = decodeModelBytes(readInput(args.file));
  if (!text.ok) throw invalid(name, text.errors);
  const parsed = parseModelText(text.value, { cells: CELL_KINDS });
  if (!parsed.ok) throw invalid(name, parsed.errors);
  const model = parsed.model;
  if (args.terms) {
    const n = countTermNumbers(model);
    if (n > MAX_TERM_NUMBERS) {
      throw new Failure(
        `${name}: --terms would print ${n.toLocaleString('en')} numbers ` +
          `(T(T+1)/2 · H(D+H), times the gates of a gated cell), more than the limit of ${MAX_TERM_NUMBERS.toLocaleString('en')}; ` +
          'run without --terms, or use a shorter sequence or fewer hidden units',
        1,
      );
    }
  }
  const results = computeResults(model, { terms: args.terms, jacobian: true });
  // Refused only when a number asked for overflows, named where the overflow starts; the
  // diagnostics (jacobian: the bound (γσ)^{t−k} overflows first) are written as null instead.
  const bad = overflowStart(results);
  if (bad) {
    throw new Failure(
      `${name}: the computation overflowed float64, starting at ${bad.what} (${bad.path} is not finite); ` +
        'the weights or inputs are too large for this activation and sequence length',
      1,
    );
  }
  return args.compact ? JSON.stringify(results) : stringifyResults(results);
}

export interface CommandResult {
  /** The exit status. */
  readonly status: number;
  /** Everything for standard output (empty on failure). */
  readonly stdout: string;
  /** Everything for standard error (empty on success). */
  readonly stderr: string;
}

/** Runs `bptt` with the given arguments (after the script name); never throws. */
export function runBptt(argv: readonly string[]): CommandResult {
  try {
    const out = run(argv);
    return { status: 0, stdout: out.endsWith('\n') ? out : `${out}\n`, stderr: '' };
  } catch (e) {
    const f = e instanceof Failure ? e : new Failure(`internal error: ${String(e)}`, 1);
    return { status: f.status, stdout: '', stderr: `bptt: ${f.message}\n` };
  }
}
