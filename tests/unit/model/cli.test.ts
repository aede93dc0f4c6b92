// @vitest-environment node
/**
 * The `bptt` command, run as a child process: good files, standard input, --terms, and every kind
 * of bad input (non-zero exit, nothing on standard output, a short message naming the field).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultModel, randomModel } from '../../../src/model';
import { modelToJson } from '../../../src/model/io/parse';
import { computeResults } from '../../../src/model/io/results';
import { runBptt } from '../../../src/cli/bpttCommand';
import { MAX_MODEL_FILE_BYTES, SHOWN_ERRORS } from '../../../src/model/io/text';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'bptt-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the command. `node --import tsx` is `npx tsx` without its launcher processes (three times
 * faster to start); one test checks that `npx tsx` and `npm run --silent bptt` print the same.
 */
const NODE_TSX = [process.execPath, '--import', 'tsx', 'src/cli/bptt.ts'];

function run(args: string[], stdin?: string, command = NODE_TSX): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command[0], [...command.slice(1), ...args], {
      cwd: ROOT,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.on('error', () => undefined);
    child.stdin.end(stdin ?? '');
  });
}

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

/** A bad input: exit 1, nothing on standard output, a short message naming the field. */
function expectRejected(r: Run, ...patterns: RegExp[]): void {
  expect(r.stdout).toBe('');
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/^bptt: /);
  for (const p of patterns) expect(r.stderr).toMatch(p);
  expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  expect(r.stderr.split('\n').length).toBeLessThan(15);
}

const good = modelToJson(defaultModel());
const goodPath = file('good.json', good);

describe('bptt: good input', () => {
  it.concurrent('prints the results JSON for a file', async () => {
    const r = await run([goodPath]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const expected = JSON.parse(JSON.stringify(computeResults(defaultModel(), { terms: false })));
    expect(out.loss).toEqual(expected.loss);
    expect(out.states).toEqual(expected.states);
    expect(out.outputs).toEqual(expected.outputs);
    expect(out.gradients).toEqual(expected.gradients);
    expect(out).not.toHaveProperty('terms');
    expect(out.jacobian.productNorm).toHaveLength(4);
  });

  it.concurrent('reads standard input for "-" and adds the terms with --terms', async () => {
    const model = {
      ...randomModel({ seed: 3, T: 4, H: 2, D: 3, K: 2, inputs: 'real' }),
      truncate: 1,
    };
    const r = await run(['--terms', '-', '--compact'], JSON.stringify(modelToJson(model)));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const out = JSON.parse(r.stdout);
    const expected = JSON.parse(JSON.stringify(computeResults(model, { terms: true })));
    expect(out.terms).toEqual(expected.terms);
    expect(out.gradients).toEqual(expected.gradients);
    expect(out.truncate).toBe(1);
  });

  it.concurrent(
    'npx tsx src/cli/bptt.ts and npm run --silent bptt -- FILE print the same',
    async () => {
      const [viaNpm, viaNpx, direct, bad] = await Promise.all([
        run([goodPath], undefined, ['npm', 'run', '--silent', 'bptt', '--']),
        run([goodPath], undefined, ['npx', 'tsx', 'src/cli/bptt.ts']),
        run([goodPath]),
        run(['-'], '{"activation": "tanh"}', ['npx', 'tsx', 'src/cli/bptt.ts']),
      ]);
      expect(direct.code).toBe(0);
      for (const r of [viaNpm, viaNpx]) {
        expect(r.code).toBe(0);
        expect(r.stdout).toBe(direct.stdout);
      }
      expectRejected(bad, /U: missing/);
    },
  );

  it('--help prints the usage and exits 0', () => {
    const r = runBptt(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: npm run --silent bptt -- FILE/);
    expect(r.stdout).toMatch(/--terms/);
  });
});

describe('bptt: only the numbers asked for are refused for overflowing', () => {
  // tanh, W = diag(1e200, −1e200), T = 3: the states saturate at ±1 and every result is finite;
  // only the diagnostic bound (γσ_max(W))^{t−k} = 1e400 overflows
  const model = {
    activation: 'tanh',
    U: [
      [1, 0],
      [0, 1],
    ],
    W: [
      [1e200, 0],
      [0, -1e200],
    ],
    V: [
      [1, 0],
      [0, 1],
    ],
    inputs: [
      [1, 0],
      [0, 1],
      [1, 0],
    ],
    targets: [0, 1, 0],
  };

  it.each([[[]], [['--terms']]])('W = diag(1e200, −1e200): exit 0, finite results %j', (extra) => {
    const r = runBptt([file('diag.json', model), ...extra]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as {
      loss: { total: number; perStep: number[] };
      states: number[][];
      gradients: Record<string, number[][]>;
      jacobian: { sigmaW: number; bound: (number | null)[]; productNorm: (number | null)[] };
      terms?: Record<string, number[][][][]>;
    };
    const numbers = [
      out.loss.total,
      ...out.loss.perStep,
      ...out.states.flat(),
      ...Object.values(out.gradients).flat(2),
      ...Object.values(out.terms ?? {}).flat(4),
    ];
    expect(numbers.every((v) => typeof v === 'number' && Number.isFinite(v))).toBe(true);
    expect(out.states[2].map(Math.abs)).toEqual([1, 1]);
    // the diagnostic that overflows is null, the others as computed
    expect(out.jacobian.sigmaW).toBe(1e200);
    expect(out.jacobian.bound).toEqual([null, 1e200, 1]);
    expect(out.jacobian.productNorm.every((v) => v !== null && Number.isFinite(v))).toBe(true);
    if (extra.length) expect(Object.keys(out.terms!)).toEqual(['U', 'W']);
  });

  it('the app reads the same file as a valid model (one parser), and its diagram flags no overflow', async () => {
    const { parseModelText } = await import('../../../src/model/io/parse');
    const { diagramOverflow } = await import('../../../src/diagram/values');
    const { forward, jacobianNorms, targetTerms } = await import('../../../src/model');
    const parsed = parseModelText(JSON.stringify(model));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const fwd = forward(parsed.model);
    const jac = jacobianNorms(parsed.model, fwd, 2);
    expect(jac.bound[0]).toBe(Infinity);
    expect(diagramOverflow(fwd, targetTerms(parsed.model, fwd, 2), jac)).toBe(false);
  });
});

describe('bptt: bad input', () => {
  const bad = (patch: Record<string, unknown>) => ({ ...good, ...patch });
  const cases: [string, unknown, RegExp[]][] = [
    [
      'a wrong shape',
      bad({
        W: [
          [1, 2],
          [3, 4],
          [5, 6],
        ],
      }),
      [/ W: expected 3×3 \(H×H\), found 3×2/],
    ],
    [
      'a target out of range',
      bad({ targets: [1, 2, 7, 3] }),
      [/targets\[2\]: 7 is not a class index in \[0, 4\)/],
    ],
    [
      'an unknown key',
      bad({ activaton: 'tanh' }),
      [/activaton: unknown key; did you mean "activation"/],
    ],
    [
      'a non-finite number',
      JSON.stringify(good).replace(/(\d)\]/, '$1e400]'),
      [/U\[0\]\[3\]: expected a finite number, found -?Infinity/],
    ],
    [
      'a non-number',
      bad({ V: [[1, 2, 'x'], ...good.V.slice(1)] }),
      [/V\[0\]\[2\]: expected a number, found the string "x"/],
    ],
    [
      'a ragged row',
      bad({
        inputs: [
          [1, 0, 0, 0],
          [0, 1, 0],
          [0, 0, 1, 0],
          [0, 0, 1, 0],
        ],
      }),
      [/inputs\[1\]: expected 4 numbers/],
    ],
    ['T = 0', bad({ inputs: [], targets: [] }), [/inputs: expected at least one row \(T ≥ 1\)/]],
    [
      'a non-integer target',
      bad({ targets: [1, 2.5, 2, 3] }),
      [/targets\[1\]: expected an integer class index, found 2.5/],
    ],
    [
      'a limit',
      modelToJson(randomModel({ seed: 1, T: 300, H: 2, D: 2, K: 2 })),
      [/inputs: 300 rows: T = 300 exceeds the limit T ≤ 256/],
    ],
    ['a missing key', { ...good, U: undefined }, [/U: missing; expected number\[H\]\[D\]/]],
    [
      'a wrong activation',
      bad({ activation: 'softmax' }),
      [/activation: expected one of "tanh", "relu", "sigmoid", "linear"/],
    ],
    ['not JSON', '{"activation": "tanh", ', [/\(file\): not valid JSON/]],
    ['an empty file', '', [/\(file\): empty/]],
    ['not an object', '[1, 2, 3]', [/\(file\): expected a JSON object/]],
  ];
  const textOf = (content: unknown) =>
    typeof content === 'string' ? content : JSON.stringify(content);
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

  // Every kind through the command's own code path, in this process (fast)…
  for (const [what, content, patterns] of cases) {
    it(`${what}`, () => {
      const path = file(`${what.replace(/\W+/g, '-')}.json`, textOf(content));
      const r = runBptt([path]);
      expectRejected(
        { code: r.status, stdout: r.stdout, stderr: r.stderr },
        ...patterns,
        new RegExp(`^bptt: ${escape(path)}: `),
      );
    });
  }

  // …and a few of them through a real process, from a file and from standard input.
  it.concurrent(
    'as a process: a wrong shape (file), a non-finite number and not JSON (stdin)',
    async () => {
      const [shape, nonFinite, notJson] = await Promise.all([
        run([file('shape.json', textOf(cases[0][1]))]),
        run(['-'], textOf(cases[3][1])),
        run(['-'], textOf(cases[11][1])),
      ]);
      expectRejected(shape, ...cases[0][2]);
      expectRejected(
        nonFinite,
        ...cases[3][2],
        /^bptt: \(standard input\): invalid model \(1 error\):\n/,
      );
      expectRejected(notJson, ...cases[11][2]);
    },
  );

  it.concurrent('a missing file and a directory', async () => {
    const [missing, directory] = await Promise.all([run([join(dir, 'nope.json')]), run([dir])]);
    expectRejected(missing, /nope\.json: cannot read the file: no such file/);
    expectRejected(directory, /cannot read the file: it is a directory/);
  });

  it('--terms above 5,000,000 numbers is refused', () => {
    const big = file('big.json', modelToJson(randomModel({ seed: 2, T: 256, H: 16, D: 16, K: 2 })));
    const r = runBptt([big, '--terms']);
    expectRejected(
      { code: r.status, stdout: r.stdout, stderr: r.stderr },
      /--terms would print 16,842,752 numbers/,
      /limit of 5,000,000/,
    );
    expect(runBptt([big, '--compact']).status).toBe(0);
  });

  it('an overflow to non-finite numbers is reported, not printed', () => {
    const m = randomModel({
      seed: 4,
      T: 200,
      H: 4,
      D: 2,
      K: 2,
      activation: 'linear',
      inputs: 'real',
    });
    const json = modelToJson(m);
    const huge = file('huge.json', {
      ...json,
      W: (json.W as number[][]).map((r) => r.map((x) => x * 1e3)),
    });
    const r = runBptt([huge]);
    expectRejected(
      { code: r.status, stdout: r.stdout, stderr: r.stderr },
      /overflowed float64, starting at the hidden state s_\d+ \(states\[\d+\] is not finite\)/,
    );
    // the state named is the first non-finite one in time order
    const fwd = computeResults(
      { ...m, W: { ...m.W, data: m.W.data.map((x) => x * 1e3) } },
      { terms: false },
    );
    const first = fwd.states.findIndex((s) => s.some((v) => !Number.isFinite(v)));
    expect(first).toBeGreaterThan(0);
    expect(r.stderr).toContain(`starting at the hidden state s_${first} (states[${first}] is`);
  });

  it('names where the overflow starts (s₂), not the first field in output order', () => {
    // linear, W = diag(1e200, 1): s₀ = [1, 0], s₁ = [1e200 + 1, 1], s₂ overflows; in output
    // order "loss.total" (NaN from ŷ₂ on) comes first, but the overflow starts at s₂
    const path = file('starts.json', {
      activation: 'linear',
      U: [
        [1, 0],
        [0, 1],
      ],
      W: [
        [1e200, 0],
        [0, 1],
      ],
      V: [
        [1, 0],
        [0, 1],
      ],
      inputs: [
        [1, 0],
        [1, 1],
        [1, 0],
        [0, 1],
      ],
      targets: [0, 1, 0, 1],
    });
    const r = runBptt([path]);
    expectRejected(
      { code: r.status, stdout: r.stdout, stderr: r.stderr },
      /starting at the hidden state s_2 \(states\[2\] is not finite\)/,
    );
  });

  it.concurrent('a bad command line exits 2', async () => {
    const unknown = await run(['--frobnicate', goodPath]);
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toMatch(/unknown option --frobnicate/);
    const none = runBptt([]);
    const two = runBptt([goodPath, goodPath]);
    expect([none.status, two.status]).toEqual([2, 2]);
    expect(none.stderr).toMatch(/missing FILE/);
    expect(two.stderr).toMatch(/expected one FILE/);
  });
});

describe('what comes in: encodings, sizes, long error lists, terminal escapes', () => {
  const json = JSON.stringify(modelToJson(defaultModel()));
  const bytesFile = (name: string, bytes: Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };
  const utf16 = (text: string, bigEndian: boolean) => {
    const out = new Uint8Array(2 + 2 * text.length);
    out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      out[2 + 2 * i + (bigEndian ? 1 : 0)] = c & 0xff;
      out[2 + 2 * i + (bigEndian ? 0 : 1)] = c >> 8;
    }
    return out;
  };

  it('a UTF-8 BOM, UTF-16LE and UTF-16BE read as the same model (as the app reads them)', () => {
    const plain = runBptt([file('plain.json', json)]);
    expect(plain.status).toBe(0);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(json)]);
    for (const [name, bytes] of [
      ['bom.json', bom],
      ['le.json', utf16(json, false)],
      ['be.json', utf16(json, true)],
    ] as const) {
      const r = runBptt([bytesFile(name, bytes)]);
      expect(r.status, name).toBe(0);
      expect(r.stdout).toBe(plain.stdout);
    }
    const notText = runBptt([bytesFile('bad.json', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))]);
    expect(notText.status).toBe(1);
    expect(notText.stderr).toContain('not UTF-8 text');
  });

  it('a file over the size limit is refused before it is read', () => {
    const r = runBptt([file('big.json', ' '.repeat(MAX_MODEL_FILE_BYTES + 1))]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('more than the 8388608 bytes (8 MiB)');
  });

  it('a list of errors is capped, and what the file wrote cannot drive the terminal', () => {
    const extra: Record<string, number> = {};
    for (let i = 0; i < 500; i++) extra[`k${i}`] = i;
    const r = runBptt([file('many.json', { ...JSON.parse(json), ...extra })]);
    expect(r.stderr).toContain('invalid model (500 errors)');
    expect(r.stderr).toContain(`… and ${500 - SHOWN_ERRORS} more`);
    expect(r.stderr.split('\n').length).toBeLessThan(SHOWN_ERRORS + 5);
    const evil = runBptt([file('evil.json', { ...JSON.parse(json), '\u001b[2J\u202e': 1 })]);
    expect(evil.stderr.includes('\u001b') || evil.stderr.includes('\u202e')).toBe(false);
    expect(evil.stderr).toContain('\\u001b[2J\\u202e');
  });
});
