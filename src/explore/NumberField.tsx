/**
 * A labelled number input that applies every valid value at once and refuses the rest with a
 * message naming the field (the last valid value stays in the model). ↑ and ↓ step the value.
 */
import { useId, useState, type KeyboardEvent } from 'react';
import { type Lang, t as translate } from '../i18n';
import { exactText, parseNumberInput } from './numberInput';

export interface NumberFieldProps {
  readonly label: string;
  /** The field errors name, e.g. "H" or "seed". */
  readonly field: string;
  readonly value: number;
  readonly onCommit: (value: number) => void;
  readonly lang: Lang;
  readonly min: number;
  readonly max: number;
  readonly integer?: boolean;
  /** ↑/↓ step (1 for integers, else 0.1). */
  readonly step?: number;
  readonly help?: string;
  readonly disabled?: boolean;
  readonly className?: string;
}

export function NumberField({
  label,
  field,
  value,
  onCommit,
  lang,
  min,
  max,
  integer = false,
  step,
  help,
  disabled,
  className,
}: NumberFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(exactText(value, lang));
  const [shownValue, setShownValue] = useState(value);
  const [shownLang, setShownLang] = useState(lang);
  // The text refused (its message is written at render time, in the current language).
  const [error, setError] = useState<string | null>(null);
  // A new value from outside (a preset, a loaded file) replaces the draft.
  if (!Object.is(value, shownValue)) {
    setShownValue(value);
    setDraft(exactText(value, lang));
    setError(null);
  }
  // Another language writes the value in its number style (a refused text stays as typed).
  if (lang !== shownLang) {
    setShownLang(lang);
    if (error === null) setDraft(exactText(value, lang));
  }

  const check = (text: string): number | null => {
    const v = parseNumberInput(text);
    if (v === null || (integer && !Number.isInteger(v)) || v < min || v > max) {
      setError(text);
      return null;
    }
    setError(null);
    return v;
  };

  const apply = (text: string) => {
    setDraft(text);
    const v = check(text);
    if (v !== null && !Object.is(v, value)) {
      setShownValue(v);
      onCommit(v);
    }
  };

  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
    e.preventDefault();
    const d = (step ?? (integer ? 1 : 0.1)) * (e.key === 'ArrowUp' ? 1 : -1);
    const next = Math.min(max, Math.max(min, Number((value + d).toPrecision(12))));
    apply(exactText(next, lang));
  };

  const errId = `${id}-err`;
  const helpId = `${id}-help`;
  const describedBy = [error !== null ? errId : null, help ? helpId : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`xp-field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode={integer ? 'numeric' : 'decimal'}
        className="xp-input xp-input--number"
        value={draft}
        disabled={disabled}
        aria-invalid={error !== null ? true : undefined}
        aria-describedby={describedBy || undefined}
        data-field={field}
        onChange={(e) => apply(e.target.value)}
        onKeyDown={onKey}
        onBlur={() => {
          // The field shows the model's value again, a valid one: a refusal's message goes.
          setDraft(exactText(value, lang));
          setError(null);
        }}
      />
      {help && (
        <p id={helpId} className="xp-help">
          {help}
        </p>
      )}
      {error !== null && (
        <p id={errId} className="xp-error" role="alert" data-field={field}>
          {translate(lang, 'explore', 'num.range', {
            field,
            what: translate(lang, 'explore', integer ? 'num.integer' : 'num.number'),
            min,
            max,
            found: error,
            old: exactText(value, lang),
          })}
        </p>
      )}
    </div>
  );
}

export default NumberField;
