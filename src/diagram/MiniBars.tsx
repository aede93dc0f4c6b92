/**
 * A vector drawn inline beside its node: one bar per entry, up for positive and down for negative
 * (signed) or up from the bottom (probabilities, inputs). Non-finite entries draw no bar. The
 * exact numbers are in the node's tooltip and accessible name; this is the shape at a glance.
 */
import type { Rect } from './layout';

/** Widest bar slot (px), so a short vector stays a compact glyph. */
const MAX_SLOT = 26;

export interface MiniBarsProps {
  readonly values: ArrayLike<number>;
  readonly box: Rect;
  /** The magnitude drawn at full height (> 0). */
  readonly scale: number;
  /** Bars grow both ways from a middle baseline. */
  readonly signed: boolean;
  /** An entry drawn with an outline and a tick under it (ŷ's target class). */
  readonly highlight?: number;
  /** Each bar stands for a block of entries (drawn on a dashed baseline). */
  readonly summarised?: boolean;
}

export function MiniBars({ values, box, scale, signed, highlight, summarised }: MiniBarsProps) {
  const n = values.length;
  if (n === 0 || box.width < 8) return null;
  const slot = Math.min(box.width / n, MAX_SLOT);
  const gap = slot >= 6 ? Math.min(3, slot * 0.2) : 0;
  const s = Number.isFinite(scale) && scale > 0 ? scale : 1;
  const base = signed ? box.y + box.height / 2 : box.y + box.height;
  const full = signed ? box.height / 2 : box.height;
  // All bars in one path (and the highlighted one in its own): an edit then changes one
  // attribute per vector instead of one element per entry, which keeps style recalculation cheap.
  let d = '';
  let hd = '';
  const w = Math.max(0.5, slot - gap);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) continue;
    const h = Math.max((Math.min(Math.abs(v), s) / s) * full, 0.5);
    const y = v >= 0 ? base - Math.max(h, 0.5) : base;
    const bar = `M${r(box.x + i * slot + gap / 2)},${r(y)}h${r(w)}v${r(h)}h${r(-w)}z`;
    if (i === highlight) hd = bar;
    else d += bar;
  }
  const tick =
    highlight !== undefined && highlight >= 0 && highlight < n ? (
      <path
        className="dg-bar-tick"
        d={`M${box.x + (highlight + 0.5) * slot},${box.y + box.height + 3}l-5,8h10z`}
      />
    ) : null;
  return (
    <g
      className={summarised ? 'dg-bars is-summarised' : 'dg-bars'}
      data-bars={n}
      aria-hidden="true"
    >
      <line className="dg-bar-base" x1={box.x} x2={box.x + slot * n} y1={base} y2={base} />
      {d && <path className="dg-bar" d={d} />}
      {hd && <path className="dg-bar is-highlight" d={hd} />}
      {tick}
    </g>
  );
}

/** A coordinate to two decimals (a hundredth of a pixel; shorter path strings). */
function r(x: number): number {
  return Math.round(x * 100) / 100;
}
