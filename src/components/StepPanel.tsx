import { useState, type ReactNode } from 'react';
import { stepTexts } from '../lesson/stepTexts';
import {
  selectIsLast,
  selectLessonCtx,
  selectStep,
  selectSubCount,
  selectVeil,
  usePromptView,
} from '../store';
import { OverflowNotice } from './OverflowNotice';
import { StepFormulas } from './StepFormulas';
import { SubstitutionNote } from './SubstitutionNote';
import { LazyTermList } from './LazyTermList';
import { useT } from './useT';
import { ZoomControl } from './ZoomControl';
import { useShownLesson } from './useShownLesson';
import { useStepFacts } from './useStepFacts';

/**
 * The current step's title, the sentence of its sub-step (`now`: its strings come on demand), its
 * formulas and explanation, the sum of the per-k terms when the step shows them (the terms
 * themselves stand beside each s_k in the diagram), and the zoom; `end` at the lesson's last
 * position; `prompt`: the prediction asked or revealed here (while one is open, the sub-step's
 * sentence waits: it would give the answer away).
 */
export function StepPanel({
  now,
  end,
  prompt,
}: {
  readonly now?: ReactNode;
  readonly end?: ReactNode;
  readonly prompt?: ReactNode;
}) {
  const tr = useT();
  const lang = useShownLesson((s) => s.lang);
  const stepIndex = useShownLesson((s) => s.stepIndex);
  const sub = useShownLesson((s) => s.sub);
  const step = useShownLesson(selectStep);
  const count = useShownLesson(selectSubCount);
  const ctx = useShownLesson(selectLessonCtx);
  const last = useShownLesson(selectIsLast);
  const facts = useStepFacts();
  const asking = usePromptView((s) => s.prompt?.open ?? false);
  const prompted = usePromptView((s) => s.prompt !== null);
  // A reveal that comes after its question (once the flow has got there) takes the sub-step's
  // sentence's place where it first shows: it says what that sub-step shows, and more.
  const revealing = usePromptView(
    (s) =>
      !!s.prompt && !s.prompt.open && s.prompt.revealAt > s.prompt.sub && s.prompt.revealAt === sub,
  );
  // A reveal in place: the sub-step's sentence folds to its first line (a click unfolds it).
  const revealedHere = usePromptView(
    (s) =>
      !!s.prompt && !s.prompt.open && s.prompt.revealAt === s.prompt.sub && s.prompt.sub === sub,
  );
  const [nowOpened, setNowOpened] = useState<string | null>(null);
  const veil = usePromptView(selectVeil);
  const texts = stepTexts(step, ctx, lang, facts);
  const paragraphs = texts.body.split(/\n\s*\n/);
  // After the first sub-step the step's explanation folds to its first sentence: the sub-step's
  // own sentence and the newest formula have the room (a button unfolds it, for this position).
  const at = `${step.id}:${sub}`;
  const [opened, setOpened] = useState<string | null>(null);
  // So does it where a prediction is asked or revealed: the question and its answer have the room.
  const foldable = (count > 1 && sub > 0) || prompted;
  const bodyShown = !foldable || opened === at;
  const showTerms = !!(step.focus.terms || step.focus.jacobians) && !step.focus.decay;
  return (
    <section
      className="step-panel"
      aria-labelledby="step-title"
      data-step-id={step.id}
      data-step={stepIndex + 1}
      data-sub={sub}
    >
      <div className="step-panel__head">
        <p className="step-panel__kicker">
          {count > 1 && (
            <span className="step-panel__sub" data-testid="substep">
              {tr('nav.substep', { n: sub + 1, total: count })}
            </span>
          )}
          {(step.beyondSlides || (step.beyondFrom !== undefined && sub >= step.beyondFrom)) && (
            <span className="badge">{tr('app.beyondSlides')}</span>
          )}
        </p>
        <ZoomControl />
      </div>
      <h2 id="step-title" className="step-panel__title">
        <span className="step-panel__num">{stepIndex + 1}.</span> {texts.title}
      </h2>
      <SubstitutionNote />
      <OverflowNotice />
      {count > 1 &&
        !asking &&
        !revealing &&
        (revealedHere && nowOpened !== `${step.id}:${sub}` ? (
          <div
            className="step-panel__now-folded"
            role="button"
            tabIndex={0}
            aria-expanded={false}
            data-testid="now-fold"
            onClick={() => setNowOpened(`${step.id}:${sub}`)}
            onKeyDown={(e) => {
              if (e.key !== 'Enter' && e.key !== ' ') return;
              e.preventDefault();
              setNowOpened(`${step.id}:${sub}`);
            }}
          >
            {now}
          </div>
        ) : (
          now
        ))}
      {/* A prediction asked or revealed here is announced as it appears. */}
      <div className="step-panel__prompt" aria-live="polite">
        {prompt}
      </div>
      {last && end}
      <StepFormulas compact={prompted} />
      {showTerms && veil !== 'terms' && <LazyTermList />}
      {foldable && (
        <button
          type="button"
          className="formula-fold step-panel__body-fold"
          aria-expanded={bodyShown}
          data-testid="body-fold"
          onClick={() => setOpened(bodyShown ? null : at)}
        >
          <span aria-hidden="true" className="formula-fold__mark">
            {bodyShown ? '▾' : '▸'}
          </span>
          <span className="formula-fold__text">
            {bodyShown ? tr('panel.aboutStep') : texts.body}
          </span>
        </button>
      )}
      {bodyShown && (
        <div className="step-panel__body">
          {paragraphs.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </div>
      )}
    </section>
  );
}
