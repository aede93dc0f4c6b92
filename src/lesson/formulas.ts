/**
 * The lesson's symbolic formulas as pure TeX builders of the context (target t★, length T,
 * window n). Every factor of a chain-rule term is wrapped in its linking class (see terms.ts).
 * Their only numbers are integer indices, written alike in every language's number style; the
 * live values are tex.ts's, in the style of the language passed to them.
 */
import { cls, MARK_CLASS, paramClass } from './terms';
import type { LessonCtx } from './types';

type Idx = number | string;
type Param = 'U' | 'W' | 'V';

/** A subscript index: numbers as they are (−1 included), symbols such as k, t, j. */
function ix(i: Idx): string {
  return `{${i}}`;
}

export const E = (i: Idx): string => `E_${ix(i)}`;
export const yhat = (i: Idx): string => `\\hat{y}_${ix(i)}`;
export const s = (i: Idx): string => `s_${ix(i)}`;
export const x = (i: Idx): string => `x_${ix(i)}`;
const pd = (a: string, b: string): string => `\\frac{\\partial ${a}}{\\partial ${b}}`;

/** ∂E_i/∂p with E_i and p linked to their elements. */
export function gradLhs(i: Idx | null, p: Param): string {
  const e = cls('term-E', i === null ? 'E' : E(i));
  return pd(e, cls(paramClass(p), p));
}

/** ∂E_t/∂ŷ_t. */
export const dEdy = (t: Idx): string => cls('term-E', pd(E(t), yhat(t)));
/** ∂ŷ_t/∂s_t. */
export const dyds = (t: Idx): string => cls('term-yhat', pd(yhat(t), s(t)));
/** ∂ŷ_t/∂V. */
export const dydV = (t: Idx): string => cls('term-yhat', pd(yhat(t), 'V'));
/** ∂s_t/∂p as the slide writes it (a total derivative in disguise). */
export const dsdpSlide = (t: Idx, p: Param): string => cls('term-s', pd(s(t), p));
/** ds_t/dp: the total derivative. */
export const dsdpTotal = (t: Idx, p: Param): string =>
  cls('term-s', `\\frac{\\mathrm{d} ${s(t)}}{\\mathrm{d} ${p}}`);
/** ∂s_t/∂s_k. */
export const jac = (t: Idx, k: Idx): string => cls('term-jac', pd(s(t), s(k)));
/** ∂⁺s_k/∂p: the immediate derivative. */
export const imm = (k: Idx, p: Param): string =>
  cls('term-imm', `\\frac{\\partial^{+} ${s(k)}}{\\partial ${p}}`);

/** The k-th chain-rule term of ∂E_t/∂p: ∂E_t/∂ŷ_t · ∂ŷ_t/∂s_t · ∂s_t/∂s_k · ∂⁺s_k/∂p. */
export function termFactors(k: Idx, t: Idx, p: 'U' | 'W' = 'W'): string {
  return `${dEdy(t)}\\,${dyds(t)}\\,${jac(t, k)}\\,${imm(k, p)}`;
}

/** The list a_0 + a_1 + … + a_last, written out when short. */
function expandSum(term: (i: number) => string, last: number): string {
  if (last <= 4) return Array.from({ length: last + 1 }, (_, i) => term(i)).join(' + ');
  return `${term(0)} + ${term(1)} + \\dots + ${term(last)}`;
}

// ── 'forward-pass' … 'sum-over-t': the forward pass and the two ideas ──────────────────────────────────────────

export function forwardStateTex(): string {
  const U = cls('term-U', 'U');
  const W = cls('term-W', 'W');
  return `${cls('term-s', s('t'))} = f\\big(${U}\\,${cls('term-x', x('t'))} + ${W}\\,${cls('term-s', s('t-1'))}\\big)`;
}

export function forwardOutputTex(): string {
  return `${cls('term-yhat', yhat('t'))} = \\operatorname{softmax}\\big(${cls('term-V', 'V')}\\,${cls('term-s', s('t'))}\\big)`;
}

export function forwardLossTex(): string {
  return `${cls('term-E', E('t'))} = -\\,y_{t}^{\\top} \\log ${cls('term-yhat', yhat('t'))}`;
}

export function gradientsNeededTex(): string {
  return `${gradLhs(null, 'U')},\\qquad ${gradLhs(null, 'W')},\\qquad ${gradLhs(null, 'V')}`;
}

export function errorSumTex(ctx: LessonCtx): string {
  const last = ctx.T - 1;
  const e = (i: number | string) => cls('term-E', E(i));
  return `${cls('term-E', 'E')} = \\sum_{t=0}^{${last}} ${e('t')} = ${expandSum(e, last)}`;
}

export function gradientSumIdeaTex(ctx: LessonCtx): string {
  const theta = '\\theta';
  return (
    `\\frac{\\partial ${cls('term-E', 'E')}}{\\partial ${theta}} = \\sum_{t=0}^{${ctx.T - 1}} ` +
    `\\frac{\\partial ${cls('term-E', E('t'))}}{\\partial ${theta}},\\qquad ` +
    `${theta} \\in \\{${cls('term-U', 'U')}, ${cls('term-W', 'W')}, ${cls('term-V', 'V')}\\}`
  );
}

export function sumOverTTex(ctx: LessonCtx): string {
  const last = ctx.T - 1;
  return `${gradLhs(null, 'W')} = \\sum_{t=0}^{${last}} ${gradLhs('t', 'W')} = ${expandSum((i) => gradLhs(i, 'W'), last)}`;
}

// ── 'chain-rule', 'total-derivative', 'sum-over-k' ───────────────

export function chainRuleTex(ctx: LessonCtx): string {
  const t = ctx.t;
  return `${gradLhs(t, 'W')} = ${dEdy(t)}\\,${dyds(t)}\\,${dsdpSlide(t, 'W')}`;
}

export function outputErrorTex(ctx: LessonCtx): string {
  const t = ctx.t;
  return `${dEdy(t)}\\,${dyds(t)} = \\big(${cls('term-yhat', yhat(t))} - y_{${t}}\\big)^{\\top} ${cls('term-V', 'V')}`;
}

/** s_t = f(U x_t + W s_{t−1}) for the target, U and W marked as on the slide. */
export function markedStateTex(ctx: LessonCtx): string {
  const t = ctx.t;
  const U = cls(MARK_CLASS, cls('term-U', 'U'));
  const W = cls(MARK_CLASS, cls('term-W', 'W'));
  return `${cls('term-s', s(t))} = f\\big(${U}\\,${cls('term-x', x(t))} + ${W}\\,${cls('term-s', s(t - 1))}\\big)`;
}

/** ds_t/dW = ∂⁺s_t/∂W + ∂s_t/∂s_{t−1} · ds_{t−1}/dW (s_{−1} does not depend on W). */
export function totalDerivativeTex(ctx: LessonCtx): string {
  const t = ctx.t;
  if (t === 0) return `${dsdpTotal(0, 'W')} = ${imm(0, 'W')}`;
  return `${dsdpTotal(t, 'W')} = ${imm(t, 'W')} + ${jac(t, t - 1)}\\,${dsdpTotal(t - 1, 'W')}`;
}

/** J_j = ∂s_j/∂s_{j−1}, one step's Jacobian. */
const J = (j: Idx): string => cls('term-jac', `J_{${j}}`);

/** J_t J_{t−1} ⋯ J_{k+1}: the Jacobians between s_k and s_t (none when k = t). */
function jacChain(t: number, k: number): string {
  const n = t - k;
  if (n <= 0) return '';
  if (n <= 3) return Array.from({ length: n }, (_, i) => J(t - i)).join('');
  return `${J(t)}${J(t - 1)}\\cdots ${J(k + 1)}`;
}

/**
 * The total derivative unrolled to s₀: ds_t/dW = ∂⁺s_t/∂W + J_t ∂⁺s_{t−1}/∂W + … + J_t⋯J_1 ∂⁺s_0/∂W.
 */
export function expandedTex(ctx: LessonCtx): string {
  const t = ctx.t;
  const term = (i: number) => `${jacChain(t, t - i)}\\,${imm(t - i, 'W')}`;
  return `${dsdpTotal(t, 'W')} = ${expandSum(term, t)}`;
}

/** The weight-copy view: a copy W_k per step, ∂E_t/∂W = Σ_k ∂E_t/∂W_k = Σ_k ∂E_t/∂s_k ∂⁺s_k/∂W_k. */
export function weightCopiesTex(ctx: LessonCtx): string {
  const t = ctx.t;
  const Wk = cls('term-W', 'W_{k}');
  const dEdWk = `\\frac{\\partial ${cls('term-E', E(t))}}{\\partial ${Wk}}`;
  const dEdsk = cls('term-jac', pd(E(t), s('k')));
  const immk = cls('term-imm', `\\frac{\\partial^{+} ${s('k')}}{\\partial ${Wk}}`);
  return `${gradLhs(t, 'W')} = \\sum_{k=0}^{${t}} ${dEdWk} = \\sum_{k=0}^{${t}} ${dEdsk}\\,${immk}`;
}

export function sumOverKTex(ctx: LessonCtx): string {
  const t = ctx.t;
  return (
    `${gradLhs(t, 'W')} = ${dEdy(t)}\\,${dyds(t)}\\,${dsdpTotal(t, 'W')} = ` +
    `\\sum_{k=0}^{${t}} ${termFactors('k', t)}`
  );
}

/** What ∂⁺ means: one entry of the immediate derivative, s_{k−1} held constant. */
export function immediateTex(): string {
  const lhs = cls('term-imm', `\\frac{\\partial^{+} ${s('k')}}{\\partial W_{ij}}`);
  return `${lhs} = f'(z_{k,i})\\, s_{k-1,\\,j}\\;\\mathbf{e}_{i}`;
}

/** ∂⁺s_k/∂U: one entry, the same form with x_k in place of s_{k−1}. */
export function immediateUTex(): string {
  const lhs = cls('term-imm', `\\frac{\\partial^{+} ${s('k')}}{\\partial U_{ij}}`);
  return `${lhs} = f'(z_{k,i})\\, ${cls('term-x', 'x_{k,\\,j}')}\\;\\mathbf{e}_{i}`;
}

/** The k-th term's own symbol: ∂E_t/∂W restricted to the path that enters at k. */
export function termSymbol(k: Idx, t: Idx, p: 'U' | 'W' = 'W'): string {
  return `\\left.${gradLhs(t, p)}\\right|_{k=${k}}`;
}

export function sumExpandedTex(ctx: LessonCtx): string {
  const t = ctx.t;
  return `${gradLhs(t, 'W')} = ${expandSum((k) => termSymbol(k, t), t)}`;
}

// ── 'jacobian' … 'whole-gradient': past the slides ────────────────────────────────────────────────────────────

export function jacobianProductTex(ctx: LessonCtx): string {
  const t = ctx.t;
  const step = cls('term-jac', pd(s('j'), s('j-1')));
  const W = cls('term-W', 'W');
  return (
    `${jac(t, 'k')} = \\prod_{j=k+1}^{${t}} ${step} = ` +
    `\\prod_{j=k+1}^{${t}} \\operatorname{diag}\\big(f'(z_{j})\\big)\\,${W}`
  );
}

/** The product written out for k = 0: D_t W D_{t−1} W … D_1 W (I when t = 0). */
export function jacobianExampleTex(ctx: LessonCtx): string {
  const t = ctx.t;
  const W = cls('term-W', 'W');
  const D = (j: number) => `D_{${j}}${W}`;
  let rhs: string;
  if (t === 0) rhs = 'I';
  else if (t <= 4) rhs = Array.from({ length: t }, (_, i) => D(t - i)).join('\\,');
  else rhs = `${D(t)}\\,${D(t - 1)} \\cdots ${D(1)}`;
  return `${jac(t, 0)} = ${rhs},\\qquad D_{j} = \\operatorname{diag}\\big(f'(z_{j})\\big)`;
}

export function boundTex(ctx: LessonCtx): string {
  const t = ctx.t;
  const W = cls('term-W', 'W');
  return (
    `\\Big\\lVert ${jac(t, 'k')} \\Big\\rVert_2 \\le \\prod_{j=k+1}^{${t}} ` +
    `\\lVert D_{j} \\rVert\\,\\lVert ${W} \\rVert \\le \\big(\\gamma\\,\\sigma_{\\max}(${W})\\big)^{${t}-k}`
  );
}

/** The lower end of the truncation window: max(0, t − n), a number when n is known. */
export function windowStart(t: Idx, n: number | null): string {
  if (typeof t === 'number' && n !== null) return String(Math.max(0, t - n));
  return `\\max(0,\\,${t}-${n ?? 'n'})`;
}

/** [∂E_t/∂p]_{n=…}: the truncated gradient with window n. */
export function truncatedLhs(t: Idx | null, n: number | null, p: 'U' | 'W' = 'W'): string {
  return `\\Big[${gradLhs(t, p)}\\Big]_{${n === null ? 'n' : `n=${n}`}}`;
}

export function truncatedTex(ctx: LessonCtx): string {
  const t = ctx.t;
  const lhs = truncatedLhs(t, ctx.n);
  return `${lhs} = \\sum_{k=${windowStart(t, ctx.n)}}^{${t}} ${termFactors('k', t)}`;
}

export function truncatedWholeTex(ctx: LessonCtx): string {
  const lhs = truncatedLhs(null, ctx.n);
  return `${lhs} = \\sum_{t=0}^{${ctx.T - 1}} \\sum_{k=${windowStart('t', ctx.n)}}^{t} ${termFactors('k', 't')}`;
}

export function wholeTex(ctx: LessonCtx, p: 'U' | 'W'): string {
  return `${gradLhs(null, p)} = \\sum_{t=0}^{${ctx.T - 1}} \\sum_{k=0}^{t} ${termFactors('k', 't', p)}`;
}

export function wholeVTex(ctx: LessonCtx): string {
  return (
    `${gradLhs(null, 'V')} = \\sum_{t=0}^{${ctx.T - 1}} ${dEdy('t')}\\,${dydV('t')} = ` +
    `\\sum_{t=0}^{${ctx.T - 1}} {\\big(${cls('term-yhat', yhat('t'))} - y_{t}\\big)}\\,${cls('term-s', s('t'))}^{\\top}`
  );
}

// ── 'remedies' and 'backward-sweep': past the slides ─────────────────────────────────────────────────────────

/** Gradient-norm clipping (Pascanu et al. 2013): g̃ = g · min(1, c/‖g‖). */
export function clipTex(): string {
  return `\\tilde{g} = g\\cdot\\min\\!\\Big(1,\\ \\frac{c}{\\lVert g \\rVert}\\Big)`;
}

/** Orthogonal W: every singular value 1, so the bound is γ^{t−k}. */
export function orthogonalTex(ctx: LessonCtx): string {
  const W = cls('term-W', 'W');
  return (
    `${W}^{\\top}${W} = I \\;\\Rightarrow\\; \\sigma_{\\max}(${W}) = 1,\\quad ` +
    `\\Big\\lVert ${jac(ctx.t, 'k')} \\Big\\rVert_2 \\le \\gamma^{${ctx.t}-k}`
  );
}

/** W = I: what is left of the Jacobian product is f′ alone. */
export function identityTex(ctx: LessonCtx): string {
  const W = cls('term-W', 'W');
  return `${W} = I \\;\\Rightarrow\\; ${jac(ctx.t, 'k')} = \\prod_{j=k+1}^{${ctx.t}} \\operatorname{diag}\\big(f'(z_{j})\\big)`;
}

/** The LSTM's cell path: c_t = f_t ⊙ c_{t−1} + i_t ⊙ c̃_t, so ∂⁺c_t/∂c_{t−1} = diag(f_t). */
export function gatingTex(): string {
  return (
    `c_{t} = f_{t} \\odot c_{t-1} + i_{t} \\odot \\tilde{c}_{t} \\;\\Rightarrow\\; ` +
    `\\frac{\\partial^{+} c_{t}}{\\partial c_{t-1}} = \\operatorname{diag}(f_{t})`
  );
}

/** δ_k: the gradient at the pre-activation z_k. */
export function deltaTex(): string {
  return `\\delta_{k} = \\operatorname{diag}\\big(f'(z_{k})\\big)\\Big(\\frac{\\partial ${cls('term-E', 'E')}}{\\partial ${s('k')}}\\Big)^{\\top}`;
}

/** ∂E/∂W and ∂E/∂U as one outer product per step. */
export function sweepTermsTex(ctx: LessonCtx): string {
  const last = ctx.T - 1;
  return (
    `${gradLhs(null, 'W')} = \\sum_{k=0}^{${last}} \\delta_{k}\\, ${s('k-1')}^{\\top},\\qquad ` +
    `${gradLhs(null, 'U')} = \\sum_{k=0}^{${last}} \\delta_{k}\\, ${x('k')}^{\\top}`
  );
}

/** The backward recursion: δ_k from δ_{k+1}, from k = T − 1 down to 0. */
export function recursionTex(ctx: LessonCtx): string {
  const W = cls('term-W', 'W');
  const V = cls('term-V', 'V');
  return (
    `\\delta_{k} = f'(z_{k}) \\odot \\Big(${V}^{\\top}\\big(${cls('term-yhat', yhat('k'))} - y_{k}\\big) + ${W}^{\\top}\\delta_{k+1}\\Big),` +
    `\\quad \\delta_{${ctx.T}} = 0`
  );
}
