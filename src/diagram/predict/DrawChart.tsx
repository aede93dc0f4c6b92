/**
 * "Draw your prediction": before the lesson shows ‖∂E_t★/∂s_k‖ against k (the decay chart), the
 * student drags one point per k = 0 … t★ on a logarithmic axis, with a lane below the axis for
 * exact zeros (a log axis cannot show 0; ReLU and truncation make them). At the reveal the
 * computed curve is drawn over the student's, in another colour, dash and marker, and each point
 * gets the gap label the app passes. Drawn from props: D3 computes the scales and paths (see
 * drawChart.ts), React draws them; no store, no wording of its own.
 *
 * Keys on a point (a slider, one tab stop): ↑/↓ a quarter of a decade (Shift: a decade),
 * Home/End the domain's top/bottom, 0 the zero lane (so does moving
 * below the bottom; moving up from the lane lands on the bottom); ←/→ the neighbouring point.
 * Pointer (mouse, pen, touch): a press anywhere in a column moves that column's point there, and
 * dragging moves it on (snapped to 1/8 of a decade; into the lane: 0).
 */
import { useId, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { decadesCovering } from '../decay';
import {
  ariaNow,
  ariaRange,
  ASK_DOMAIN,
  columnAt,
  DEFAULT_HEIGHT,
  DEFAULT_WIDTH,
  drawLayout,
  keyValue,
  MARKER_R,
  RING_R,
  seriesPath,
  valueToY,
  yToValue,
} from './drawChart';
import { DrawFrame } from './DrawFrame';
import { GapLabels, RevealLines, RevealMarkers } from './DrawReveal';
import './predict.css';

export interface DrawChartLabels {
  /** The chart's accessible name; default: `axis`. */
  readonly title?: string;
  /** The y axis' title, shown over the plot (e.g. "‖∂E₉/∂sₖ‖"). */
  readonly axis: string;
  /** The x axis' name ("k"), shown left of the row of k values. */
  readonly k: string;
  /** The exact-zero lane's label ("exactly 0"). */
  readonly zeroLane: string;
  /** The legend's names: the student's curve and the computed one. */
  readonly student: string;
  readonly truth: string;
  /** A point's accessible name ("k = 2"). */
  readonly pointName: (k: number) => string;
  /** A value as text ("k = 2: 3·10⁻⁴", "k = 2: exactly 0"): the sliders' aria-valuetext. */
  readonly valueText: (k: number, value: number) => string;
}

export interface DrawChartProps {
  /**
   * The student's points, k = 0 … t (≥ 0): a value > 0 on the log axis (clamped to the domain),
   * exactly 0 in the zero lane.
   */
  readonly values: readonly number[];
  /** Called when a point moves (by key or pointer). Absent: read-only. */
  readonly onChange?: (k: number, value: number) => void;
  /** The computed curve (the reveal): drawn over the student's; the points are read-only then. */
  readonly truth?: readonly number[];
  /** Other curves drawn thin behind (a class's, at its reveal); described in words elsewhere. */
  readonly others?: readonly (readonly number[])[] | null;
  /** Per k, the gap's label ("×10^1.3 too high") or null (none); shown with `truth`. */
  readonly gapLabels?: readonly (string | null)[];
  /**
   * The y domain. Default: ASK_DOMAIN [10⁻⁸, 10²] while asking (fixed, so the axis does not give
   * the answer away); at the reveal, whole decades covering both curves (decadesCovering).
   */
  readonly domain?: readonly [number, number];
  readonly labels: DrawChartLabels;
  /**
   * The viewBox's size in logical px (default 600×560: a phone's 360 px shows it at 0.6, its
   * 28 px texts at 17 px); the SVG scales with its container's width.
   */
  readonly width?: number;
  readonly height?: number;
  /** No animation (the presenter's choice; prefers-reduced-motion is followed anyway). */
  readonly reducedMotion?: boolean;
  readonly className?: string;
}

/** A client position in the SVG's viewBox units. */
function toViewBox(svg: SVGSVGElement, e: PointerEvent, w: number, h: number) {
  const m = typeof svg.getScreenCTM === 'function' ? svg.getScreenCTM() : null;
  if (m && typeof DOMPoint === 'function') {
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(m.inverse());
    return { x: p.x, y: p.y };
  }
  const r = svg.getBoundingClientRect();
  return {
    x: (e.clientX - r.left) * (r.width > 0 ? w / r.width : 1),
    y: (e.clientY - r.top) * (r.height > 0 ? h / r.height : 1),
  };
}

/** The most of a class's curves drawn (as many as the relay keeps for one prediction). */
const MAX_OTHERS = 2000;

export function DrawChart(props: DrawChartProps) {
  const {
    values,
    onChange,
    truth,
    others,
    gapLabels,
    labels,
    width = DEFAULT_WIDTH,
    height = DEFAULT_HEIGHT,
  } = props;
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const t = Math.max(0, values.length - 1);
  const interactive = !!onChange && !truth;
  const domain = useMemo<readonly [number, number]>(
    () => props.domain ?? (truth ? decadesCovering([values, truth]) : ASK_DOMAIN),
    [props.domain, truth, values],
  );
  const layout = useMemo(
    () =>
      drawLayout({
        width,
        height,
        t,
        domain,
        zeroLabel: labels.zeroLane,
        legend: [labels.student, labels.truth],
      }),
    [width, height, t, domain, labels.zeroLane, labels.student, labels.truth],
  );
  const [chosen, setActive] = useState(0);
  // A point focused by a press shows no focus ring (as :focus-visible after a click); keys do.
  const [byPointer, setByPointer] = useState(false);
  const active = Math.min(chosen, t);
  const points = useRef<(SVGGElement | null)[]>([]);
  const svgRef = useRef<SVGSVGElement>(null);
  const drag = useRef<{ id: number; k: number; sent: number } | null>(null);
  const [vMin, vMax] = ariaRange(domain);

  const focusPoint = (k: number) => {
    setActive(k);
    points.current[k]?.focus({ preventScroll: true });
  };

  const onKeyDown = (k: number) => (e: KeyboardEvent) => {
    setByPointer(false);
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      const next = k + (e.key === 'ArrowLeft' ? -1 : 1);
      // Past the first or the last point the key is the lesson's again (a clicker's arrows).
      if (next < 0 || next > t) return;
      e.preventDefault();
      e.stopPropagation();
      focusPoint(next);
      return;
    }
    const v = keyValue(values[k], e.key, e.shiftKey, domain);
    if (v === null) return;
    e.preventDefault();
    e.stopPropagation();
    if (v !== values[k]) onChange?.(k, v);
  };

  const moveTo = (e: PointerEvent<SVGSVGElement>) => {
    const d = drag.current;
    const svg = svgRef.current;
    if (!d || d.id !== e.pointerId || !svg) return;
    const v = yToValue(layout, toViewBox(svg, e, width, height).y);
    if (v !== d.sent) {
      d.sent = v;
      onChange?.(d.k, v);
    }
  };

  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    const svg = svgRef.current;
    if (!interactive || !svg || (e.pointerType === 'mouse' && e.button !== 0)) return;
    const p = toViewBox(svg, e, width, height);
    if (p.x < layout.left || p.x > layout.right) return;
    if (p.y < layout.hitTop || p.y > layout.hitBottom) return;
    const k = columnAt(layout, p.x, t);
    // No mousedown follows, so the focus stays on the point this press moves.
    e.preventDefault();
    svg.setPointerCapture?.(e.pointerId);
    drag.current = { id: e.pointerId, k, sent: values[k] };
    setByPointer(true);
    focusPoint(k);
    moveTo(e);
  };

  const endDrag = (e: PointerEvent<SVGSVGElement>) => {
    if (drag.current?.id === e.pointerId) drag.current = null;
  };

  const gapId = (k: number) => `${uid}-gap-${k}`;
  const hasGap = (k: number) => !!truth && !!gapLabels?.[k];
  const mode = truth ? 'reveal' : interactive ? 'ask' : 'view';

  return (
    <figure
      className={['pc-root', interactive && 'is-interactive', props.className]
        .filter(Boolean)
        .join(' ')}
      data-mode={mode}
      data-reduced-motion={props.reducedMotion ? 'true' : undefined}
      data-input={byPointer ? 'pointer' : undefined}
    >
      <svg
        ref={svgRef}
        className="pc-svg"
        role="group"
        aria-labelledby={`${uid}-title`}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        onPointerDown={onPointerDown}
        onPointerMove={moveTo}
        onPointerUp={endDrag}
        onPointerCancel={endDrag}
        onLostPointerCapture={endDrag}
      >
        <title id={`${uid}-title`}>{labels.title ?? labels.axis}</title>
        <DrawFrame
          layout={layout}
          t={t}
          axis={labels.axis}
          k={labels.k}
          student={labels.student}
          truth={truth ? labels.truth : null}
          columns={interactive}
        />
        {others && others.length > 0 ? (
          <g className="pc-others" aria-hidden="true" data-count={others.length}>
            {others.slice(0, MAX_OTHERS).map((c, i) => (
              <path key={i} className="pc-other" d={seriesPath(layout, c.slice(0, values.length))} />
            ))}
          </g>
        ) : null}
        <g className="pc-series pc-student pc-lines" aria-hidden="true">
          <path className="pc-line" d={seriesPath(layout, values)} />
        </g>
        {truth ? <RevealLines layout={layout} values={values} truth={truth} /> : null}
        <g
          className="pc-series pc-student"
          data-series="student"
          role="group"
          aria-label={labels.student}
        >
          {values.map((v, k) => {
            // Every k has its point (a value the axis cannot show sits in the lane, as 0 does).
            const y = valueToY(layout, v);
            const common = {
              className: v > 0 ? 'pc-point' : 'pc-point is-zero',
              'data-k': k,
              'data-value': String(v),
            };
            const dot = (
              <>
                <circle className="pc-ring" cx={layout.x(k)} cy={y} r={RING_R} />
                <circle className="pc-marker" cx={layout.x(k)} cy={y} r={MARKER_R} />
              </>
            );
            if (!interactive)
              return (
                <g
                  key={k}
                  {...common}
                  role="img"
                  aria-label={labels.valueText(k, v)}
                  aria-describedby={hasGap(k) ? gapId(k) : undefined}
                >
                  {dot}
                </g>
              );
            return (
              <g
                key={k}
                {...common}
                ref={(el) => {
                  points.current[k] = el;
                }}
                role="slider"
                tabIndex={k === active ? 0 : -1}
                aria-label={labels.pointName(k)}
                aria-orientation="vertical"
                aria-valuemin={vMin}
                aria-valuemax={vMax}
                aria-valuenow={ariaNow(v, domain)}
                aria-valuetext={labels.valueText(k, v)}
                onKeyDown={onKeyDown(k)}
                onFocus={() => setActive(k)}
              >
                {dot}
              </g>
            );
          })}
        </g>
        {truth ? (
          <RevealMarkers
            layout={layout}
            values={values}
            truth={truth}
            name={labels.truth}
            valueText={labels.valueText}
          />
        ) : null}
        {truth ? (
          <GapLabels
            layout={layout}
            values={values}
            truth={truth}
            gapLabels={gapLabels}
            gapId={gapId}
          />
        ) : null}
      </svg>
    </figure>
  );
}
