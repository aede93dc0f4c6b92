/**
 * Derived values, computed by the numeric core from the store's inputs and memoised on the model
 * object's identity (and the target). Each selector returns the same object for the same inputs,
 * so it can be passed to the store hook directly (no fresh objects, no useShallow needed).
 */
import {
  cellOf,
  dimsOf,
  isRnnModel,
  identity,
  orthogonalFactor,
  paramNames,
  paramOf,
  withParam,
  forward,
  gradients,
  jacobianNorms,
  norm2,
  targetTerms,
  withSigmaW,
  type Dims,
  type Forward,
  type Gradients,
  type AnyModel,
  type JacobianNorms,
  type Model,
  type TargetTerms,
} from '../model';
import { vanillaCompanionOf } from '../model/build/vanillaCompanion';
import { STEPS } from '../lesson/steps';
import { effectiveWindow, variantAt } from '../lesson/substeps';
import type { LessonCtx, ModelVariant, Step } from '../lesson/types';
import { stepCounts } from './counts';
import { isLast as isLastPos } from './nav';
import type { LessonInputs } from './store';

type Inputs = Pick<LessonInputs, 'model' | 'target'>;

const forwardCache = new WeakMap<AnyModel, Forward>();
const gradientCache = new WeakMap<AnyModel, Gradients>();
const termsCache = new WeakMap<AnyModel, Map<number, TargetTerms>>();
const jacobianCache = new WeakMap<AnyModel, Map<number, JacobianNorms>>();
const summaryCache = new WeakMap<TargetTerms, readonly TermSummary[]>();

export function forwardOf(model: AnyModel): Forward {
  let f = forwardCache.get(model);
  if (!f) {
    f = forward(model);
    forwardCache.set(model, f);
  }
  return f;
}

export function gradientsOf(model: AnyModel): Gradients {
  let g = gradientCache.get(model);
  if (!g) {
    g = gradients(model, forwardOf(model));
    gradientCache.set(model, g);
  }
  return g;
}

function perTarget<V>(
  cache: WeakMap<AnyModel, Map<number, V>>,
  model: AnyModel,
  t: number,
  compute: () => V,
): V {
  let byT = cache.get(model);
  if (!byT) {
    byT = new Map();
    cache.set(model, byT);
  }
  let v = byT.get(t);
  if (v === undefined) {
    v = compute();
    byT.set(t, v);
  }
  return v;
}

export function targetTermsOf(model: AnyModel, t: number): TargetTerms {
  return perTarget(termsCache, model, t, () => targetTerms(model, forwardOf(model), t));
}

export function jacobiansOf(model: AnyModel, t: number): JacobianNorms {
  return perTarget(jacobianCache, model, t, () => jacobianNorms(model, forwardOf(model), t));
}

/** One k of the slide's sum for the target t★, reduced to the numbers shown beside s_k. */
export interface TermSummary {
  readonly k: number;
  /** Inside the truncation window (the term counts). */
  readonly kept: boolean;
  /** ‖k-th term of ∂E_t★/∂W‖_F. */
  readonly normW: number;
  /** ‖k-th term of ∂E_t★/∂U‖_F. */
  readonly normU: number;
  /** ‖∂E_t★/∂s_k‖₂, the gradient reaching s_k (the flow's width). */
  readonly gradNorm: number;
  /**
   * The term's share of the sum it is part of (the gradient shown), by projection:
   * ⟨term_k, g⟩_F / ‖g‖²_F with g = Σ_j term_j over the kept terms (TargetTerms.shareW). The kept
   * shares add up to 1; one may be negative or above 1. NaN when not defined: a dropped term (not
   * computed), or g = 0 (shown as "—"; test with Number.isFinite).
   */
  readonly shareW: number;
  /**
   * The share's bar in [−1, 1]: the share over the largest of 1 and every kept |share|, so that no
   * bar runs out of its box (0 when the share is not defined).
   */
  readonly shareBar: number;
}

export function termSummariesOf(terms: TargetTerms): readonly TermSummary[] {
  let out = summaryCache.get(terms);
  if (!out) {
    const rows = terms.dEds.map((g, k) => ({
      k,
      kept: k >= terms.kMin,
      normW: terms.normW[k],
      normU: terms.normU[k],
      gradNorm: norm2(g),
    }));
    const shares = rows.map((r) => (r.kept && terms.shareW ? terms.shareW[r.k] : NaN));
    const scale = Math.max(1, ...shares.filter(Number.isFinite).map(Math.abs));
    out = Object.freeze(
      rows.map((r, k) => ({
        ...r,
        shareW: shares[k],
        shareBar: Number.isFinite(shares[k]) ? shares[k] / scale : 0,
      })),
    );
    summaryCache.set(terms, out);
  }
  return out;
}

const lessonModelCache = new WeakMap<AnyModel, Model>();

/**
 * The model the lesson's steps show: the current model when it is of the vanilla cell; for a gated
 * model, a vanilla RNN on the same sequence (vanillaCompanionOf: its inputs, targets, V, s₋₁ and
 * window, seeded standard weights), because the lesson's steps (but the gated chapter's) speak of the vanilla cell's U, W and f.
 * The same object for the same model.
 */
export function lessonModelOf(model: AnyModel): Model {
  if (isRnnModel(model)) return model;
  let m = lessonModelCache.get(model);
  if (!m) {
    m = vanillaCompanionOf(model);
    lessonModelCache.set(model, m);
  }
  return m;
}

/** Whether the lesson shows a vanilla stand-in for the current (gated) model. */
export const selectLessonSubstituted = (s: Pick<LessonInputs, 'model'>): boolean =>
  !isRnnModel(s.model);

/** The current model, whatever its cell (the explore mode's). */
export const selectModel = (s: Inputs): AnyModel => s.model;
/** The model the lesson's steps show (lessonModelOf). */
export const selectLessonModel = (s: Pick<LessonInputs, 'model'>): Model => lessonModelOf(s.model);
export const selectForward = (s: Inputs): Forward => forwardOf(lessonModelOf(s.model));
export const selectDims = (s: Inputs): Dims => dimsOf(s.model);
export const selectT = (s: Inputs): number => dimsOf(s.model).T;
export const selectGradients = (s: Inputs): Gradients => gradientsOf(lessonModelOf(s.model));
export const selectTargetTerms = (s: Inputs): TargetTerms =>
  targetTermsOf(lessonModelOf(s.model), s.target);
export const selectJacobians = (s: Inputs): JacobianNorms =>
  jacobiansOf(lessonModelOf(s.model), s.target);
export const selectTermSummaries = (s: Inputs): readonly TermSummary[] =>
  termSummariesOf(targetTermsOf(lessonModelOf(s.model), s.target));

/** Sub-step counts of every step for the current T and t★ (a stable array). */
export const selectCounts = (s: Inputs): readonly number[] =>
  stepCounts(dimsOf(s.model).T, s.target);

type PosInputs = Inputs & Pick<LessonInputs, 'stepIndex' | 'sub'>;

export const selectStep = (s: Pick<LessonInputs, 'stepIndex'>): Step =>
  STEPS[Math.min(Math.max(s.stepIndex, 0), STEPS.length - 1)];
export const selectSubCount = (s: PosInputs): number => selectCounts(s)[s.stepIndex] ?? 1;
export const selectIsFirst = (s: PosInputs): boolean => s.stepIndex === 0 && s.sub === 0;
export const selectIsLast = (s: PosInputs): boolean =>
  isLastPos({ stepIndex: s.stepIndex, sub: s.sub }, selectCounts(s));
export const selectStepCount = (): number => STEPS.length;

// ── What the current step shows: its model variant ('vanishing-exploding'), its window ('truncation') ─────────

const variantCache = new WeakMap<Model, Map<string, Model>>();

/**
 * The model a step shows at a sub-step: the store's model with W rescaled for a variant and the
 * step's demonstration window applied when the model has none. The same object for the same
 * inputs (the model itself when nothing changes).
 */
export function stepModelOf(model: Model, step: Step, sub: number): Model {
  const variant = variantAt(step, sub);
  const bound = variant?.gammaSigma == null ? null : cellOf(model).transitionBound(model);
  // The variant names γσ (the bound's base), so that "small" and "large" hold for every activation.
  const sigma = variant?.gammaSigma == null || !bound ? null : variant.gammaSigma / bound.gamma;
  const n = effectiveWindow(step, model.truncate);
  const init = variant?.init ?? null;
  if (sigma === null && init === null && n === model.truncate) return model;
  const key = `${sigma}|${n}|${init}`;
  let byKey = variantCache.get(model);
  if (!byKey) {
    byKey = new Map();
    variantCache.set(model, byKey);
  }
  let m = byKey.get(key);
  if (!m) {
    const initialised = init === null ? model : withInitialW(model, init);
    const scaled = sigma === null ? initialised : withSigmaW(initialised, sigma);
    m = n === scaled.truncate ? scaled : { ...scaled, truncate: n };
    byKey.set(key, m);
  }
  return m;
}

/** The model with its recurrent W as an initialisation would make it (the vanilla cell's W only). */
function withInitialW(model: Model, init: 'orthogonal' | 'identity'): Model {
  if (!paramNames(model).includes('W')) return model;
  const W = paramOf(model, 'W');
  if (W.rows !== W.cols) return model;
  return withParam(model, 'W', init === 'identity' ? identity(W.rows) : orthogonalFactor(W));
}

const untruncatedCache = new WeakMap<AnyModel, AnyModel>();

/** The same model with full BPTT (itself when it has no window). */
export function untruncatedOf<M extends AnyModel>(model: M): M {
  if (model.truncate === null) return model;
  let m = untruncatedCache.get(model) as M | undefined;
  if (!m) {
    m = { ...model, truncate: null };
    untruncatedCache.set(model, m);
  }
  return m;
}

const ctxCache = new Map<string, LessonCtx>();

/** The context the lesson's TeX and texts are written for (a stable object per value). */
export function lessonCtxOf(t: number, T: number, n: number | null): LessonCtx {
  const key = `${t}|${T}|${n}`;
  let c = ctxCache.get(key);
  if (!c) {
    c = Object.freeze({ t, T, n });
    if (ctxCache.size > 256) ctxCache.clear();
    ctxCache.set(key, c);
  }
  return c;
}

/** The current step's model (variant and window applied). */
export const selectStepModel = (s: PosInputs): Model =>
  stepModelOf(lessonModelOf(s.model), selectStep(s), s.sub);
export const selectStepForward = (s: PosInputs): Forward => forwardOf(selectStepModel(s));
export const selectStepTerms = (s: PosInputs): TargetTerms =>
  targetTermsOf(selectStepModel(s), s.target);
export const selectStepJacobians = (s: PosInputs): JacobianNorms =>
  jacobiansOf(selectStepModel(s), s.target);
export const selectStepTermSummaries = (s: PosInputs): readonly TermSummary[] =>
  termSummariesOf(selectStepTerms(s));
/** The untruncated terms of the current step's model (the full gradient beside a truncated one). */
export const selectStepFullTerms = (s: PosInputs): TargetTerms =>
  targetTermsOf(untruncatedOf(selectStepModel(s)), s.target);
/** The variant the current sub-step shows, or null. */
export const selectVariant = (s: PosInputs): ModelVariant | null => variantAt(selectStep(s), s.sub);
export const selectLessonCtx = (s: PosInputs): LessonCtx =>
  lessonCtxOf(s.target, dimsOf(s.model).T, selectStepModel(s).truncate);
