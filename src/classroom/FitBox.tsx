import { useLayoutEffect, useRef, type ReactNode } from 'react';

interface Props {
  readonly className?: string;
  readonly children: ReactNode;
}

/**
 * Shows its content whole: laid out at its own size, then scaled down (never up) to fit the box,
 * so a tall diagram with its annotations or a long formula is never cut off.
 */
export function FitBox({ className, children }: Props) {
  const outer = useRef<HTMLDivElement>(null);
  const inner = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const o = outer.current;
    const i = inner.current;
    if (!o || !i) return;
    const fit = () => {
      const w = i.offsetWidth;
      const h = i.offsetHeight;
      const scale = w > 0 && h > 0 ? Math.min(1, o.clientWidth / w, o.clientHeight / h) : 1;
      i.style.transform = scale < 1 ? `scale(${scale.toFixed(4)})` : '';
      o.dataset.scale = scale.toFixed(3);
    };
    fit();
    if (typeof ResizeObserver === 'undefined') return;
    // Refitted in the next frame, not inside the observer's callback: content that settles its
    // own size in the same frame (a formula fitting its width) would otherwise loop.
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
  }, []);
  return (
    <div ref={outer} className={`cls-fit ${className ?? ''}`}>
      <div ref={inner} className="cls-fit__inner">
        {children}
      </div>
    </div>
  );
}
