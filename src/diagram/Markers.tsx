/**
 * Arrowheads of the diagram: one per edge kind (in its colour), one for marked edges and one for
 * the gradient flow. Fixed size in user space, so a wide flow keeps a readable arrowhead.
 */
import type { EdgeKind } from './layout';

export type MarkerName = EdgeKind | 'mark' | 'flow';
const MARKERS: readonly MarkerName[] = ['U', 'W', 'V', 'loss', 'mark', 'flow'];

export function markerId(prefix: string, name: MarkerName): string {
  return `${prefix}-arrow-${name}`;
}

function markerClass(name: MarkerName): string {
  if (name === 'mark') return 'dg-arrow is-mark';
  if (name === 'flow') return 'dg-arrow is-flow';
  return `dg-arrow term-${name === 'loss' ? 'E' : name}`;
}

export function Markers({ prefix }: { readonly prefix: string }) {
  return (
    <defs>
      {MARKERS.map((name) => {
        const size = name === 'flow' ? 22 : 16;
        return (
          <marker
            key={name}
            id={markerId(prefix, name)}
            viewBox="0 0 10 10"
            refX={name === 'flow' ? 6 : 9}
            refY={5}
            markerWidth={size}
            markerHeight={size}
            markerUnits="userSpaceOnUse"
            orient="auto"
          >
            <path className={markerClass(name)} d="M0,0L10,5L0,10Z" />
          </marker>
        );
      })}
    </defs>
  );
}
