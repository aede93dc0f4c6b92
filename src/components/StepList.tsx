import { STEPS } from '../lesson/steps';
import { effectiveWindow } from '../lesson/substeps';
import { lessonText } from '../lesson/stepTexts';
import { lessonCtxOf, selectT, useLesson } from '../store';
import { releaseFocusAfterPointer } from './pointerClick';
import { useT } from './useT';

/** Every step as a numbered button: click to jump; the current one is marked. */
export function StepList() {
  const tr = useT();
  const lang = useLesson((s) => s.lang);
  const stepIndex = useLesson((s) => s.stepIndex);
  const target = useLesson((s) => s.target);
  const T = useLesson(selectT);
  const truncate = useLesson((s) => s.model.truncate);
  const goTo = useLesson((s) => s.goTo);
  return (
    <nav className="step-list" aria-label={tr('nav.stepList')}>
      <ol>
        {STEPS.map((step, i) => {
          const ctx = lessonCtxOf(target, T, effectiveWindow(step, truncate));
          const title = lessonText(lang, step.title, ctx);
          const label = tr('nav.stepItem', { n: i + 1, title });
          const current = i === stepIndex;
          return (
            <li key={step.id}>
              <button
                type="button"
                className={`step-list__btn${step.beyondSlides ? ' step-list__btn--beyond' : ''}`}
                data-step-id={step.id}
                aria-current={current ? 'step' : undefined}
                aria-label={label}
                title={label}
                onClick={(e) => {
                  releaseFocusAfterPointer(e);
                  goTo(i, 0);
                }}
              >
                {i + 1}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
