/**
 * The classroom's state beside the lesson's: which window this is (the lesson, the presenter view
 * or the print view), the blackout, the open overlay, the controls a lecturer's link hides, a
 * short notice, and whether another window is following this one. None of it is persisted: the
 * view and hidden controls come from the URL, the blackout from the presenter sync.
 */
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { CONTROL_IDS, type ControlId, type View } from '../url/values';

/** The overlays, one at a time. */
export type Overlay = 'help' | 'overview' | 'goto' | 'link' | 'tools' | 'join';

export interface Notice {
  /** A key of the classroom strings or of the lesson's UI strings. */
  readonly key: string;
  readonly params?: Readonly<Record<string, string | number>>;
  readonly tone: 'info' | 'error';
  /** Distinguishes two equal notices in a row (for the live region). */
  readonly id: number;
}

export interface ClassroomInputs {
  readonly view: View;
  readonly blackout: boolean;
  readonly overlay: Overlay | null;
  readonly hidden: readonly ControlId[];
  readonly notice: Notice | null;
  /** Another window (the presenter view or the lesson) has answered on the sync channel. */
  readonly connected: boolean;
}

export interface ClassroomActions {
  setBlackout(on: boolean): void;
  toggleBlackout(): void;
  openOverlay(overlay: Overlay): void;
  /** Opens the overlay, or closes it when it is the one open. */
  toggleOverlay(overlay: Overlay): void;
  closeOverlay(): void;
  setHidden(ids: readonly ControlId[]): void;
  notify(key: string, tone?: Notice['tone'], params?: Notice['params']): void;
  clearNotice(): void;
  setConnected(connected: boolean): void;
}

export type ClassroomState = ClassroomInputs & ClassroomActions;
export type ClassroomStore = StoreApi<ClassroomState>;

export function initialClassroom(view: View = 'app'): ClassroomInputs {
  return { view, blackout: false, overlay: null, hidden: [], notice: null, connected: false };
}

export function createClassroomStore(initial: Partial<ClassroomInputs> = {}): ClassroomStore {
  return createStore<ClassroomState>()((set, get) => ({
    ...initialClassroom(),
    ...initial,
    setBlackout: (on) => {
      if (get().blackout !== !!on) set({ blackout: !!on });
    },
    toggleBlackout: () => set({ blackout: !get().blackout }),
    openOverlay: (overlay) => {
      if (get().overlay !== overlay) set({ overlay });
    },
    toggleOverlay: (overlay) => set({ overlay: get().overlay === overlay ? null : overlay }),
    closeOverlay: () => {
      if (get().overlay !== null) set({ overlay: null });
    },
    setHidden: (ids) => {
      const clean = CONTROL_IDS.filter((c) => ids.includes(c));
      const cur = get().hidden;
      if (clean.length === cur.length && clean.every((c, i) => cur[i] === c)) return;
      set({ hidden: Object.freeze(clean) });
    },
    notify: (key, tone = 'info', params) =>
      set({ notice: { key, tone, params, id: (get().notice?.id ?? 0) + 1 } }),
    clearNotice: () => {
      if (get().notice !== null) set({ notice: null });
    },
    setConnected: (connected) => {
      if (get().connected !== connected) set({ connected });
    },
  }));
}

/** The app's one classroom store. */
export const classroomStore = createClassroomStore();

/** Subscribes a component to one value of the classroom store. */
export function useClassroom<U>(selector: (s: ClassroomState) => U): U {
  return useStore(classroomStore, selector);
}
