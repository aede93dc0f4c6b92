/**
 * One node of the unrolled network: its shape (the kind's second cue besides colour), its label,
 * its inline value, a focus ring. Focusable (roving tabindex, see useRovingFocus) with an
 * accessible name that carries its value.
 *
 * Memoised: an edit of the model draws again only the nodes whose value, name or state changed
 * (the handlers take the node's id, so the diagram passes the same functions to every node).
 */
import { memo } from 'react';
import type { Lang } from '../i18n';
import type { ElementState } from '../lesson/focus';
import { InlineValue } from './InlineValue';
import { NodeName } from './NodeName';
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
  /** Its gradient is not computed (beyond the truncation window): a dashed ring, no reached ring. */
  readonly notComputed?: boolean;
  /** The factor under the pointer (anywhere in the app) is this node's. */
  readonly active?: boolean;
  /** The value drawn inline beside the node (bars or a number), or null (none drawn). */
  readonly inline: Float64Array | null;
  /** ŷ's target class (ticked among its bars). */
  readonly targetClass?: number;
  /** Magnitudes drawn at full bar height for s and x. */
  readonly sScale: number;
  readonly xScale: number;
  /** The language whose style writes the inline number. */
  readonly lang: Lang;
  readonly tabIndex: 0 | -1;
  readonly nodeRef: (el: SVGGElement | null) => void;
  /** Each handler gets the node's id. */
  readonly onFocusNode: (id: string) => void;
  readonly onBlurNode: (id: string) => void;
  readonly onEnterNode: (id: string) => void;
  readonly onLeaveNode: (id: string) => void;
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

function NodeViewImpl(props: NodeViewProps) {
  const { geom, state } = props;
  const id = geom.id;
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
    props.notComputed ? 'is-not-computed' : '',
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
      onFocus={() => props.onFocusNode(id)}
      onBlur={() => props.onBlurNode(id)}
      onPointerEnter={() => props.onEnterNode(id)}
      onPointerLeave={() => props.onLeaveNode(id)}
    >
      <Shape shape={shape} x={geom.x} y={geom.y} r={geom.r + 12} className="dg-focus-ring" />
      {props.reached ? (
        <Shape shape={shape} x={geom.x} y={geom.y} r={geom.r + 6} className="dg-reached-ring" />
      ) : null}
      {props.notComputed ? (
        <Shape
          shape={shape}
          x={geom.x}
          y={geom.y}
          r={geom.r + 6}
          className="dg-not-computed-ring"
        />
      ) : null}
      <Shape shape={shape} x={geom.x} y={geom.y} r={geom.r} className="dg-node-shape" />
      <text
        className="dg-node-label"
        x={geom.x}
        y={geom.y}
        textAnchor="middle"
        dominantBaseline="central"
      >
        <NodeName name={props.name} />
      </text>
      {props.computed && props.inline ? (
        <InlineValue
          geom={geom}
          value={props.inline}
          targetClass={props.targetClass}
          sScale={props.sScale}
          xScale={props.xScale}
          lang={props.lang}
        />
      ) : null}
    </g>
  );
}

function sameValues(a: Float64Array | null, b: Float64Array | null): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

function sameState(a: ElementState, b: ElementState): boolean {
  return a.dimmed === b.dimmed && a.emphasised === b.emphasised && a.marked === b.marked;
}

/** Props equal for drawing: the inline vector by its entries, the state by its flags. */
function sameNodeProps(a: NodeViewProps, b: NodeViewProps): boolean {
  for (const key of Object.keys(a) as (keyof NodeViewProps)[]) {
    if (key === 'inline') {
      if (!sameValues(a.inline, b.inline)) return false;
    } else if (key === 'state') {
      if (!sameState(a.state, b.state)) return false;
    } else if (!Object.is(a[key], b[key])) return false;
  }
  return Object.keys(a).length === Object.keys(b).length;
}

export const NodeView = memo(NodeViewImpl, sameNodeProps);
