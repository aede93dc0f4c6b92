/**
 * A section of the explore panel that follows the model only while it is on screen (or near it):
 * scrolled out of view, its content keeps what it last showed and React skips it, so an edit
 * costs only what can be seen. Its DOM stays (the keyboard can still reach every control, and
 * focusing one scrolls it into view, which brings it up to date at once). Without
 * IntersectionObserver (tests in jsdom) it is always live.
 */
import { memo, useEffect, useRef, useState, type ReactNode } from 'react';

interface FreezeProps {
  readonly children: ReactNode;
  readonly frozen: boolean;
  readonly watch: unknown;
}

/** Renders its children again only while not frozen, or when `watch` changes. */
const Freeze = memo(
  function Freeze({ children }: FreezeProps) {
    return children;
  },
  (prev, next) => next.frozen && Object.is(prev.watch, next.watch),
);

export interface LiveSectionProps {
  /** data-section, for tests and styles. */
  readonly name: string;
  readonly className?: string;
  /** Followed even out of view (the language: every text on the page changes with it). */
  readonly watch?: unknown;
  readonly children: ReactNode;
}

/** How far outside the visible area a section already counts as visible. */
const MARGIN = '300px 0px';

export function LiveSection({ name, className, watch, children }: LiveSectionProps) {
  const ref = useRef<HTMLElement>(null);
  const [visible, setVisible] = useState(true);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const io = new IntersectionObserver(
      (entries) => {
        const e = entries[entries.length - 1];
        if (e) setVisible(e.isIntersecting);
      },
      { rootMargin: MARGIN },
    );
    io.observe(el);
    return () => io.disconnect();
  }, []);
  return (
    <section
      ref={ref}
      className={`xp-section ${className ?? ''}`}
      data-section={name}
      data-live={visible}
    >
      <Freeze frozen={!visible} watch={watch}>
        {children}
      </Freeze>
    </section>
  );
}

export default LiveSection;
