/**
 * One panel of the decay chart: the three series against k on a logarithmic y axis. Each series
 * has its own marker (circle, square, triangle) and dash as well as its colour; points that a
 * log axis cannot show (zero, not finite) are left out and counted under the panel.
 */
import { scaleLinear, scaleLog } from 'd3-scale';
import { line } from 'd3-shape';
import { formatNumber } from '../i18n';
import {
  drawable,
  omittedCount,
  panelTitleLines,
  SERIES,
  type DecaySeries,
  type SeriesName,
} from './decay';
import type { DiagramLabels } from './labels';
import { DecadeAxis } from './DecadeAxis';

export interface DecayPanelProps {
  readonly series: DecaySeries;
  readonly domain: [number, number];
  readonly width: number;
  readonly height: number;
  /** The panel's name ("small W"); the title adds σ_max(W), on a second line if it is long. */
  readonly name: string;
  readonly labels: DiagramLabels;
  readonly index: number;
  /** Drawn faded (shown at the next sub-step). */
  readonly pending?: boolean;
  /** Title rows reserved (the most any panel of the chart needs), so the plots line up. */
  readonly titleRows?: number;
  /** The name over the σ line, even when one line would do (as the other panels). */
  readonly splitTitle?: boolean;
}

const M = { top: 64, right: 24, bottom: 96, left: 120 } as const;

export const SERIES_CLASS: Readonly<Record<SeriesName, string>> = {
  jac: 'dc-series dc-jac term-jac',
  grad: 'dc-series dc-grad',
  bound: 'dc-series dc-bound',
};

/** A marker path centred on (x, y): circle, square or triangle. */
export function markerPath(name: SeriesName, x: number, y: number): string {
  const r = 9;
  if (name === 'jac')
    return `M${x - r},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
  if (name === 'grad') return `M${x - r},${y - r}h${2 * r}v${2 * r}h${-2 * r}Z`;
  return `M${x},${y - r - 2}L${x + r + 2},${y + r}H${x - r - 2}Z`;
}

export function DecayPanel(props: DecayPanelProps) {
  const { series, domain, width, height, name, labels, index, pending } = props;
  const t = series.t;
  const lines = panelTitleLines(name, series.sigmaW, width, labels, props.splitTitle);
  const rows = Math.max(lines.length, props.titleRows ?? 1);
  const top = M.top + (rows - 1) * 36;
  const x = scaleLinear()
    .domain([0, Math.max(1, t)])
    .range([M.left, width - M.right]);
  const y = scaleLog()
    .domain(domain)
    .range([height - M.bottom, top])
    .clamp(true);
  const kStep = Math.max(1, Math.ceil((t + 1) / 12));
  const ks = Array.from({ length: t + 1 }, (_, k) => k);
  const omitted = omittedCount(series);
  const path = line<number>()
    .defined((v) => drawable(v))
    .x((_, k) => x(k))
    .y((v) => y(v));
  return (
    <g
      className={pending ? 'dc-panel is-pending' : 'dc-panel'}
      data-panel={index}
      data-pending={pending ? 'true' : undefined}
      transform={`translate(${index * width},0)`}
    >
      {lines.map((l, i) => (
        <text key={i} className="dc-title" x={16} y={28 + 36 * i} dominantBaseline="central">
          {l}
        </text>
      ))}
      <g className="dc-axis dc-y">
        <DecadeAxis
          domain={domain}
          y={y}
          left={M.left}
          right={width - M.right}
          plotHeight={height - M.bottom - top}
        />
      </g>
      <g className="dc-axis dc-x">
        <line
          className="dc-baseline"
          x1={M.left}
          x2={width - M.right}
          y1={height - M.bottom}
          y2={height - M.bottom}
        />
        {ks
          .filter((k) => k % kStep === 0 || k === t)
          .map((k) => (
            <text
              key={k}
              x={x(k)}
              y={height - M.bottom + 34}
              textAnchor="middle"
              dominantBaseline="central"
            >
              {k}
            </text>
          ))}
        <text
          x={(M.left + width - M.right) / 2}
          y={height - M.bottom + 74}
          textAnchor="middle"
          dominantBaseline="central"
        >
          {labels('decay.k')}
        </text>
      </g>
      {SERIES.map((name) => {
        const values = series.values[name];
        return (
          <g key={name} className={SERIES_CLASS[name]} data-series={name}>
            <path className="dc-line" d={path(values as number[]) ?? ''} />
            {values.map((v, k) =>
              drawable(v) ? (
                <path
                  key={k}
                  className="dc-point"
                  d={markerPath(name, x(k), y(v))}
                  data-k={k}
                  // The plain number for tests and tools; the title shows it in the language.
                  data-value={String(v)}
                >
                  <title>{`k = ${k}: ${formatNumber(v, { lang: labels.lang })}`}</title>
                </path>
              ) : null,
            )}
          </g>
        );
      })}
      {omitted > 0 ? (
        <text className="dc-note" x={M.left} y={height - 8}>
          {labels('decay.omitted', { n: omitted })}
        </text>
      ) : null}
    </g>
  );
}
