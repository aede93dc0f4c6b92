/**
 * The stage: a logical canvas, scaled (CSS transform) to fill the window, on which every size in
 * the app's CSS is given. Its scale is chosen for legibility, its shape is the window's:
 *
 * - a landscape window shows at least 1440 × 1024 logical pixels (scale = min(w / 1440,
 *   h / 1024)), so that 32 px body text is ≥ 22 px on a 1024 × 768 projector and at 1280 × 720,
 *   and no logical text of ≥ 20 px falls below 14 px; a window large enough to show the whole
 *   1920 × 1080 design at scale ≥ 1 shows it (1080p at scale 1, 4K at 2);
 * - a window held upright (a phone) shows at least 600 × 1000 (32 px text is ≥ 19 px at 360 px
 *   wide).
 *
 * No window gets a scale below 0.5 (text ≥ 16 px): a phone held sideways scrolls its panels.
 *
 * The logical size is the window's over the scale, so nothing is letterboxed: the layout, not the
 * scale, adapts to the shape — 'wide' (16:10 and wider: diagram and text side by side), 'narrow'
 * (4:3, 5:4, 3:2: side by side with a narrower chrome) and 'tall' (upright: everything stacked,
 * the middle scrolling).
 */

/** The design size of a 16:9 window (the size the app was first laid out for). */
export const STAGE_WIDTH = 1920;
export const STAGE_HEIGHT = 1080;

/** An A4 landscape page in CSS pixels (297 × 210 mm at 96 px per inch): the printed lesson. */
export const PRINT_PAGE = { width: (297 / 25.4) * 96, height: (210 / 25.4) * 96 } as const;

/** The smallest logical area a landscape window shows (its scale is chosen to fit it). */
export const LANDSCAPE_MIN = { width: 1440, height: 1024 } as const;
/** The smallest logical area an upright window shows. */
export const PORTRAIT_MIN = { width: 600, height: 1000 } as const;
/**
 * The smallest scale: 32 px text stays ≥ 16 px however small the window (a phone held sideways);
 * below it the panels scroll instead of the text shrinking.
 */
export const MIN_SCALE = 0.5;

/** Logical aspect ratios from this one up get the wide layout. */
export const WIDE_ASPECT = 1.55;

export type StageLayout = 'wide' | 'narrow' | 'tall';

export interface StageFit {
  readonly scale: number;
  /** The logical size of the stage (the window's size over the scale). */
  readonly width: number;
  readonly height: number;
  readonly layout: StageLayout;
}

/** The stage for a width × height window (CSS pixels). */
export function fitStage(width: number, height: number): StageFit {
  const w = Number.isFinite(width) && width > 0 ? width : STAGE_WIDTH;
  const h = Number.isFinite(height) && height > 0 ? height : STAGE_HEIGHT;
  const upright = h > w;
  const min = upright ? PORTRAIT_MIN : LANDSCAPE_MIN;
  const legible = Math.min(w / min.width, h / min.height);
  const design = Math.min(w / STAGE_WIDTH, h / STAGE_HEIGHT);
  const scale = Math.max(MIN_SCALE, upright ? legible : Math.min(legible, Math.max(1, design)));
  const lw = w / scale;
  const lh = h / scale;
  const layout: StageLayout = upright ? 'tall' : lw / lh >= WIDE_ASPECT ? 'wide' : 'narrow';
  return { scale, width: lw, height: lh, layout };
}
