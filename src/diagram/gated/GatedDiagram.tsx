/**
 * The unrolled gated cell for the traced target's last steps (cellLayout): the LSTM's cell-state
 * lane c above its state lane s with the gates between them, or the GRU's state lane with its
 * update path; each gate a small labelled node whose fill shows its mean activation (the value
 * also in its title), the direct gate's mean written on its lane; the gradient of E_t★ flowing
 * back along both lanes, each segment as wide as the norm it carries, animated from E_t★.
 */
import { useMemo, useRef } from 'react';
import { formatNumber, type Lang } from '../../i18n';
import { flowWidthScale } from '../flow';
import { useFlowAnimation } from '../useFlowAnimation';
import type { DiagramAnimation } from '../diagramProps';
import { cellLayout, GATE_R, STATE_H, STATE_W, type CellColumn } from './cellLayout';
import type { CellData, GateValue } from './cellData';
import { GateNode } from './GateNode';

export interface GatedDiagramLabels {
  readonly lang: Lang;
  /** The figure's accessible name. */
  readonly title: string;
  /** A gate's name for its title ("forget gate f"). */
  readonly gate: (gate: string) => string;
  /** "earlier steps: in the chart" beside a cut first column. */
  readonly cut: string;
}

export interface GatedDiagramProps {
  readonly data: CellData;
  readonly labels: GatedDiagramLabels;
  readonly width: number;
  readonly height: number;
  readonly animation: DiagramAnimation;
  /** The lane a sub-step speaks of (the LSTM's c, the GRU's keep path on s): drawn wider, its
   *  direct-gate values bold, the gates' wires faded. */
  readonly emphasis?: 'c' | 's' | null;
  /** A prediction about the gradients is being asked: the flow (its widths are the answer) waits. */
  readonly veiled?: boolean;
}

const sub = (k: number) => (k < 0 ? '−1' : String(k));

interface Seg {
  readonly id: string;
  readonly d: string;
  readonly len: number;
  readonly order: number;
  readonly norm: number;
  readonly lane: 's' | 'c' | 'out';
}

function segments(
  data: CellData,
  cols: readonly CellColumn[],
  yS: number,
  yC: number | null,
  e: { x: number; y: number },
): Seg[] {
  const out: Seg[] = [];
  const last = cols[cols.length - 1];
  const sOff = yS + STATE_H / 2 + 14;
  out.push({
    id: 'out',
    d: `M${e.x - 40},${e.y}L${last.x + STATE_W / 2},${yS}`,
    len: e.x - 40 - last.x - STATE_W / 2,
    order: 0,
    norm: data.s[data.t],
    lane: 'out',
  });
  for (let i = cols.length - 1; i > 0; i--) {
    const from = cols[i];
    const to = cols[i - 1];
    if (to.k < 0) continue;
    const order = data.t - to.k;
    const len = from.x - to.x;
    out.push({
      id: `s${to.k}`,
      d: `M${from.x},${sOff}L${to.x},${sOff}`,
      len,
      order,
      norm: data.s[to.k],
      lane: 's',
    });
    if (yC !== null && data.c) {
      const y = yC + STATE_H / 2 + 14;
      out.push({
        id: `c${to.k}`,
        d: `M${from.x},${y}L${to.x},${y}`,
        len,
        order,
        norm: data.c[to.k],
        lane: 'c',
      });
    }
  }
  return out;
}

export function GatedDiagram({
  data,
  labels,
  width,
  height,
  animation,
  emphasis = null,
  veiled = false,
}: GatedDiagramProps) {
  const layout = useMemo(
    () => cellLayout({ cell: data.cell, t: data.t, width, height }),
    [data.cell, data.t, width, height],
  );
  const { columns, yC, yS, yX, e } = layout;
  const segs = useMemo(() => segments(data, columns, yS, yC, e), [data, columns, yS, yC, e]);
  const width0 = useMemo(() => {
    let ref = 0;
    for (const s of segs) if (Number.isFinite(s.norm)) ref = Math.max(ref, s.norm);
    return flowWidthScale(ref);
  }, [segs]);
  const flowRef = useRef<SVGGElement>(null);
  useFlowAnimation(flowRef, {
    ids: segs.map((s) => s.id),
    playKey: `${data.cell}|${data.t}|${animation.replayKey}`,
    speed: animation.speed,
    paused: animation.paused,
    reducedMotion: animation.reducedMotion,
  });
  const fmt = (v: number) => formatNumber(v, { lang: labels.lang });
  const direct = data.cell === 'lstm' ? 'f' : 'z';
  return (
    <svg
      className="gd-root dg-root"
      role="img"
      aria-label={labels.title}
      width={width}
      height={layout.height}
      viewBox={`0 0 ${width} ${layout.height}`}
      data-cell={data.cell}
      data-t={data.t}
      data-emphasis={emphasis ?? undefined}
    >
      <g className="gd-structure">
        {columns.map((col, i) => {
          const prev = i > 0 ? columns[i - 1] : null;
          return (
            <g key={col.k} data-k={col.k}>
              {col.gates.map((g) => (
                <line
                  key={`x${g.gate}`}
                  className="gd-wire"
                  x1={col.x}
                  y1={yX - 22}
                  x2={g.x}
                  y2={g.y + GATE_R}
                />
              ))}
              {prev &&
                col.gates.map((g) => (
                  <line
                    key={`s${g.gate}`}
                    className="gd-wire"
                    x1={prev.x + STATE_W / 2}
                    y1={yS}
                    x2={g.x}
                    y2={g.y + GATE_R}
                  />
                ))}
              {prev && yC !== null ? (
                <line
                  className="gd-lane gd-lane-c"
                  x1={prev.x + STATE_W / 2}
                  y1={yC}
                  x2={col.x - STATE_W / 2}
                  y2={yC}
                />
              ) : null}
              {prev && data.cell === 'gru' ? (
                <line
                  className="gd-lane gd-lane-s"
                  x1={prev.x + STATE_W / 2}
                  y1={yS}
                  x2={col.x - STATE_W / 2}
                  y2={yS}
                />
              ) : null}
              {yC !== null && col.k >= 0 ? (
                <line
                  className="gd-wire"
                  x1={col.x}
                  y1={yC + STATE_H / 2}
                  x2={col.x}
                  y2={yS - STATE_H / 2}
                />
              ) : null}
            </g>
          );
        })}
      </g>
      <g className="gd-flow" ref={flowRef}>
        {(veiled ? [] : segs).map((s) => (
          <path
            key={s.id}
            className={`gd-flow-seg gd-flow-${s.lane}`}
            d={s.d}
            data-flow-seg={s.id}
            data-order={s.order}
            data-len={s.len}
            data-norm={String(s.norm)}
            strokeWidth={width0(s.norm)}
          />
        ))}
      </g>
      <g className="gd-nodes">
        {columns.map((col, i) => {
          const prev = i > 0 ? columns[i - 1] : null;
          const dg = col.k >= 0 ? data.gates[direct]?.[col.k] : undefined;
          return (
            <g key={col.k} data-k={col.k}>
              {yC !== null ? (
                <StateBox
                  x={col.x}
                  y={yC}
                  name="c"
                  k={col.k}
                  value={col.k >= 0 && data.c ? fmt(data.c[col.k]) : null}
                  above
                />
              ) : null}
              <StateBox
                x={col.x}
                y={yS}
                name="s"
                k={col.k}
                value={col.k >= 0 ? fmt(data.s[col.k]) : null}
              />
              {col.k >= 0 ? (
                <g className="gd-x">
                  <circle cx={col.x} cy={yX} r={22} />
                  <text x={col.x} y={yX} textAnchor="middle" dominantBaseline="central">
                    x
                    <tspan className="dg-sub" dy="0.3em">
                      {sub(col.k)}
                    </tspan>
                  </text>
                </g>
              ) : null}
              {col.gates.map((g) => {
                const v: GateValue | undefined = data.gates[g.gate]?.[col.k];
                return v ? (
                  <GateNode
                    key={g.gate}
                    gate={g.gate}
                    x={g.x}
                    y={g.y}
                    value={v}
                    title={`${labels.gate(g.gate)}, k = ${col.k}: ${fmt(v.mean)} (${fmt(v.min)} … ${fmt(v.max)})`}
                  />
                ) : null;
              })}
              {prev && dg ? (
                <text
                  className="gd-direct"
                  x={(prev.x + col.x) / 2}
                  y={(yC ?? yS) - STATE_H / 2 - 14}
                  textAnchor="middle"
                >
                  {`⊙${direct === 'f' ? 'f' : 'z'} ${fmt(dg.mean)}`}
                </text>
              ) : null}
            </g>
          );
        })}
        {layout.cut ? (
          <text className="gd-cut" x={8} y={yX + 70}>
            {labels.cut}
          </text>
        ) : null}
        <g className="gd-E">
          <rect x={e.x - 40} y={e.y - 28} width={80} height={56} rx={10} />
          <text x={e.x} y={e.y} textAnchor="middle" dominantBaseline="central">
            E
            <tspan className="dg-sub" dy="0.3em">
              {sub(data.t)}
            </tspan>
          </text>
        </g>
      </g>
    </svg>
  );
}

function StateBox({
  x,
  y,
  name,
  k,
  value,
  above,
}: {
  x: number;
  y: number;
  name: string;
  k: number;
  value: string | null;
  above?: boolean;
}) {
  return (
    <g className={`gd-state gd-state-${name}`}>
      <rect
        x={x - STATE_W / 2}
        y={y - STATE_H / 2}
        width={STATE_W}
        height={STATE_H}
        rx={name === 'c' ? 4 : 14}
      />
      <text x={x} y={y} textAnchor="middle" dominantBaseline="central">
        {name}
        <tspan className="dg-sub" dy="0.3em">
          {sub(k)}
        </tspan>
      </text>
      {value !== null ? (
        <text
          className="gd-value"
          x={x}
          y={above ? y - STATE_H / 2 - 24 : y + STATE_H / 2 + 50}
          textAnchor="middle"
          dominantBaseline="central"
        >
          {value}
        </text>
      ) : null}
    </g>
  );
}
