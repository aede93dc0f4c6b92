import { stepNotes, stepTexts, subText } from '../lesson/stepTexts';
import { useGated } from '../store/gatedStore';
import { registerGatedFacts } from '../store/gatedFacts';
import { lessonFacts } from '../store/lessonFacts';
import { selectLessonCtx, selectLessonModel, selectStep, STEP_COUNT, useLesson } from '../store';
import { useT } from '../components/useT';
import { FitBox } from './FitBox';
import { modelCaption } from './modelCaption';
import { SnapshotDiagram } from './SnapshotDiagram';
import { SnapshotFormulas } from './SnapshotFormulas';
import { useVt } from './useVt';

// The gated chapter's sentences quote its three cells' numbers.
registerGatedFacts();

export type Paper = 'landscape' | 'portrait';
export type PageLayout = 'slides' | 'notes';

/** A4 in logical pixels (1920 across the long side): both orientations print at one zoom. */
export const PAGE_SIZE: Readonly<Record<Paper, { width: number; height: number }>> = {
  landscape: { width: 1920, height: Math.round((1920 * 210) / 297) },
  portrait: { width: Math.round((1920 * 210) / 297), height: 1920 },
};

/** Room for the diagram, by paper and layout (the rest holds the title, text, notes, footer). */
const DIAGRAM: Readonly<Record<Paper, Record<PageLayout, { width: number; height: number }>>> = {
  landscape: { slides: { width: 1160, height: 1100 }, notes: { width: 1160, height: 700 } },
  portrait: { slides: { width: 1260, height: 820 }, notes: { width: 1260, height: 640 } },
};

interface Props {
  readonly stepIndex: number;
  /** The sub-step shown: the step's last, so the page holds its final state. */
  readonly sub: number;
  readonly paper: Paper;
  readonly layout: PageLayout;
}

function paragraphs(text: string) {
  return text
    .split(/\n\s*\n/)
    .filter((p) => p.trim())
    .map((p, i) => <p key={i}>{p}</p>);
}

/**
 * One handout page (A4): a step's title, diagram, formulas and explanation, optionally its
 * speaker notes under it, and the model it shows. Whatever does not fit its box is scaled down
 * whole, never cut off.
 */
export function PrintPage({ stepIndex, sub, paper, layout }: Props) {
  const tr = useT();
  const vt = useVt();
  const lang = useLesson((s) => s.lang);
  const model = useLesson(selectLessonModel);
  const seed = useLesson((s) => s.seed);
  const target = useLesson((s) => s.target);
  const step = selectStep({ stepIndex });
  const ctx = selectLessonCtx({ model, target, stepIndex, sub });
  const current = useLesson((s) => s.model);
  const forgetBias = useGated((s) => s.forgetBias);
  const facts = lessonFacts({ model, current, forgetBias, target, step, sub }, lang);
  const texts = stepTexts(step, ctx, lang, facts);
  const now = subText(step, sub, ctx, lang, facts);
  const size = DIAGRAM[paper][layout];
  return (
    <section
      className="cls-print-page"
      data-step-id={step.id}
      data-step={stepIndex + 1}
      data-paper={paper}
      data-layout={layout}
      aria-labelledby={`print-title-${stepIndex}`}
    >
      <header className="cls-print-page__head">
        <span className="cls-print-page__num">
          {vt('print.page', { n: stepIndex + 1, total: STEP_COUNT })}
        </span>
        <h2 id={`print-title-${stepIndex}`} className="cls-print-page__title">
          {stepIndex + 1}. {texts.title}
        </h2>
        {step.beyondSlides && <span className="badge">{tr('app.beyondSlides')}</span>}
      </header>
      <div className="cls-print-page__main">
        <FitBox className="cls-print-page__diagram">
          <SnapshotDiagram stepIndex={stepIndex} sub={sub} {...size} />
        </FitBox>
        <FitBox className="cls-print-page__side">
          <div className="cls-print-page__text">
            <SnapshotFormulas stepIndex={stepIndex} sub={sub} />
            <div className="cls-print-page__body">
              {now && <p className="cls-print-page__now">{now}</p>}
              {paragraphs(texts.body)}
            </div>
          </div>
        </FitBox>
      </div>
      {layout === 'notes' && (
        <FitBox className="cls-print-page__notes">
          <div className="cls-print-page__notes-text" data-testid="print-notes">
            <h3>{vt('print.notes')}</h3>
            {paragraphs(stepNotes(step, ctx, lang, facts))}
          </div>
        </FitBox>
      )}
      <footer className="cls-print-page__foot" data-testid="print-model">
        {modelCaption(vt, model, seed)}
      </footer>
    </section>
  );
}
