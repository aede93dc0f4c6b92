import { usePromptView } from '../store/promptView';
import { useClassView } from '../store/classView';
import { stepTexts } from '../lesson/stepTexts';
import {
  lessonCtxOf,
  nextPosition,
  samePosition,
  selectCounts,
  selectLessonCtx,
  selectStep,
  selectSubCount,
  STEP_COUNT,
  useLesson,
} from '../store';
import { useClassroom } from './store';
import { NavButtons } from '../components/NavButtons';
import { Stage } from '../components/Stage';
import { useKeyboardNav } from '../components/useKeyboardNav';
import { useT } from '../components/useT';
import { ClassroomLayer } from './ClassroomLayer';
import { FitBox } from './FitBox';
import { PresenterNotes } from './PresenterNotes';
import { PresenterTimer } from './PresenterTimer';
import { SnapshotDiagram } from './SnapshotDiagram';
import { SnapshotFormulas } from './SnapshotFormulas';
import { useVt } from './useVt';

/** The width the next (sub-)step is laid out at before it is shrunk into its box. */
const PREVIEW_WIDTH = 1300;
/** The width the current step is laid out at (its column scales it to fit). */
const NOW_WIDTH = 1130;

/**
 * The presenter window (`?view=presenter`): the current step, a preview of the next sub-step,
 * the notes in both languages, a timer, and the blackout state. Navigation keys work here as in
 * the lesson; both windows follow each other through the sync channel.
 */
export function PresenterView() {
  useKeyboardNav();
  const tr = useT();
  const vt = useVt();
  const lang = useLesson((s) => s.lang);
  const stepIndex = useLesson((s) => s.stepIndex);
  const sub = useLesson((s) => s.sub);
  const step = useLesson(selectStep);
  const subCount = useLesson(selectSubCount);
  const counts = useLesson(selectCounts);
  const ctx = useLesson(selectLessonCtx);
  const target = useLesson((s) => s.target);
  const blackout = useClassroom((s) => s.blackout);
  const toggleBlackout = useClassroom((s) => s.toggleBlackout);
  const connected = useClassroom((s) => s.connected);

  const here = { stepIndex, sub };
  const next = nextPosition(here, counts);
  const atEnd = samePosition(next, here);
  const nextStep = selectStep(next);
  const nextTitle = stepTexts(nextStep, lessonCtxOf(target, ctx.T, ctx.n), lang).title;
  const title = stepTexts(step, ctx, lang).title;

  // A prediction asked at this position (the same answers as the lesson's window).
  const prompt = usePromptView((s) => (s.prompt && s.prompt.sub === sub ? s.prompt : null));
  // In a class session: how many have answered it, live.
  const answered = useClassView((s) =>
    s.role === 'lecturer' && s.mine && s.count?.key === s.mine.key ? s.count.n : s.mine ? 0 : null,
  );
  return (
    <Stage>
      <div className="app cls-presenter" data-testid="presenter">
        <header className="cls-presenter__head">
          <h1 className="cls-presenter__name">{tr('presenter.title')}</h1>
          <p className="cls-presenter__pos" data-testid="presenter-position">
            {vt('presenter.stepOf', { n: stepIndex + 1, total: STEP_COUNT })}
            {subCount > 1 && ` · ${tr('nav.substep', { n: sub + 1, total: subCount })}`}
          </p>
          <PresenterTimer />
          <button
            type="button"
            className={`cls-btn cls-blackout-state${blackout ? ' is-on' : ''}`}
            aria-pressed={blackout}
            title={vt('presenter.blackoutToggle')}
            data-testid="presenter-blackout"
            onClick={toggleBlackout}
          >
            <span className="cls-blackout-state__swatch" aria-hidden="true" />
            {blackout ? tr('presenter.blackoutOn') : tr('presenter.blackoutOff')}
          </button>
          <p
            className={`cls-presenter__link${connected ? ' is-on' : ''}`}
            data-testid="presenter-connection"
            data-connected={connected}
          >
            <span aria-hidden="true">{connected ? '●' : '○'}</span>{' '}
            {connected ? tr('presenter.connected') : tr('presenter.disconnected')}
          </p>
        </header>
        <main className="cls-presenter__main">
          <section className="cls-presenter__now" aria-labelledby="presenter-now">
            <h2 id="presenter-now" className="cls-presenter__label">
              {tr('presenter.current')}:{' '}
              <span className="cls-presenter__title" data-testid="presenter-current">
                {stepIndex + 1}. {title}
              </span>
            </h2>
            {prompt && (
              <p
                className="cls-presenter__prompt"
                data-testid="presenter-prompt"
                data-state={prompt.open ? 'open' : 'revealed'}
              >
                <span aria-hidden="true">{prompt.open ? '?' : '✓'}</span>{' '}
                {vt(prompt.open ? 'presenter.promptOpen' : 'presenter.promptRevealed')}
                {answered !== null && (
                  <>
                    {' '}
                    <strong data-testid="presenter-count" data-count={answered}>
                      {vt('presenter.answered', { n: answered })}
                    </strong>
                  </>
                )}
              </p>
            )}
            <FitBox className="cls-presenter__stage">
              <div className="cls-presenter__content" inert>
                <SnapshotDiagram stepIndex={stepIndex} sub={sub} width={NOW_WIDTH} height={560} />
                <SnapshotFormulas stepIndex={stepIndex} sub={sub} captions={false} />
              </div>
            </FitBox>
          </section>
          <aside className="cls-presenter__side">
            <section className="cls-presenter__next" aria-labelledby="presenter-next">
              <h2 id="presenter-next" className="cls-presenter__label">
                {atEnd
                  ? tr('presenter.end')
                  : `${next.stepIndex === stepIndex ? vt('presenter.nextSub') : vt('presenter.nextStep')}:`}
              </h2>
              {!atEnd && (
                <>
                  <p className="cls-presenter__title" data-testid="presenter-next">
                    {next.stepIndex + 1}. {nextTitle}
                    {next.stepIndex === stepIndex &&
                      ` (${tr('nav.substep', { n: next.sub + 1, total: subCount })})`}
                  </p>
                  <FitBox className="cls-presenter__preview">
                    <div className="cls-preview" inert>
                      <SnapshotDiagram
                        stepIndex={next.stepIndex}
                        sub={next.sub}
                        width={PREVIEW_WIDTH}
                        height={560}
                      />
                      <SnapshotFormulas
                        stepIndex={next.stepIndex}
                        sub={next.sub}
                        captions={false}
                      />
                    </div>
                  </FitBox>
                </>
              )}
            </section>
            <PresenterNotes />
          </aside>
        </main>
        <footer className="cls-presenter__foot">
          <NavButtons />
        </footer>
        <ClassroomLayer />
      </div>
    </Stage>
  );
}
