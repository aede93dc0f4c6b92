import { useEffect, useId, useRef } from 'react';
import { t } from '../i18n';
import type { PracticeKey } from '../i18n/keys';
import { BINARY_OPTIONS, type BinaryOption } from '../lesson/prompts/types';
import { useLesson } from '../store';
import { answer, draftOf, skip, useDraft } from './driver';
import { revealText } from './reveal';
import { useClassView } from '../store/classView';
import { ClassStatus } from './ClassStatus';
import { ClassTally } from './ClassTally';
import { ClassReveal } from './ClassReveal';
import './practice.css';

/**
 * The prediction at the position, in the step panel: while open, its question and answers (the
 * choice's ks, the two options, or the drawing's Reveal: the drawing itself is in the diagram's
 * place) with Skip; once answered or skipped, the verdict, the computed answer and why.
 */
export function PromptCard() {
  const lang = useLesson((s) => s.lang);
  const current = useDraft((s) => s.current);
  const draft = useDraft(draftOf);
  const id = useId();
  const box = useRef<HTMLElement>(null);
  const revealed = useRef<HTMLElement>(null);
  const answeredHere = useRef(false);
  const role = useClassView((s) => s.role);
  const student = role === 'student';
  const opened = current?.open ? `${current.model}|${current.key}` : null;
  // On a phone held upright the step panel is under the diagram: a question asked is brought into
  // view (its answers are in the card too), once, when it opens.
  useEffect(() => {
    const el = box.current;
    if (!opened || !el || el.closest<HTMLElement>('.stage')?.dataset.layout !== 'tall') return;
    el.scrollIntoView({ block: 'nearest' });
  }, [opened]);
  // An answer given in the card moves the focus to its reveal (the buttons are gone).
  const shownKey = current && !current.open ? `${current.model}|${current.key}` : null;
  useEffect(() => {
    if (!shownKey || !answeredHere.current) return;
    answeredHere.current = false;
    revealed.current?.focus({ preventScroll: true });
  }, [shownKey]);
  if (!current) return null;
  const tr = (k: PracticeKey, p?: Record<string, string | number>) => t(lang, 'practice', k, p);
  const { prompt, truth } = current;
  const q = `prompt.${prompt.id}.question` as PracticeKey;
  const params = {
    t: current.t,
    kFirst: truth.kind === 'choice' ? (truth.options[0] ?? 1) : 1,
  };
  if (current.open)
    return (
      <section
        ref={box}
        className="prompt-card"
        aria-labelledby={`${id}-q`}
        data-testid="prompt-card"
        data-prompt={prompt.id}
        data-state="open"
      >
        <p className="prompt-card__kicker">{tr('prompt.kicker')}</p>
        <p className="prompt-card__question" id={`${id}-q`}>
          {tr(q, params)}
        </p>
        {role === 'lecturer' ? (
          <ClassReveal
            current={current}
            onReveal={() => {
              answeredHere.current = true;
              skip();
            }}
          />
        ) : (
          <div
            className="prompt-card__options"
            role="group"
            aria-label={truth.kind === 'choice' ? tr('prompt.smallest-term.options') : undefined}
            aria-labelledby={truth.kind === 'choice' ? undefined : `${id}-q`}
          >
            {truth.kind === 'choice' &&
              truth.options.map((k) => (
                <button
                  key={k}
                  type="button"
                  className="prompt-card__option"
                  data-testid={`prompt-option-${k}`}
                  aria-pressed={student ? draft?.kind === 'choice' && draft.k === k : undefined}
                  onClick={() => {
                    answeredHere.current = true;
                    answer({ kind: 'choice', k });
                  }}
                >
                  k = {k}
                </button>
              ))}
            {truth.kind === 'binary' &&
              (BINARY_OPTIONS[truth.id] as readonly BinaryOption[]).map((o) => (
                <button
                  key={o}
                  type="button"
                  className="prompt-card__option"
                  data-testid={`prompt-option-${o}`}
                  aria-pressed={
                    student ? draft?.kind === 'binary' && draft.option === o : undefined
                  }
                  onClick={() => {
                    answeredHere.current = true;
                    answer({ kind: 'binary', option: o });
                  }}
                >
                  {tr(`prompt.${truth.id}.${o}` as PracticeKey, params)}
                </button>
              ))}
            {truth.kind === 'draw' && (
              <button
                type="button"
                className="prompt-card__reveal"
                data-testid="prompt-reveal"
                onClick={() => {
                  answeredHere.current = true;
                  const values = draft?.kind === 'draw' ? draft.values : null;
                  answer({ kind: 'draw', values: values ?? Array.from(truth.values, () => 1) });
                }}
              >
                {tr(student ? 'class.send' : 'prompt.reveal')}
              </button>
            )}
            {!student && (
              <button
                type="button"
                className="prompt-card__skip"
                data-testid="prompt-skip"
                onClick={() => {
                  answeredHere.current = true;
                  skip();
                }}
              >
                {tr('prompt.skip')}
              </button>
            )}
          </div>
        )}
        {role === null && <p className="prompt-card__hint">{tr('prompt.skipHint')}</p>}
        {role === 'lecturer' && <p className="prompt-card__hint">{tr('class.hintLecturer')}</p>}
        <ClassStatus current={current} />
      </section>
    );
  const r = current.record?.state === 'answered' ? current.record.response : null;
  // Answered, and judged once the flow has reached every option; skipped: nothing to say yet.
  if (!current.judged)
    return r?.kind === 'choice' ? (
      <section
        className="prompt-card"
        data-testid="prompt-card"
        data-prompt={prompt.id}
        data-state="waiting"
      >
        <p className="prompt-card__question">
          <strong className="prompt-card__kicker">{tr('prompt.yours')}:</strong>{' '}
          {tr('prompt.smallest-term.waiting', { ...params, k: r.k })}
        </p>
      </section>
    ) : null;
  const text = revealText(lang, current);
  return (
    <section
      className="prompt-card prompt-card--revealed"
      data-testid="prompt-card"
      data-prompt={prompt.id}
      data-state="revealed"
      data-correct={text.correct === null ? 'none' : String(text.correct)}
      tabIndex={-1}
      ref={revealed}
    >
      <p className="prompt-card__answer">
        <strong className="prompt-card__verdict">
          <span aria-hidden="true" className="prompt-card__mark">
            {text.correct === null ? '•' : text.correct ? '✓' : '✗'}
          </span>{' '}
          {text.verdict}
        </strong>{' '}
        {text.answer}
      </p>
      {text.why.length > 0 && <p className="prompt-card__why">{text.why.join(' ')}</p>}
      <ClassTally current={current} />
    </section>
  );
}
