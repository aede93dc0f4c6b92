import { useMemo } from 'react';
import {
  gradientsOf,
  selectStepForward,
  selectStep,
  selectStepJacobians,
  selectStepModel,
  selectStepTerms,
  useLesson,
} from '../store';
import { findOverflow, overflowText } from './overflow';

/**
 * Says plainly that the current step's numbers overflowed and where (the first time step of each
 * quantity), when they did; renders nothing otherwise.
 */
export function OverflowNotice() {
  const lang = useLesson((s) => s.lang);
  const target = useLesson((s) => s.target);
  const model = useLesson(selectStepModel);
  const fwd = useLesson(selectStepForward);
  const terms = useLesson(selectStepTerms);
  // The Jacobian products cost O(t·H³): only where the step shows them.
  const jac = useLesson((s) => {
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
