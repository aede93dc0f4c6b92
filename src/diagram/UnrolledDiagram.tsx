/**
 * The unrolled network of the lesson: SVG drawn by React from a pure scene (scene.ts), the
 * gradient flow animated by useFlowAnimation, values on hover and focus, annotations (the app's
 * KaTeX terms) in an HTML overlay under each column.
 *
 * Linking with formulas: every element carries its term-… class; the root's data-active-term
 * (from `activeTerm`) lights the matching elements through diagram.css, the elements of the
 * active factor also get the class is-active, and hovering or focusing an element reports its
 * class through `onHoverTerm`.
 */
import { ChoiceLayer } from './ChoiceLayer';
import { useCallback, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { AnnotationBand } from './AnnotationBand';
import type { UnrolledDiagramProps } from './diagramProps';
import { EdgeView } from './Edge';
import { FlowLayer } from './FlowLayer';
import { isActiveElement } from '../lesson/focus';
import { wholeFlow } from './flow';
import { nodeId, type MatrixName } from './layout';
import { Markers } from './Markers';
import { NodeView } from './Node';
import { computeScene } from './scene';
import { SharedWeights } from './SharedWeights';
import { Tooltip } from './Tooltip';
import { TruncationCut } from './TruncationCut';
import { useFlowAnimation } from './useFlowAnimation';
import { useKeepInView } from './useKeepInView';
import { useRovingFocus } from './useRovingFocus';
import { useVisibleColumns } from './useVisibleColumns';

export type { DiagramAnimation, UnrolledDiagramProps } from './diagramProps';

const MATRIX_KEY = { U: 'edge.U', W: 'edge.W', V: 'edge.V' } as const;

/** A node's term-… class from its id ("yhat-3" → "term-yhat"). */
const nodeTerm = (id: string) => `term-${id.slice(0, id.indexOf('-'))}`;

export function UnrolledDiagram(props: UnrolledDiagramProps) {
  const { fwd, model, focus, terms, jac, labels, onHoverTerm, renderAnnotation, animation } = props;
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const whole = useMemo(
    () => (focus.flow === 'allTargets' ? wholeFlow(model, fwd) : null),
    [focus.flow, model, fwd],
  );
  const scene = useMemo(
    () =>
      computeScene({
        fwd,
        model,
        target: props.target,
        focus,
        sub: props.sub,
        terms,
        jac,
        whole,
        labels,
        width: props.width ?? 1600,
        height: props.height ?? 640,
        annotationHeight: props.annotationHeight,
        flowReference: props.flowReference,
        stepwise: props.stepwiseFlow,
        rows: props.rows,
        minColWidth: props.minColWidth,
        columns: props.columns,
      }),
    [
      fwd,
      model,
      props.target,
      focus,
      props.sub,
      terms,
      jac,
      whole,
      labels,
      props.width,
      props.height,
      props.annotationHeight,
      props.flowReference,
      props.stepwiseFlow,
      props.rows,
      props.minColWidth,
      props.columns,
    ],
  );
  const { layout, ctx } = scene;

  const flowRef = useRef<SVGGElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  // Long sequences scroll: keep in view the newest column of the forward sweep, or t★ and the
  // head of its flow (the last s_k reached) — the head first while the flow moves back, t★ and
  // the start of the flow once it is shown whole (where a long sequence opens).
  const sweep = !!focus.forwardSweep;
  const traced = focus.flow === 'sumOverK' || focus.flow === 'toState';
  const viewLo = sweep ? ctx.revealed.hi : traced ? ctx.revealed.lo : ctx.target;
  const moving = traced && props.stepwiseFlow !== false && props.sub <= ctx.target;
  const columns = useVisibleColumns(scrollRef, layout, props.width ?? 1600);
  useKeepInView(
    scrollRef,
    layout,
    viewLo,
    sweep ? ctx.revealed.hi : ctx.target,
    columns.scrolledTo,
    moving ? 'lo' : 'hi',
  );
  const focusKey = useMemo(() => JSON.stringify(focus), [focus]);
  useFlowAnimation(flowRef, {
    ids: scene.flow.segments.map((s) => s.id),
    playKey: `${focusKey}|${ctx.target}|${animation.replayKey}`,
    speed: animation.speed,
    paused: animation.paused,
    reducedMotion: animation.reducedMotion,
  });

  const roving = useRovingFocus(layout.T, nodeId('s', ctx.target), layout.rowSet === 'states');
  const active = props.activeTerm ?? null;
  const [hovered, setHovered] = useState<string | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  // Stable handlers (the memoised nodes and edges keep them across renders); the latest
  // onHoverTerm is read through a ref.
  const hoverRef = useRef(onHoverTerm);
  useLayoutEffect(() => {
    hoverRef.current = onHoverTerm;
  }, [onHoverTerm]);
  const report = useCallback((cls: string | null) => hoverRef.current?.(cls), []);
  const { setActive } = roving;
  const onFocusNode = useCallback(
    (id: string) => {
      setActive(id);
      setFocused(id);
      report(nodeTerm(id));
    },
    [setActive, report],
  );
  const onBlurNode = useCallback(() => {
    setFocused(null);
    report(null);
  }, [report]);
  const onEnterNode = useCallback(
    (id: string) => {
      setHovered(id);
      report(nodeTerm(id));
    },
    [report],
  );
  const onLeaveNode = useCallback(() => {
    setHovered(null);
    report(null);
  }, [report]);
  const tipNode = hovered ?? focused;
  const tip = tipNode ? scene.nodes.find((n) => n.geom.id === tipNode) : undefined;
  // Only the columns in view (and a margin) are drawn; so are the columns of the node holding
  // the tab stop and its neighbours, so Tab still reaches the diagram after a scroll and an arrow
  // key from there always finds the node it moves to.
  const { lo, hi } = columns.range;
  const stopT = layout.nodeById.get(roving.active)?.t;
  // Kept across renders that change neither (a hover re-renders the diagram).
  const drawnItems = useMemo(() => {
    const drawn = (t: number) =>
      (t >= lo && t <= hi) || (stopT !== undefined && Math.abs(t - stopT) <= 1);
    return {
      nodes: scene.nodes.filter((n) => drawn(n.geom.t)),
      edges: layout.edges.filter((e) => drawn(e.t) || (e.kind === 'W' && drawn(e.t - 1))),
      annotated: scene.annotated.filter((k) => k >= lo && k <= hi),
    };
  }, [scene, layout, lo, hi, stopT]);
  const { nodes: drawnNodes, edges: drawnEdges } = drawnItems;
  const tipId = `${uid}-tip`;
  const shared = !!focus.sharedWeights;

  return (
    <div
      className={['dg-root', props.className].filter(Boolean).join(' ')}
      data-active-term={props.activeTerm ?? undefined}
      data-overflow={scene.overflow ? 'true' : undefined}
      data-flow={focus.flow}
      data-rows={layout.rowSet}
      data-target={ctx.target}
      data-steps={layout.T}
      data-drawn={`${lo}:${hi}`}
      data-reduced-motion={animation.reducedMotion ? 'true' : undefined}
    >
      <div className="dg-scroll" ref={scrollRef}>
        <div className="dg-canvas" style={{ width: layout.width, height: layout.height }}>
          <svg
            className="dg-svg"
            role="group"
            aria-labelledby={`${uid}-title`}
            aria-describedby={`${uid}-desc`}
            width={layout.width}
            height={layout.height}
            viewBox={`0 0 ${layout.width} ${layout.height}`}
            onKeyDown={roving.onKeyDown}
          >
            <title id={`${uid}-title`}>{labels('diagram.title')}</title>
            <desc id={`${uid}-desc`}>{labels('diagram.desc', { last: layout.T - 1 })}</desc>
            <Markers prefix={uid} />
            <FlowLayer
              segments={scene.flow.segments}
              layerRef={flowRef}
              markerPrefix={uid}
              activeTerm={active}
              onHover={report}
            />
            <g className="dg-edges">
              {drawnEdges.map((e) => (
                <EdgeView
                  key={e.id}
                  geom={e}
                  state={scene.edgeStates.get(e.id)!}
                  shared={shared}
                  active={isActiveElement(
                    active,
                    e.kind,
                    `term-${e.kind === 'loss' ? 'E' : e.kind}`,
                  )}
                  showLabel={!layout.compact}
                  markerPrefix={uid}
                  onHover={report}
                />
              ))}
            </g>
            {shared ? (
              <SharedWeights
                layout={layout}
                states={scene.badgeStates}
                active={active}
                titles={{
                  U: labels(MATRIX_KEY.U),
                  W: labels(MATRIX_KEY.W),
                  V: labels(MATRIX_KEY.V),
                }}
                onHover={(m: MatrixName | null) => report(m ? `term-${m}` : null)}
              />
            ) : null}
            <g className="dg-nodes">
              {drawnNodes.map((n) => (
                <NodeView
                  key={n.geom.id}
                  geom={n.geom}
                  name={n.name}
                  ariaLabel={n.texts().ariaLabel}
                  state={n.state}
                  computed={n.computed}
                  reached={n.reached}
                  notComputed={n.notComputed}
                  active={isActiveElement(
                    active,
                    n.geom.kind,
                    n.geom.kind === 's' ? 'term-s term-imm' : `term-${n.geom.kind}`,
                  )}
                  inline={
                    (layout.compact && n.geom.kind !== 'E') ||
                    n.geom.t < 0 ||
                    layout.rowSet === 'states'
                      ? null
                      : n.value
                  }
                  targetClass={n.geom.kind === 'yhat' ? model.targets[n.geom.t] : undefined}
                  sScale={scene.sScale}
                  xScale={scene.xScale}
                  lang={labels.lang}
                  tabIndex={roving.active === n.geom.id ? 0 : -1}
                  nodeRef={roving.register(n.geom.id)}
                  onFocusNode={onFocusNode}
                  onBlurNode={onBlurNode}
                  onEnterNode={onEnterNode}
                  onLeaveNode={onLeaveNode}
                />
              ))}
            </g>
            {props.choice ? (
              <ChoiceLayer choice={props.choice} nodes={drawnNodes.map((n) => n.geom)} />
            ) : null}
            {scene.cutK !== null ? (
              <TruncationCut
                layout={layout}
                kMin={scene.cutK}
                label={labels('diagram.cut', { k: scene.cutK })}
              />
            ) : null}
            {scene.overflow ? (
              <text
                className="dg-overflow"
                x={layout.width - 16}
                y={4}
                textAnchor="end"
                dominantBaseline="hanging"
              >
                {labels('diagram.overflow')}
              </text>
            ) : null}
          </svg>
          {renderAnnotation ? (
            <AnnotationBand
              layout={layout}
              ks={drawnItems.annotated}
              kMin={ctx.kMin}
              gradNorms={scene.gradNorms}
              render={renderAnnotation}
              legend={props.renderAnnotationLegend}
            />
          ) : null}
          <Tooltip id={tipId} node={tip?.geom ?? null} lines={tip ? tip.texts().tooltip : []} />
        </div>
      </div>
    </div>
  );
}
