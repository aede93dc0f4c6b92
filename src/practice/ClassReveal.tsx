import { t } from '../i18n';
import type { PracticeKey } from '../i18n/keys';
import { BINARY_OPTIONS, type BinaryOption } from '../lesson/prompts/types';
import { useLesson } from '../store';
import type { CurrentPrompt } from './current';

/**
 * The lecturer's side of an open prediction in a class session: the answers the class chooses
 * from, as words for the room to read (the lecturer gives none of their own: the projector shows
 * the class's), and one button that closes the question and reveals it, as "next" does.
 */
export function ClassReveal({
  current,
  onReveal,
}: {
  readonly current: CurrentPrompt;
  readonly onReveal: () => void;
}) {
  const lang = useLesson((s) => s.lang);
  const tr = (k: PracticeKey, p?: Record<string, string | number>) => t(lang, 'practice', k, p);
  const { truth } = current;
  const options =
    truth.kind === 'choice'
      ? truth.options.map((k) => `k = ${k}`)
      : truth.kind === 'binary'
        ? (BINARY_OPTIONS[truth.id] as readonly BinaryOption[]).map((o) =>
            tr(`prompt.${truth.id}.${o}` as PracticeKey, { t: current.t }),
          )
        : [];
  return (
    <div className="prompt-card__options">
      {options.length > 0 && (
        <ul className="prompt-card__choices" data-testid="class-options">
          {options.map((o) => (
            <li key={o}>{o}</li>
          ))}
        </ul>
      )}
      <button
        type="button"
        className="prompt-card__reveal"
        data-testid="class-reveal"
        onClick={onReveal}
      >
        {tr('class.reveal')}
      </button>
    </div>
  );
}
