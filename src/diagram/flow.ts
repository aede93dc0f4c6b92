/**
 * The gradient flow as geometry: segments running backwards along the edges, E_t★ → ŷ_t★ → s_t★
 * → s_{t★−1} → … → s_k, each as wide as the gradient it carries.
 *
 * Width scale: a square-root scale (d3's scaleSqrt, written out: the lesson's first screen then
 * needs no continuous d3 scale, nor d3-interpolate and d3-color) from [0, reference] to [MIN_STROKE, MAX_FLOW] px, clamped, where the
 * reference is the largest ‖∂E/∂s_k‖ of the whole flow (all its segments into states, revealed or
 * not, so widths stay put while the flow advances) unless the app passes one (to compare two
 * diagrams on one scale). The segment out of E (‖ŷ − y‖) uses the same scale, clamped. A square root keeps a ten-fold smaller gradient at about a third of the width and a
 * thousand-fold smaller one at the 3 px floor: a vanishing gradient looks thin, as it should.
 */
import {
  carriedGradients,
  matTVec,
  norm2,
  outputError,
  rowView,
  stateGradients,
  type Forward,
  type AnyModel,
  type TargetTerms,
} from '../model';
import { flowReach } from '../lesson/focus';
import type { Focus } from '../lesson/types';
import { edgeId, MIN_STROKE, type DiagramLayout, type EdgeKind } from './layout';
import type { TermKind } from './palette';

export const MAX_FLOW = 26;

export interface FlowSegment {
  /** Stable id: "<target>:<edge id>", e.g. "3:W-2" (the flow from s₂ back to s₁ for E₃). */
  readonly id: string;
  readonly edge: EdgeKind;
  /** Path from the upstream end to the downstream end (the direction the gradient travels). */
  readonly d: string;
  readonly length: number;
  /** Animation order along the flow (0 = leaves E). */
  readonly order: number;
  /** The state s_k this segment arrives at, or null (E → ŷ). */
  readonly k: number | null;
  /** The norm that sets the width (‖∂E/∂s_k‖ into s_k; ‖ŷ − y‖ out of E); may be non-finite. */
  readonly norm: number;
  /** Stroke width in px, always finite. */
  readonly width: number;
  readonly finite: boolean;
  /** The chain-rule factor this part of the flow stands for. */
  readonly term: TermKind;
}

/** The flow's width scale (see the module comment). */
export function flowWidthScale(reference: number): (norm: number) => number {
  const ref = Number.isFinite(reference) && reference > 0 ? reference : 1;
  const root = Math.sqrt(ref);
  // As scaleSqrt().domain([0, ref]).range([MIN_STROKE, MAX_FLOW]).clamp(true), to the bit.
  const s = (x: number) => {
    const t = Math.sqrt(Math.min(ref, Math.max(0, x))) / root;
    return MIN_STROKE * (1 - t) + MAX_FLOW * t;
  };
  return (norm) => (Number.isFinite(norm) ? s(Math.abs(norm)) : MAX_FLOW);
}

interface RawSegment {
  readonly target: number;
  readonly edge: EdgeKind;
  readonly t: number;
  readonly order: number;
  readonly k: number | null;
  readonly norm: number;
  readonly term: TermKind;
}

/**
 * What the 'allTargets' flow carries, as norms, from the core's stateGradients (∂E/∂s_k of the
 * whole loss, T×H, one O(T·H²) sweep): no per-target terms are built, so T = 64, H = 64 stays
 * light.
 */
export interface WholeFlow {
  /** t = 0 … T−1: ‖ŷ_t − y_t‖, out of E_t. */
  readonly output: readonly number[];
  /** t = 0 … T−1: ‖∂E_t/∂s_t‖ = ‖Vᵀ(ŷ_t − y_t)‖, into s_t along V. */
  readonly local: readonly number[];
  /** k = 0 … T−2: ‖Σ_{t>k} ∂E_t/∂s_k‖ = ‖Wᵀ(f′(z_{k+1}) ⊙ ∂E/∂s_{k+1})‖, into s_k along W. */
  readonly carried: readonly number[];
  /** k = 0 … T−1: ‖∂E/∂s_k‖, the whole loss's gradient at s_k. */
  readonly total: readonly number[];
}

/** The whole gradient's flow from ∂E/∂s (stateGradients(model, fwd) unless given). */
export function wholeFlow(
  model: AnyModel,
  fwd: Forward,
  dEds = stateGradients(model, fwd),
): WholeFlow {
  const T = fwd.dims.T;
  const output: number[] = [];
  const local: number[] = [];
  const carried: number[] = [];
  const total: number[] = [];
  for (let t = 0; t < T; t++) {
    const err = outputError(model, fwd, t);
    output.push(norm2(err));
    local.push(norm2(matTVec(model.V, err)));
    total.push(norm2(rowView(dEds, t)));
  }
  // The part of ∂E/∂s_k that step k + 1 hands back (the cell's local backward step).
  const back = carriedGradients(model, fwd, dEds);
  for (let k = 0; k < T - 1; k++) carried.push(norm2(rowView(back, k)));
  return { output, local, carried, total };
}

/** Segments of the flow of one target, down to s_reach. */
function singleTarget(terms: TargetTerms, reach: number, all: boolean): RawSegment[] {
  const t = terms.t;
  const out: RawSegment[] = [
    { target: t, edge: 'loss', t, order: 0, k: null, norm: norm2(terms.outputError), term: 'E' },
    { target: t, edge: 'V', t, order: 1, k: t, norm: norm2(terms.dEds[t]), term: 'yhat' },
  ];
  const lo = all ? 0 : reach;
  for (let k = t - 1; k >= lo; k--) {
    out.push({
      target: t,
      edge: 'W',
      t: k + 1,
      order: 1 + t - k,
      k,
      norm: norm2(terms.dEds[k]),
      term: 'jac',
    });
  }
  return out;
}

/**
 * Every E_t's flow, merged: E_t → ŷ_t → s_t for each t, and along each W edge into s_k the sum
 * Σ_{t>k} ∂E_t/∂s_k of what the later targets send back.
 */
function allTargets(whole: WholeFlow): RawSegment[] {
  const T = whole.output.length;
  const out: RawSegment[] = [];
  for (let t = 0; t < T; t++) {
    out.push({ target: -1, edge: 'loss', t, order: 0, k: null, norm: whole.output[t], term: 'E' });
    out.push({ target: -1, edge: 'V', t, order: 1, k: t, norm: whole.local[t], term: 'yhat' });
  }
  for (let k = T - 2; k >= 0; k--) {
    out.push({
      target: -1,
      edge: 'W',
      t: k + 1,
      order: T - k,
      k,
      norm: whole.carried[k],
      term: 'jac',
    });
  }
  return out;
}

export interface FlowInput {
  readonly layout: DiagramLayout;
  readonly focus: Focus;
  readonly sub: number;
  /** t★, already clamped. */
  readonly target: number;
  readonly terms: TargetTerms | null;
  /** The whole gradient's flow, for the 'allTargets' flow. */
  readonly whole: WholeFlow | null;
  readonly kMin: number;
  /** Sub-steps walk the flow back one s_k each (default); false: the whole flow at once. */
  readonly stepwise?: boolean;
  /** The norm drawn at full width; the flow's largest norm when absent. */
  readonly reference?: number;
}

export interface Flow {
  /** Revealed segments, in flow order. */
  readonly segments: readonly FlowSegment[];
  /** The norm drawn at full width. */
  readonly reference: number;
}

export function computeFlow(input: FlowInput): Flow {
  const { layout, focus, terms, whole } = input;
  let raw: RawSegment[] = [];
  let shown: (s: RawSegment) => boolean = () => true;
  if (focus.flow === 'allTargets' && whole && whole.output.length > 0) {
    raw = allTargets(whole);
  } else if ((focus.flow === 'toState' || focus.flow === 'sumOverK') && terms) {
    raw = singleTarget(terms, 0, true);
    const reach = flowReach(focus, input.sub, terms.t, input.stepwise ?? true);
    shown = (s) => s.k === null || s.k >= reach;
  }
  // Beyond the truncation window (when the cut is shown) truncated BPTT computes no gradient: no
  // flow is drawn there (the states are drawn as not computed), and it sets no width.
  if (focus.cut) raw = raw.filter((s) => s.k === null || s.k >= input.kMin);
  const finiteNorms = raw
    .filter((s) => s.k !== null)
    .map((s) => s.norm)
    .filter(Number.isFinite);
  const reference =
    input.reference !== undefined && Number.isFinite(input.reference) && input.reference > 0
      ? input.reference
      : Math.max(0, ...finiteNorms);
  const width = flowWidthScale(reference);
  const segments: FlowSegment[] = [];
  for (const s of raw) {
    if (!shown(s)) continue;
    const e = layout.edgeById.get(edgeId(s.edge, s.t));
    if (!e) continue;
    const length = Math.hypot(e.x2 - e.x1, e.y2 - e.y1);
    segments.push({
      id: `${s.target < 0 ? 'all' : s.target}:${e.id}`,
      edge: s.edge,
      d: `M${e.x2},${e.y2}L${e.x1},${e.y1}`,
      length,
      order: s.order,
      k: s.k,
      norm: s.norm,
      width: width(s.norm),
      finite: Number.isFinite(s.norm),
      term: s.term,
    });
  }
  segments.sort((a, b) => a.order - b.order);
  return { segments, reference };
}
