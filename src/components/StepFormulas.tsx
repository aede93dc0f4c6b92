import { useMemo } from 'react';
import { isTermClass } from '../lesson/terms';
import { formulasAt } from '../lesson/tex';
import { selectLessonCtx, selectStep, useLesson } from '../store';
import { FitWidth } from './FitWidth';
import { Formula } from './Formula';

/** The linking class (term-W, term-jac, …) of the formula factor under the pointer, or null. */
function termUnder(target: EventTarget | null): string | null {
  if (!(target instanceof Element)) return null;
  const factor = target.closest('[class*="term-"]');
  if (!factor) return null;
  for (const c of factor.classList) if (isTermClass(c)) return c;
  return null;
}

/** The current step's formulas up to the current sub-step, each with its caption. */
export function StepFormulas() {
  const lang = useLesson((s) => s.lang);
  const sub = useLesson((s) => s.sub);
  const step = useLesson(selectStep);
  const ctx = useLesson(selectLessonCtx);
  const setActiveTerm = useLesson((s) => s.setActiveTerm);
  const formulas = useMemo(() => formulasAt(step, { ...ctx, sub }), [step, ctx, sub]);
  if (formulas.length === 0) return null;
  return (
    <div
      className="formulas"
      data-step-id={step.id}
      onPointerOver={(e) => setActiveTerm(termUnder(e.target))}
      onPointerLeave={() => setActiveTerm(null)}
    >
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
