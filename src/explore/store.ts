/**
 * The app's mode, lesson or explore, beside the lesson's store: `?mode=explore` in the URL opens
 * the explore mode (a shared link lands in it), and switching writes the parameter back with
 * history.replaceState (the hash and the other parameters are kept). Also what the explore view
 * needs from the start: the problems of a link's model (the model itself is applied by
 * applyStartLink), and whether the whole loss E = Σ_t E_t is traced rather than one E_t.
 */
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { FieldError } from '../model';
import { readProp, withQuery } from '../url';
import { isAppMode, type AppMode } from '../url/values';

export const MODE_PARAM = 'mode';

/** `?mode=explore` (any case, spaces ignored) gives 'explore'; anything else the lesson. */
export function parseModeParam(search: string): AppMode {
  return readProp('mode', search);
}

/**
 * The query string with the mode: `mode=explore` set, or removed for the lesson. Other
 * parameters keep their text as it was (a `?model=` value is not re-encoded).
 */
export function withModeParam(search: string, mode: AppMode): string {
  return withQuery(search, { mode });
}

export interface ExploreInputs {
  readonly mode: AppMode;
  /** Trace the whole loss E = Σ_t E_t (else the store's target E_t). */
  readonly traceAll: boolean;
  /** The problems of the link's model read on start (null when it was absent or good). */
  readonly linkErrors: readonly FieldError[] | null;
}

export interface ExploreActions {
  setMode(mode: AppMode): void;
  setTraceAll(all: boolean): void;
  setLinkErrors(errors: readonly FieldError[] | null): void;
}

export type ExploreState = ExploreInputs & ExploreActions;
export type ExploreStore = StoreApi<ExploreState>;

export function createExploreStore(initial: Partial<ExploreInputs> = {}): ExploreStore {
  return createStore<ExploreState>()((set, get) => ({
    mode: 'lesson',
    traceAll: false,
    linkErrors: null,
    ...initial,
    setMode: (mode) => {
      if (isAppMode(mode) && get().mode !== mode) set({ mode });
    },
    setTraceAll: (all) => {
      if (get().traceAll !== !!all) set({ traceAll: !!all });
    },
    setLinkErrors: (errors) => set({ linkErrors: errors && errors.length > 0 ? errors : null }),
  }));
}

/** The app's one explore store. */
export const exploreStore = createExploreStore();

/** Subscribes a component to one value of the explore store. */
export function useExplore<U>(selector: (s: ExploreState) => U): U {
  return useStore(exploreStore, selector);
}

/**
 * Reads the mode from the URL into the store, and writes the mode back into the URL whenever it
 * changes. Returns a function that stops writing. (The link's model and its problems are read
 * with the rest of the link at start: readStartLink.)
 */
export function startModeSync(store: ExploreStore, win: Window = window): () => void {
  store.getState().setMode(parseModeParam(win.location.search));
  const write = (mode: AppMode) => {
    const loc = win.location;
    if (parseModeParam(loc.search) === mode) return;
    try {
      const next = `${loc.pathname}${withModeParam(loc.search, mode)}${loc.hash}`;
      win.history.replaceState(win.history.state, '', next);
    } catch {
      // Sandboxed frames and file: pages may refuse; the mode still switches.
    }
  };
  return store.subscribe((s, prev) => {
    if (s.mode !== prev.mode) write(s.mode);
  });
}
