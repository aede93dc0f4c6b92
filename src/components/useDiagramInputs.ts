/**
 * What every unrolled diagram of a step needs from the core and the lesson — the forward pass, the
 * traced target's terms, the Jacobian norms where the step shows them, the labels and the
 * annotation band — from the same memoised selectors, for the lesson's diagram, the explore
 * diagram and the classroom snapshots alike. Each adds its own size, animation and handlers.
 */
import type { UnrolledDiagramProps } from '../diagram';
import { translator } from '../i18n';
import { isStepwise } from '../lesson/focus';
import type { Lang, Step } from '../lesson/types';
import type { AnyModel } from '../model';
import { forwardOf, jacobiansOf, targetTermsOf, termSummariesOf } from '../store';
import { useTermAnnotations } from './useTermAnnotations';

/**
 * Room under each column for its annotation (TermAnnotation's rows): the term (a fraction) and
 * its norm, share and gradient; or ∂s_t★/∂s_k and its norm.
 */
const BAND_HEIGHT = { terms: 208, jacobians: 132 } as const;

export interface DiagramInputsOptions {
  /** The model the step shows (its variant for the sub-step, where it has variants). */
  readonly model: AnyModel;
  readonly target: number;
  readonly step: Pick<Step, 'focus' | 'substeps'>;
  readonly sub: number;
  readonly lang: Lang;
  /** Which annotations may be drawn: the terms and the Jacobians (default), or the terms only. */
  readonly annotate?: 'terms' | 'terms-and-jacobians';
}

export type DiagramInputs = Pick<
  UnrolledDiagramProps,
  | 'dims'
  | 'fwd'
  | 'model'
  | 'target'
  | 'focus'
  | 'sub'
  | 'terms'
  | 'jac'
  | 'labels'
  | 'renderAnnotation'
  | 'renderAnnotationLegend'
  | 'stepwiseFlow'
  | 'annotationHeight'
>;

export interface DiagramInputsResult {
  readonly props: DiagramInputs;
  /** The band's content: the k-th terms or ∂s_t★/∂s_k. */
  readonly mode: 'terms' | 'jacobians';
  /** Whether the band is drawn. */
  readonly annotated: boolean;
}

export function useDiagramInputs({
  model,
  target,
  step,
  sub,
  lang,
  annotate = 'terms-and-jacobians',
}: DiagramInputsOptions): DiagramInputsResult {
  const focus = step.focus;
  const fwd = forwardOf(model);
  const terms = targetTermsOf(model, target);
  const summaries = termSummariesOf(terms);
  // The Jacobian products cost O(T·H³): computed only on the steps that show them.
  const jac = focus.jacobians ? jacobiansOf(model, target) : null;
  const labels = translator(lang, 'diagram');
  const mode = focus.terms || annotate === 'terms' ? 'terms' : 'jacobians';
  const annotated = annotate === 'terms' ? !!focus.terms : !!(focus.terms || focus.jacobians);
  const { renderAnnotation, renderLegend } = useTermAnnotations({
    target,
    mode,
    summaries,
    jac,
    lang,
    labels,
  });
  return {
    props: {
      dims: fwd.dims,
      fwd,
      model,
      target,
      focus,
      sub,
      terms,
      jac,
      labels,
      renderAnnotation: annotated ? renderAnnotation : undefined,
      renderAnnotationLegend: annotated ? renderLegend : undefined,
      stepwiseFlow: isStepwise(step),
      annotationHeight: annotated ? BAND_HEIGHT[mode] : 0,
    },
    mode,
    annotated,
  };
}
