/**
 * The input sequence: as text (one-hot over its own vocabulary, targets the next characters) or
 * as numbers in a table (inputs x_t and class targets y_t, steps added or removed).
 */
import { useId, useState } from 'react';
import { fromRows, vocabularyOf, type FieldError, type AnyModel } from '../model';
import {
  appendStep,
  encodeText,
  removeLastStep,
  sequenceMatches,
  withInputEntry,
  withTargetEntry,
  type ModelResult,
} from '../model/build/sequence';
import { type Lang, fieldErrorText, fieldLabel, t as translate } from '../i18n';
import { MatrixEditor } from './MatrixEditor';

export type SequenceMode = 'text' | 'table';

export interface SequenceControlsProps {
  readonly model: AnyModel;
  readonly lang: Lang;
  /** The text last applied. */
  readonly text: string;
  readonly mode: SequenceMode;
  readonly onModeChange: (mode: SequenceMode) => void;
  /** A valid new text (at least 2 characters); the panel rebuilds the model. */
  readonly onText: (text: string) => void;
  readonly onModelChange: (model: AnyModel) => void;
}

export function SequenceControls({
  model,
  lang,
  text,
  mode,
  onModeChange,
  onText,
  onModelChange,
}: SequenceControlsProps) {
  const id = useId();
  const [draft, setDraft] = useState(text);
  const [shownText, setShownText] = useState(text);
  // The problem is kept as data, so that it follows a change of language.
  const [error, setError] = useState<FieldError | null>(null);
  if (text !== shownText) {
    setShownText(text);
    setDraft(text);
    setError(null);
  }
  const matches = sequenceMatches(model, text);
  const vocab = matches ? vocabularyOf(text) : null;

  const onDraft = (value: string) => {
    setDraft(value);
    const e = encodeText(value);
    if (e.ok) {
      setError(null);
      setShownText(value);
      onText(value);
      return;
    }
    setError(e.errors[0]);
  };

  const apply = (r: ModelResult) => {
    if (r.ok) {
      setError(null);
      onModelChange(r.model);
    } else {
      setError(r.errors[0]);
    }
  };

  const K = model.V.rows;
  return (
    <div className="xp-sequence">
      <div className="xp-switch" role="group" aria-label={translate(lang, 'explore', 'seq.mode')}>
        {(['text', 'table'] as const).map((m) => (
          <button
            key={m}
            type="button"
            aria-pressed={mode === m}
            className="xp-button xp-switch__btn"
            onClick={() => onModeChange(m)}
          >
            {translate(lang, 'explore', m === 'text' ? 'seq.modeText' : 'seq.modeTable')}
          </button>
        ))}
      </div>
      {mode === 'text' ? (
        <div className="xp-field">
          <label htmlFor={id}>{translate(lang, 'explore', 'seq.text')}</label>
          <input
            id={id}
            type="text"
            className="xp-input xp-input--text"
            data-field="text"
            value={draft}
            spellCheck={false}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-help`}
            onChange={(e) => onDraft(e.target.value)}
          />
          <p id={`${id}-help`} className="xp-help">
            {translate(lang, 'explore', 'seq.textHelp')}
          </p>
          {vocab ? (
            <p className="xp-help" data-testid="vocabulary">
              {translate(lang, 'explore', 'seq.vocab', {
                n: vocab.length,
                chars: vocab.map((c) => `“${c}”`).join(' '),
              })}
            </p>
          ) : (
            <p className="xp-note">{translate(lang, 'explore', 'seq.notFromText')}</p>
          )}
        </div>
      ) : (
        <div className="xp-table-mode">
          <MatrixEditor
            field="inputs"
            matrix={model.inputs}
            lang={lang}
            caption={translate(lang, 'explore', 'seq.inputs')}
            rowHeader={(t) => `x${t}`}
            colHeader={vocab ? (j) => vocab[j] ?? String(j) : undefined}
            onChange={(t, j, v) => apply(withInputEntry(model, t, j, v))}
          />
          <MatrixEditor
            field="targets"
            vector
            matrix={fromRows([model.targets])}
            lang={lang}
            caption={translate(lang, 'explore', 'seq.targets', { max: K - 1 })}
            validate={(v) =>
              Number.isInteger(v) && v >= 0 && v < K
                ? null
                : translate(lang, 'explore', 'seq.targetRange', { max: K - 1 })
            }
            onChange={(_, t, v) => apply(withTargetEntry(model, t, v))}
          />
          <div className="xp-row">
            <button type="button" className="xp-button" onClick={() => apply(appendStep(model))}>
              {translate(lang, 'explore', 'seq.addStep')}
            </button>
            <button
              type="button"
              className="xp-button"
              disabled={model.inputs.rows <= 1}
              onClick={() => apply(removeLastStep(model))}
            >
              {translate(lang, 'explore', 'seq.removeStep')}
            </button>
          </div>
        </div>
      )}
      {error && (
        <p className="xp-error" role="alert" data-field={error.field}>
          {translate(lang, 'explore', 'seq.error', {
            field: fieldLabel(lang, error.field),
            message: fieldErrorText(lang, error),
          })}
        </p>
      )}
    </div>
  );
}

export default SequenceControls;
