import { useId, useMemo, useState } from 'react';
import { formatNumber, t, type Lang } from '../i18n';
import type { PracticeKey } from '../i18n/keys';
import { BINARY_OPTIONS, type BinaryOption } from '../lesson/prompts/types';
import { useLesson } from '../store';
import { useGated } from '../store/gatedStore';
import { CardView } from './cards/CardView';
import { DEFAULT_CARD_SEED } from './cardsOf';
import { modelKey } from './current';
import { isRight, quizOf, type QuizAnswer, type QuizQuestion } from './quiz';
import { practiceStore, usePractice } from './store';

/** The correct answer of a question, as the quiz names it. */
function answerText(lang: Lang, q: QuizQuestion, tStar: number): string {
  if (q.kind === 'card') return formatNumber(q.card.answer, { lang, digits: 4 });
  const truth = q.truth;
  if (truth.kind === 'choice') return `k = ${truth.correct}`;
  if (truth.kind === 'binary')
    return t(lang, 'practice', `prompt.${truth.id}.${truth.correct}` as PracticeKey, { t: tStar });
  return '';
}

/** A prediction's question as the quiz asks it (no diagram to choose on there). */
const quizQuestionKey = (id: string): PracticeKey =>
  (id === 'smallest-term' ? 'prompt.smallest-term.quiz' : `prompt.${id}.question`) as PracticeKey;

/**
 * The closing quiz: the questions of quizOf, each answered in place (an option, a k, a number),
 * then checked together: each verdict with the correct answer, the score, and the best score kept
 * for this model.
 */
export function QuizView() {
  const lang = useLesson((s) => s.lang);
  const model = useLesson((s) => s.model);
  const target = useLesson((s) => s.target);
  const seed = useLesson((s) => s.cardSeed) ?? DEFAULT_CARD_SEED;
  const forgetBias = useGated((s) => s.forgetBias);
  const key = modelKey(model, target);
  const best = usePractice((s) => s.records[key]?.quiz ?? null);
  const questions = useMemo(
    () => quizOf(model, target, forgetBias, seed),
    [model, target, forgetBias, seed],
  );
  const [answers, setAnswers] = useState<Readonly<Record<number, QuizAnswer>>>({});
  const [checked, setChecked] = useState(false);
  const id = useId();
  const tr = (k: PracticeKey, p?: Record<string, string | number>) => t(lang, 'practice', k, p);
  const set = (i: number, a: QuizAnswer) => {
    if (!checked) setAnswers((prev) => ({ ...prev, [i]: a }));
  };
  const score = questions.filter((q, i) => isRight(q, answers[i] ?? null)).length;
  const check = () => {
    setChecked(true);
    practiceStore.getState().setQuiz(key, score, questions.length);
  };
  return (
    <div className="quiz-view" data-testid="quiz-view">
      <ol className="quiz-view__list">
        {questions.map((q, i) => {
          const a = answers[i] ?? null;
          const right = isRight(q, a);
          return (
            <li
              key={i}
              className="quiz-view__item"
              data-testid={`quiz-q-${i}`}
              data-kind={q.kind === 'card' ? q.card.kind : q.prompt.id}
              data-verdict={checked ? String(right) : undefined}
            >
              <p className="quiz-view__n" aria-hidden="true">
                {tr('quiz.question', { n: i + 1, of: questions.length })}
              </p>
              {q.kind === 'card' ? (
                <CardView
                  card={q.card}
                  lang={lang}
                  mode="quiz"
                  revealed={checked}
                  record={typeof a === 'number' ? { tries: [a], solved: checked && right } : null}
                  onRecord={(r) => set(i, r.tries[r.tries.length - 1] ?? null)}
                />
              ) : (
                <fieldset className="quiz-view__choice" disabled={checked}>
                  <legend>
                    {tr(quizQuestionKey(q.prompt.id), {
                      t: target,
                      kFirst: q.truth.kind === 'choice' ? (q.truth.options[0] ?? 1) : 1,
                    })}
                  </legend>
                  {(q.truth.kind === 'choice'
                    ? q.truth.options
                    : q.truth.kind === 'binary'
                      ? (BINARY_OPTIONS[q.truth.id] as readonly BinaryOption[])
                      : []
                  ).map((o) => (
                    <label key={o} className="quiz-view__option">
                      <input
                        type="radio"
                        name={`${id}-${i}`}
                        value={String(o)}
                        checked={a === o}
                        onChange={() => set(i, o)}
                      />{' '}
                      {typeof o === 'number'
                        ? `k = ${o}`
                        : tr(`prompt.${q.prompt.id}.${o}` as PracticeKey, { t: target })}
                    </label>
                  ))}
                </fieldset>
              )}
              {checked && q.kind === 'prompt' && (
                <p className="quiz-view__verdict" role="status">
                  <span aria-hidden="true">{right ? '✓ ' : '✗ '}</span>
                  {right
                    ? tr('quiz.right')
                    : tr(a === null ? 'quiz.unanswered' : 'quiz.wrong', {
                        answer: answerText(lang, q, target),
                      })}
                </p>
              )}
            </li>
          );
        })}
      </ol>
      <div className="quiz-view__actions" aria-live="polite">
        {checked ? (
          <>
            <p className="quiz-view__score" data-testid="quiz-score">
              {tr('quiz.score', { score, of: questions.length })}{' '}
              {best && tr('quiz.best', { best: best.best, of: best.of })}
            </p>
            <button
              type="button"
              onClick={() => {
                setAnswers({});
                setChecked(false);
              }}
            >
              {tr('quiz.again')}
            </button>
          </>
        ) : (
          <button
            type="button"
            className="quiz-view__check"
            data-testid="quiz-check"
            onClick={check}
          >
            {tr('quiz.check')}
          </button>
        )}
      </div>
    </div>
  );
}
