/**
 * The value drawn beside a node in roomy layouts: bars for x_t, s_t and ŷ_t (ŷ's target class
 * ticked), the number for E_t.
 */
import { formatNumber } from '../lesson/format';
import type { NodeGeom } from './layout';
import { MiniBars } from './MiniBars';

export interface InlineValueProps {
  readonly geom: NodeGeom;
  readonly value: Float64Array;
  /** ŷ's target class. */
  readonly targetClass?: number;
  /** Magnitude at full height for s and x bars. */
  readonly sScale: number;
  readonly xScale: number;
}

export function InlineValue({ geom, value, targetClass, sScale, xScale }: InlineValueProps) {
  const box = geom.value;
  switch (geom.kind) {
    case 'E':
      return (
        <text className="dg-value" x={box.x} y={geom.y} dominantBaseline="central">
          {formatNumber(value[0])}
        </text>
      );
    case 'yhat':
      return <MiniBars values={value} box={box} scale={1} signed={false} highlight={targetClass} />;
    case 's':
      return <MiniBars values={value} box={box} scale={sScale} signed />;
    case 'x':
      return <MiniBars values={value} box={box} scale={xScale} signed={value.some((v) => v < 0)} />;
  }
}
