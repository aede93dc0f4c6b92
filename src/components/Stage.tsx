import { useLayoutEffect, useState, type ReactNode } from 'react';
import { fitStage, STAGE_HEIGHT, STAGE_WIDTH, type StageFit } from './stageFit';

function currentFit(): StageFit {
  return fitStage(window.innerWidth, window.innerHeight);
}

/**
 * A logical 1920×1080 stage scaled (CSS transform) to fit the window whatever its shape, 16:9 or
 * 4:3, with nothing cut off: every size in the app's CSS is a size at 1080p.
 */
export function Stage({ children }: { readonly children: ReactNode }) {
  const [fit, setFit] = useState<StageFit>(currentFit);
  useLayoutEffect(() => {
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setFit(currentFit()));
    };
    setFit(currentFit());
    window.addEventListener('resize', update);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('resize', update);
    };
  }, []);
  return (
    <div className="stage-viewport">
      <div
        className="stage"
        data-scale={fit.scale.toFixed(4)}
        style={{
          width: STAGE_WIDTH,
          height: STAGE_HEIGHT,
          transform: `translate(${fit.left}px, ${fit.top}px) scale(${fit.scale})`,
        }}
      >
        {children}
      </div>
    </div>
  );
}
