import { stepTexts } from '../lesson/text';
import { selectLessonCtx, selectStep, selectSubCount, useLesson } from '../store';
import { DecayView } from './DecayView';
import { StepFormulas } from './StepFormulas';
import { TermList } from './TermList';
import { useT } from './useT';

/** The current step's title and explanation, and the per-k values when the step shows them. */
export function StepPanel() {
  const tr = useT();
  const lang = useLesson((s) => s.lang);
  const stepIndex = useLesson((s) => s.stepIndex);
  const sub = useLesson((s) => s.sub);
  const step = useLesson(selectStep);
  const count = useLesson(selectSubCount);
  const ctx = useLesson(selectLessonCtx);
  const texts = stepTexts(step, ctx);
  const paragraphs = texts.body[lang].split(/\n\s*\n/);
  const showTerms = !!(step.focus.terms || step.focus.jacobians) && !step.focus.decay;
  return (
    <section
      className="step-panel"
      aria-labelledby="step-title"
      data-step-id={step.id}
      data-step={stepIndex + 1}
      data-sub={sub}
    >
      {(count > 1 || step.beyondSlides) && (
        <p className="step-panel__kicker">
          {count > 1 && (
            <span className="step-panel__sub" data-testid="substep">
              {tr('nav.substep', { n: sub + 1, total: count })}
            </span>
          )}
          {step.beyondSlides && <span className="badge">{tr('app.beyondSlides')}</span>}
        </p>
      )}
      <h2 id="step-title" className="step-panel__title">
        <span className="step-panel__num">{stepIndex + 1}.</span> {texts.title[lang]}
      </h2>
      <StepFormulas />
      {showTerms && <TermList />}
      {step.focus.decay && <DecayView />}
      <div className="step-panel__body">
        {paragraphs.map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </div>
    </section>
  );
}
