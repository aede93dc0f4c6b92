/**
 * The gradient flow: one path per segment, drawn under the edges, as wide as the gradient it
 * carries. React owns every attribute; useFlowAnimation animates the stroke dash inside this
 * layer's <g>. Each path into s_k carries data-k and data-grad-norm (‖∂E/∂s_k‖, full precision,
 * "overflow" when not finite). Beyond a shown truncation window there is no flow (flow.ts).
 */
import type { RefObject } from 'react';
import type { FlowSegment } from './flow';
import { markerId } from './Markers';

export interface FlowLayerProps {
  readonly segments: readonly FlowSegment[];
  readonly layerRef: RefObject<SVGGElement | null>;
  readonly markerPrefix: string;
  /** The term-… class under the pointer: its segments get is-active. */
  readonly activeTerm?: string | null;
  readonly onHover: (term: string | null) => void;
}

export function FlowLayer({
  segments,
  layerRef,
  markerPrefix,
  activeTerm,
  onHover,
}: FlowLayerProps) {
  return (
    <g className="dg-flow-layer" ref={layerRef} aria-hidden="true">
      {segments.map((s) => {
        const cls = [
          'dg-flow',
          `term-${s.term}`,
          s.finite ? '' : 'is-overflow',
          activeTerm === `term-${s.term}` ? 'is-active' : '',
        ]
          .filter(Boolean)
          .join(' ');
        return (
          <path
            key={s.id}
            className={cls}
            d={s.d}
            strokeWidth={s.width}
            markerEnd={`url(#${markerId(markerPrefix, 'flow')})`}
            data-flow-seg={s.id}
            // data-* attributes hold plain numbers for tests and tools; nothing shows them.
            data-order={s.order}
            data-len={s.length.toFixed(2)}
            data-k={s.k ?? undefined}
            data-grad-norm={s.k === null ? undefined : s.finite ? String(s.norm) : 'overflow'}
            onPointerEnter={() => onHover(`term-${s.term}`)}
            onPointerLeave={() => onHover(null)}
          />
        );
      })}
    </g>
  );
}
