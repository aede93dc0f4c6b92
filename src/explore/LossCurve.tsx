/** The loss curve of training: E against the step, D3 computing scales and the path. */
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { charBudget, formatFit, formatNumber, type Lang } from '../i18n';

export interface LossCurveProps {
  /** losses[i]: E after i steps. */
  readonly losses: readonly number[];
  /** The accessible name (a summary is appended). */
  readonly label: string;
  /** The language whose style writes the numbers. */
  readonly lang: Lang;
}

const W = 780;
const H = 300;
const M = { left: 96, right: 20, top: 16, bottom: 40 };
/** The y ticks' characters: what the left margin holds at the tick size (22 px). */
const TICK_BUDGET = charBudget(M.left - 8, 22);

export function LossCurve({ losses, label, lang }: LossCurveProps) {
  const finite = losses.filter((v) => Number.isFinite(v));
  const hi = finite.length > 0 ? Math.max(...finite) : 1;
  const n = Math.max(1, losses.length - 1);
  const x = scaleLinear()
    .domain([0, n])
    .range([M.left, W - M.right]);
  const y = scaleLinear()
    .domain([0, hi > 0 ? hi : 1])
    .nice()
    .range([H - M.bottom, M.top]);
  const path = line<number>()
    .defined((v) => Number.isFinite(v))
    .x((_, i) => x(i))
    .y((v) => y(v));
  const first = losses[0];
  const last = losses[losses.length - 1];
  const summary =
    losses.length > 0
      ? `E: ${formatNumber(first, { lang })} → ${formatNumber(last, { lang })} (${n})`
      : '';
  return (
    <svg
      className="xp-loss"
      width={W}
      height={H}
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={`${label}. ${summary}`}
      data-points={losses.length}
      data-last={last}
    >
      {y.ticks(4).map((v) => (
        <g key={v} className="xp-tick">
          <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} className="xp-grid-line" />
          <text x={M.left - 6} y={y(v)} textAnchor="end" dominantBaseline="central">
            {formatFit(v, TICK_BUDGET, { lang })}
          </text>
        </g>
      ))}
      {x.ticks(5).map((v) => (
        <text key={v} className="xp-tick" x={x(v)} y={H - 8} textAnchor="middle">
          {Number.isInteger(v) ? v : ''}
        </text>
      ))}
      <path className="xp-loss__line" d={path([...losses]) ?? ''} fill="none" />
      {losses.length > 0 && Number.isFinite(last) && (
        <circle className="xp-loss__end" cx={x(losses.length - 1)} cy={y(last)} r={7} />
      )}
    </svg>
  );
}

export default LossCurve;
