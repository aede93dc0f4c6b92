/**
 * The store and the address bar, through the URL schema (src/url): the fragment holds the
 * position by ids (`#/sum-over-k/k-1`, so inserting a step breaks no link) and, when the model is
 * not the default one, the model packed (`?model=z.…`), so that a reload or a copied address
 * opens the same lesson on the same model. `?lang=`, `?theme=` and `?target=`, when present,
 * follow the store. Writes use history.replaceState (after the frame that shows the move is
 * painted): moving through the lesson does not fill the browser's history.
 *
 * The model is encoded only when it changes (a move reuses the encoded text), at most every
 * MODEL_WRITE_MS (training changes it every frame), and asynchronously (compression is).
 */
import type { AnyModel, FieldError } from '../model';
import { modelToJson } from '../model/io/modelJson';
import type { Lang } from '../lesson/types';
import { STEPS } from '../lesson/steps';
import {
  decodeModelLink,
  encodeModelLink,
  formatFragment,
  pathOf,
  readProp,
  readUrl,
  resolvePosition,
  withQuery,
  type StepLike,
} from '../url';
import { defaultModel, dimsOf } from '../model';
import { afterNextPaint } from '../frame';
import type { Position } from './nav';
import { DEFAULT_SEED, type LessonState, type LessonStore } from './store';

/** A model changed faster than this (training) is written to the URL once per interval. */
export const MODEL_WRITE_MS = 300;

type PathState = Pick<LessonState, 'stepIndex' | 'sub' | 'model' | 'target'>;

function ctxOf(s: Pick<LessonState, 'model' | 'target'>) {
  return { T: dimsOf(s.model).T, target: s.target };
}

/** The fragment's path of the store's position: `#/ideas/gradient-sum`. */
export function formatHash(s: PathState, steps: readonly StepLike[] = STEPS): string {
  return formatFragment({ position: pathOf(s, steps, ctxOf(s)) });
}

/**
 * The position a hash names, for the store's model and target: ids (`#/sum-over-k/k-1`) or the
 * old numbers (`#/8/3`, `#3/1`, `#/sum-over-k/1`). Anything unreadable gives the start.
 */
export function parseHash(
  hash: string,
  s: Pick<LessonState, 'model' | 'target'>,
  steps: readonly StepLike[] = STEPS,
): Position {
  return resolvePosition(readProp('position', '', hash), steps, ctxOf(s));
}

/** `ru` or `en` from a query string (`?lang=ru`), or null. */
export function parseLangParam(search: string): Lang | null {
  return readProp('lang', search);
}

let lessonDefault: { model: AnyModel; json: string | null } | null = null;

/** Whether a model is the lesson's default one (which the URL leaves out). */
function isDefaultModel(model: AnyModel): boolean {
  lessonDefault ??= { model: defaultModel(DEFAULT_SEED), json: null };
  const d = lessonDefault;
  const [a, b] = [dimsOf(model), dimsOf(d.model)];
  // Most edited models differ in size: no need to write out their JSON to know.
  if (a.T !== b.T || a.H !== b.H || a.D !== b.D || a.K !== b.K) return false;
  d.json ??= JSON.stringify(modelToJson(d.model));
  return JSON.stringify(modelToJson(model)) === d.json;
}

export interface UrlSyncOptions {
  readonly steps?: readonly StepLike[];
  /** Defaults to the global window. */
  readonly win?: Window;
  /** The fragment's model text already applied at start, and the model it holds. */
  readonly applied?: { readonly payload: string; readonly model: AnyModel } | null;
  /** Told the problems of a model that a later hash change brought (null: a good one). */
  readonly onModelErrors?: (errors: readonly FieldError[] | null) => void;
}

/**
 * Applies the hash to the store (now and on every hashchange) and writes the store back into the
 * URL. Returns a function that stops the synchronisation.
 */
export function startUrlSync(store: LessonStore, options: UrlSyncOptions = {}): () => void {
  const win = options.win ?? window;
  const steps = options.steps ?? STEPS;
  let stopped = false;
  // The fragment's model text and the model it encodes (null: the default model, left out).
  let payload: string | null = options.applied?.payload ?? null;
  let encoded: AnyModel | null = options.applied?.model ?? null;
  // Kept as the link gave them (the card seed goes to the store).
  let extra = readUrl('', win.location.hash).state;
  let reads = 0;

  const applyPosition = (hash: string) => {
    const s = store.getState();
    const pos = parseHash(hash, s, steps);
    if (pos.stepIndex !== s.stepIndex || pos.sub !== s.sub) s.goTo(pos.stepIndex, pos.sub);
  };

  const readHash = () => {
    const hash = win.location.hash;
    const { state } = readUrl('', hash);
    extra = state;
    store.getState().setCardSeed(state.seed);
    const read = ++reads;
    if (state.model === null || state.model === payload) {
      applyPosition(hash);
      writeUrl();
      return;
    }
    // A new model: the position is applied with it (a sub-step may need its T), once decoded.
    const text = state.model;
    void decodeModelLink(text).then((r) => {
      if (stopped || read !== reads) return;
      if (r.ok) {
        payload = text;
        encoded = r.model;
        store.getState().setModel(r.model);
      }
      options.onModelErrors?.(r.ok ? null : r.errors);
      applyPosition(hash);
      writeUrl();
    });
  };

  const writeUrl = () => {
    if (stopped) return;
    const s = store.getState();
    const loc = win.location;
    const hash = formatFragment({
      position: pathOf(s, steps, ctxOf(s)),
      model: payload,
      seed: s.cardSeed,
      room: extra.room,
    });
    // The model moves from the old query into the fragment; present settings follow the store.
    const follow: Parameters<typeof withQuery>[1] = {};
    // Dropped from the query once the fragment holds the model (a reload in between keeps it).
    if (encoded === s.model) follow.queryModel = null;
    if (readProp('lang', loc.search) !== null) follow.lang = s.lang;
    if (readProp('theme', loc.search) !== null) follow.theme = s.theme;
    if (readProp('target', loc.search) !== null) follow.target = s.target;
    const search = withQuery(loc.search, follow);
    if (loc.hash === hash && loc.search === search) return;
    try {
      win.history.replaceState(win.history.state, '', `${loc.pathname}${search}${hash}`);
    } catch {
      // Some embedded contexts (sandboxed iframes, file: URLs) refuse; the lesson still works.
    }
  };

  // A move is written once the frame showing it is painted (history.replaceState costs a few
  // milliseconds that the key press's frame cannot spare); moves before then are written as one.
  let queued = false;
  let cancel = () => {};
  const writeSoon = () => {
    if (queued || stopped) return;
    queued = true;
    cancel = afterNextPaint(() => {
      queued = false;
      writeUrl();
    }, win);
  };

  let encoding = false;
  let lastEncode = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const encodeSoon = () => {
    if (encoding || stopped) return;
    encoding = true;
    timer = setTimeout(
      () => {
        const model = store.getState().model;
        const done = (text: string | null) => {
          encoding = false;
          lastEncode = Date.now();
          if (stopped) return;
          // Unless a link brought the current model meanwhile (its own text is already kept),
          // the latest encoded model is written, even if training has moved on since.
          if (encoded !== store.getState().model) {
            payload = text;
            encoded = model;
            writeSoon();
          }
          // Changed again while this one was encoded: once more, after the interval.
          if (store.getState().model !== model) encodeSoon();
        };
        if (isDefaultModel(model)) done(null);
        else encodeModelLink(model).then(done, () => done(null));
      },
      Math.max(0, lastEncode + MODEL_WRITE_MS - Date.now()),
    );
  };

  applyPosition(win.location.hash);
  store.getState().setCardSeed(extra.seed);
  const startModel = store.getState().model;
  if (payload === null && encoded === null && isDefaultModel(startModel)) encoded = startModel;
  if (startModel !== encoded) encodeSoon();
  writeUrl();

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.model !== prev.model && s.model !== encoded) encodeSoon();
    if (
      s.stepIndex !== prev.stepIndex ||
      s.sub !== prev.sub ||
      s.lang !== prev.lang ||
      s.theme !== prev.theme ||
      s.target !== prev.target ||
      s.cardSeed !== prev.cardSeed
    )
      writeSoon();
    // A new model is written once encoded (encodeSoon); its clamping of the position, above.
  });
  win.addEventListener('hashchange', readHash);
  return () => {
    stopped = true;
    unsubscribe();
    cancel();
    clearTimeout(timer);
    win.removeEventListener('hashchange', readHash);
  };
}
