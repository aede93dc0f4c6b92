/**
 * What the lesson's texts may say about the case on screen: the facts of the model, target,
 * window and sub-step that decide which words are true (texts choose by them with
 * `{name, select, …}`), and the live numbers a sub-step's sentence quotes. Computed by the core
 * from the store's inputs; the numbers written in the language's style.
 */
import { formatNumber, formatPercent } from '../i18n/number';
import type { Params } from '../i18n/format';
import type { Lang } from '../i18n/languages';
import {
  addInto,
  cellOf,
  dimsOf,
  frobenius,
  gradientNorm,
  mat,
  norm2,
  paramNames,
  rowView,
  stateGradients,
  vanillaOf,
  withSigmaW,
  type AnyModel,
  type Mat,
  type Model,
} from '../model';
import { effectiveWindow } from '../lesson/substeps';
import type { Step } from '../lesson/types';
import { relativeDifference } from '../lesson/tex';
import {
  forwardOf,
  gradientsOf,
  jacobiansOf,
  stepModelOf,
  targetTermsOf,
  termSummariesOf,
  untruncatedOf,
} from './selectors';

/** Where a position of the lesson stands: its step and sub-step, the model and the target. */
export interface FactInputs {
  readonly model: Model;
  /** The current model, of any cell (the gated chapter's; `model` when absent). */
  readonly current?: AnyModel;
  /** The gated chapter's forget-gate bias (gatedStore; null or absent: the default). */
  readonly forgetBias?: number | null;
  readonly target: number;
  readonly step: Step;
  readonly sub: number;
}

/** The base of the bound γ·σ_max(W) against 1: the bound forces vanishing, is exactly 1, or allows growth. */
export type Regime = 'vanish' | 'edge' | 'grow';

export function regimeOf(gammaSigma: number): Regime {
  if (!(gammaSigma === gammaSigma)) return 'grow';
  const eps = 1e-12;
  return gammaSigma < 1 - eps ? 'vanish' : gammaSigma > 1 + eps ? 'grow' : 'edge';
}

/**
 * The k a sub-step of a 'backward' step has reached (t★ … 0), or null on its last sub-step (the
 * sum) and on the other steps.
 */
export function backwardK(step: Step, sub: number, target: number): number | null {
  if (step.substeps !== 'backward') return null;
  const k = target - sub;
  return k >= 0 ? k : null;
}

const isZero = (v: ArrayLike<number>) => {
  for (let i = 0; i < v.length; i++) if (v[i] !== 0) return false;
  return true;
};

/** Whether every x_t is a one-hot vector (one 1, the rest 0). */
function oneHotInputs(model: Model): boolean {
  const { rows, cols, data } = model.inputs;
  for (let t = 0; t < rows; t++) {
    let ones = 0;
    for (let j = 0; j < cols; j++) {
      const v = data[t * cols + j];
      if (v === 1) ones++;
      else if (v !== 0) return false;
    }
    if (ones !== 1) return false;
  }
  return rows > 0;
}

/**
 * The facts of a step kind whose numbers come with a chunk of their own (the gated chapter's three
 * cells): its module registers them when it is loaded (registerFacts), so the lesson's first chunk
 * does not carry them. A position's facts are cached with the registry's version.
 */
export type ExtraFacts = (
  current: AnyModel,
  target: number,
  forgetBias: number | null,
  num: (x: number) => string,
) => Record<string, string | number>;

const extra = new Map<string, ExtraFacts>();
/** What the registered facts read that may arrive later (results of a worker): its version. */
const extraVersions = new Map<string, () => number>();
let registryVersion = 0;

export function registerFacts(kind: 'gated', facts: ExtraFacts, version?: () => number): void {
  if (extra.get(kind) === facts) return;
  extra.set(kind, facts);
  if (version) extraVersions.set(kind, version);
  registryVersion++;
}

const ids = new WeakMap<AnyModel, number>();
let nextId = 0;
/** A number per model object, for a cache key (the facts' cache is keyed by the lesson's model). */
function cacheId(model: AnyModel | undefined): number {
  if (!model) return -1;
  let id = ids.get(model);
  if (id === undefined) ids.set(model, (id = nextId++));
  return id;
}

/** Facts by model, then by position and language. */
const factsCache = new WeakMap<Model, Map<string, Params>>();

/**
 * The facts and numbers of a position, as message parameters:
 * - first: 'yes' when t★ = 0 (no earlier step); single: 'yes' when T = 1;
 * - init: 'zero' when s₋₁ = 0, else 'given'; act: the activation; onehot: 'yes' when every x_t is;
 * - regime, gs, gamma, sigma: the bound's base γ·σ_max(W) of the step's model (variant applied);
 * - windowAll: 'yes' when the window keeps every k ≤ t★ (truncation changes nothing here);
 * - k, back (t★ − k), kpos ('target', 'zero' or 'mid'), gk = ‖∂E_t★/∂s_k‖, wk = ‖k-th term of
 *   ∂E_t★/∂W‖_F, jk = ‖∂s_t★/∂s_k‖ on a backward step's sub-step; kMin, terms (how many count);
 * - E, Et: the loss and E_t★; sumW: ‖∂E_t★/∂W‖_F (the kept terms' sum); rel: the truncated
 *   gradient's relative difference from the full one; gW, gU, gV: the whole gradient's norms.
 */
export function lessonFacts(inputs: FactInputs, lang: Lang): Params {
  // The panel, the sub-step's sentence, the notes and the handouts ask for the same position:
  // computed once per model, position and language (σ_max(W) and the sums are not free).
  let byPosition = factsCache.get(inputs.model);
  if (!byPosition) {
    byPosition = new Map();
    factsCache.set(inputs.model, byPosition);
  }
  const gated =
    inputs.step.facts === 'gated'
      ? `|${inputs.forgetBias ?? null}|${cacheId(inputs.current)}|${extraVersions.get('gated')?.() ?? 0}`
      : '';
  const key = `${inputs.target}|${inputs.step.id}|${inputs.sub}|${lang}${gated}|${registryVersion}`;
  let facts = byPosition.get(key);
  if (!facts) {
    if (byPosition.size > 512) byPosition.clear();
    facts = Object.freeze(computeFacts(inputs, lang));
    byPosition.set(key, facts);
  }
  return facts;
}

function computeFacts(inputs: FactInputs, lang: Lang): Record<string, string | number> {
  const { step, sub } = inputs;
  const model = stepModelOf(inputs.model, step, sub);
  const { T } = dimsOf(model);
  const t = Math.min(Math.max(0, inputs.target), T - 1);
  const num = (x: number) => formatNumber(x, { lang });
  const bound = cellOf(model).transitionBound(model);
  const gs = bound.gamma * bound.sigma;
  const n = effectiveWindow(step, model.truncate);
  const kMin = n === null ? 0 : Math.max(0, t - n);
  const f = forwardOf(model);
  const out: Record<string, string | number> = {
    first: t === 0 ? 'yes' : 'no',
    single: T === 1 ? 'yes' : 'no',
    init: isZero(model.initialState) ? 'zero' : 'given',
    act: vanillaOf(model).activation,
    onehot: oneHotInputs(model) ? 'yes' : 'no',
    regime: regimeOf(gs),
    gs: num(gs),
    gamma: num(bound.gamma),
    sigma: num(bound.sigma),
    windowAll: kMin === 0 ? 'yes' : 'no',
    kMin,
    terms: t - kMin + 1,
    E: num(f.loss),
    Et: num(f.losses[t]),
  };
  if (step.focus.terms || step.focus.jacobians || step.focus.cut) {
    const terms = targetTermsOf(model, t);
    out.sumW = num(frobenius(terms.sumW));
    const k = backwardK(step, sub, t);
    if (k !== null) {
      const row = termSummariesOf(terms)[k];
      out.k = k;
      out.kNext = k + 1;
      out.back = t - k;
      out.wzero = k === 0 && out.init === 'zero' ? 'yes' : 'no';
      out.kpos = k === t ? 'target' : k === 0 ? 'zero' : 'mid';
      out.kept = row.kept ? 'yes' : 'no';
      out.gk = num(row.gradNorm);
      out.wk = num(row.normW);
      out.share = Number.isFinite(row.shareW) ? formatPercent(row.shareW, { lang }) : '—';
      out.jk = num(jacobiansOf(model, t).productNorm[k]);
    }
    const g0 = norm2(terms.dEds[0]);
    const gt = norm2(terms.dEds[t]);
    out.g0 = num(g0);
    out.gt = num(gt);
    out.grows = g0 > gt ? 'yes' : 'no';
    if (model.truncate !== null) {
      const full = targetTermsOf(untruncatedOf(model), t);
      out.rel = formatPercent(relativeDifference(full.sumW, terms.sumW), { lang });
    }
  }
  if (step.focus.flow === 'allTargets') {
    const g = gradientsOf(model);
    for (const name of ['W', 'U', 'V'] as const)
      if (g[name]) out[`g${name}`] = num(frobenius(g[name]));
  }
  if (step.facts === 'remedies') Object.assign(out, remedyFacts(inputs.model, model, t, num));
  const more = step.facts === 'gated' ? extra.get('gated') : undefined;
  if (more)
    Object.assign(out, more(inputs.current ?? inputs.model, t, inputs.forgetBias ?? null, num));
  if (step.facts === 'sweep') Object.assign(out, sweepFacts(untruncatedOf(inputs.model), num));
  if (step.focus.forwardSweep) {
    const k = Math.min(sub, T - 1);
    out.k = k;
    out.kPrev = k - 1;
    out.Ek = num(f.losses[k]);
    out.kfirst = k === 0 ? 'yes' : 'no';
  }
  return out;
}

/** The clipping threshold the lesson's example uses. */
export const CLIP_EXAMPLE = 1;

/**
 * Clipping on the model as it is and with W scaled to γ·σ_max = 3 (gnorm, clips, factor; gnormL,
 * clipsL, factorL), and the Jacobian product over the whole distance, ‖∂s_t★/∂s₀‖, with the
 * model's W (j0) and with the sub-step's W (j0v).
 */
function remedyFacts(
  model: Model,
  shown: Model,
  t: number,
  num: (x: number) => string,
): Record<string, string | number> {
  const out: Record<string, string | number> = { c: num(CLIP_EXAMPLE) };
  const b = cellOf(model).transitionBound(model);
  const large = withSigmaW(model, 3 / b.gamma);
  for (const [suffix, m] of [
    ['', model],
    ['L', large],
  ] as const) {
    const g = gradientNorm(gradientsOf(m));
    out[`gnorm${suffix}`] = num(g);
    out[`clips${suffix}`] = g > CLIP_EXAMPLE ? 'yes' : 'no';
    out[`factor${suffix}`] = num(g > CLIP_EXAMPLE ? CLIP_EXAMPLE / g : 1);
  }
  out.j0 = num(jacobiansOf(model, t).productNorm[0]);
  out.j0v = num(jacobiansOf(shown, t).productNorm[0]);
  return out;
}

/**
 * The one backward sweep of the vanilla cell: δ_k = f′(z_k) ⊙ (∂E/∂s_k)ᵀ (dLast = ‖δ_{T−1}‖,
 * d0 = ‖δ₀‖), the number of terms of the double sum it replaces (pairs = T(T + 1)/2), and how
 * closely Σ_k δ_k s_{k−1}ᵀ agrees with the sum of the terms (agree: relative difference).
 */
function sweepFacts(model: Model, num: (x: number) => string): Record<string, string | number> {
  const f = forwardOf(model);
  const { T, H } = f.dims;
  const out: Record<string, string | number> = { pairs: (T * (T + 1)) / 2 };
  if (!paramNames(model).includes('W')) return out;
  const dEds = stateGradients(model, f);
  const W = mat(H, H);
  const delta = new Float64Array(H);
  for (let k = 0; k < T; k++) {
    const g = rowView(dEds, k);
    const fp = rowView(f.fprime, k);
    for (let i = 0; i < H; i++) delta[i] = fp[i] * g[i];
    if (k === T - 1) out.dLast = num(norm2(delta));
    if (k === 0) out.d0 = num(norm2(delta));
    const prev = k === 0 ? model.initialState : rowView(f.s, k - 1);
    for (let i = 0; i < H; i++) for (let j = 0; j < H; j++) W.data[i * H + j] += delta[i] * prev[j];
  }
  // The sum of the terms, target by target (O(T²) terms): only where that is quick.
  let reference: Mat;
  if (T * T * H * H <= 4_000_000) {
    reference = mat(H, H);
    for (let t = 0; t < T; t++) addInto(reference, targetTermsOf(model, t).sumW);
  } else reference = gradientsOf(model).W;
  out.agree = num(relativeDifference(reference, W));
  return out;
}
