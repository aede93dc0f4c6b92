/**
 * Roving keyboard focus over the diagram's nodes: one tab stop (the last focused node), arrow
 * keys move between nodes only while a node has focus (so single-key lesson shortcuts elsewhere
 * stay untouched). ← → move in time (s reaches s₋₁), ↑ ↓ move between the rows x, s, ŷ, E.
 * Handled arrow keys are prevented and stopped, so the lesson's navigation does not also react.
 */
import { useCallback, useRef, useState, type KeyboardEvent } from 'react';
import { nodeId, type NodeKind } from './layout';

const ROWS: readonly NodeKind[] = ['x', 's', 'yhat', 'E'];
/** The rows of a 'states' strip: s alone. */
const STATE_ROWS: readonly NodeKind[] = ['s'];

function parse(id: string): { kind: NodeKind; t: number } | null {
  const m = /^(x|s|yhat|E)-(-?\d+)$/.exec(id);
  return m ? { kind: m[1] as NodeKind, t: Number(m[2]) } : null;
}

/** The node an arrow key leads to from `id`, or null (no move). `statesOnly`: the s row alone. */
export function neighbour(id: string, key: string, T: number, statesOnly = false): string | null {
  const p = parse(id);
  if (!p) return null;
  const rows = statesOnly ? STATE_ROWS : ROWS;
  const minT = (k: NodeKind) => (k === 's' ? -1 : 0);
  const row = rows.indexOf(p.kind);
  if (row < 0) return null;
  switch (key) {
    case 'ArrowLeft':
      return p.t - 1 >= minT(p.kind) ? nodeId(p.kind, p.t - 1) : null;
    case 'ArrowRight':
      return p.t + 1 <= T - 1 ? nodeId(p.kind, p.t + 1) : null;
    case 'ArrowUp':
    case 'ArrowDown': {
      const r = row + (key === 'ArrowUp' ? 1 : -1);
      if (r < 0 || r >= rows.length) return null;
      const kind = rows[r];
      return nodeId(kind, Math.max(p.t, minT(kind)));
    }
    default:
      return null;
  }
}

export function isNodeOf(id: string, T: number, statesOnly = false): boolean {
  const p = parse(id);
  if (!p || (statesOnly && p.kind !== 's')) return false;
  return p.t <= T - 1 && p.t >= (p.kind === 's' ? -1 : 0);
}

export interface RovingFocus {
  /** The node holding the tab stop. */
  readonly active: string;
  readonly setActive: (id: string) => void;
  /** A stable ref callback per node id. */
  readonly register: (id: string) => (el: SVGGElement | null) => void;
  readonly onKeyDown: (e: KeyboardEvent) => void;
}

export function useRovingFocus(T: number, initial: string, statesOnly = false): RovingFocus {
  const [chosen, setActive] = useState(initial);
  const active = isNodeOf(chosen, T, statesOnly) ? chosen : initial;
  const elements = useRef(new Map<string, SVGGElement>());
  const callbacks = useRef(new Map<string, (el: SVGGElement | null) => void>());

  const register = useCallback((id: string) => {
    let cb = callbacks.current.get(id);
    if (!cb) {
      cb = (el) => {
        if (el) elements.current.set(id, el);
        else elements.current.delete(id);
      };
      callbacks.current.set(id, cb);
    }
    return cb;
  }, []);

  const onKeyDown = useCallback(
    (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const from = (e.target as Element | null)?.getAttribute?.('data-node');
      if (!from) return;
      const next = neighbour(from, e.key, T, statesOnly);
      if (!next) {
        if (e.key.startsWith('Arrow')) {
          e.preventDefault();
          e.stopPropagation();
        }
        return;
      }
      e.preventDefault();
      e.stopPropagation();
      setActive(next);
      elements.current.get(next)?.focus();
    },
    [T, statesOnly],
  );

  return { active, setActive, register, onKeyDown };
}
