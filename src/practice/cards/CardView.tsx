import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Formula } from '../../components/Formula';
import { formatNumber, numberStyle, type Lang } from '../../i18n';
import { checkCard, type Card } from '../../lesson/cards';
import type { CardRecord } from '../store';
import { CardSolution } from './CardSolution';
import { CardTask } from './CardTask';
import { answerTex, hintText, shownNumber, toleranceText, tr } from './cardText';
import { parseAnswer } from './parseAnswer';
import './cardView.css';

export interface CardViewProps {
  readonly card: Card;
  readonly lang: Lang;
  /** The attempts so far (null: none). The view shows the state they give. */
  readonly record: CardRecord | null;
  /** Called with the record after a new attempt (the store keeps it). */
  readonly onRecord: (record: CardRecord) => void;
  /**
   * 'practice': a hint after the first wrong answer, the worked solution after the second (or on
   * request); 'quiz': one answer, no hints, no solution, the verdict only once `revealed`.
   */
  readonly mode: 'practice' | 'quiz';
  readonly revealed?: boolean;
}

/** A kept attempt written back into the field: 6 significant digits, read back by parseAnswer. */
const typedText = (v: number, lang: Lang): string => formatNumber(v, { lang, digits: 6 });

/** A sample answer for the malformed-entry message, in the language's style. */
const EXAMPLE = -0.1838;
const EXAMPLE_EXP = (lang: Lang) => `1${numberStyle(lang).decimal}2e-3`;

/**
 * One practice card: the task and its given numbers, a number field (Enter checks), the stated
 * tolerance, and the feedback in a live region: "Right: …"; a first wrong answer gets the hint
 * naming the factor that was off (or a request to recheck each factor), a second the worked
 * solution with these numbers and the answer. In the quiz the answer is recorded once and judged
 * only when revealed.
 */
export function CardView({ card, lang, record, onRecord, mode, revealed = false }: CardViewProps) {
  const id = useId();
  const tries = record?.tries ?? [];
  const solved = record?.solved ?? false;
  const quiz = mode === 'quiz';
  const [shownCard, setShownCard] = useState(card);
  const [draft, setDraft] = useState(() =>
    tries.length > 0 ? typedText(tries[tries.length - 1], lang) : '',
  );
  const [error, setError] = useState<'empty' | 'malformed' | null>(null);
  const [askedSolution, setAskedSolution] = useState(false);
  // Another card starts afresh (the parent may keep this view mounted).
  if (card !== shownCard) {
    setShownCard(card);
    setDraft(tries.length > 0 ? typedText(tries[tries.length - 1], lang) : '');
    setError(null);
    setAskedSolution(false);
  }

  // A quiz answer may be changed until the quiz is checked.
  const done = quiz ? revealed : solved;
  const field = tr(lang, 'card.field');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (done) return;
    if (draft.trim() === '') {
      setError('empty');
      return;
    }
    const v = parseAnswer(draft);
    if (v === null) {
      setError('malformed');
      return;
    }
    setError(null);
    // A quiz answer replaces the last, and says nothing of itself until the quiz is checked.
    if (quiz) onRecord({ tries: [v], solved: false });
    else onRecord({ tries: [...tries, v], solved: checkCard(card, v).correct });
  };

  const last = tries.length > 0 ? tries[tries.length - 1] : null;
  const result = last === null ? null : checkCard(card, last);
  const wrongs = solved ? 0 : tries.length;
  const showSolution = !quiz && !solved && (wrongs >= 2 || (wrongs === 1 && askedSolution));

  // The solution appears below the givens: the card (which scrolls inside itself, never the page
  // around it) brings the solution's start into view. Rects are scaled with the stage; scrollTop
  // is not.
  const boxRef = useRef<HTMLElement>(null);
  const solutionRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const box = boxRef.current;
    const el = solutionRef.current;
    if (!showSolution || !box || !el) return;
    const b = box.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    const scale = b.height > 0 ? box.clientHeight / b.height || 1 : 1;
    const below = (r.bottom - b.bottom) * scale;
    if (below > 0) box.scrollTop += Math.min(below + 8, (r.top - b.top) * scale - 8);
  }, [showSolution]);

  const errId = `${id}-err`;
  const tolId = `${id}-tol`;
  const value = last === null ? '' : shownNumber(last, lang);
  const answer = shownNumber(card.answer, lang);

  let feedback: ReactNode = null;
  if (quiz) {
    if (last !== null && !revealed) feedback = <p>{tr(lang, 'card.quizRecorded', { value })}</p>;
    else if (last !== null && result)
      feedback = (
        <p className="pcard-verdict" data-correct={String(result.correct)}>
          <span className="pcard-verdict__mark" aria-hidden="true">
            {result.correct ? '✓' : '✗'}
          </span>{' '}
          {result.correct
            ? tr(lang, 'card.quizRight', { value })
            : tr(lang, 'card.quizWrong', { value, answer })}
        </p>
      );
  } else if (solved) {
    feedback = (
      <p className="pcard-verdict" data-correct="true">
        <span className="pcard-verdict__mark" aria-hidden="true">
          ✓
        </span>{' '}
        {tr(lang, 'card.right')} <Formula tex={answerTex(card, lang)} />
      </p>
    );
  } else if (result && wrongs > 0) {
    feedback = (
      <>
        <div className="pcard-feedback__row">
          <p className="pcard-verdict" data-correct="false">
            <span className="pcard-verdict__mark" aria-hidden="true">
              ✗
            </span>{' '}
            {tr(lang, wrongs >= 2 ? 'card.wrongAgain' : 'card.wrong')}
          </p>
          {wrongs === 1 && !askedSolution && (
            <button
              type="button"
              className="pcard-feedback__solution"
              data-testid="card-show-solution"
              onClick={() => setAskedSolution(true)}
            >
              {tr(lang, 'card.showSolution')}
            </button>
          )}
        </div>
        <p className="pcard-hint" data-testid="card-hint" data-hint={result.hint ?? 'none'}>
          {result.hint ? hintText(card, result.hint, lang) : tr(lang, 'card.recheck')}
        </p>
      </>
    );
  }

  return (
    <section
      ref={boxRef}
      className="pcard"
      data-testid="card-view"
      data-kind={card.kind}
      data-mode={mode}
      data-state={solved ? 'solved' : tries.length > 0 ? 'tried' : 'open'}
      aria-labelledby={`${id}-task`}
    >
      <CardTask card={card} lang={lang} headingId={`${id}-task`} />
      <form className="pcard-form" onSubmit={submit} noValidate>
        <label htmlFor={`${id}-input`} className="pcard-form__label">
          {field}
        </label>
        <input
          id={`${id}-input`}
          className="pcard-form__input"
          type="text"
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="done"
          value={draft}
          readOnly={done}
          aria-invalid={error !== null ? true : undefined}
          aria-describedby={[error !== null ? errId : null, tolId].filter(Boolean).join(' ')}
          data-testid="card-input"
          onChange={(e) => {
            setDraft(e.target.value);
            if (error !== null) setError(null);
            // In the quiz, what is typed is the answer (checked with the whole quiz).
            if (quiz && !done) {
              const v = parseAnswer(e.target.value);
              if (v !== null) onRecord({ tries: [v], solved: false });
            }
          }}
        />
        <button
          type="submit"
          className="pcard-form__check"
          disabled={done}
          data-testid="card-check"
        >
          {tr(lang, 'card.check')}
        </button>
        <span className="pcard-form__tolerance" id={tolId}>
          {toleranceText(card, lang)}
        </span>
      </form>
      {error !== null && (
        <p className="pcard-error" id={errId} role="alert" data-testid="card-error">
          {error === 'empty'
            ? tr(lang, 'card.empty', { field })
            : tr(lang, 'card.malformed', {
                field,
                text: draft.trim(),
                example: shownNumber(EXAMPLE, lang),
                exampleExp: EXAMPLE_EXP(lang),
              })}
        </p>
      )}
      <div className="pcard-feedback" aria-live="polite" data-testid="card-feedback">
        {feedback}
        {showSolution && (
          <div className="pcard-feedback__solution-block" ref={solutionRef}>
            {wrongs < 2 && <p className="pcard-feedback__head">{tr(lang, 'card.solution')}</p>}
            <CardSolution card={card} lang={lang} />
            <p className="pcard-feedback__answer" data-testid="card-answer">
              {tr(lang, 'card.answer')} <Formula tex={answerTex(card, lang)} />
            </p>
          </div>
        )}
      </div>
    </section>
  );
}

export default CardView;
