import { useCallback, useEffect, useState } from 'react';

export interface Timer {
  /** Milliseconds counted so far. */
  readonly elapsed: number;
  readonly running: boolean;
  /** The talk's length for the countdown, in minutes (0: no countdown). */
  readonly minutes: number;
  start(): void;
  pause(): void;
  reset(): void;
  setMinutes(minutes: number): void;
}

interface TimerState {
  /** Time counted before the current run. */
  readonly banked: number;
  /** Date.now() when the current run began, or null when paused. */
  readonly since: number | null;
  readonly minutes: number;
}

/** Where the presenter window keeps its timer: a reload of the window finds it running on. */
export const TIMER_KEY = 'bptt-presenter-timer';

const now = () => Date.now();

function isState(v: unknown): v is TimerState {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Record<string, unknown>;
  const finite = (x: unknown) => typeof x === 'number' && Number.isFinite(x) && x >= 0;
  return finite(s.banked) && (s.since === null || finite(s.since)) && finite(s.minutes);
}

/** The timer this window kept (sessionStorage: per window, kept across a reload), or a new one. */
function restore(): TimerState {
  try {
    const v: unknown = JSON.parse(sessionStorage.getItem(TIMER_KEY) ?? 'null');
    if (isState(v)) return v;
  } catch {
    // No storage, or nothing readable in it: a new timer.
  }
  return { banked: 0, since: null, minutes: 0 };
}

function keep(s: TimerState): void {
  try {
    sessionStorage.setItem(TIMER_KEY, JSON.stringify(s));
  } catch {
    // Not kept across a reload, then; the timer still runs.
  }
}

/** "4:05", or "1:02:03" past an hour; a negative time (a countdown overrun) starts with −. */
export function formatElapsed(ms: number): string {
  const finite = Number.isFinite(ms) ? ms : 0;
  const total = Math.floor(Math.abs(finite) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  const text = h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
  return finite <= -1000 ? `−${text}` : text;
}

/**
 * A stopwatch for the talk, with an optional countdown: start, pause, reset; ticks twice a second
 * while running. It survives a reload of the window.
 */
export function useTimer(): Timer {
  const [state, setState] = useState<TimerState>(restore);
  const [, setTick] = useState(0);
  useEffect(() => keep(state), [state]);
  useEffect(() => {
    if (state.since === null) return;
    const id = setInterval(() => setTick((n) => n + 1), 500);
    return () => clearInterval(id);
  }, [state.since]);
  const start = useCallback(
    () => setState((s) => (s.since === null ? { ...s, since: now() } : s)),
    [],
  );
  const pause = useCallback(
    () =>
      setState((s) =>
        s.since === null ? s : { ...s, banked: s.banked + now() - s.since, since: null },
      ),
    [],
  );
  const reset = useCallback(
    () => setState((s) => ({ ...s, banked: 0, since: s.since === null ? null : now() })),
    [],
  );
  const setMinutes = useCallback((minutes: number) => {
    if (Number.isFinite(minutes) && minutes >= 0 && minutes <= 600)
      setState((s) => ({ ...s, minutes: Math.round(minutes) }));
  }, []);
  const elapsed = state.banked + (state.since === null ? 0 : Math.max(0, now() - state.since));
  return {
    elapsed,
    running: state.since !== null,
    minutes: state.minutes,
    start,
    pause,
    reset,
    setMinutes,
  };
}
