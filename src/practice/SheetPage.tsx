import { useEffect } from 'react';
import { modelFingerprint } from '../model/io/fingerprint';
import { useLesson } from '../store';
import { withQuery } from '../url';
import { SheetView } from './cards/SheetView';
import { DEFAULT_CARD_SEED, lessonCards } from './cardsOf';

/** The longest link printed on the sheet (longer ones carry a model, unreadable on paper). */
const MAX_PRINTED_LINK = 160;

/**
 * The exercise sheet's window (`?view=sheet`): the practice cards of this model, target and seed,
 * with their answer key, on A4 pages, as the lesson's practice step shows them on screen.
 */
export function SheetPage() {
  const lang = useLesson((s) => s.lang);
  const model = useLesson((s) => s.model);
  const target = useLesson((s) => s.target);
  const seed = useLesson((s) => s.cardSeed) ?? DEFAULT_CARD_SEED;
  const link = `${window.location.origin}${window.location.pathname}${withQuery(window.location.search, { view: 'app' })}${window.location.hash}`;
  useEffect(() => {
    document.documentElement.dataset.view = 'sheet';
  }, []);
  return (
    <SheetView
      cards={lessonCards(model, target, seed)}
      lang={lang}
      seed={seed}
      fingerprint={modelFingerprint(model)}
      // A link that carries a whole model is no use on paper: the seed and the fingerprint are.
      link={link.length <= MAX_PRINTED_LINK ? link : undefined}
    />
  );
}
