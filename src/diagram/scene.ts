/**
 * Everything the unrolled diagram draws, computed from its props in one pure function: the
 * layout, each element's focus state, the revealed flow, the cut, and the texts of every node.
 */
import { formatNumber, subscript } from '../i18n';
import {
  maxAbs,
  windowStart,
  type Forward,
  type JacobianNorms,
  type AnyModel,
  type TargetTerms,
} from '../model';
import type { ElementKind, Focus } from '../lesson/types';
import { computeFlow, type Flow, type WholeFlow } from './flow';
import {
  clampTarget,
  elementState,
  flowReach,
  isComputed,
  isStateReached,
  revealedRange,
  termsShown,
  type ElementState,
  type FocusContext,
} from '../lesson/focus';
import {
  computeLayout,
  type DiagramLayout,
  type LayoutInput,
  type LayoutRows,
  type MatrixName,
  type NodeGeom,
} from './layout';
import type { DiagramLabels } from './labels';
import { allFinite, diagramOverflow, gradNorms, nodeName, nodeValue, vectorText } from './values';

/** Height of the annotation band when the focus shows terms or Jacobians. */
export const DEFAULT_ANNOTATION_HEIGHT = 170;

export interface SceneInput {
  readonly fwd: Forward;
  readonly model: AnyModel;
  readonly target: number;
  readonly focus: Focus;
  readonly sub: number;
  readonly terms: TargetTerms | null;
  readonly jac: JacobianNorms | null;
  /** The whole gradient's flow (the 'allTargets' flow), or null. */
  readonly whole: WholeFlow | null;
  readonly labels: DiagramLabels;
  readonly width: number;
  readonly height: number;
  readonly annotationHeight?: number;
  readonly flowReference?: number;
  /** Sub-steps walk the flow back one s_k each (default); false: the whole flow at once. */
  readonly stepwise?: boolean;
  /** Which rows to draw (default 'all'). */
  readonly rows?: LayoutRows;
  readonly minColWidth?: number;
  /** Draw only the time steps t < columns (a strip needs none after t★); all by default. */
  readonly columns?: number;
}

export interface NodeInfo {
  readonly geom: NodeGeom;
  readonly name: string;
  readonly state: ElementState;
  readonly computed: boolean;
  readonly reached: boolean;
  /**
   * s_k beyond the shown truncation window (k < kMin with the cut shown): truncated BPTT computes
   * no gradient ∂E_t★/∂s_k there, so none is drawn or named (a dashed ring, "not computed").
   */
  readonly notComputed: boolean;
  readonly value: Float64Array;
  /** Its accessible name and tooltip lines (formatted on first use, then kept). */
  readonly texts: () => NodeTexts;
}

export interface NodeTexts {
  readonly ariaLabel: string;
  readonly tooltip: readonly string[];
}

export interface Scene {
  readonly layout: DiagramLayout;
  readonly ctx: FocusContext;
  readonly nodes: readonly NodeInfo[];
  readonly edgeStates: ReadonlyMap<string, ElementState>;
  readonly badgeStates: Readonly<Record<MatrixName, ElementState>>;
  readonly flow: Flow;
  /** k = 0 … t★: ‖∂E_t★/∂s_k‖ (empty without terms). */
  readonly gradNorms: readonly number[];
  /** The ks whose annotation is shown. */
  readonly annotated: readonly number[];
  /** The truncation cut's k, or null. */
  readonly cutK: number | null;
  readonly overflow: boolean;
  /** Magnitudes drawn at full bar height: states, inputs. */
  readonly sScale: number;
  readonly xScale: number;
}

const KIND_KEY = { x: 'node.x', s: 'node.s', yhat: 'node.yhat', E: 'node.E' } as const;

function finiteMaxAbs(values: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < values.length; i++) {
    const v = Math.abs(values[i]);
    if (Number.isFinite(v) && v > m) m = v;
  }
  return m;
}

/** Layouts recently computed, by their inputs (a handful of scalars). */
const layoutCache = new Map<string, DiagramLayout>();
const LAYOUT_CACHE_SIZE = 12;

/**
 * computeLayout, remembered: an edit of the model keeps the geometry, so the same node and edge
 * objects come back and the views drawn from them (memoised by identity) are not drawn again.
 */
function cachedLayout(input: LayoutInput): DiagramLayout {
  const key = [
    input.T,
    input.width,
    input.height,
    input.annotationHeight,
    input.rows,
    input.minColWidth,
  ].join('|');
  const hit = layoutCache.get(key);
  if (hit) {
    layoutCache.delete(key);
    layoutCache.set(key, hit);
    return hit;
  }
  const layout = computeLayout(input);
  layoutCache.set(key, layout);
  if (layoutCache.size > LAYOUT_CACHE_SIZE) layoutCache.delete(layoutCache.keys().next().value!);
  return layout;
}

export function computeScene(input: SceneInput): Scene {
  const { fwd, model, focus, terms, jac, labels, whole } = input;
  // The labels' language writes the numbers too.
  const num = { lang: labels.lang };
  const stepwise = input.stepwise ?? true;
  const T = fwd.dims.T;
  const target = clampTarget(input.target, T);
  const kMin = terms && terms.t === target ? terms.kMin : windowStart(model, target);
  const ctx: FocusContext = {
    T,
    target,
    kMin,
    revealed: revealedRange(focus, input.sub, T, target, stepwise),
  };
  const showAnnotations = !!(focus.terms || focus.jacobians);
  const shownT =
    input.columns !== undefined && input.columns >= 1 ? Math.min(T, Math.floor(input.columns)) : T;
  const layout = cachedLayout({
    T: shownT,
    width: input.width,
    height: input.height,
    annotationHeight: input.annotationHeight ?? (showAnnotations ? DEFAULT_ANNOTATION_HEIGHT : 0),
    rows: input.rows,
    minColWidth: input.minColWidth,
  });
  const reach = flowReach(focus, input.sub, target, stepwise);
  const wholeFlow = focus.flow === 'allTargets' ? whole : null;
  const norms = terms && terms.t === target ? gradNorms(terms) : [];
  const state = (kind: ElementKind, t: number) => elementState(focus, kind, t, ctx);

  const nodes = layout.nodes.map((geom): NodeInfo => {
    const { kind, t } = geom;
    const name = nodeName(kind, t);
    const computed = isComputed(focus, t, ctx);
    const value = nodeValue(kind, t, fwd, model);
    const notComputed = kind === 's' && !!focus.cut && t >= 0 && t < kMin && t <= target;
    const reached = kind === 's' && !notComputed && isStateReached(focus, t, reach, target);
    // The texts format every entry of the vector: only the nodes drawn (the columns in view)
    // and the one under the pointer ask for them.
    let texts: NodeTexts | null = null;
    const nodeTexts = (): NodeTexts => {
      if (texts) return texts;
      const valueText = kind === 'E' ? formatNumber(value[0], num) : vectorText(value, num.lang);
      const tooltip: string[] = [];
      if (computed) {
        tooltip.push(`${name} = ${valueText}`);
        if (kind === 'yhat') tooltip.push(labels('node.targetClass', { y: model.targets[t] }));
        if (notComputed) {
          tooltip.push(labels('node.gradNotComputed', { t: subscript(target), k: subscript(t) }));
        } else if (kind === 's' && t >= 0 && t < norms.length && (reached || focus.terms)) {
          const vars = {
            t: subscript(target),
            k: subscript(t),
            value: formatNumber(norms[t], num),
          };
          tooltip.push(labels('node.gradNorm', vars));
        }
        if (kind === 's' && focus.jacobians && jac && jac.t === target && t >= 0 && t <= target) {
          const vars = {
            t: subscript(target),
            k: subscript(t),
            value: formatNumber(jac.productNorm[t], num),
          };
          tooltip.push(labels('node.jacNorm', vars));
        }
        if (kind === 's' && wholeFlow && t >= 0 && t < wholeFlow.total.length) {
          const vars = { t: '', k: subscript(t), value: formatNumber(wholeFlow.total[t], num) };
          tooltip.push(labels('node.gradNorm', vars));
        }
      } else {
        tooltip.push(`${name}: ${labels('node.pending')}`);
      }
      const kindText = labels(kind === 's' && t < 0 ? 'node.sInit' : KIND_KEY[kind]);
      const ariaLabel = labels('node.aria', {
        name,
        kind: kindText,
        // As written, with a hyphen-minus: "t = -1" for s₋₁.
        t: String(t),
        value: computed
          ? [labels('node.value', { value: valueText }), ...tooltip.slice(1)].join('; ')
          : labels('node.pending'),
      });
      texts = { ariaLabel, tooltip };
      return texts;
    };
    return {
      geom,
      name,
      state: state(kind, t),
      computed,
      reached,
      notComputed,
      value,
      texts: nodeTexts,
    };
  });

  const edgeStates = new Map(layout.edges.map((e) => [e.id, state(e.kind, e.t)]));
  const badge = (m: MatrixName): ElementState => {
    const all = layout.edges.filter((e) => e.kind === m).map((e) => edgeStates.get(e.id)!);
    return {
      emphasised: all.some((s) => s.emphasised),
      dimmed: all.length > 0 && all.every((s) => s.dimmed),
      marked: all.some((s) => s.marked),
    };
  };

  const flow = computeFlow({
    layout,
    focus,
    sub: input.sub,
    target,
    terms: terms && terms.t === target ? terms : null,
    whole: wholeFlow,
    kMin,
    reference: input.flowReference,
    stepwise,
  });

  const annotated = showAnnotations ? termsShown(focus, input.sub, target, stepwise) : [];

  const sAll = [...fwd.s.data, ...model.initialState];
  return {
    layout,
    ctx,
    nodes,
    edgeStates,
    badgeStates: { U: badge('U'), W: badge('W'), V: badge('V') },
    flow,
    gradNorms: norms,
    annotated,
    cutK: focus.cut && kMin >= 1 ? kMin : null,
    overflow: diagramOverflow(fwd, terms, jac, wholeFlow) || !allFinite(model.inputs.data),
    sScale: Math.max(1, finiteMaxAbs(sAll)),
    xScale: Math.max(1, Number.isFinite(maxAbs(model.inputs)) ? maxAbs(model.inputs) : 1),
  };
}
