/** The logical stage every layout is designed for (1080p); the window shows it scaled to fit. */
export const STAGE_WIDTH = 1920;
export const STAGE_HEIGHT = 1080;

export interface StageFit {
  readonly scale: number;
  /** Offsets that centre the scaled stage in the window (letterbox or pillarbox). */
  readonly left: number;
  readonly top: number;
}

/** The largest scale at which the whole stage fits in a width × height window, centred. */
export function fitStage(width: number, height: number): StageFit {
  const w = Number.isFinite(width) && width > 0 ? width : STAGE_WIDTH;
  const h = Number.isFinite(height) && height > 0 ? height : STAGE_HEIGHT;
  const scale = Math.min(w / STAGE_WIDTH, h / STAGE_HEIGHT);
  return {
    scale,
    left: Math.max(0, (w - STAGE_WIDTH * scale) / 2),
    top: Math.max(0, (h - STAGE_HEIGHT * scale) / 2),
  };
}
