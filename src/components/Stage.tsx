import { useLayoutEffect, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { fitStage, PRINT_PAGE, type StageFit } from './stageFit';

function currentFit(): StageFit {
  return fitStage(window.innerWidth, window.innerHeight);
}

/**
 * The logical stage (see stageFit), scaled (CSS transform) to fill the window: every size in the
 * app's CSS is a logical size; data-layout names the arrangement for the window's shape.
 */
export function Stage({ children }: { readonly children: ReactNode }) {
  const [fit, setFit] = useState<StageFit>(currentFit);
  useLayoutEffect(() => {
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setFit(currentFit()));
    };
    // Printed, the stage is laid out for an A4 landscape page (at once: the page is taken next).
    const toPaper = () => flushSync(() => setFit(fitStage(PRINT_PAGE.width, PRINT_PAGE.height)));
    setFit(currentFit());
    window.addEventListener('resize', update);
    window.addEventListener('beforeprint', toPaper);
    window.addEventListener('afterprint', update);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('resize', update);
      window.removeEventListener('beforeprint', toPaper);
      window.removeEventListener('afterprint', update);
    };
  }, []);
  return (
    <div className="stage-viewport">
      <div
        className="stage"
        data-scale={fit.scale.toFixed(4)}
        data-layout={fit.layout}
        style={{
          width: fit.width,
          height: fit.height,
          transform: `scale(${fit.scale})`,
        }}
      >
        {children}
      </div>
    </div>
  );
}
