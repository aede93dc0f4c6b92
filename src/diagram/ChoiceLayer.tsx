/**
 * A prediction's choice on the diagram's nodes: each s_k offered gets a ring of its own, a button
 * (click, tap, Enter or Space) named for a screen reader; the one chosen is drawn solid and ticked,
 * the others dashed — the shape tells them apart, not the colour alone.
 */
import type { KeyboardEvent } from 'react';
import type { NodeGeom } from './layout';

export interface NodeChoice {
  /** The ks offered (their s_k nodes, where drawn). */
  readonly options: readonly number[];
  readonly selected: number | null;
  readonly onChoose: (k: number) => void;
  /** The accessible name of the button for k ("Choose k = 2"). */
  readonly label: (k: number) => string;
}

export function ChoiceLayer({
  choice,
  nodes,
}: {
  readonly choice: NodeChoice;
  readonly nodes: readonly NodeGeom[];
}) {
  const offered = nodes.filter((n) => n.kind === 's' && choice.options.includes(n.t));
  const key = (k: number) => (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    e.stopPropagation();
    choice.onChoose(k);
  };
  return (
    <g className="dg-choices">
      {offered.map((n) => {
        const chosen = choice.selected === n.t;
        return (
          <g
            key={n.id}
            className={`dg-choice${chosen ? ' is-chosen' : ''}`}
            role="button"
            tabIndex={0}
            aria-label={choice.label(n.t)}
            aria-pressed={chosen}
            data-choice={n.t}
            onClick={() => choice.onChoose(n.t)}
            onKeyDown={key(n.t)}
          >
            <circle className="dg-choice-hit" cx={n.x} cy={n.y} r={n.r + 22} />
            <circle className="dg-choice-ring" cx={n.x} cy={n.y} r={n.r + 14} />
            {chosen ? (
              <text
                className="dg-choice-tick"
                x={n.x + n.r + 10}
                y={n.y - n.r - 10}
                textAnchor="middle"
                dominantBaseline="central"
              >
                ✓
              </text>
            ) : null}
          </g>
        );
      })}
    </g>
  );
}
