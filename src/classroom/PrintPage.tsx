import { stepTexts } from '../lesson/stepTexts';
import { selectLessonCtx, selectStep, STEP_COUNT, useLesson } from '../store';
import { useT } from '../components/useT';
import { FitBox } from './FitBox';
import { SnapshotDiagram } from './SnapshotDiagram';
import { SnapshotFormulas } from './SnapshotFormulas';
import { useCt } from './useCt';

interface Props {
  readonly stepIndex: number;
  /** The sub-step shown: the step's last, so the page holds its final state. */
  readonly sub: number;
}

/** One handout page (1920×1080): a step's title, diagram, formulas and explanation. */
export function PrintPage({ stepIndex, sub }: Props) {
  const tr = useT();
  const ct = useCt();
  const lang = useLesson((s) => s.lang);
  const model = useLesson((s) => s.model);
  const target = useLesson((s) => s.target);
  const step = selectStep({ stepIndex });
  const ctx = selectLessonCtx({ model, target, stepIndex, sub });
  const texts = stepTexts(step, ctx, lang);
  return (
    <section
      className="cls-print-page"
      data-step-id={step.id}
      data-step={stepIndex + 1}
      aria-labelledby={`print-title-${stepIndex}`}
    >
      <header className="cls-print-page__head">
        <span className="cls-print-page__num">
          {ct('print.page', { n: stepIndex + 1, total: STEP_COUNT })}
        </span>
        <h2 id={`print-title-${stepIndex}`} className="cls-print-page__title">
          {stepIndex + 1}. {texts.title}
        </h2>
        {step.beyondSlides && <span className="badge">{tr('app.beyondSlides')}</span>}
      </header>
      <div className="cls-print-page__main">
        <FitBox className="cls-print-page__diagram">
          <SnapshotDiagram stepIndex={stepIndex} sub={sub} width={1160} height={860} />
        </FitBox>
        <div className="cls-print-page__side">
          <SnapshotFormulas stepIndex={stepIndex} sub={sub} />
          <div className="cls-print-page__body">
            {texts.body.split(/\n\s*\n/).map((p, i) => (
              <p key={i}>{p}</p>
            ))}
          </div>
        </div>
      </div>
    </section>
  );
}
