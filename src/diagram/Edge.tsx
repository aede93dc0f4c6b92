/**
 * One edge of the unrolled network: U (x_t → s_t), W (s_{t−1} → s_t), V (s_t → ŷ_t), loss
 * (ŷ_t → E_t). Its dash pattern is the kind's second cue besides colour; marked edges (the slide's
 * red U and W) take the mark colour, a heavier stroke and an underlined bold letter. A wide
 * transparent hit line makes it easy to hover.
 */
import { memo } from 'react';
import type { ElementState } from '../lesson/focus';
import type { EdgeGeom } from './layout';
import { BADGE } from './layout';
import { markerId } from './Markers';
import { EDGE_DASH } from './palette';

export interface EdgeViewProps {
  readonly geom: EdgeGeom;
  readonly state: ElementState;
  /** Shared-weights view: a tag on the edge instead of a letter beside it. */
  readonly shared: boolean;
  /** The factor under the pointer (anywhere in the app) is this edge's. */
  readonly active?: boolean;
  /** Draw the letter (hidden in compact layouts unless marked). */
  readonly showLabel: boolean;
  readonly markerPrefix: string;
  /** The edge's term-… class on pointer enter, null on leave. */
  readonly onHover: (cls: string | null) => void;
}

function EdgeViewImpl({
  geom,
  state,
  shared,
  active,
  showLabel,
  markerPrefix,
  onHover,
}: EdgeViewProps) {
  const term = geom.kind === 'loss' ? 'E' : geom.kind;
  const cls = [
    'dg-edge',
    `kind-${geom.kind}`,
    `term-${term}`,
    state.dimmed ? 'is-dim' : '',
    state.emphasised ? 'is-emph' : '',
    state.marked ? 'is-marked' : '',
    active ? 'is-active' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const letter = geom.kind === 'loss' ? null : geom.kind;
  const { label, tag } = geom;
  return (
    <g
      className={cls}
      data-edge={geom.id}
      onPointerEnter={() => onHover(`term-${term}`)}
      onPointerLeave={() => onHover(null)}
    >
      <line className="dg-edge-hit" x1={geom.x1} y1={geom.y1} x2={geom.x2} y2={geom.y2} />
      <line
        className="dg-edge-line"
        x1={geom.x1}
        y1={geom.y1}
        x2={geom.x2}
        y2={geom.y2}
        strokeDasharray={EDGE_DASH[geom.kind]}
        markerEnd={`url(#${markerId(markerPrefix, state.marked ? 'mark' : geom.kind)})`}
      />
      {letter && shared ? (
        <g className="dg-tag" aria-hidden="true">
          <rect
            x={tag.x - BADGE.width / 2}
            y={tag.y - BADGE.height / 2}
            width={BADGE.width}
            height={BADGE.height}
            rx={8}
          />
          <text x={tag.x} y={tag.y} textAnchor="middle" dominantBaseline="central">
            {letter}
          </text>
        </g>
      ) : null}
      {letter && !shared && (showLabel || state.marked) ? (
        <g className="dg-edge-label" aria-hidden="true">
          <text x={label.x} y={label.y} textAnchor={label.anchor} dominantBaseline="central">
            {letter}
          </text>
          {state.marked ? (
            <rect
              className="dg-mark-box"
              x={label.anchor === 'end' ? label.x - 32 : label.x - 20}
              y={label.y - 22}
              width={40}
              height={44}
              rx={6}
            />
          ) : null}
        </g>
      ) : null}
    </g>
  );
}

/** Memoised: an edit of the model leaves the edges as they are (same geometry and state). */
export const EdgeView = memo(
  EdgeViewImpl,
  (a, b) =>
    a.geom === b.geom &&
    a.state.dimmed === b.state.dimmed &&
    a.state.emphasised === b.state.emphasised &&
    a.state.marked === b.state.marked &&
    a.shared === b.shared &&
    a.active === b.active &&
    a.showLabel === b.showLabel &&
    a.markerPrefix === b.markerPrefix &&
    a.onHover === b.onHover,
);
