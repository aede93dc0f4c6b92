import { useLayoutEffect, useRef, type ReactNode } from 'react';

interface Props {
  /** Re-measure when this changes (e.g. the TeX source). */
  readonly watch: unknown;
  /** The smallest font scale used before the content is allowed to scroll. */
  readonly min?: number;
  readonly className?: string;
  readonly children: ReactNode;
}

/**
 * Shrinks its content's font (never below `min`) until it fits the available width, so a long
 * formula is shown whole instead of cut off. Sizes are layout sizes, unaffected by the stage scale.
 */
export function FitWidth({ watch, min = 0.6, className, children }: Props) {
  const outer = useRef<HTMLDivElement>(null);
  const inner = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const o = outer.current;
    const i = inner.current;
    if (!o || !i) return;
    const measure = () => {
      i.style.fontSize = '';
      const natural = i.offsetWidth;
      const available = o.clientWidth;
      const scale = natural > available && natural > 0 ? Math.max(min, available / natural) : 1;
      i.style.fontSize = scale < 1 ? `${Math.floor(scale * 1000) / 1000}em` : '';
      o.dataset.fit = scale.toFixed(3);
    };
    measure();
    let alive = true;
    document.fonts?.ready.then(() => alive && measure());
    const ro = typeof ResizeObserver !== 'undefined' ? new ResizeObserver(measure) : null;
    ro?.observe(o);
    return () => {
      alive = false;
      ro?.disconnect();
    };
  }, [watch, min]);
  return (
    <div ref={outer} className={`fit-width ${className ?? ''}`}>
      <div ref={inner} className="fit-width__inner">
        {children}
      </div>
    </div>
  );
}
