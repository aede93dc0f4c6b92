import { useTermAnnotations } from './useTermAnnotations';
import { useMemo, useRef } from 'react';
import { diagramLabels, UnrolledDiagram } from '../diagram';
import {
  selectStep,
  selectStepForward,
  selectStepJacobians,
  selectStepModel,
  selectStepTerms,
  selectStepTermSummaries,
  useLesson,
} from '../store';
import { DecayView } from './DecayView';
import { useElementSize } from './useElementSize';
import { useReducedMotion } from './useReducedMotion';

const FALLBACK = { width: 1000, height: 880 };
/**
 * Room under each column for its annotation (TermAnnotation's rows): the term (a fraction) and
 * its norm, share and gradient; or ∂s_t★/∂s_k and its norm.
 */
const BAND_HEIGHT = { terms: 224, jacobians: 140 } as const;

/**
 * The unrolled network for the current step, sub-step and model, sized to its panel (the panel's
 * zoom makes it smaller in stage pixels, so the diagram reflows instead of being cut off); the
 * vanishing/exploding comparison for a step with model variants.
 */
export function DiagramPanel() {
  const box = useRef<HTMLDivElement>(null);
  const size = useElementSize(box, FALLBACK);
  const lang = useLesson((s) => s.lang);
  const step = useLesson(selectStep);
  const sub = useLesson((s) => s.sub);
  const target = useLesson((s) => s.target);
  const model = useLesson(selectStepModel);
  const fwd = useLesson(selectStepForward);
  const terms = useLesson(selectStepTerms);
  // The Jacobian products cost O(T·H³): computed only on the steps that show them.
  const jac = useLesson((s) => (selectStep(s).focus.jacobians ? selectStepJacobians(s) : null));
  const summaries = useLesson(selectStepTermSummaries);
  const activeTerm = useLesson((s) => s.activeTerm);
  const setActiveTerm = useLesson((s) => s.setActiveTerm);
  const speed = useLesson((s) => s.animation.speed);
  const paused = useLesson((s) => s.animation.paused);
  const replayKey = useLesson((s) => s.animation.replayKey);
  const reducedMotion = useReducedMotion();

  const labels = useMemo(() => diagramLabels(lang), [lang]);
  const animation = useMemo(
    () => ({ speed, paused, replayKey, reducedMotion }),
    [speed, paused, replayKey, reducedMotion],
  );
  const focus = step.focus;
  const annotated = !!(focus.terms || focus.jacobians);
  const mode = focus.terms ? 'terms' : 'jacobians';
  const { renderAnnotation, renderLegend } = useTermAnnotations({
    target,
    mode,
    summaries,
    jac,
    lang,
    labels,
  });
  return (
    <div ref={box} className="diagram-panel" data-step-id={step.id}>
      {focus.decay && step.variants ? (
        <DecayView width={size.width} height={size.height} />
      ) : (
        <UnrolledDiagram
          dims={fwd.dims}
          fwd={fwd}
          model={model}
          target={target}
          focus={focus}
          sub={sub}
          terms={terms}
          jac={focus.jacobians ? jac : null}
          labels={labels}
          activeTerm={activeTerm}
          onHoverTerm={setActiveTerm}
          renderAnnotation={annotated ? renderAnnotation : undefined}
          renderAnnotationLegend={annotated ? renderLegend : undefined}
          animation={animation}
          width={size.width}
          height={size.height}
          annotationHeight={annotated ? BAND_HEIGHT[mode] : 0}
          stepwiseFlow={step.substeps === 'backward'}
        />
      )}
    </div>
  );
}
