/// <reference types="vite/client" />
/**
 * The lesson's store: inputs only (language, position, model, target, preferences). Everything
 * computed from them (forward pass, gradients, per-k terms, Jacobians) lives in selectors.ts.
 * Only the preferences (language, theme) are persisted, to localStorage.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createJSONStorage, devtools, persist, type StateStorage } from 'zustand/middleware';
import { defaultModel, dimsOf, type AnyModel } from '../model';
import { type Lang, detectLang, isLangLoaded, loadLang } from '../i18n';
import { stepCounts } from './counts';
import { promptView } from './promptView';
import { reportStorageFailure, safeStorage, type SyncStorage } from './safeStorage';
import { THEMES, isLang, isTheme, type Theme } from '../url/values';
import {
  clampPosition,
  firstPosition,
  lastPosition,
  nextPosition,
  prevPosition,
  type Position,
} from './nav';

export { THEMES, LANGS, isLang, isTheme, type Theme } from '../url/values';
/** Animation speed factors offered by the controls. */
export const SPEEDS: readonly number[] = [0.5, 1, 2];
export const ZOOM_MIN = 0.5;
export const ZOOM_MAX = 2;
export const DEFAULT_SEED = 1;

export interface AnimationSettings {
  /** Playback speed factor (1 = normal). */
  readonly speed: number;
  readonly paused: boolean;
  /** Incremented to replay the current sub-step's animation. */
  readonly replayKey: number;
}

export interface LessonInputs {
  readonly lang: Lang;
  /** 0-based index into STEPS. */
  readonly stepIndex: number;
  /** 0-based sub-step of the current step. */
  readonly sub: number;
  readonly seed: number;
  /** The current model, of any cell (the lesson's steps show lessonModelOf(model)). */
  readonly model: AnyModel;
  /** The traced target t★. */
  readonly target: number;
  /**
   * The t★ asked for (setTarget), or null to follow the sequence's last step (as the slides'
   * E_3 for T = 4). A model of another length keeps the t★ asked for while it exists; else, and
   * when none was asked for, the last step is traced.
   */
  readonly wantedTarget: number | null;
  readonly theme: Theme;
  /** Scale of the diagram and formulas together. */
  readonly zoom: number;
  readonly animation: AnimationSettings;
  /** The chain-rule factor under the pointer or focus (a term-… class), or null. */
  readonly activeTerm: string | null;
  /** The practice cards' seed (the link's `seed`); null: the default, left out of links. */
  readonly cardSeed: number | null;
}

export interface LessonActions {
  /** Applies once the language's catalog is loaded: at once when it is, else when it arrives. */
  /**
   * Shows the lesson in `lang`; the visitor's saved preference too, unless `scope` is 'visit'
   * (a link's ?lang=: for this visit only).
   */
  setLang(lang: Lang, scope?: PreferenceScope): void;
  /** Likewise for the theme. */
  setTheme(theme: Theme, scope?: PreferenceScope): void;
  /** light → dark → contrast → light. */
  cycleTheme(): void;
  setZoom(zoom: number): void;
  /** Jump to a step (0-based) and sub-step (default 0); both clamped into range. */
  goTo(stepIndex: number, sub?: number): void;
  next(): void;
  prev(): void;
  first(): void;
  last(): void;
  /** A fresh default example from this seed. */
  setSeed(seed: number): void;
  setModel(model: AnyModel): void;
  setTarget(target: number): void;
  setSpeed(speed: number): void;
  setPaused(paused: boolean): void;
  togglePaused(): void;
  replay(): void;
  setActiveTerm(term: string | null): void;
  /** A whole number ≥ 0 below 10⁹, or null; anything else is refused. */
  setCardSeed(seed: number | null): void;
  /** Back to the initial inputs (preferences kept). */
  reset(): void;
}

export type LessonState = LessonInputs & LessonActions;
export type LessonStore = StoreApi<LessonState>;

/** t★ = min(3, T − 1), the slide's E_3 when the sequence is long enough. */
/** The t★ traced when none is asked for: the sequence's last step (E_3 for T = 4). */
export function defaultTarget(model: AnyModel): number {
  return Math.max(0, dimsOf(model).T - 1);
}

/** The t★ traced for the one asked for (null: the last step). */
function targetFor(model: AnyModel, wanted: number | null): number {
  const last = defaultTarget(model);
  return wanted === null ? last : Math.min(wanted, last);
}

/** What setTarget(t) asks for: a step (≥ 0), or null (the last step: follow the sequence). */
function wantedOf(model: AnyModel, target: number): number | null {
  if (!Number.isFinite(target)) return null;
  const t = Math.max(Math.trunc(target), 0);
  return t >= defaultTarget(model) ? null : t;
}

function countsOf(s: Pick<LessonInputs, 'model' | 'target'>): readonly number[] {
  return stepCounts(dimsOf(s.model).T, s.target);
}

export function initialInputs(lang: Lang = 'en', seed = DEFAULT_SEED): LessonInputs {
  const model = defaultModel(seed);
  return {
    lang,
    stepIndex: 0,
    sub: 0,
    seed,
    model,
    target: defaultTarget(model),
    wantedTarget: null,
    theme: 'light',
    zoom: 1,
    animation: { speed: 1, paused: false, replayKey: 0 },
    activeTerm: null,
    cardSeed: null,
  };
}

/** A preference chosen by the visitor ('saved'), or carried by a link for this visit ('visit'). */
export type PreferenceScope = 'saved' | 'visit';

/** The persisted part of the state. */
export interface Preferences {
  readonly lang: Lang;
  readonly theme: Theme;
}

export interface StoreOptions {
  /** Where preferences are kept; localStorage by default. */
  readonly storage?: SyncStorage;
  /** Told when the storage fails (once); the app's notice by default (reportStorageFailure). */
  readonly onStorageFailure?: (error: unknown) => void;
  /** The language when none is stored; the browser's by default. */
  readonly lang?: Lang;
}

export const PERSIST_KEY = 'bptt-preferences';

/**
 * A storage that writes a key only when its value changes: the persist middleware saves the
 * preferences after every change of the state (each step, each edit of the model), and a
 * synchronous localStorage write is not free.
 */
export function writeOnChange(storage: StateStorage): StateStorage {
  const written = new Map<string, string>();
  return {
    getItem: (name) => storage.getItem(name),
    setItem: (name, value) => {
      if (written.get(name) === value) return;
      // Remembered once written: a write that throws (a full or private storage) is tried again.
      const done = storage.setItem(name, value);
      written.set(name, value);
      return done;
    },
    removeItem: (name) => {
      written.delete(name);
      return storage.removeItem(name);
    },
  };
}

/**
 * Redux DevTools in development only: the production build carries no devtools middleware (the
 * action names passed to `set` are then ignored).
 */
const devtoolsInDev: typeof devtools = import.meta.env.DEV
  ? devtools
  : (((initializer: unknown) => initializer) as typeof devtools);

export function createLessonStore(options: StoreOptions = {}): LessonStore {
  const lang = options.lang ?? detectLang();
  const initial = initialInputs(lang);
  const storage = createJSONStorage<Preferences>(() =>
    writeOnChange(
      safeStorage(
        () => options.storage ?? window.localStorage,
        options.onStorageFailure ?? reportStorageFailure,
      ),
    ),
  );
  /** The language last asked for: a switch waiting for its catalog applies only if still wanted. */
  let wantedLang: Lang | null = null;
  /**
   * The preferences the storage keeps: the visitor's own choices. A link's language or theme is
   * shown for the visit without replacing them (null until the storage has been read).
   */
  let saved: Preferences | null = null;
  const keep = (p: Partial<Preferences>, scope: PreferenceScope = 'saved') => {
    if (scope === 'saved' && saved) saved = { ...saved, ...p };
  };
  return createStore<LessonState>()(
    devtoolsInDev(
      persist(
        (set, get) => {
          const moveTo = (pos: Position, name: string) => {
            const s = get();
            if (pos.stepIndex === s.stepIndex && pos.sub === s.sub) return;
            set({ stepIndex: pos.stepIndex, sub: pos.sub }, false, name);
          };
          const here = (): Position => ({ stepIndex: get().stepIndex, sub: get().sub });
          const withModel = (model: AnyModel, wanted: number | null, name: string) => {
            const t = targetFor(model, wanted);
            const pos = clampPosition(here(), countsOf({ model, target: t }));
            set(
              { model, target: t, wantedTarget: wanted, stepIndex: pos.stepIndex, sub: pos.sub },
              false,
              name,
            );
          };
          return {
            ...initial,
            // A language applies once its catalog is loaded (at once when it is): nothing is
            // ever shown without its strings. A later switch wins over one still loading.
            setLang: (l, scope) => {
              if (!isLang(l)) return;
              wantedLang = l;
              const apply = () => {
                keep({ lang: l }, scope);
                set({ lang: l }, false, 'prefs/setLang');
              };
              // The parts wanted may grow while one loads (the explore mode's strings): each
              // arrival checks again.
              const attempt = (): void => {
                if (wantedLang !== l) return;
                if (isLangLoaded(l)) {
                  apply();
                  return;
                }
                loadLang(l).then(attempt, (e: unknown) => console.error(e));
              };
              attempt();
            },
            setTheme: (theme, scope) => {
              if (!isTheme(theme)) return;
              keep({ theme }, scope);
              set({ theme }, false, 'prefs/setTheme');
            },
            cycleTheme: () => {
              const i = THEMES.indexOf(get().theme);
              const theme = THEMES[(i + 1) % THEMES.length];
              keep({ theme });
              set({ theme }, false, 'prefs/cycleTheme');
            },
            setZoom: (zoom) => {
              if (!Number.isFinite(zoom)) return;
              set({ zoom: Math.min(Math.max(zoom, ZOOM_MIN), ZOOM_MAX) }, false, 'view/setZoom');
            },
            goTo: (stepIndex, sub = 0) =>
              moveTo(clampPosition({ stepIndex, sub }, countsOf(get())), 'nav/goTo'),
            // An open prediction takes the key first: skipped, its answer revealed in place.
            next: () => {
              if (promptView.getState().next?.()) return;
              moveTo(nextPosition(here(), countsOf(get())), 'nav/next');
            },
            prev: () => moveTo(prevPosition(here(), countsOf(get())), 'nav/prev'),
            first: () => moveTo(firstPosition(), 'nav/first'),
            last: () => moveTo(lastPosition(countsOf(get())), 'nav/last'),
            setSeed: (seed) => {
              if (!Number.isFinite(seed)) return;
              const model = defaultModel(seed);
              set({ seed }, false, 'model/setSeed');
              withModel(model, get().wantedTarget, 'model/setSeed');
            },
            setModel: (model) => withModel(model, get().wantedTarget, 'model/setModel'),
            setTarget: (target) =>
              withModel(get().model, wantedOf(get().model, target), 'model/setTarget'),
            setSpeed: (speed) => {
              if (!Number.isFinite(speed) || speed <= 0) return;
              set({ animation: { ...get().animation, speed } }, false, 'anim/setSpeed');
            },
            setPaused: (paused) => {
              if (get().animation.paused === paused) return;
              set({ animation: { ...get().animation, paused } }, false, 'anim/setPaused');
            },
            togglePaused: () => {
              const a = get().animation;
              set({ animation: { ...a, paused: !a.paused } }, false, 'anim/togglePaused');
            },
            replay: () => {
              const a = get().animation;
              set(
                { animation: { ...a, paused: false, replayKey: a.replayKey + 1 } },
                false,
                'anim/replay',
              );
            },
            setActiveTerm: (term) => {
              if (get().activeTerm !== term) set({ activeTerm: term }, false, 'view/setActiveTerm');
            },
            setCardSeed: (seed) => {
              const ok = seed === null || (Number.isInteger(seed) && seed >= 0 && seed < 1e9);
              if (ok && get().cardSeed !== seed)
                set({ cardSeed: seed }, false, 'model/setCardSeed');
            },
            reset: () => {
              const { lang: l, theme } = get();
              set({ ...initialInputs(l, DEFAULT_SEED), theme }, false, 'reset');
            },
          };
        },
        {
          name: PERSIST_KEY,
          version: 1,
          storage,
          partialize: (s): Preferences => saved ?? { lang: s.lang, theme: s.theme },
          // Only well-formed preferences are taken from storage.
          merge: (persisted, current) => {
            const p = (persisted ?? {}) as Partial<Record<keyof Preferences, unknown>>;
            const lang = isLang(p.lang) ? p.lang : current.lang;
            const theme = isTheme(p.theme) ? p.theme : current.theme;
            saved = { lang, theme };
            return { ...current, lang, theme };
          },
          migrate: () => ({ lang: initial.lang, theme: initial.theme }),
        },
      ),
      { name: 'bptt', enabled: import.meta.env.DEV && hasDevtools() },
    ),
  );
}

function hasDevtools(): boolean {
  return typeof window !== 'undefined' && '__REDUX_DEVTOOLS_EXTENSION__' in window;
}
