import { FitWidth } from '../../components/FitWidth';
import { Formula } from '../../components/Formula';
import type { Lang } from '../../i18n';
import type { Card } from '../../lesson/cards';
import { solutionTex } from './cardText';

export interface CardSolutionProps {
  readonly card: Card;
  readonly lang: Lang;
}

/**
 * The worked solution with the shown numbers: "entry = formula", then one "= …" line per stage,
 * the last the value; each line shrinks to its column rather than being cut.
 */
export function CardSolution({ card, lang }: CardSolutionProps) {
  const lines = solutionTex(card, lang);
  return (
    <div className="pcard-solution" data-testid="card-solution">
      {lines.map((tex, n) => (
        <FitWidth key={n} watch={tex} min={0.5} className="pcard-solution__line">
          <Formula tex={tex} display />
        </FitWidth>
      ))}
    </div>
  );
}

export default CardSolution;
