import { LANG_NAMES, LANGS, type Lang } from '../i18n';
import { lessonText } from '../lesson/stepTexts';
import { selectLessonCtx, selectStep, useLesson } from '../store';
import { useT } from '../components/useT';
import { useCt } from './useCt';

/** The current step's speaker notes, in the current language first, then in the other. */
export function PresenterNotes() {
  const tr = useT();
  const ct = useCt();
  const lang = useLesson((s) => s.lang);
  const step = useLesson(selectStep);
  const ctx = useLesson(selectLessonCtx);
  const order: Lang[] = [lang, ...LANGS.filter((l) => l !== lang)];
  return (
    // Focusable: long notes scroll from the keyboard too.
    <section
      className="cls-notes"
      aria-label={tr('presenter.notes')}
      data-testid="notes"
      tabIndex={0}
    >
      {order.map((l, i) => {
        const text = lessonText(l, step.notes, ctx).trim();
        return (
          <div
            key={l}
            lang={l}
            className={`cls-notes__lang${i > 0 ? ' cls-notes__lang--other' : ''}`}
            data-lang={l}
          >
            <h3 className="cls-notes__title">{ct('presenter.notesIn', { name: LANG_NAMES[l] })}</h3>
            {text ? (
              text.split(/\n\s*\n/).map((p, j) => <p key={j}>{p}</p>)
            ) : (
              <p className="cls-muted">{ct('presenter.noNotes')}</p>
            )}
          </div>
        );
      })}
    </section>
  );
}
