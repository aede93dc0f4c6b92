/** The truncation cut: a dashed vertical line before column kMin, labelled "cut: k ≥ kMin". */
import { cutX, LABEL_FONT, type DiagramLayout } from './layout';

/** A generous estimate of a label character's advance (SVG text does not wrap or report width). */
const CHAR_W = 0.62 * LABEL_FONT;

/**
 * Which side of the cut its label goes: right of the line when it fits before the diagram's edge,
 * else left of it (a long label, e.g. «окно усечения: k ≥ 2», near the last column), else the
 * side with more room.
 */
export function cutLabelSide(x: number, width: number, label: string): 'right' | 'left' {
  const need = 14 + [...label].length * CHAR_W;
  if (x + need <= width) return 'right';
  if (x - need >= 0) return 'left';
  return width - x >= x ? 'right' : 'left';
}

export interface TruncationCutProps {
  readonly layout: DiagramLayout;
  /** First k kept by truncated BPTT (≥ 1; nothing is cut at 0). */
  readonly kMin: number;
  readonly label: string;
}

export function TruncationCut({ layout, kMin, label }: TruncationCutProps) {
  if (!(kMin >= 1 && kMin < layout.T)) return null;
  const x = cutX(layout, kMin);
  const side = cutLabelSide(x, layout.width, label);
  return (
    <g className="dg-cut" data-cut-k={kMin}>
      <line x1={x} x2={x} y1={layout.cutTop} y2={layout.cutBottom} />
      <path className="dg-cut-scissors" d={`M${x - 10},${layout.cutTop}h20l-10,14z`} />
      <text
        x={side === 'right' ? x + 14 : x - 14}
        y={layout.cutLabelY}
        textAnchor={side === 'right' ? 'start' : 'end'}
        dominantBaseline="central"
      >
        {label}
      </text>
    </g>
  );
}
