/** A list of problems, each naming its field (data-field) and saying what is wrong. */
import type { FieldError } from '../model';
import { type Lang, fieldErrorText, fieldLabel } from '../i18n';

export interface FieldErrorListProps {
  readonly errors: readonly FieldError[];
  readonly lang: Lang;
}

export function FieldErrorList({ errors, lang }: FieldErrorListProps) {
  return (
    <ul className="xp-error__list">
      {errors.map((e, i) => (
        <li key={i} data-field={e.field} data-code={e.code}>
          <code>{fieldLabel(lang, e.field)}</code>: {fieldErrorText(lang, e)}
        </li>
      ))}
    </ul>
  );
}

export default FieldErrorList;
