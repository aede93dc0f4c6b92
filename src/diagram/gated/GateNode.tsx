/**
 * One gate of one step: a small circle with the gate's letter, filled from the bottom as far as
 * its mean activation goes (σ gates from 0 to 1; the tanh candidates from −1 to 1), so the value
 * reads without colour; the exact mean and the units' range in its title.
 */
import { useId } from 'react';
import { GATE_R } from './cellLayout';
import type { GateValue } from './cellData';

const LETTER: Readonly<Record<string, string>> = { h: 'h̃' };

export function GateNode({
  gate,
  x,
  y,
  value,
  title,
}: {
  gate: string;
  x: number;
  y: number;
  value: GateValue;
  title: string;
}) {
  const clip = `gd-clip-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const level = value.signed ? (value.mean + 1) / 2 : value.mean;
  const f = Number.isFinite(level) ? Math.min(1, Math.max(0, level)) : 0;
  const top = y + GATE_R - 2 * GATE_R * f;
  return (
    <g className={`gd-gate gd-gate-${gate}`} data-gate={gate} data-mean={String(value.mean)}>
      <title>{title}</title>
      <clipPath id={clip}>
        <circle cx={x} cy={y} r={GATE_R} />
      </clipPath>
      <circle className="gd-gate-bg" cx={x} cy={y} r={GATE_R} />
      <rect
        className="gd-gate-fill"
        x={x - GATE_R}
        y={top}
        width={2 * GATE_R}
        height={y + GATE_R - top}
        clipPath={`url(#${clip})`}
      />
      <circle className="gd-gate-ring" cx={x} cy={y} r={GATE_R} />
      <text x={x} y={y} textAnchor="middle" dominantBaseline="central">
        {LETTER[gate] ?? gate}
      </text>
    </g>
  );
}
