/**
 * A formula with live numbers: its symbols are KaTeX (through Formula, rendered once per shape and
 * cached), its numbers plain text in KaTeX's font beside them. An edit of the model changes a few
 * text nodes instead of replacing a whole KaTeX tree, so the formula follows the edit within the
 * same frame as the diagram. Matrices of numbers are a small grid between brackets.
 */
import { formatNumber, type Lang, type NumberFormat } from '../i18n';
import { partsTex, type LivePart } from '../lesson/liveValue';
import { Formula } from './Formula';

export interface LiveFormulaProps {
  readonly parts: readonly LivePart[];
  /** The language whose style writes the numbers (on screen and in data-tex alike). */
  readonly lang: Lang;
  /** Shown for NaN and ±∞. */
  readonly overflow?: string;
  readonly className?: string;
}

function LiveNumber({ value, num }: { readonly value: number; readonly num: NumberFormat }) {
  const text = formatNumber(value, num);
  return (
    <span className={Number.isFinite(value) ? 'live-num' : 'live-num is-overflow'}>{text}</span>
  );
}

export function LiveFormula({ parts, lang, overflow, className }: LiveFormulaProps) {
  const num: NumberFormat = { lang, overflow };
  return (
    <div className={`live-formula ${className ?? ''}`} data-tex={partsTex(parts, num)}>
      {parts.map((p, i) => {
        if (p.kind === 'tex') return <Formula key={i} tex={`\\displaystyle ${p.tex}`} />;
        if (p.kind === 'num') return <LiveNumber key={i} value={p.value} num={num} />;
        const { cols, data } = p.value;
        return (
          <span key={i} className="live-mat">
            <span
              className="live-mat__grid"
              style={{ gridTemplateColumns: `repeat(${cols}, auto)` }}
            >
              {Array.from(data, (v, k) => (
                <LiveNumber key={k} value={v} num={num} />
              ))}
            </span>
          </span>
        );
      })}
    </div>
  );
}

export default LiveFormula;
