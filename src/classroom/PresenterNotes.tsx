import { useEffect, useState } from 'react';
import { LANG_NAMES, LANGS, type Lang } from '../i18n';
import { stepNotes } from '../lesson/stepTexts';
import { selectLessonCtx, selectLessonModel, selectStep, useLesson } from '../store';
import { lessonFacts } from '../store/lessonFacts';
import { useGated } from '../store/gatedStore';
import { registerGatedFacts } from '../store/gatedFacts';
import { useT } from '../components/useT';
import { useVt } from './useVt';

// The gated chapter's sentences quote its three cells' numbers.
registerGatedFacts();

/** Whether the notes show every language (kept for the window, across a reload). */
const BOTH_KEY = 'bptt-presenter-all-languages';

function readBoth(): boolean {
  try {
    return sessionStorage.getItem(BOTH_KEY) === '1';
  } catch {
    return false;
  }
}

/** The current step's speaker notes in the lesson's language; the others too, on request. */
export function PresenterNotes() {
  const tr = useT();
  const vt = useVt();
  const lang = useLesson((s) => s.lang);
  const step = useLesson(selectStep);
  const ctx = useLesson(selectLessonCtx);
  const model = useLesson(selectLessonModel);
  const current = useLesson((s) => s.model);
  const forgetBias = useGated((s) => s.forgetBias);
  const target = useLesson((s) => s.target);
  const sub = useLesson((s) => s.sub);
  const [both, setBoth] = useState(readBoth);
  useEffect(() => {
    try {
      sessionStorage.setItem(BOTH_KEY, both ? '1' : '0');
    } catch {
      // Not kept across a reload, then.
    }
  }, [both]);
  const order: Lang[] = both ? [lang, ...LANGS.filter((l) => l !== lang)] : [lang];
  return (
    // Focusable: long notes scroll from the keyboard too.
    <section
      className="cls-notes"
      aria-label={tr('presenter.notes')}
      data-testid="notes"
      tabIndex={0}
    >
      <button
        type="button"
        className="cls-btn cls-notes__langs"
        aria-pressed={both}
        data-testid="notes-all-languages"
        onClick={() => setBoth(!both)}
      >
        {vt('presenter.notesAllLanguages')}
      </button>
      {order.map((l, i) => {
        const facts = lessonFacts({ model, current, forgetBias, target, step, sub }, l);
        const text = stepNotes(step, ctx, l, facts).trim();
        return (
          <div
            key={l}
            lang={l}
            className={`cls-notes__lang${i > 0 ? ' cls-notes__lang--other' : ''}`}
            data-lang={l}
          >
            <h3 className="cls-notes__title">{vt('presenter.notesIn', { name: LANG_NAMES[l] })}</h3>
            {text ? (
              text.split(/\n\s*\n/).map((p, j) => <p key={j}>{p}</p>)
            ) : (
              <p className="cls-muted">{vt('presenter.noNotes')}</p>
            )}
          </div>
        );
      })}
    </section>
  );
}
