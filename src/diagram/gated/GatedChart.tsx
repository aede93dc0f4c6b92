/**
 * The three cells' gradients on one logarithmic axis (the gated chapter's comparison): for the
 * same sequence and the same traced E_t★, ‖∂E_t★/∂s_k‖ of the vanilla RNN, the GRU and the LSTM,
 * and the LSTM's ‖∂E_t★/∂c_k‖, against k. D3 computes the scales and paths, React draws them.
 */
import { useId, useMemo } from 'react';
import { scaleLinear, scaleLog } from 'd3-scale';
import { line } from 'd3-shape';
import { formatNumber, type Lang } from '../../i18n';
import { decadesCovering, drawable, legendPlaces, LEGEND_ROW, undrawable } from '../decay';
import { DecadeAxis } from '../DecadeAxis';
import { gatedMarker, type GatedSeries } from './chart';

export interface GatedChartLabels {
  readonly lang: Lang;
  /** The chart's accessible title and its visible heading. */
  readonly title: string;
  /** The x axis ("k"). */
  readonly k: string;
  /** "n values not drawn (zero or not finite)". */
  readonly omitted: (n: number) => string;
  /** The marked step's label ("x that the target depends on"), when a step is marked. */
  readonly mark?: string;
}

export interface GatedChartProps {
  readonly series: readonly GatedSeries[];
  readonly labels: GatedChartLabels;
  /** A step to mark with a vertical rule (the long dependency's source), or null. */
  readonly markK?: number | null;
  readonly width: number;
  readonly height: number;
}

const M = { top: 24, right: 32, bottom: 96, left: 120 } as const;

export function GatedChart({ series, labels, markK = null, width, height }: GatedChartProps) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const domain = useMemo(() => decadesCovering(series.map((s) => s.values)), [series]);
  const t = Math.max(0, (series[0]?.values.length ?? 1) - 1);
  const places = legendPlaces(
    series.map((s) => s.name),
    width,
  );
  const legendH = (places.at(-1)?.y ?? 0) + LEGEND_ROW + 16;
  const plotTop = legendH + M.top;
  const plotBottom = Math.max(plotTop + 160, height - M.bottom);
  const x = scaleLinear()
    .domain([0, Math.max(1, t)])
    .range([M.left, width - M.right]);
  const y = scaleLog().domain(domain).range([plotBottom, plotTop]).clamp(true);
  const path = line<number>()
    .defined((v) => drawable(v))
    .x((_, k) => x(k))
    .y((v) => y(v));
  const kStep = Math.max(1, Math.ceil((t + 1) / 12));
  const omitted = undrawable(series.map((s) => s.values));
  const fmt = (v: number) => formatNumber(v, { lang: labels.lang });
  return (
    <figure className="gc-root" data-t={t}>
      <svg
        className="gc-svg dc-svg"
        role="img"
        aria-labelledby={`${uid}-title`}
        width={width}
        height={plotBottom + M.bottom}
        viewBox={`0 0 ${width} ${plotBottom + M.bottom}`}
      >
        <title id={`${uid}-title`}>{labels.title}</title>
        <g className="gc-legend">
          {series.map((s, i) => (
            <g
              key={s.id}
              className={`gc-series gc-${s.id}`}
              transform={`translate(${places[i].x},${places[i].y + LEGEND_ROW / 2})`}
            >
              <line className="gc-line" x1={0} x2={48} y1={0} y2={0} />
              <path className="gc-point" d={gatedMarker(s.id, 24, 0)} />
              <text x={62} y={0} dominantBaseline="central">
                {s.name}
              </text>
            </g>
          ))}
        </g>
        <g className="dc-axis">
          <DecadeAxis
            domain={domain}
            y={y}
            left={M.left}
            right={width - M.right}
            plotHeight={plotBottom - plotTop}
          />
          <line
            className="dc-baseline"
            x1={M.left}
            x2={width - M.right}
            y1={plotBottom}
            y2={plotBottom}
          />
          {Array.from({ length: t + 1 }, (_, k) => k)
            .filter((k) => k % kStep === 0 || k === t || k === markK)
            .map((k) => (
              <text
                key={k}
                x={x(k)}
                y={plotBottom + 34}
                textAnchor="middle"
                dominantBaseline="central"
              >
                {k}
              </text>
            ))}
          <text
            x={(M.left + width - M.right) / 2}
            y={plotBottom + 74}
            textAnchor="middle"
            dominantBaseline="central"
          >
            {labels.k}
          </text>
        </g>
        {markK !== null && markK >= 0 && markK <= t ? (
          <g className="gc-mark" data-k={markK}>
            <line x1={x(markK)} x2={x(markK)} y1={plotTop} y2={plotBottom} />
            {labels.mark ? (
              <text x={x(markK) + 10} y={plotTop + 18} dominantBaseline="central">
                {labels.mark}
              </text>
            ) : null}
          </g>
        ) : null}
        {series.map((s) => (
          <g key={s.id} className={`gc-series gc-${s.id}`} data-series={s.id}>
            <path className="gc-line" d={path(Array.from(s.values)) ?? ''} />
            {Array.from(s.values, (v, k) =>
              drawable(v) ? (
                <path
                  key={k}
                  className="gc-point"
                  d={gatedMarker(s.id, x(k), y(v))}
                  data-k={k}
                  data-value={String(v)}
                >
                  <title>{`${s.name}, k = ${k}: ${fmt(v)}`}</title>
                </path>
              ) : null,
            )}
          </g>
        ))}
        {omitted > 0 ? (
          <text className="dc-note" x={M.left} y={plotBottom + M.bottom - 6}>
            {labels.omitted(omitted)}
          </text>
        ) : null}
      </svg>
    </figure>
  );
}
