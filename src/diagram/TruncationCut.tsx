/** The truncation cut: a dashed vertical line before column kMin, labelled "cut: k ≥ kMin". */
import { cutX, type DiagramLayout } from './layout';

export interface TruncationCutProps {
  readonly layout: DiagramLayout;
  /** First k kept by truncated BPTT (≥ 1; nothing is cut at 0). */
  readonly kMin: number;
  readonly label: string;
}

export function TruncationCut({ layout, kMin, label }: TruncationCutProps) {
  if (!(kMin >= 1 && kMin < layout.T)) return null;
  const x = cutX(layout, kMin);
  return (
    <g className="dg-cut" data-cut-k={kMin}>
      <line x1={x} x2={x} y1={layout.cutTop} y2={layout.cutBottom} />
      <path className="dg-cut-scissors" d={`M${x - 10},${layout.cutTop}h20l-10,14z`} />
      <text x={x + 14} y={layout.cutLabelY} dominantBaseline="central">
        {label}
      </text>
    </g>
  );
}
