/**
 * The core against PyTorch autograd (CPU, float64, one thread), the peer an ML reader would
 * compare with: forward + gradients of the benchmark's models (bench/core.ts benchCases), every
 * cell and size. PyTorch's side runs in one Python process (bench/torch_peer.py) that reads the
 * same model files; without PyTorch the section says so and shows the core alone.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { forward, gradients, paramNames } from '../src/model';
import { modelToJson } from '../src/model/io/modelJson';
import { benchCases, fwdGradMs, timedAtLoad, type Case } from './core';
import { formatMs, type BenchCheck, type BenchSection } from './report';

const PYTHON = '/usr/bin/python3';
const PEER = fileURLToPath(new URL('./torch_peer.py', import.meta.url));
const VARIANTS = ['written', 'nn.LSTM'] as const;

interface Timing {
  readonly ms: number;
  readonly loss: number;
  readonly gradSq: number;
}

interface PeerOutput {
  readonly torch: string;
  readonly threads: number;
  readonly models: Readonly<Record<string, Partial<Record<(typeof VARIANTS)[number], Timing>>>>;
}

const fileOf = (c: Case) =>
  `${c.cell}-${c.label.replace(/\D+/g, ' ').trim().replace(' ', 'x')}.model.json`;

/** Whether PyTorch can be imported; a missing interpreter counts as no PyTorch. */
async function hasTorch(): Promise<boolean> {
  try {
    await promisify(execFile)(PYTHON, ['-c', 'import torch']);
    return true;
  } catch {
    return false;
  }
}

/** PyTorch's timings of every case, from one run of the peer on the cases' model files. */
async function runPeer(cases: readonly Case[]): Promise<PeerOutput> {
  const dir = mkdtempSync(join(tmpdir(), 'bptt-bench-torch-'));
  try {
    const files = cases.map((c) => {
      const path = join(dir, fileOf(c));
      writeFileSync(path, JSON.stringify(modelToJson(c.model)));
      return path;
    });
    const { stdout } = await promisify(execFile)(PYTHON, [PEER, ...files], {
      maxBuffer: 1 << 20,
    });
    return JSON.parse(stdout) as PeerOutput;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The core's E and Σ(∂E/∂p)² over every parameter: what the peer must agree with. */
function coreValues(c: Case): { loss: number; gradSq: number } {
  const fwd = forward(c.model);
  const g = gradients(c.model, fwd);
  let gradSq = 0;
  for (const name of paramNames(c.model)) for (const x of g[name].data) gradSq += x * x;
  return { loss: fwd.loss, gradSq };
}

const relDiff = (a: number, e: number) => Math.abs(a - e) / Math.max(1, Math.abs(e));
const ratio = (peer: number, core: number) => `${(peer / core).toFixed(1)}×`;

/**
 * Issue 19's targets: the core's forward + gradients at least this many times faster than
 * PyTorch's faster variant, by cell and size.
 */
const TARGETS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  rnn: { '(16, 16)': 20, '(64, 64)': 5 },
  gru: { '(16, 16)': 10, '(64, 64)': 3 },
  lstm: { '(16, 16)': 10, '(64, 64)': 3 },
};

function ratioChecks(
  cases: readonly Case[],
  core: ReadonlyMap<Case, number>,
  peer: PeerOutput,
): BenchCheck[] {
  return cases.flatMap((c) => {
    const target = TARGETS[c.cell]?.[c.label];
    if (target === undefined) return [];
    const timed = peer.models[fileOf(c)];
    const best = Math.min(...VARIANTS.flatMap((v) => (timed[v] ? [timed[v].ms] : [])));
    const r = best / (core.get(c) as number);
    return [
      {
        label: `${c.cell} ${c.label}: forward + gradients ≥ ${target}× faster than PyTorch (${r.toFixed(1)}×: ${formatMs(core.get(c) as number)} vs ${formatMs(best)})`,
        ok: r >= target,
      },
    ];
  });
}

export async function torchSection(): Promise<BenchSection> {
  const cases = benchCases();
  const title = 'Numeric core vs PyTorch autograd — median forward + gradients per call';
  const core = new Map(cases.map((c) => [c, fwdGradMs(c)]));
  const coreOnly = cases.map((c) => [c.cell, c.label, formatMs(core.get(c) as number)]);
  if (!(await hasTorch())) {
    return {
      title,
      notes: [`PyTorch not installed (${PYTHON} -c 'import torch' failed): its columns skipped.`],
      columns: ['cell', '(T, H)', 'core'],
      rows: coreOnly,
    };
  }
  let peer: PeerOutput;
  let peerLoad: number;
  try {
    peer = await runPeer(cases);
    peerLoad = loadavg()[0];
  } catch (e) {
    // A failing peer is the benchmark's bug, not a missing install: shown, counted, not fatal.
    const why = e instanceof Error ? e.message.trim().split('\n').slice(-1)[0] : String(e);
    return {
      title,
      columns: ['cell', '(T, H)', 'core'],
      rows: coreOnly,
      checks: [{ label: `PyTorch's peer (bench/torch_peer.py) ran: ${why}`, ok: false }],
    };
  }
  const rows: string[][] = [];
  let worstDiff = 0;
  const slower: Record<string, string[]> = {};
  const ratios: Record<string, string[]> = {};
  for (const c of cases) {
    const ms = core.get(c) as number;
    const timed = peer.models[fileOf(c)];
    const expected = coreValues(c);
    for (const v of VARIANTS) {
      const t = timed[v];
      if (t)
        worstDiff = Math.max(
          worstDiff,
          relDiff(t.loss, expected.loss),
          relDiff(t.gradSq, expected.gradSq),
        );
    }
    // "Faster than PyTorch" is against PyTorch's faster way of computing the same thing.
    const best = Math.min(...VARIANTS.flatMap((v) => (timed[v] ? [timed[v].ms] : [])));
    (ratios[c.cell] ??= []).push(`${c.label} ${ratio(best, ms)}`);
    if (best <= ms) (slower[c.cell] ??= []).push(c.label);
    const cells = VARIANTS.flatMap((v) => {
      const t = timed[v];
      return t ? [formatMs(t.ms), ratio(t.ms, ms)] : ['—', '—'];
    });
    rows.push([c.cell, c.label, formatMs(ms), ...cells]);
  }
  const checks: BenchCheck[] = [
    ...ratioChecks(cases, core, peer),
    {
      label: `PyTorch computed the same E and Σ(∂E/∂p)² as the core (largest |a − e|/max(1, |e|) ${worstDiff.toExponential(1)})`,
      ok: worstDiff <= 1e-9,
    },
    ...Object.keys(ratios).map((cell) => ({
      label:
        `${cell}: forward + gradients faster than PyTorch at every size (${ratios[cell].join(', ')})` +
        (slower[cell] ? `; not at ${slower[cell].join(', ')}` : ''),
      ok: !slower[cell],
    })),
  ];
  return {
    title,
    notes: [
      `PyTorch ${peer.torch}, CPU, float64, ${peer.threads} thread; the same models as above.`,
      'torch: the cell’s equations in torch ops (math §8; the GRU’s reset gate before W_h, not',
      'nn.GRU’s cell), input projections of all steps in one product, gates fused per role;',
      'nn.LSTM: torch.nn.LSTM with bias_ih = b, bias_hh = 0. Each call builds the graph, computes',
      'E and E.backward() into every parameter. ratio = PyTorch ÷ core (above 1: the core is faster).',
      `Load average over 1 min (os.loadavg, ${cpus().length} cores): ${timedAtLoad.toFixed(2)} when the core was timed, ${peerLoad.toFixed(2)} after PyTorch's run.`,
    ],
    columns: ['cell', '(T, H)', 'core', 'torch', 'ratio', 'nn.LSTM', 'ratio'],
    rows,
    checks,
  };
}
