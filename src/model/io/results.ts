/**
 * The results file: what the `bptt` command prints and the app exports.
 *
 * {
 *   "loss": { "total": E, "perStep": [E_0, …] },
 *   "states": s_0 … s_{T−1} (T×H), "outputs": ŷ_0 … ŷ_{T−1} (T×K),
 *   "gradients": { "U": H×D, "W": H×H, "V": K×H },      // every parameter by name (paramNames);
 *                                                       // truncated when the model says so
 *   "dims": { T, H, D, K }, "activation" (when the model file names it), "truncate": n | null,
 *   "jacobian": { t, sigmaW, gamma, productNorm[k], bound[k] }  // for the last target, on request
 *                                     // (a gated cell's also directGate, directPathNorm[k]);
 *                                     // diagnostics: null where not finite (the bound overflows
 *                                     // long before the results do, e.g. σ_max(W) = 1e200)
 *   "terms": { "U": [t][k] → H×D, "W": [t][k] → H×H }            // on request
 * }
 * A gated cell (math.md §8) adds "cell", "gates" (each gate's activations, T×H, by gate) and, for
 * the LSTM, "cells" (c_t, T×H); its gradients U, W and b and its terms U and W are keyed by gate
 * ("gradients": { "U": { "z": H×D, … }, "W": { … }, "b": { "z": number[H], … }, "V": K×H },
 * "terms": { "U": { "z": [t][k] → H×D, … }, "W": { … } }); "sigmaW" and "gamma" are null (no such
 * bound for a gated cell).
 */
import { fullGradients, gradients } from '../bptt/backward';
import { dimsOf, forward } from '../bptt/forward';
import { directPath, jacobianNorms } from '../bptt/jacobian';
import { targetTerms } from '../bptt/terms';
import { weightPath, type Cell } from '../bptt/cell';
import { cellOf } from '../bptt/cells';
import { paramNames } from '../bptt/params';
import type { Gradients, AnyModel } from '../bptt/types';
import { rowsOf } from './modelJson';
import type { ResultsJson } from './types';

/** The most numbers `terms` may hold in one results file (the command refuses above it). */
export const MAX_TERM_NUMBERS = 5_000_000;

export interface ResultsOptions {
  /** Include every target's slide terms, `terms.U[t][k]` and `terms.W[t][k]`. */
  terms: boolean;
  /**
   * Include `jacobian`: σ_max(∂s_{T−1}/∂s_k) for every k, σ_max(W), γ and the bound
   * (γ·σ_max(W))^{T−1−k}, the vanishing/exploding diagnostics of the last target. O(T·H³).
   */
  jacobian?: boolean;
}

/** The weights whose terms the results hold: every U and W (a gated cell's biases have none there). */
function termWeights(cell: Cell): string[] {
  return cell.weights.filter((name) => ['U', 'W'].includes(weightPath(name)[0]));
}

/**
 * How many numbers `terms` holds: Σ_t (t + 1) times the sizes of the weights it holds,
 * T(T+1)/2 · H(D + H) for the vanilla cell (times the gates for a gated one).
 */
export function countTermNumbers(model: AnyModel): number {
  const T = dimsOf(model).T;
  const cell = cellOf(model);
  const perStep = termWeights(cell).reduce(
    (n, name) => n + cell.weight(model, cell.weights.indexOf(name)).data.length,
    0,
  );
  return ((T * (T + 1)) / 2) * perStep;
}

/**
 * Values by weight name placed at each weight's path: `U` itself for the vanilla cell, `U.z` as
 * { "U": { "z": … } } for a gated one.
 */
function byPath<V>(names: readonly string[], value: (name: string) => V): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of names) {
    const [key, gate] = weightPath(name);
    if (gate === null) out[key] = value(name);
    else ((out[key] ??= {}) as Record<string, V>)[gate] = value(name);
  }
  return out;
}

/** Every parameter's gradient at its path, as rows (a gated cell's biases as vectors). */
function gradientsJson(model: AnyModel, g: Gradients): Record<string, unknown> {
  return byPath(paramNames(model), (p) =>
    weightPath(p)[0] === 'b' ? Array.from(g[p].data) : rowsOf(g[p]),
  );
}

export function computeResults(model: AnyModel, opts: ResultsOptions): ResultsJson {
  const cell = cellOf(model);
  const fwd = forward(model);
  const g = gradients(model, fwd);
  const { T, H, D, K } = fwd.dims;
  const out: ResultsJson = {
    loss: { total: fwd.loss, perStep: Array.from(fwd.losses) },
    states: rowsOf(fwd.s),
    outputs: rowsOf(fwd.yhat),
    gradients: gradientsJson(model, g) as ResultsJson['gradients'],
    dims: { T, H, D, K },
    ...(cell.hasActivation && 'activation' in model ? { activation: model.activation } : {}),
    truncate: model.truncate,
  };
  if (cell.gates.length > 0) {
    out.cell = cell.kind;
    out.gates = Object.fromEntries(cell.gates.map((q) => [q, rowsOf(fwd.cache[`gate.${q}`])]));
    if (fwd.cache.c) out.cells = rowsOf(fwd.cache.c);
  }
  if (model.truncate !== null && model.truncate < T - 1) {
    const full = fullGradients(model, fwd);
    out.fullGradients = gradientsJson(model, full);
  }
  if (opts.jacobian) {
    const j = jacobianNorms(model, fwd, T - 1);
    // A gated cell's direct path: σ_max of Π_{j=k+1}^{T−1} diag(f_j) (LSTM) or diag(z_j) (GRU).
    const direct = directPath(model, fwd, T - 1);
    out.jacobian = {
      t: j.t,
      sigmaW: orNull(j.sigmaW),
      gamma: orNull(j.gamma),
      productNorm: Array.from(j.productNorm, orNull),
      bound: Array.from(j.bound, orNull),
      ...(direct
        ? { directGate: direct.gate, directPathNorm: Array.from(direct.norm, orNull) }
        : {}),
    };
  }
  if (opts.terms) {
    const names = termWeights(cell);
    const terms: Record<string, number[][][][]> = Object.fromEntries(
      names.map((name) => [name, []]),
    );
    for (let t = 0; t < T; t++) {
      const tt = targetTerms(model, fwd, t);
      for (const name of names) terms[name].push(tt.weights[name].terms.map(rowsOf));
    }
    out.terms = byPath(names, (name) => terms[name]) as ResultsJson['terms'];
  }
  return out;
}

/** A diagnostic's value: itself when finite, else null (JSON has no ±∞; nothing is refused for it). */
function orNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

/** Where the results' numbers first leave the float64 range, in the order they are computed. */
export interface OverflowStart {
  /** The results' field, e.g. "states[2]", "loss.perStep[3]", "gradients.W[0][1]". */
  readonly path: string;
  /** What it is, in words: "the hidden state s_2", "the gradient ∂E/∂W". */
  readonly what: string;
}

/** The first row of a T×n matrix (as rows) holding a non-finite number, or -1. */
function firstBadRow(rows: readonly (readonly number[])[]): number {
  return rows.findIndex((r) => r.some((v) => !Number.isFinite(v)));
}

/**
 * Where an overflow starts among the numbers the user asked for (loss, states, outputs, the
 * gradients and, on request, the terms), or null when they are all finite. The diagnostics
 * (`jacobian`: σ_max(W), the products' norms, the bound (γσ)^{t−k}) are not asked-for results and
 * are never the reason. Forward quantities in time order: the first non-finite state s_t (where
 * an overflow starts: everything after it follows from it), else the first output ŷ_t or loss E_t;
 * then the gradients, then the terms.
 */
export function overflowStart(results: ResultsJson): OverflowStart | null {
  const s = firstBadRow(results.states);
  if (s >= 0) return { path: `states[${s}]`, what: `the hidden state s_${s}` };
  const y = firstBadRow(results.outputs);
  const e = results.loss.perStep.findIndex((v) => !Number.isFinite(v));
  if (y >= 0 && (e < 0 || y <= e)) return { path: `outputs[${y}]`, what: `the output ŷ_${y}` };
  if (e >= 0) return { path: `loss.perStep[${e}]`, what: `the loss E_${e}` };
  if (!Number.isFinite(results.loss.total)) return { path: 'loss.total', what: 'the loss E' };
  for (const field of ['gradients', 'fullGradients'] as const) {
    const g = results[field] as Record<string, number[][]> | undefined;
    for (const [name, m] of Object.entries(g ?? {})) {
      const p = firstNonFinite(m, `${field}.${name}`);
      if (p)
        return { path: p, what: `the ${field === 'gradients' ? '' : 'full '}gradient ∂E/∂${name}` };
    }
  }
  if (results.terms) {
    const p = firstNonFinite(results.terms, 'terms');
    if (p) return { path: p, what: "a term of the slide's sum" };
  }
  return null;
}

/** The path of the first non-finite number in a JSON-like value (e.g. "loss.total"), or null. */
export function firstNonFinite(value: unknown, path = ''): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : path || '(value)';
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const p = firstNonFinite(value[i], `${path}[${i}]`);
      if (p) return p;
    }
    return null;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      const p = firstNonFinite(v, path ? `${path}.${k}` : k);
      if (p) return p;
    }
  }
  return null;
}

/**
 * JSON text that a person can read: objects and nested arrays indented, every innermost array of
 * numbers (a matrix row, a vector) on one line. Numbers keep their shortest round-trip form.
 */
export function stringifyResults(value: unknown, indent = ''): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every((x) => typeof x === 'number' || x === null)) {
      return `[${value.map((x) => JSON.stringify(x)).join(', ')}]`;
    }
    const inner = indent + '  ';
    return `[\n${value.map((x) => inner + stringifyResults(x, inner)).join(',\n')}\n${indent}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    const inner = indent + '  ';
    const body = entries
      .map(([k, v]) => `${inner}${JSON.stringify(k)}: ${stringifyResults(v, inner)}`)
      .join(',\n');
    return `{\n${body}\n${indent}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
