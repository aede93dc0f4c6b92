import { useMemo } from 'react';
import { formulasAt } from '../lesson/tex';
import { selectLessonCtx, selectStep, useLesson } from '../store';
import { FitWidth } from './FitWidth';
import { Formula } from './Formula';

/** The current step's formulas up to the current sub-step, each with its caption. */
export function StepFormulas() {
  const lang = useLesson((s) => s.lang);
  const sub = useLesson((s) => s.sub);
  const step = useLesson(selectStep);
  const ctx = useLesson(selectLessonCtx);
  const formulas = useMemo(() => formulasAt(step, { ...ctx, sub }), [step, ctx, sub]);
  if (formulas.length === 0) return null;
  return (
    <div className="formulas" data-step-id={step.id}>
      {formulas.map((f) => (
        <figure key={f.id} className="formula-block" data-formula-id={f.id}>
          <FitWidth watch={f.tex}>
            <Formula tex={f.tex} display />
          </FitWidth>
          {f.caption && <figcaption className="formula-caption">{f.caption[lang]}</figcaption>}
        </figure>
      ))}
    </div>
  );
}
