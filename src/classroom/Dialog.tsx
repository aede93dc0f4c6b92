import {
  useEffect,
  useId,
  useRef,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { useVt } from './useVt';

interface Props {
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
  /** The element focused on opening (the first focusable one otherwise). */
  readonly initialFocus?: RefObject<HTMLElement | null>;
  readonly className?: string;
  /** data-testid of the dialog box. */
  readonly testId?: string;
  /** The close button's accessible name (the generic "Close" by default). */
  readonly closeLabel?: string;
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A modal dialog drawn on the stage (so it scales with everything else): focus moves in on
 * opening, stays inside while it is open (Tab cycles), and returns where it was on closing; Esc
 * and a click on the backdrop close it.
 */
export function Dialog({
  title,
  onClose,
  children,
  initialFocus,
  className,
  testId,
  closeLabel,
}: Props) {
  const vt = useVt();
  const box = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  }, [onClose]);

  useEffect(() => {
    const previous = document.activeElement;
    const first = initialFocus?.current ?? box.current?.querySelector<HTMLElement>(FOCUSABLE);
    (first ?? box.current)?.focus();
    return () => {
      if (previous instanceof HTMLElement && previous.isConnected) previous.focus();
    };
  }, [initialFocus]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      close.current();
      return;
    }
    if (e.key !== 'Tab' || !box.current) return;
    const items = Array.from(box.current.querySelectorAll<HTMLElement>(FOCUSABLE));
    if (items.length === 0) return;
    const i = items.indexOf(document.activeElement as HTMLElement);
    if (e.shiftKey && i <= 0) {
      e.preventDefault();
      items[items.length - 1].focus();
    } else if (!e.shiftKey && i === items.length - 1) {
      e.preventDefault();
      items[0].focus();
    }
  };

  return (
    <div
      className="cls-backdrop"
      onMouseDown={(e) => {
        if (e.target === e.currentTarget) close.current();
      }}
    >
      <div
        ref={box}
        className={`cls-dialog ${className ?? ''}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        data-testid={testId}
        onKeyDown={onKeyDown}
      >
        <header className="cls-dialog__head">
          <h2 id={titleId} className="cls-dialog__title">
            {title}
          </h2>
          <button
            type="button"
            className="cls-dialog__close"
            aria-label={closeLabel ?? vt('dialog.close')}
            title={closeLabel ?? vt('dialog.close')}
            onClick={() => close.current()}
          >
            <span aria-hidden="true">✕</span>
          </button>
        </header>
        {/* Focusable, so a long body (the help) scrolls from the keyboard too. */}
        <div className="cls-dialog__body" tabIndex={0}>
          {children}
        </div>
      </div>
    </div>
  );
}
