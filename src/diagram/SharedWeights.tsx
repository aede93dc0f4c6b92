/**
 * The shared weights drawn as one object each: a badge per matrix (U, W, V) in the s₋₁ column,
 * linked by a dotted bus to the tag on every edge it labels, so the same U, W, V visibly serve
 * every time step.
 */
import type { ElementState } from '../lesson/focus';
import { BADGE, type DiagramLayout, type MatrixName } from './layout';

export interface SharedWeightsProps {
  readonly layout: DiagramLayout;
  readonly states: Readonly<Record<MatrixName, ElementState>>;
  /** Accessible descriptions ("W: recurrent weights, shared by every t"). */
  readonly titles: Readonly<Record<MatrixName, string>>;
  readonly onHover: (m: MatrixName | null) => void;
  /** The term-… class under the pointer: its badge gets is-active. */
  readonly active?: string | null;
}

const MATRICES: readonly MatrixName[] = ['U', 'W', 'V'];

export function SharedWeights({ layout, states, titles, onHover, active }: SharedWeightsProps) {
  return (
    <g className="dg-shared">
      {MATRICES.map((m) => {
        const b = layout.badges[m];
        const st = states[m];
        const cls = [
          'dg-badge',
          `term-${m}`,
          st.dimmed ? 'is-dim' : '',
          st.marked ? 'is-marked' : '',
          active === `term-${m}` ? 'is-active' : '',
        ]
          .filter(Boolean)
          .join(' ');
        return (
          <g
            key={m}
            className={cls}
            data-badge={m}
            onPointerEnter={() => onHover(m)}
            onPointerLeave={() => onHover(null)}
          >
            <title>{titles[m]}</title>
            <path className="dg-bus" d={b.bus} />
            <rect
              className="dg-badge-box"
              x={b.x - BADGE.width / 2}
              y={b.y - BADGE.height / 2}
              width={BADGE.width}
              height={BADGE.height}
              rx={8}
            />
            <text x={b.x} y={b.y} textAnchor="middle" dominantBaseline="central">
              {m}
            </text>
          </g>
        );
      })}
    </g>
  );
}
