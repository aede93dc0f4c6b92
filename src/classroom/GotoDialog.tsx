import { useId, useRef, useState, type FormEvent } from 'react';
import { STEP_COUNT, useLesson } from '../store';
import { useT } from '../components/useT';
import { Dialog } from './Dialog';
import { useVt } from './useVt';

interface Props {
  readonly onClose: () => void;
}

/** Parses "7" into the 0-based step 6; null for anything outside 1 … total. */
export function parseStepNumber(text: string, total: number): number | null {
  const v = text.trim();
  if (!/^\d{1,4}$/.test(v)) return null;
  const n = Number(v);
  return n >= 1 && n <= total ? n - 1 : null;
}

/** G: type a step number, press Enter. */
export function GotoDialog({ onClose }: Props) {
  const tr = useT();
  const vt = useVt();
  const goTo = useLesson((s) => s.goTo);
  const stepIndex = useLesson((s) => s.stepIndex);
  const [text, setText] = useState(String(stepIndex + 1));
  const [invalid, setInvalid] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const i = parseStepNumber(text, STEP_COUNT);
    if (i === null) {
      setInvalid(true);
      input.current?.select();
      return;
    }
    goTo(i, 0);
    onClose();
  };

  return (
    <Dialog
      title={vt('goto.title')}
      onClose={onClose}
      initialFocus={input}
      className="cls-goto"
      testId="goto-dialog"
    >
      <form className="cls-goto__form" onSubmit={submit} noValidate>
        <label htmlFor={`${id}-n`}>{tr('nav.gotoPrompt', { total: STEP_COUNT })}</label>
        <div className="cls-row">
          <input
            ref={input}
            id={`${id}-n`}
            className="cls-input cls-goto__input"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            value={text}
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? `${id}-err` : undefined}
            onFocus={(e) => e.currentTarget.select()}
            onChange={(e) => {
              setText(e.target.value);
              setInvalid(false);
            }}
          />
          <button type="submit" className="cls-btn cls-btn--primary">
            {vt('goto.submit')}
          </button>
        </div>
        {invalid && (
          <p id={`${id}-err`} className="cls-error" role="alert">
            {tr('nav.gotoInvalid', { total: STEP_COUNT })}
          </p>
        )}
      </form>
    </Dialog>
  );
}
