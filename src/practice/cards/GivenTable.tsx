import { useId } from 'react';
import { Formula } from '../../components/Formula';
import type { Lang } from '../../i18n';
import type { Given } from '../../lesson/cards';
import { shownNumber, tr } from './cardText';

export interface GivenTableProps {
  readonly given: Given;
  readonly lang: Lang;
}

/**
 * One given vector or matrix: its name in the table's corner, then its shown numbers (4 significant digits, the
 * language's style) in a table whose rows and columns are counted from 1, as the TeX indices
 * are. The entries the answer uses are bold, framed and marked ▸ (never by colour alone) and say
 * so to a screen reader; a 'context' given is shown plainly.
 */
export function GivenTable({ given, lang }: GivenTableProps) {
  const id = useId();
  const used = new Set(given.used);
  const matrix = given.shape === 'matrix';
  const cols = Array.from({ length: given.cols }, (_, c) => c);
  const mark = tr(lang, 'card.usedMark');
  return (
    <figure
      className="pcard-given"
      data-given={given.id}
      data-role={given.role}
      data-testid={`given-${given.id}`}
    >
      <table className="pcard-given__table" aria-labelledby={id}>
        <thead>
          <tr>
            <td className="pcard-given__name" id={id}>
              <Formula tex={given.tex} />
            </td>
            {matrix &&
              cols.map((c) => (
                <th key={c} scope="col" className="pcard-given__index">
                  {c + 1}
                </th>
              ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: given.rows }, (_, r) => (
            <tr key={r}>
              <th scope="row" className="pcard-given__index">
                {r + 1}
              </th>
              {cols.map((c) => {
                const k = r * given.cols + c;
                const isUsed = used.has(k);
                return (
                  <td
                    key={c}
                    className={
                      isUsed ? 'pcard-given__cell pcard-given__cell--used' : 'pcard-given__cell'
                    }
                    data-used={isUsed ? 'true' : undefined}
                  >
                    {isUsed && (
                      <span className="pcard-given__mark" aria-hidden="true">
                        ▸
                      </span>
                    )}
                    {shownNumber(given.shown[k], lang)}
                    {isUsed && <span className="visually-hidden"> ({mark})</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

export default GivenTable;
