/**
 * The draw chart's frame (DrawChart.tsx): the axis' title, the legend, the log axis in decades,
 * the exact-zero lane below it with its label, the k row, and (while asking) the columns that
 * take the pointer. Hidden from assistive technology: the points carry the values.
 */
import { DecadeAxis } from '../DecadeAxis';
import { MARKER_R, SQUARE, type DrawLayout } from './drawChart';

export interface DrawFrameProps {
  readonly layout: DrawLayout;
  readonly t: number;
  /** The y axis' title, the x axis' name, the legend's names. */
  readonly axis: string;
  readonly k: string;
  readonly student: string;
  /** The computed curve's name: in the legend at the reveal only (its place is kept before). */
  readonly truth: string | null;
  /** Draw the columns that take presses and drags (asking). */
  readonly columns: boolean;
}

export function DrawFrame({ layout, t, axis, k: kName, student, truth, columns }: DrawFrameProps) {
  const ks = Array.from({ length: t + 1 }, (_, k) => k);
  const legend = truth === null ? [student] : [student, truth];
  return (
    <g className="pc-frame" aria-hidden="true">
      <text className="pc-axis-title" x={16} y={layout.titleY} dominantBaseline="central">
        {axis}
      </text>
      <g className="pc-legend">
        {legend.map((name, i) => (
          <g
            key={i}
            className={i === 0 ? 'pc-series pc-student' : 'pc-series pc-truth'}
            transform={`translate(${layout.legend[i].x}, ${layout.legendY + layout.legend[i].y})`}
          >
            <path className="pc-line" d="M0,0H48" />
            {i === 0 ? (
              <circle className="pc-marker" cx={24} cy={0} r={MARKER_R} />
            ) : (
              <rect
                className="pc-marker"
                x={24 - SQUARE}
                y={-SQUARE}
                width={2 * SQUARE}
                height={2 * SQUARE}
              />
            )}
            <text x={62} y={0} dominantBaseline="central">
              {name}
            </text>
          </g>
        ))}
      </g>
      <g className="pc-axis">
        <DecadeAxis
          domain={[layout.domain[0], layout.domain[1]]}
          y={layout.y}
          left={layout.left}
          right={layout.right}
          plotHeight={layout.plotBottom - layout.plotTop}
        />
        {ks.map((k) => (
          <line
            key={k}
            className="pc-guide"
            x1={layout.x(k)}
            x2={layout.x(k)}
            y1={layout.plotTop}
            y2={layout.laneBottom}
          />
        ))}
        <line
          className="pc-baseline"
          x1={layout.left}
          x2={layout.right}
          y1={layout.plotBottom}
          y2={layout.plotBottom}
        />
        <rect
          className="pc-lane"
          x={layout.left}
          y={layout.laneTop}
          width={layout.right - layout.left}
          height={layout.laneBottom - layout.laneTop}
        />
        <text className="pc-lane-label" textAnchor="end">
          {layout.zeroLines.map((l, i) => (
            <tspan
              key={i}
              x={layout.left - 12}
              y={layout.laneY + (i - (layout.zeroLines.length - 1) / 2) * 32}
              dominantBaseline="central"
            >
              {l}
            </tspan>
          ))}
        </text>
        {ks
          .filter((k) => (t - k) % layout.kStep === 0)
          .map((k) => (
            <text
              key={k}
              className="pc-k"
              x={layout.x(k)}
              y={layout.kY}
              textAnchor="middle"
              dominantBaseline="central"
            >
              {k}
            </text>
          ))}
        <text x={layout.left - 12} y={layout.kY} textAnchor="end" dominantBaseline="central">
          {kName}
        </text>
      </g>
      {columns ? (
        <g className="pc-cols">
          {ks.map((k) => (
            <rect
              key={k}
              className="pc-col"
              data-col={k}
              x={layout.colLeft(k)}
              y={layout.hitTop}
              width={layout.colWidth}
              height={layout.hitBottom - layout.hitTop}
            />
          ))}
        </g>
      ) : null}
    </g>
  );
}
