import { useLayoutEffect, useRef, type ReactNode } from 'react';

interface Props {
  /** Fit again when this changes (e.g. the TeX source). */
  readonly watch: unknown;
  /** The smallest font scale used before the content is allowed to scroll. */
  readonly min?: number;
  readonly className?: string;
  readonly children: ReactNode;
}

/** Scale changes smaller than this are ignored (no back-and-forth over a pixel of rounding). */
const SETTLE = 0.005;

/**
 * Shrinks its content's font (never below `min`) until it fits the available width, so a long
 * formula is shown whole instead of cut off. Sizes are layout sizes, unaffected by the stage scale.
 *
 * Measured from a ResizeObserver, which reports sizes after the browser's own layout, and fitted
 * in the frame after: a step change with several formulas costs no forced layout per formula. The natural width is the
 * current width over the current scale (KaTeX sizes everything in em).
 */
export function FitWidth({ watch, min = 0.6, className, children }: Props) {
  const outer = useRef<HTMLDivElement>(null);
  const inner = useRef<HTMLDivElement>(null);
  const scale = useRef(1);
  useLayoutEffect(() => {
    const o = outer.current;
    const i = inner.current;
    if (!o || !i) return;
    const fit = () => {
      // Two pixels spare: KaTeX's glyphs can reach a pixel past their box (rounding, kerning).
      const available = o.clientWidth - 2;
      const width = Math.max(i.offsetWidth, i.scrollWidth);
      const current = scale.current;
      const natural = width / current;
      let next = natural > available && natural > 0 ? Math.max(min, available / natural) : 1;
      next = Math.floor(next * 1000) / 1000;
      if (Math.abs(next - current) < SETTLE && width <= available) next = current;
      if (next !== current) {
        scale.current = next;
        i.style.fontSize = next < 1 ? `${next}em` : '';
      }
      o.dataset.fit = next.toFixed(3);
      // Still wider at the smallest scale: it scrolls, so it must be reachable from the keyboard.
      if (natural * next > available + 1) o.tabIndex = 0;
      else o.removeAttribute('tabindex');
    };
    if (typeof ResizeObserver === 'undefined') {
      fit();
      return;
    }
    // Refitted in the next frame, not inside the observer's callback: a new font size changes
    // the sizes of the boxes around it (a handout's FitBox observes them too), which inside the
    // callback would be a ResizeObserver loop.
    let frame = 0;
    const ro = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(fit);
    });
    ro.observe(o);
    ro.observe(i);
    return () => {
      cancelAnimationFrame(frame);
      ro.disconnect();
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
