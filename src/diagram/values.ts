/**
 * Numbers for the diagram: names, vector text, norms from the core, and the overflow guard that
 * keeps NaN and ±∞ out of SVG attributes.
 */
import { formatNumber, listSeparator, subscript, type Lang } from '../i18n';
import {
  isFiniteMat,
  norm2,
  row,
  type Forward,
  type JacobianNorms,
  type AnyModel,
  type TargetTerms,
} from '../model';
import type { WholeFlow } from './flow';
import type { NodeKind } from './layout';

const SYMBOL: Readonly<Record<NodeKind, string>> = { x: 'x', s: 's', yhat: 'ŷ', E: 'E' };

/** A node's name as plain text: "s₂", "s₋₁", "ŷ₃", "E₀". */
export function nodeName(kind: NodeKind, t: number): string {
  return `${SYMBOL[kind]}${subscript(t)}`;
}

/** x when finite, else the fallback: the last guard before an SVG attribute. */
export function finiteOr(x: number, fallback: number): number {
  return Number.isFinite(x) ? x : fallback;
}

/**
 * "[0.532, 0.731, 0.9]", at most `max` entries ("…, (n = 128)" after them), in the language's
 * number style ("[0,532; 0,731; 0,9]" with a decimal comma).
 */
export function vectorText(v: ArrayLike<number>, lang: Lang, max = 8): string {
  const n = v.length;
  const shown = Array.from({ length: Math.min(n, max) }, (_, i) => formatNumber(v[i], { lang }));
  const sep = listSeparator(lang);
  return n > max ? `[${shown.join(sep)}${sep}… (n = ${n})]` : `[${shown.join(sep)}]`;
}

export function allFinite(v: ArrayLike<number>): boolean {
  for (let i = 0; i < v.length; i++) if (!Number.isFinite(v[i])) return false;
  return true;
}

/** The value a node shows: x_t, s_t (s₋₁ = initial state), ŷ_t, or [E_t]. */
export function nodeValue(kind: NodeKind, t: number, fwd: Forward, model: AnyModel): Float64Array {
  switch (kind) {
    case 'x':
      return row(model.inputs, t);
    case 's':
      return t < 0 ? model.initialState : row(fwd.s, t);
    case 'yhat':
      return row(fwd.yhat, t);
    case 'E':
      return Float64Array.of(fwd.losses[t]);
  }
}

/** k = 0 … t: ‖∂E_t/∂s_k‖₂, by the core's norm2. */
export function gradNorms(terms: TargetTerms): number[] {
  return terms.dEds.map((g) => norm2(g));
}

/**
 * True when anything the diagram would show is NaN or ±∞ (an exploding model; not the bound): the app can say
 * "values overflowed"; the diagram also sets data-overflow on its root.
 */
export function diagramOverflow(
  fwd: Forward,
  terms?: TargetTerms | null,
  jac?: JacobianNorms | null,
  whole?: WholeFlow | null,
): boolean {
  if (!isFiniteMat(fwd.s) || !isFiniteMat(fwd.yhat) || !allFinite(fwd.losses)) return true;
  const termsBad = (tt: TargetTerms) => !allFinite(tt.outputError) || !tt.dEds.every(allFinite);
  if (terms && termsBad(terms)) return true;
  if (whole && ![whole.output, whole.local, whole.carried, whole.total].every(allFinite))
    return true;
  // The bound (γσ)^{t−k} and σ_max(W) are diagnostics: they may overflow while every number the
  // diagram shows is finite (σ_max(W) = 1e200 with a saturating tanh); the chart leaves such
  // points out and counts them.
  if (jac && !allFinite(jac.productNorm)) return true;
  return false;
}
