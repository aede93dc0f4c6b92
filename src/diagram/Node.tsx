/**
 * One node of the unrolled network: its shape (the kind's second cue besides colour), its label,
 * its inline value, a focus ring. Focusable (roving tabindex, see useRovingFocus) with an
 * accessible name that carries its value.
 */
import type { ReactNode } from 'react';
import type { ElementState } from './focus';
import type { NodeGeom } from './layout';
import { NODE_SHAPE, type NodeShape } from './palette';

export interface NodeViewProps {
  readonly geom: NodeGeom;
  /** "s₂", "ŷ₃", "s₋₁". */
  readonly name: string;
  readonly ariaLabel: string;
  readonly state: ElementState;
  /** The forward pass has computed it (else drawn as a ghost, without values). */
  readonly computed: boolean;
  /** The gradient flow has reached it (s_k during the backward steps). */
  readonly reached: boolean;
  /** The factor under the pointer (anywhere in the app) is this node's. */
  readonly active?: boolean;
  /** The inline value (bars or a number), or null. */
  readonly inline: ReactNode;
  readonly tabIndex: 0 | -1;
  readonly nodeRef: (el: SVGGElement | null) => void;
  readonly onFocus: () => void;
  readonly onBlur: () => void;
  readonly onPointerEnter: () => void;
  readonly onPointerLeave: () => void;
}

function Shape({
  shape,
  x,
  y,
  r,
  className,
}: {
  shape: NodeShape;
  x: number;
  y: number;
  r: number;
  className: string;
}) {
  switch (shape) {
    case 'circle':
      return <circle className={className} cx={x} cy={y} r={r} />;
    case 'square':
      return (
        <rect
          className={className}
          x={x - r + 2}
          y={y - r + 2}
          width={2 * r - 4}
          height={2 * r - 4}
          rx={4}
        />
      );
    case 'roundrect':
      return (
        <rect
          className={className}
          x={x - r - 6}
          y={y - r + 2}
          width={2 * r + 12}
          height={2 * r - 4}
          rx={r - 4}
        />
      );
    case 'diamond':
      return (
        <path
          className={className}
          d={`M${x},${y - r - 6}L${x + r + 6},${y}L${x},${y + r + 6}L${x - r - 6},${y}Z`}
        />
      );
  }
}

export function NodeView(props: NodeViewProps) {
  const { geom, state } = props;
  const shape = NODE_SHAPE[geom.kind];
  const term = geom.kind === 's' ? 'term-s term-imm' : `term-${geom.kind}`;
  const cls = [
    'dg-node',
    `kind-${geom.kind}`,
    term,
    state.dimmed ? 'is-dim' : '',
    state.emphasised ? 'is-emph' : '',
    state.marked ? 'is-marked' : '',
    props.computed ? 'is-computed' : 'is-pending',
    props.reached ? 'is-reached' : '',
    props.active ? 'is-active' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <g
      ref={props.nodeRef}
      className={cls}
      data-node={geom.id}
      data-t={geom.t}
      role="img"
      aria-label={props.ariaLabel}
      tabIndex={props.tabIndex}
      onFocus={props.onFocus}
      onBlur={props.onBlur}
      onPointerEnter={props.onPointerEnter}
      onPointerLeave={props.onPointerLeave}
    >
      <Shape shape={shape} x={geom.x} y={geom.y} r={geom.r + 12} className="dg-focus-ring" />
      {props.reached ? (
        <Shape shape={shape} x={geom.x} y={geom.y} r={geom.r + 6} className="dg-reached-ring" />
      ) : null}
      <Shape shape={shape} x={geom.x} y={geom.y} r={geom.r} className="dg-node-shape" />
      <text
        className="dg-node-label"
        x={geom.x}
        y={geom.y}
        textAnchor="middle"
        dominantBaseline="central"
      >
        {props.name}
      </text>
      {props.computed ? props.inline : null}
    </g>
  );
}
