/**
 * One cell of a heatmap: a fill whose opacity is the magnitude and the
 * sign as a glyph. Memoised: a cell re-renders only when its own value, place or focus changes.
 */
import { memo } from 'react';
import { signGlyph } from './heatmapData';

export interface HeatCellProps {
  readonly k: number;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly value: number;
  /** |intensity| in [0, 1] on the diverging scale. */
  readonly strength: number;
  readonly glyphSize: number;
  /** The cell holding the tab stop: it alone carries a role and a label. */
  readonly active: boolean;
  readonly label: string | null;
  readonly onFocusCell: (k: number) => void;
  readonly onEnterCell: (k: number) => void;
}

function HeatCellView({
  k,
  x,
  y,
  w,
  h,
  value,
  strength,
  glyphSize,
  active,
  label,
  onFocusCell,
  onEnterCell,
}: HeatCellProps) {
  const sign = value < 0 ? 'neg' : value > 0 ? 'pos' : 'zero';
  return (
    <g
      data-cell={k}
      data-value={Number.isFinite(value) ? value : String(value)}
      data-sign={sign}
      className={`xp-cell xp-cell--${sign}`}
      tabIndex={active ? 0 : -1}
      role={active ? 'img' : undefined}
      aria-label={active && label ? label : undefined}
      onFocus={() => onFocusCell(k)}
      onMouseEnter={() => onEnterCell(k)}
    >
      <rect
        x={x + 0.5}
        y={y + 0.5}
        width={w - 1}
        height={h - 1}
        className="xp-cell__fill"
        fillOpacity={Number.isNaN(value) ? 0 : 0.12 + 0.88 * strength}
      />
      <text
        x={x + w / 2}
        y={y + h / 2}
        textAnchor="middle"
        dominantBaseline="central"
        fontSize={glyphSize}
        className={strength > 0.55 ? 'xp-glyph xp-glyph--strong' : 'xp-glyph'}
        aria-hidden="true"
      >
        {signGlyph(value)}
      </text>
    </g>
  );
}

export const HeatCell = memo(HeatCellView);

export default HeatCell;
