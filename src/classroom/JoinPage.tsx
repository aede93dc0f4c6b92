import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { parseCode, roomLink } from './joinLink';
import { useVt } from './useVt';
import './joinPage.css';

type Status = 'idle' | 'waiting' | 'invalid' | 'unknown' | 'silent';

/**
 * The code page (`/join`, which the relay sends to `/?view=join`): one field for the room's
 * six-digit code ("123 456" and "123-456" too) and a button. The relay answers with the room,
 * and the page opens it, in the link's language; a wrong code is said so, naming the field, and
 * stays there to be corrected; silence (too many tries, or no relay) is said so too. Works over
 * plain http on a LAN address: no API of a secure context.
 */
export function JoinPage() {
  const vt = useVt();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [status, setStatus] = useState<Status>('idle');
  useEffect(() => {
    document.title = vt('join.title');
  }, [vt]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (status === 'waiting') return;
    const code = parseCode(text);
    if (code === null) {
      setStatus('invalid');
      input.current?.focus();
      return;
    }
    setStatus('waiting');
    import('./joinByCode')
      .then((m) => m.joinByCode(code))
      .catch(() => ({ kind: 'silent' }) as const)
      .then((answer) => {
        if (answer.kind === 'joined') {
          window.location.assign(
            roomLink(window.location.pathname, window.location.search, answer.room),
          );
          return;
        }
        setStatus(answer.kind);
        input.current?.focus();
      });
  };

  const error = status === 'invalid' || status === 'unknown' || status === 'silent';
  const message =
    status === 'invalid'
      ? vt('join.invalid')
      : status === 'unknown'
        ? vt('join.unknown')
        : status === 'silent'
          ? vt('join.silent')
          : status === 'waiting'
            ? vt('join.waiting')
            : '';
  return (
    <main className="join-page" data-testid="join-page">
      <h1 className="join-page__title">{vt('join.title')}</h1>
      <p className="join-page__intro">{vt('join.intro')}</p>
      <form className="join-page__form" onSubmit={submit} noValidate>
        <label className="join-page__label" htmlFor={`${id}-code`}>
          {vt('join.field')}
        </label>
        <input
          ref={input}
          id={`${id}-code`}
          name="code"
          className="cls-input join-page__input"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          autoCorrect="off"
          spellCheck={false}
          maxLength={16}
          placeholder="123 456"
          aria-invalid={status === 'invalid' || status === 'unknown'}
          aria-describedby={`${id}-status`}
          value={text}
          data-testid="join-code-input"
          onChange={(e) => setText(e.target.value)}
        />
        <button
          type="submit"
          className="cls-btn cls-btn--primary join-page__submit"
          aria-disabled={status === 'waiting'}
          data-testid="join-submit"
        >
          {vt('join.submit')}
        </button>
      </form>
      <p
        id={`${id}-status`}
        className="join-page__status"
        // One live region for every message (a role that changes is announced unreliably).
        role="status"
        data-testid="join-status"
        data-state={status}
      >
        {error && (
          <span aria-hidden="true" className="join-page__mark">
            ⚠{' '}
          </span>
        )}
        {message}
      </p>
    </main>
  );
}
