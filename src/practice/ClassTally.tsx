import { t } from '../i18n';
import type { PracticeKey } from '../i18n/keys';
import { BINARY_OPTIONS, type BinaryOption } from '../lesson/prompts/types';
import { useLesson } from '../store';
import { useClassView } from '../store/classView';
import type { CurrentPrompt } from './current';
import { classKey, curvesOf } from './classPrompt';

/**
 * The class's answers beside the computed one, once the lecturer has revealed: a bar per option
 * (its count and share; the computed answer marked ✓ and named, never by colour alone), or for a
 * drawing, how many curves the chart shows. The same on the projector and on every device.
 */
export function ClassTally({ current }: { readonly current: CurrentPrompt }) {
  const lang = useLesson((s) => s.lang);
  const model = useLesson((s) => s.model);
  const target = useLesson((s) => s.target);
  const key = classKey(current, model, target);
  const tally = useClassView((s) => (s.answers?.key === key ? s.answers : null));
  if (!tally || current.open) return null;
  const tr = (k: PracticeKey, p?: Record<string, string | number>) => t(lang, 'practice', k, p);
  const { truth } = current;
  const head = (total: number) => (
    <p className="class-tally__title">
      <strong>{tr('class.title', { total })}</strong>
    </p>
  );
  if (truth.kind === 'draw') {
    // Only curves that answer this drawing (its number of points) are shown and counted.
    const n = curvesOf(tally.curves, truth.values.length).length;
    return (
      <div className="class-tally" data-testid="class-tally" data-total={n}>
        {head(n)}
        <p className="class-tally__note">
          {n === 0
            ? tr('class.none')
            : `${tr('class.curves', { n })} ${
                current.record?.state === 'answered' ? '' : tr('class.medianNote')
              }`}
        </p>
      </div>
    );
  }
  const options =
    truth.kind === 'choice'
      ? truth.options.map((k) => ({ id: `k${k}`, label: `k = ${k}`, correct: k === truth.correct }))
      : (BINARY_OPTIONS[truth.id] as readonly BinaryOption[]).map((o) => ({
          id: o,
          label: tr(`prompt.${truth.id}.${o}` as PracticeKey, { t: current.t }),
          correct: o === truth.correct,
        }));
  // Only answers that are one of the options count (the relay checks them; the page too).
  const total = options.reduce((sum, o) => sum + (tally.counts[o.id] ?? 0), 0);
  const most = Math.max(1, ...options.map((o) => tally.counts[o.id] ?? 0));
  return (
    <div className="class-tally" data-testid="class-tally" data-total={total}>
      {head(total)}
      {total === 0 ? (
        <p className="class-tally__note">{tr('class.none')}</p>
      ) : (
        <ul className="class-tally__bars">
          {options.map((o) => {
            const n = tally.counts[o.id] ?? 0;
            const percent = Math.round((100 * n) / total);
            return (
              <li
                key={o.id}
                className="class-tally__row"
                data-option={o.id}
                data-count={n}
                data-correct={o.correct || undefined}
              >
                <span className="class-tally__label">
                  {o.correct && <span aria-hidden="true">✓ </span>}
                  {o.label}
                  {o.correct && <span className="class-tally__tag"> ({tr('class.correct')})</span>}
                </span>
                <span className="class-tally__track" aria-hidden="true">
                  <span className="class-tally__bar" style={{ width: `${(100 * n) / most}%` }} />
                </span>
                <span className="class-tally__n">{tr('class.bar', { n, percent })}</span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
