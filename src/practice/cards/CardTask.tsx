import { Formula } from '../../components/Formula';
import type { Lang } from '../../i18n';
import type { Card } from '../../lesson/cards';
import { fprimeRuleTex, kindText, needsFprime, tr } from './cardText';
import { GivenTable } from './GivenTable';

export interface CardTaskProps {
  readonly card: Card;
  readonly lang: Lang;
  /** An id for the task's sentence, so that a card can be labelled by it. */
  readonly headingId?: string;
}

/**
 * What a card asks: "Compute ⟨entry⟩: ⟨what it is⟩", f′ (or f) of the card's activation where the
 * entry needs it, and the given numbers, the used ones marked, with the marks' legend.
 */
export function CardTask({ card, lang, headingId }: CardTaskProps) {
  const f = card.activation;
  return (
    <div className="pcard-task">
      <p className="pcard-task__ask" id={headingId}>
        <span className="pcard-task__verb">{tr(lang, 'card.compute')}</span>{' '}
        <Formula tex={card.entryTex} className="pcard-task__entry" />
        {': '}
        {kindText(card, lang)}
        {card.kind === 'forward-state' && (
          <span data-testid="card-f"> {tr(lang, 'card.f', { f })}</span>
        )}
      </p>
      {needsFprime(card) && (
        <p className="pcard-task__f" data-testid="card-fprime">
          {tr(lang, 'card.fprime', { f })} <Formula tex={fprimeRuleTex(f)} />
        </p>
      )}
      <div className="pcard-givens">
        {card.given.map((g) => (
          <GivenTable key={g.id} given={g} lang={lang} />
        ))}
      </div>
      <p className="pcard-legend">{tr(lang, 'card.legend')}</p>
    </div>
  );
}

export default CardTask;
