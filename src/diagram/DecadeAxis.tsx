/**
 * A logarithmic y axis in whole decades: a grid line and a "10ⁿ" label (a real superscript) per
 * labelled decade, as many as fit the plot's height. Shared by the decay chart and the gated
 * chapter's chart.
 */
import { decadeTickCount, decadeTicks, formatExponent } from './decay';

export interface DecadeAxisProps {
  readonly domain: [number, number];
  /** The axis' scale: a value to its y. */
  readonly y: (v: number) => number;
  readonly left: number;
  readonly right: number;
  /** The plot's height, which decides how many decades are labelled. */
  readonly plotHeight: number;
}

export function DecadeAxis({ domain, y, left, right, plotHeight }: DecadeAxisProps) {
  return (
    <>
      {decadeTicks(domain, decadeTickCount(plotHeight)).map((e) => (
        <g key={e}>
          <line className="dc-grid" x1={left} x2={right} y1={y(10 ** e)} y2={y(10 ** e)} />
          <text x={left - 12} y={y(10 ** e)} textAnchor="end" dominantBaseline="central">
            10
            <tspan className="dc-exp" dy="-0.45em">
              {formatExponent(e)}
            </tspan>
          </text>
        </g>
      ))}
    </>
  );
}
