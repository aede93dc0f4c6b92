/**
 * Pure TeX builders: a step's formulas for the current context, and live values from the numeric
 * core (matrices, chain-rule terms, norms, shares) formatted for a projector.
 */
import { add, frobenius, scale, type Mat } from '../model';
import { numTex, percentTex, type NumberFormat } from '../i18n/number';
import { gradLhs, jac, termFactors, termSymbol, truncatedLhs } from './formulas';
import { cls } from './terms';
import type { LessonCtx, Step, StepFormula } from './types';

export { numTex, percentTex } from '../i18n/number';

/** Matrices up to this size are written out; larger ones as their Frobenius norm. */
export const MAX_WRITTEN = 4;

/** A step's formulas with TeX and `from` resolved for the context (captions stay keys: stepTexts.ts). */
export function formulasFor(step: Pick<Step, 'formulas'>, ctx: LessonCtx): StepFormula[] {
  return step.formulas.map((f) => {
    const from = f.fromFor ? f.fromFor(ctx) : f.from;
    return {
      id: f.id,
      tex: f.texFor ? f.texFor(ctx) : f.tex,
      ...(from !== undefined ? { from } : {}),
      ...(f.caption ? { caption: f.caption } : {}),
    };
  });
}

/** The formulas shown at sub-step `sub` (those with from ≤ sub). */
export function formulasAt(
  step: Pick<Step, 'formulas'>,
  ctx: LessonCtx & { sub: number },
): StepFormula[] {
  return formulasFor(step, ctx).filter((f) => (f.from ?? 0) <= ctx.sub);
}

function bmatrix(rows: string[][]): string {
  return `\\begin{bmatrix}${rows.map((r) => r.join(' & ')).join(' \\\\ ')}\\end{bmatrix}`;
}

/** ‖name‖_F = value (or ‖·‖_F when unnamed). */
export function frobeniusTex(value: number, name = '\\cdot', opts: NumberFormat = {}): string {
  return `\\lVert ${name} \\rVert_F = ${numTex(value, opts)}`;
}

/** Whether a matrix is written out entry by entry (at most 4×4), not as its norm. */
export function writtenOut(m: Mat): boolean {
  return m.rows > 0 && m.cols > 0 && m.rows <= MAX_WRITTEN && m.cols <= MAX_WRITTEN;
}

/** A matrix: written out when at most 4×4, else its Frobenius norm. */
export function matTex(m: Mat, opts: NumberFormat & { name?: string } = {}): string {
  if (!writtenOut(m)) {
    return frobeniusTex(frobenius(m), opts.name, opts);
  }
  const rows: string[][] = [];
  for (let i = 0; i < m.rows; i++) {
    const r: string[] = [];
    for (let j = 0; j < m.cols; j++) r.push(numTex(m.data[i * m.cols + j], opts));
    rows.push(r);
  }
  return bmatrix(rows);
}

/** A vector: a column (a row when `row`) when it has at most 4 entries, else its 2-norm. */
export function vecTex(
  v: ArrayLike<number>,
  opts: NumberFormat & { name?: string; row?: boolean } = {},
): string {
  if (v.length > MAX_WRITTEN || v.length === 0) {
    let ss = 0;
    for (let i = 0; i < v.length; i++) ss += v[i] * v[i];
    return `\\lVert ${opts.name ?? '\\cdot'} \\rVert_2 = ${numTex(Math.sqrt(ss), opts)}`;
  }
  const cells = Array.from({ length: v.length }, (_, i) => numTex(v[i], opts));
  return opts.row ? bmatrix([cells]) : bmatrix(cells.map((c) => [c]));
}

export interface TermValue extends NumberFormat {
  /** The parameter differentiated; W by default. */
  readonly param?: 'U' | 'W';
  /** The term's matrix (the core's targetTerms(…).W[k]). */
  readonly value?: Mat | null;
  /** Its Frobenius norm; computed from `value` when absent. */
  readonly norm?: number | null;
  /** Its share of the total (in [0, 1]). */
  readonly share?: number | null;
  /** Also write the term's four factors (∂E_t/∂ŷ_t ∂ŷ_t/∂s_t ∂s_t/∂s_k ∂⁺s_k/∂p). */
  readonly factors?: boolean;
}

/**
 * The k-th term of ∂E_t/∂p with its live value, e.g.
 * ∂E_3/∂W|_{k=1} = [matrix],  ‖·‖_F = 0.0509  (12.3 %).
 */
export function termTex(k: number, t: number, v: TermValue = {}): string {
  const p = v.param ?? 'W';
  const sym = termSymbol(k, t, p);
  const small = !!v.value && v.value.rows <= MAX_WRITTEN && v.value.cols <= MAX_WRITTEN;
  const norm = v.norm ?? (v.value ? frobenius(v.value) : null);
  let out: string;
  if (!small && !v.factors && norm !== null) {
    out = frobeniusTex(norm, sym, v);
  } else {
    out = v.factors ? `${sym} = ${termFactors(k, t, p)}` : sym;
    if (small && v.value) out += ` = ${matTex(v.value, v)}`;
    if (norm !== null) out += `,\\quad ${frobeniusTex(norm, '\\cdot', v)}`;
  }
  if (v.share !== null && v.share !== undefined) {
    out += `\\quad \\big(${percentTex(v.share, v)}\\big)`;
  }
  return out;
}

/** ∂E_t/∂p (or ∂E/∂p when t is null) = the value. */
export function gradientTex(
  t: number | null,
  value: Mat,
  opts: NumberFormat & { param?: 'U' | 'W' | 'V' } = {},
): string {
  return `${gradLhs(t, opts.param ?? 'W')} = ${matTex(value, opts)}`;
}

/** ∂s_t/∂s_k = the matrix (or its norm), with its spectral norm when given. */
export function jacobianTex(
  k: number,
  t: number,
  value: Mat,
  opts: NumberFormat & { norm2?: number | null } = {},
): string {
  let out = `${jac(t, k)} = ${matTex(value, opts)}`;
  if (opts.norm2 !== null && opts.norm2 !== undefined) {
    out += `,\\quad \\lVert\\cdot\\rVert_2 = ${numTex(opts.norm2, opts)}`;
  }
  return out;
}

/** γ·σ_max(W) = γ·σ = η, and the bound η^{t−k} for one k when given. */
export function boundValueTex(
  gamma: number,
  sigmaW: number,
  opts: NumberFormat & { t?: number; k?: number } = {},
): string {
  const W = cls('term-W', 'W');
  const eta = gamma * sigmaW;
  let out = `\\gamma\\,\\sigma_{\\max}(${W}) = ${numTex(gamma, opts)} \\cdot ${numTex(sigmaW, opts)} = ${numTex(eta, opts)}`;
  if (opts.t !== undefined && opts.k !== undefined) {
    const e = opts.t - opts.k;
    out += `,\\quad ${numTex(eta, opts)}^{${e}} = ${numTex(Math.pow(eta, e), opts)}`;
  }
  return out;
}

/** The relative difference ‖g̃ − g‖_F / ‖g‖_F between a truncated and the full gradient. */
export function relativeDifference(full: Mat, truncated: Mat): number {
  const denom = frobenius(full);
  const diff = frobenius(add(truncated, scale(full, -1)));
  if (denom === 0) return diff === 0 ? 0 : Infinity;
  return diff / denom;
}

/** The full gradient g, the truncated one g̃ (window n) and their relative difference. */
export function compareTex(
  full: Mat,
  truncated: Mat,
  opts: NumberFormat & { t?: number | null; n?: number | null; param?: 'U' | 'W' } = {},
): string {
  const p = opts.param ?? 'W';
  const t = opts.t ?? null;
  const r = relativeDifference(full, truncated);
  return (
    `g = ${gradLhs(t, p)} = ${matTex(full, opts)},\\quad ` +
    `\\tilde{g} = ${truncatedLhs(t, opts.n ?? null, p)} = ${matTex(truncated, opts)},\\quad ` +
    `\\frac{\\lVert \\tilde{g} - g \\rVert_F}{\\lVert g \\rVert_F} = ${numTex(r, opts)}`
  );
}
