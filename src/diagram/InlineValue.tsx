/**
 * The value drawn beside a node in roomy layouts: bars for x_t, s_t and ŷ_t (ŷ's target class
 * ticked), the number for E_t. A vector longer than MAX_BARS is drawn in blocks, each bar its
 * block's entry of largest magnitude (the heatmaps' rule, blockGrid), so no large value hides.
 */
import { charBudget, formatFit, type Lang } from '../i18n';
import { blockGrid } from '../model';
import { LABEL_FONT, type NodeGeom } from './layout';
import { MiniBars } from './MiniBars';

export interface InlineValueProps {
  readonly geom: NodeGeom;
  readonly value: Float64Array;
  /** ŷ's target class. */
  readonly targetClass?: number;
  /** Magnitude at full height for s and x bars. */
  readonly sScale: number;
  readonly xScale: number;
  /** The language whose style writes E_t's number. */
  readonly lang: Lang;
}

/** Bars drawn per vector at most. */
export const MAX_BARS = 16;

/** The bars of a vector, summarised in blocks above MAX_BARS; the highlighted entry's bar. */
export function barValues(
  value: Float64Array,
  highlight?: number,
): { values: Float64Array; highlight?: number; summarised: boolean } {
  if (value.length <= MAX_BARS) return { values: value, highlight, summarised: false };
  const g = blockGrid({ rows: 1, cols: value.length, data: value }, MAX_BARS);
  const at =
    highlight === undefined ? -1 : g.cells.findIndex((c) => highlight >= c.j0 && highlight < c.j1);
  return {
    values: Float64Array.from(g.cells, (c) => c.value),
    highlight: at < 0 ? undefined : at,
    summarised: true,
  };
}

export function InlineValue(props: InlineValueProps) {
  const { geom, value, targetClass, sScale, xScale, lang } = props;
  const box = geom.value;
  switch (geom.kind) {
    case 'E':
      return (
        <text
          className="dg-value"
          x={box.x + box.width / 2}
          y={box.y + box.height / 2}
          textAnchor="middle"
          dominantBaseline="central"
        >
          {formatFit(value[0], charBudget(box.width, LABEL_FONT), { lang })}
        </text>
      );
    case 'yhat': {
      const b = barValues(value, targetClass);
      return (
        <MiniBars
          values={b.values}
          box={box}
          scale={1}
          signed={false}
          highlight={b.highlight}
          summarised={b.summarised}
        />
      );
    }
    case 's': {
      const b = barValues(value);
      return (
        <MiniBars values={b.values} box={box} scale={sScale} signed summarised={b.summarised} />
      );
    }
    case 'x': {
      const b = barValues(value);
      return (
        <MiniBars
          values={b.values}
          box={box}
          scale={xScale}
          signed={value.some((v) => v < 0)}
          summarised={b.summarised}
        />
      );
    }
  }
}
