import { useCallback, useMemo, useRef } from 'react';
import { t as translate } from '../lesson/i18n';
import { diagramLabels, UnrolledDiagram } from '../diagram';
import {
  selectStep,
  selectStepAllTerms,
  selectStepForward,
  selectStepJacobians,
  selectStepModel,
  selectStepTerms,
  selectStepTermSummaries,
  useLesson,
} from '../store';
import { TermAnnotation } from './TermAnnotation';
import { useElementSize } from './useElementSize';
import { useReducedMotion } from './useReducedMotion';

const FALLBACK = { width: 1040, height: 880 };
/** Room under each column for its term: the symbol (a fraction) over its value. */
const ANNOTATION_HEIGHT = 160;

/** The unrolled network for the current step, sub-step and model, sized to its panel. */
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
  const jac = useLesson(selectStepJacobians);
  const summaries = useLesson(selectStepTermSummaries);
  const allTerms = useLesson(selectStepAllTerms);
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
  const mode = focus.terms ? 'terms' : 'jacobians';
  const overflow = translate(lang, 'value.overflow');
  const renderAnnotation = useCallback(
    (k: number) => (
      <TermAnnotation
        k={k}
        t={target}
        mode={mode}
        summary={summaries[k]}
        jac={jac}
        overflow={overflow}
      />
    ),
    [target, mode, summaries, jac, overflow],
  );
  return (
    <div ref={box} className="diagram-panel" data-step-id={step.id}>
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
        renderAnnotation={focus.terms || focus.jacobians ? renderAnnotation : undefined}
        animation={animation}
        allTerms={focus.flow === 'allTargets' ? allTerms : null}
        width={size.width}
        height={size.height}
        annotationHeight={focus.terms || focus.jacobians ? ANNOTATION_HEIGHT : 0}
      />
    </div>
  );
}
