import { useMemo } from 'react';
import {
  gradientsOf,
  selectStepForward,
  selectStep,
  selectStepJacobians,
  selectStepModel,
  selectStepTerms,
} from '../store';
import { findOverflow, overflowText } from './overflow';
import { useShownLesson } from './useShownLesson';

/**
 * Says plainly that the current step's numbers overflowed and where (the first time step of each
 * quantity), when they did; renders nothing otherwise.
 */
export function OverflowNotice() {
  const lang = useShownLesson((s) => s.lang);
  const target = useShownLesson((s) => s.target);
  const model = useShownLesson(selectStepModel);
  const fwd = useShownLesson(selectStepForward);
  const terms = useShownLesson(selectStepTerms);
  // The Jacobian products cost O(t·H³): only where the step shows them.
  const jac = useShownLesson((s) => {
    const focus = selectStep(s).focus;
    return focus.jacobians || focus.decay ? selectStepJacobians(s) : null;
  });
  const places = useMemo(
    () => findOverflow(fwd, gradientsOf(model), terms, jac),
    [fwd, model, terms, jac],
  );
  if (places.length === 0) return null;
  const text = overflowText(places, lang, terms.t ?? target);
  return (
    <div className="overflow-notice" role="alert" data-testid="overflow">
      <p className="overflow-notice__title">{text.title}</p>
      <p>{text.lead}</p>
      <ul>
        {text.places.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      <p>{text.advice}</p>
    </div>
  );
}
