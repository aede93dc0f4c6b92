/**
 * Vanishing and exploding gradients (the step 'vanishing-exploding'): for one or two models side by side (e.g. a small
 * and a large W, from the core's withSigmaW), ‖∂s_t★/∂s_k‖₂ and ‖∂E_t★/∂s_k‖ against k on one
 * shared logarithmic axis, with the bound (γ·σ_max(W))^{t★−k}. The bound holds for the Jacobian
 * product's spectral norm ‖∂s_t★/∂s_k‖₂ (σ_max, the core's jacobianNorms) only, and the legend
 * says so: it is drawn beside that curve, not as a bound on the gradient ‖∂E_t★/∂s_k‖.
 */
import { useId, useMemo } from 'react';
import type { JacobianNorms, TargetTerms } from '../model';
import { formatNumber, subscript, superscript } from '../i18n';
import { decaySeries, LEGEND_ROW, legendPlaces, logDomain, panelTitleLines, SERIES } from './decay';
import { DecayPanel, markerPath, SERIES_CLASS } from './DecayPanel';
import type { DiagramLabels } from './labels';

export interface DecaySet {
  /** The panel's name, e.g. "small W" (translated by the app). */
  readonly name: string;
  /** jacobianNorms(model, fwd, t★) of this model. */
  readonly jac: JacobianNorms;
  /** targetTerms(model, fwd, t★) of this model (same t★). */
  readonly terms: TargetTerms;
}

export interface DecayChartProps {
  /** One panel per set (one or two), side by side. */
  readonly sets: readonly DecaySet[];
  readonly labels: DiagramLabels;
  /** Total size in stage pixels (default 1600×560). */
  readonly width?: number;
  readonly height?: number;
  /** Panels drawn faded: shown next (their place is kept so nothing moves when they come). */
  readonly pending?: readonly boolean[];
  readonly className?: string;
}

export function DecayChart({
  sets,
  labels,
  width = 1600,
  height = 560,
  pending,
  className,
}: DecayChartProps) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const series = useMemo(() => sets.map((s) => decaySeries(s.jac, s.terms)), [sets]);
  const domain = useMemo(() => logDomain(series), [series]);
  if (series.length === 0) return null;
  const t = series[0].t;
  const vars = { t: subscript(t) };
  const names = {
    jac: labels('decay.jac', vars),
    grad: labels('decay.grad', vars),
    bound: labels('decay.bound', { t: vars.t, exp: `${superscript(t)}⁻ᵏ` }),
  };
  const places = legendPlaces(
    SERIES.map((n) => names[n]),
    width,
  );
  const legendH = places[places.length - 1].y + LEGEND_ROW + 12;
  const panelW = width / series.length;
  // Side by side, the panels share one title style and height, so their plots line up.
  const split = series.some(
    (s, i) => panelTitleLines(sets[i].name, s.sigmaW, panelW, labels).length > 1,
  );
  const titleRows = Math.max(
    ...series.map((s, i) => panelTitleLines(sets[i].name, s.sigmaW, panelW, labels, split).length),
  );
  const panelH = Math.max(300, height - legendH);
  return (
    <figure className={['dc-root', className].filter(Boolean).join(' ')} data-t={t}>
      <svg
        className="dc-svg"
        role="img"
        aria-labelledby={`${uid}-title`}
        aria-describedby={`${uid}-desc`}
        width={width}
        height={panelH + legendH}
        viewBox={`0 0 ${width} ${panelH + legendH}`}
      >
        <title id={`${uid}-title`}>
          {sets
            .map((s, i) =>
              Number.isNaN(series[i].sigmaW)
                ? s.name
                : labels('decay.title', {
                    name: s.name,
                    sigma: formatNumber(series[i].sigmaW, { lang: labels.lang }),
                  }),
            )
            .join('; ')}
        </title>
        <desc id={`${uid}-desc`}>
          {labels('decay.desc', { t, ts: subscript(t), exp: `${superscript(t)}⁻ᵏ` })}
        </desc>
        <g className="dc-legend" transform="translate(0, 28)">
          {SERIES.map((name, i) => (
            <g
              key={name}
              className={SERIES_CLASS[name]}
              transform={`translate(${places[i].x}, ${places[i].y})`}
            >
              <line className="dc-line" x1={0} x2={48} y1={0} y2={0} />
              <path className="dc-point" d={markerPath(name, 24, 0)} />
              <text x={62} y={0} dominantBaseline="central">
                {names[name]}
              </text>
            </g>
          ))}
        </g>
        <g transform={`translate(0, ${legendH})`}>
          {series.map((s, i) => (
            <DecayPanel
              key={i}
              index={i}
              series={s}
              domain={domain}
              width={panelW}
              height={panelH}
              name={sets[i].name}
              labels={labels}
              pending={!!pending?.[i]}
              titleRows={titleRows}
              splitTitle={split}
            />
          ))}
        </g>
      </svg>
    </figure>
  );
}
