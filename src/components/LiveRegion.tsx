import { stepTexts } from '../lesson/stepTexts';
import { selectLessonCtx, selectStep, selectSubCount, STEP_COUNT, useLesson } from '../store';
import { useT } from './useT';

/** Announces the current step (and sub-step) to screen readers, politely. */
export function LiveRegion() {
  const tr = useT();
  const lang = useLesson((s) => s.lang);
  const stepIndex = useLesson((s) => s.stepIndex);
  const sub = useLesson((s) => s.sub);
  const step = useLesson(selectStep);
  const count = useLesson(selectSubCount);
  const ctx = useLesson(selectLessonCtx);
  const title = stepTexts(step, ctx, lang).title;
  let message = tr('nav.announce', { n: stepIndex + 1, total: STEP_COUNT, title });
  if (count > 1) message += `. ${tr('nav.substep', { n: sub + 1, total: count })}`;
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="live">
      {message}
    </div>
  );
}
