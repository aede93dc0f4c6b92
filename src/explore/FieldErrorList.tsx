/** A list of problems, each naming its field (data-field) and saying what is wrong. */
import type { FieldError } from '../model';
import { SHOWN_ERRORS } from '../model/io/text';
import { type Lang, fieldErrorText, fieldLabel, t } from '../i18n';

export interface FieldErrorListProps {
  readonly errors: readonly FieldError[];
  readonly lang: Lang;
}

/** At most SHOWN_ERRORS problems, then "… and n more" (a file may have thousands). */
export function FieldErrorList({ errors, lang }: FieldErrorListProps) {
  const more = errors.length - SHOWN_ERRORS;
  return (
    <ul className="xp-error__list">
      {errors.slice(0, SHOWN_ERRORS).map((e, i) => (
        <li key={i} data-field={e.field} data-code={e.code}>
          {/* What the file wrote is isolated: its direction marks cannot reorder the app's text. */}
          <code>
            <bdi>{fieldLabel(lang, e.field)}</bdi>
          </code>
          : <bdi>{fieldErrorText(lang, e)}</bdi>
        </li>
      ))}
      {more > 0 && <li data-more={more}>{t(lang, 'explore', 'errors.more', { n: more })}</li>}
    </ul>
  );
}

export default FieldErrorList;
