/**
 * The benchmark's building blocks: a median timer and a plain-text table. Each part of the
 * benchmark (the numeric core, browser budgets, …) returns a `BenchSection`; bench/bench.ts prints
 * them one after another.
 */
import { performance } from 'node:perf_hooks';

export interface BenchCheck {
  /** What is promised, e.g. "(16, 16): everything the app recomputes < 1 ms". */
  readonly label: string;
  readonly ok: boolean;
}

export interface BenchSection {
  readonly title: string;
  /** Lines printed under the title (what was measured, on what). */
  readonly notes?: readonly string[];
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly checks?: readonly BenchCheck[];
}

/** Keeps results alive so the engine cannot skip the timed work. */
let sink = 0;
export function consume(v: unknown): void {
  if (typeof v === 'number') sink += v;
  else if (v !== null && typeof v === 'object') sink += 1;
}
export function sinkValue(): number {
  return sink;
}

export interface TimingOptions {
  /** Stop sampling after this long (ms), once `minSamples` samples are in. */
  readonly budgetMs?: number;
  readonly minSamples?: number;
  readonly maxSamples?: number;
  /** Calls before the samples, for at least this long (ms; default min(60, budgetMs / 4)). */
  readonly warmMs?: number;
  /** Each sample a batch of calls lasting at least this long (ms; default 1, the timer's grain). */
  readonly sampleMs?: number;
}

/**
 * The median time of one call of `fn`, in milliseconds. Calls are batched so that one sample
 * lasts at least ~1 ms (timer resolution; `sampleMs`), after a warm-up that lets the JIT settle.
 */
export function medianMs(fn: () => unknown, opts: TimingOptions = {}): number {
  const { budgetMs = 300, minSamples = 7, maxSamples = 41 } = opts;
  const warmEnd = performance.now() + (opts.warmMs ?? Math.min(60, budgetMs / 4));
  let calls = 0;
  do {
    consume(fn());
    calls++;
  } while (performance.now() < warmEnd || calls < 3);
  const t0 = performance.now();
  consume(fn());
  const once = Math.max(performance.now() - t0, 1e-4);
  const batch = Math.max(1, Math.ceil((opts.sampleMs ?? 1) / once));
  const samples: number[] = [];
  const end = performance.now() + budgetMs;
  while (samples.length < minSamples || (samples.length < maxSamples && performance.now() < end)) {
    const s = performance.now();
    for (let i = 0; i < batch; i++) consume(fn());
    samples.push((performance.now() - s) / batch);
  }
  samples.sort((a, b) => a - b);
  const mid = samples.length >> 1;
  return samples.length % 2 ? samples[mid] : (samples[mid - 1] + samples[mid]) / 2;
}

/** 0.0123 → "12.3 µs", 4.56 → "4.56 ms". */
export function formatMs(ms: number): string {
  if (ms < 1) {
    const us = ms * 1000;
    return `${us < 10 ? us.toFixed(2) : us < 100 ? us.toFixed(1) : us.toFixed(0)} µs`;
  }
  return `${ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0)} ms`;
}

/** The section as aligned plain text: title, notes, a table with right-aligned cells, checks. */
export function formatSection(s: BenchSection): string {
  const widths = s.columns.map((c, j) =>
    Math.max(c.length, ...s.rows.map((r) => (r[j] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells.map((c, j) => (j === 0 ? c.padEnd(widths[j]) : c.padStart(widths[j]))).join('  ');
  const out = [s.title, '='.repeat(s.title.length)];
  for (const n of s.notes ?? []) out.push(n);
  if (s.notes?.length) out.push('');
  out.push(line(s.columns), widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of s.rows) out.push(line(r));
  if (s.checks?.length) {
    out.push('');
    for (const c of s.checks) out.push(`${c.ok ? '[pass]' : '[FAIL]'} ${c.label}`);
  }
  return out.join('\n');
}
