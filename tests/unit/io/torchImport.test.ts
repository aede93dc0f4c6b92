// @vitest-environment node
/**
 * Real weights from PyTorch (scripts/torch/from_torch.py): a model file made from an nn.LSTM's or
 * nn.RNN(bias=False)'s state_dict and a Linear readout must give, in the core, the loss, states (and
 * the LSTM's cells) and gradients PyTorch's own module gives, to |a − e| ≤ 1e−9·max(1, |e|).
 *
 * With PyTorch (/usr/bin/python3): each case is one run of tests/unit/io/torch_case.py, which makes
 * random modules from a fixed seed, runs the script, and computes the module's results in float64;
 * the refusals (nn.GRU, several layers, …) likewise. Without it those tests are skipped, saying so,
 * and the committed fixture tests/fixtures/torch/lstm-h3.* (made by `torch_case.py fixture`) still
 * checks the round trip: its model file against nn.LSTM's results, and its gates against the rows of
 * the state_dict the script read.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it, type TestContext } from 'vitest';
import {
  CELL_KINDS,
  forward,
  gradients,
  paramNames,
  weightPath,
  type AnyModel,
} from '../../../src/model';
import { rowView } from '../../../src/model/linalg/mat';
import { parseModel } from '../../../src/model/io/parse';
import { mismatch } from '../model/helpers';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const FIXTURES = join(ROOT, 'tests/fixtures/torch');
const CASE = fileURLToPath(new URL('./torch_case.py', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'bptt-torch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Json = Record<string, unknown>;
type Rows = number[][];

/** What torch_case.py prints for a model case: PyTorch's own results. */
interface TorchResults {
  readonly model: string;
  readonly loss: number;
  readonly states: Rows;
  readonly cells?: Rows;
  /** By the model file's paths: U, W (and b) by gate for the LSTM, V a matrix. */
  readonly gradients: Record<string, Rows | Record<string, Rows | number[]>>;
}

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown;

/** torch_case.py's answer for `name` (in a folder of its own), or the test skipped with its reason. */
async function torchCase(ctx: TestContext, name: string): Promise<Json> {
  const out = mkdtempSync(join(dir, `${name}-`));
  let stdout: string;
  try {
    ({ stdout } = await promisify(execFile)('/usr/bin/python3', [CASE, name, out]));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') ctx.skip('no /usr/bin/python3');
    throw e;
  }
  const answer = JSON.parse(stdout) as Json;
  if (typeof answer.skip === 'string') ctx.skip(answer.skip);
  return answer;
}

function parsed(file: string): AnyModel {
  const r = parseModel(readJson(file), { cells: CELL_KINDS });
  if (!r.ok) throw new Error(`${file}: ${r.errors.map((e) => e.message).join('; ')}`);
  return r.model;
}

const TOL = 1e-9;
const flat = (v: unknown): number[] => (Array.isArray(v) ? v.flat(2) : []) as number[];

/** Every mismatch between the core's results for `model` and PyTorch's, as text (none: []). */
function differences(model: AnyModel, torch: TorchResults): string[] {
  const fwd = forward(model);
  const H = model.V.cols;
  const out: string[] = [];
  const check = (what: string, a: ArrayLike<number>, e: number[]) => {
    const m = mismatch(a, e, TOL);
    if (m) out.push(`${what}: ${m}`);
  };
  check('loss', [fwd.loss], [torch.loss]);
  check('states', fwd.s.data, torch.states.flat());
  if (torch.cells) {
    const cells = torch.cells.map((_, t) => Array.from(rowView(fwd.carry, t).subarray(H)));
    check('cells', cells.flat(), torch.cells.flat());
  }
  const g = gradients(model, fwd);
  for (const name of paramNames(model)) {
    const [key, gate] = weightPath(name);
    const e = gate === null ? torch.gradients[key] : (torch.gradients[key] as Json)[gate];
    check(`∂E/∂${name}`, g[name].data, flat(e));
  }
  return out;
}

describe('import of PyTorch weights (scripts/torch/from_torch.py)', () => {
  it('the committed LSTM (H = 3): the core gives nn.LSTM’s loss, states, cells and gradients', () => {
    const torch = readJson(join(FIXTURES, 'lstm-h3.torch.json')) as TorchResults;
    const model = parsed(join(FIXTURES, torch.model));
    expect(model.cell).toBe('lstm');
    expect(differences(model, torch)).toEqual([]);
  });

  it('the committed LSTM’s gates are weight_ih/hh’s row blocks i, f, g, o; b = b_ih + b_hh', () => {
    const state = readJson(join(FIXTURES, 'lstm-h3.state_dict.json')) as Record<string, Rows>;
    const file = readJson(join(FIXTURES, 'lstm-h3.model.json')) as Record<string, Json>;
    const H = state['rnn.weight_hh_l0'][0].length;
    const block = (rows: Rows | number[], j: number) => rows.slice(j * H, (j + 1) * H);
    ['i', 'f', 'g', 'o'].forEach((gate, j) => {
      expect(file.U[gate]).toEqual(block(state['rnn.weight_ih_l0'], j));
      expect(file.W[gate]).toEqual(block(state['rnn.weight_hh_l0'], j));
      const ih = block(state['rnn.bias_ih_l0'] as unknown as number[], j) as number[];
      const hh = block(state['rnn.bias_hh_l0'] as unknown as number[], j) as number[];
      expect(file.b[gate]).toEqual(ih.map((x, i) => x + hh[i]));
    });
    expect(file.V).toEqual(state['out.weight']);
  });

  for (const name of ['lstm', 'rnn-tanh', 'rnn-relu']) {
    it(`a random ${name === 'lstm' ? 'nn.LSTM (batch_first)' : `nn.RNN(${name.slice(4)}, bias=False)`} + Linear: the core gives PyTorch’s results`, async (ctx) => {
      const torch = (await torchCase(ctx, name)) as unknown as TorchResults;
      const model = parsed(torch.model);
      expect(model.cell ?? 'rnn').toBe(name === 'lstm' ? 'lstm' : 'rnn');
      expect(differences(model, torch)).toEqual([]);
    });
  }

  it('refuses, saying why, what the model file cannot represent', async (ctx) => {
    const answer = (await torchCase(ctx, 'refusals')) as Record<string, [number, string]>;
    const expected: Record<string, RegExp> = {
      gru: /nn\.GRU.*reset gate after the recurrent matrix.*another cell/,
      layers: /num_layers > 1/,
      bidirectional: /bidirectional/,
      proj: /proj_size/,
      rnnBias: /nn\.RNN with biases.*bias=False/,
      rnnNonlinearity: /--nonlinearity tanh or relu/,
      readoutBias: /readout has a bias.*nn\.Linear\(H, K, bias=False\)/,
    };
    expect(Object.keys(answer).sort()).toEqual(Object.keys(expected).sort());
    for (const [name, [status, message]] of Object.entries(answer)) {
      expect(status, name).toBe(1);
      expect(message, name).toMatch(expected[name]);
    }
  });
});
