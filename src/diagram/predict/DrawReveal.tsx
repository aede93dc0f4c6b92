/**
 * The draw chart's reveal (DrawChart.tsx): the computed curve over the student's, in its colour,
 * a dash and square markers; a dotted line across each k's gap, and each gap's label written
 * upwards beside it (a column is narrower than a label). Three layers: RevealLines under every
 * marker, RevealMarkers over the student's, GapLabels on top (a halo keeps them legible).
 */
import { BOLD_CHAR_W } from '../decay';
import { gapPlace, placeable, seriesPath, SQUARE, valueToY, type DrawLayout } from './drawChart';

export interface RevealProps {
  readonly layout: DrawLayout;
  /** The student's points and the computed ones, k = 0 … t (the student's count decides t). */
  readonly values: readonly number[];
  readonly truth: readonly number[];
}

export function RevealLines({ layout, values, truth }: RevealProps) {
  const ks = values.map((_, k) => k);
  const y = (v: number) => valueToY(layout, v);
  return (
    <g className="pc-series pc-truth pc-lines" aria-hidden="true">
      {ks.map((k) =>
        placeable(truth[k]) && Math.abs(y(values[k]) - y(truth[k])) > 2 ? (
          <line
            key={k}
            className="pc-gap-line"
            data-k={k}
            x1={layout.x(k)}
            x2={layout.x(k)}
            y1={y(values[k])}
            y2={y(truth[k])}
          />
        ) : null,
      )}
      <path className="pc-line" d={seriesPath(layout, truth.slice(0, ks.length))} />
    </g>
  );
}

export interface RevealMarkersProps extends RevealProps {
  /** The computed curve's name (its group's accessible name) and each value's text. */
  readonly name: string;
  readonly valueText: (k: number, value: number) => string;
}

export function RevealMarkers({ layout, values, truth, name, valueText }: RevealMarkersProps) {
  return (
    <g className="pc-series pc-truth" data-series="truth" role="group" aria-label={name}>
      {values.map((_, k) =>
        placeable(truth[k]) ? (
          <rect
            key={k}
            className="pc-marker"
            role="img"
            aria-label={valueText(k, truth[k])}
            data-k={k}
            data-value={String(truth[k])}
            x={layout.x(k) - SQUARE}
            y={valueToY(layout, truth[k]) - SQUARE}
            width={2 * SQUARE}
            height={2 * SQUARE}
          />
        ) : null,
      )}
    </g>
  );
}

export interface GapLabelsProps extends RevealProps {
  /** Per k, the gap's label or null. */
  readonly gapLabels?: readonly (string | null)[];
  /** The id of k's gap label (the student's point there is described by it). */
  readonly gapId: (k: number) => string;
}

/** On top of everything (their halo notches the markers they cross rather than hiding them). */
export function GapLabels({ layout, values, truth, gapLabels, gapId }: GapLabelsProps) {
  const ks = values.map((_, k) => k);
  const y = (v: number) => valueToY(layout, v);
  return (
    <g className="pc-gaps" aria-hidden="true">
      {ks.map((k) => {
        const text = gapLabels?.[k];
        if (!text) return null;
        const ya = y(values[k]);
        const yb = placeable(truth[k]) ? y(truth[k]) : ya;
        const p = gapPlace(layout, k, ya, yb, [...text].length * BOLD_CHAR_W);
        return (
          <text
            key={k}
            id={gapId(k)}
            className="pc-gap-label"
            data-k={k}
            x={p.x}
            y={p.y}
            textAnchor="middle"
            dominantBaseline="central"
            transform={`rotate(-90 ${p.x} ${p.y})`}
          >
            {text}
          </text>
        );
      })}
    </g>
  );
}
