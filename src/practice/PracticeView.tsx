import { t } from '../i18n';
import { modelFingerprint } from '../model/io/fingerprint';
import { selectStep, useLesson } from '../store';
import { CardView } from './cards/CardView';
import { DEFAULT_CARD_SEED, freshSeed, lessonCards } from './cardsOf';
import { modelKey } from './current';
import { QuizView } from './QuizView';
import { practiceStore, usePractice } from './store';
import { sheetHref } from './sheetLink';
import './practice.css';

/**
 * The practice steps' view, in the diagram's place: the sub-step's card (with the seed, new cards
 * and the exercise sheet), or the closing quiz.
 */
export function PracticeView() {
  const lang = useLesson((s) => s.lang);
  const model = useLesson((s) => s.model);
  const target = useLesson((s) => s.target);
  const sub = useLesson((s) => s.sub);
  const step = useLesson(selectStep);
  const seed = useLesson((s) => s.cardSeed) ?? DEFAULT_CARD_SEED;
  const setSeed = useLesson((s) => s.setCardSeed);
  const key = modelKey(model, target);
  const records = usePractice((s) => s.records[key]?.cards);
  // A new model, target or seed is a new quiz (its answers are not carried over).
  if (step.focus.practice === 'quiz') return <QuizView key={`${key}|${seed}`} />;
  const cards = lessonCards(model, target, seed);
  const card = cards[Math.min(sub, cards.length - 1)];
  const cardKey = `${seed}:${card.kind}`;
  const tr = (k: 'cards.seed' | 'cards.new' | 'cards.sheet', p?: Record<string, string | number>) =>
    t(lang, 'practice', k, p);
  return (
    <div className="practice-view" data-testid="practice-view" data-seed={seed}>
      <div className="practice-view__bar">
        <span className="practice-view__seed" data-testid="card-seed">
          {tr('cards.seed', { seed, model: modelFingerprint(model) })}
        </span>
        <button type="button" data-testid="cards-new" onClick={() => setSeed(freshSeed())}>
          {tr('cards.new')}
        </button>
        <a
          className="practice-view__sheet"
          data-testid="cards-sheet"
          href={sheetHref(window.location)}
          target="_blank"
          rel="noopener"
        >
          {tr('cards.sheet')}
        </a>
      </div>
      <CardView
        key={cardKey}
        card={card}
        lang={lang}
        mode="practice"
        record={records?.[cardKey] ?? null}
        onRecord={(r) => practiceStore.getState().setCard(key, cardKey, r)}
      />
    </div>
  );
}
