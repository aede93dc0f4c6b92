import { useCallback, useEffect, useState } from 'react';

export interface Timer {
  /** Milliseconds counted so far. */
  readonly elapsed: number;
  readonly running: boolean;
  start(): void;
  pause(): void;
  reset(): void;
}

interface TimerState {
  /** Time counted before the current run. */
  readonly banked: number;
  /** performance.now() when the current run began, or null when paused. */
  readonly since: number | null;
}

const now = () => performance.now();

/** "4:05", or "1:02:03" past an hour (a minus sign never appears). */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor((Number.isFinite(ms) ? ms : 0) / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** A stopwatch for the talk: start, pause, reset; ticks twice a second while running. */
export function useTimer(): Timer {
  const [state, setState] = useState<TimerState>({ banked: 0, since: null });
  const [, setTick] = useState(0);
  useEffect(() => {
    if (state.since === null) return;
    const id = setInterval(() => setTick((n) => n + 1), 500);
    return () => clearInterval(id);
  }, [state.since]);
  const start = useCallback(
    () => setState((s) => (s.since === null ? { banked: s.banked, since: now() } : s)),
    [],
  );
  const pause = useCallback(
    () =>
      setState((s) => (s.since === null ? s : { banked: s.banked + now() - s.since, since: null })),
    [],
  );
  const reset = useCallback(
    () => setState((s) => ({ banked: 0, since: s.since === null ? null : now() })),
    [],
  );
  const elapsed = state.banked + (state.since === null ? 0 : now() - state.since);
  return { elapsed, running: state.since !== null, start, pause, reset };
}
