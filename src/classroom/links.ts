/**
 * The classroom's URL properties, read and written through the URL schema (src/url): the window
 * (`?view=presenter`, `?print`), hidden controls (`?hide=`), the traced t★ (`?target=`),
 * `?theme=`, and the lecturer's link that combines them with `?lang=`, the position and the
 * model (both in the fragment). Also reading a link at start: the model (packed in the fragment,
 * or the first links' `?model=`) is decoded before the app renders. Parsing never throws.
 */
import type { Lang } from '../lesson/types';
import type { AnyModel, FieldError } from '../model';
import {
  buildLink,
  decodeModelLink,
  decodeModelQuery,
  pageBase,
  pathOf,
  readProp,
  readUrl,
  withQuery,
  type StepLike,
  type UrlState,
} from '../url';
import { STEPS } from '../lesson/steps';
import { dimsOf } from '../model';
import type { ClassroomStore } from './store';
import type { ControlId, Theme, View } from '../url/values';
import type { Position } from '../store/nav';
import type { LessonStore } from '../store/store';

/** Which window the URL asks for: `?view=presenter`, `?view=print` or `?print` (any value). */
export function parseView(search: string): View {
  return readProp('print', search) ? 'print' : readProp('view', search);
}

/** The controls `?hide=a,b` names (unknown names dropped, in CONTROL_IDS order, no repeats). */
export function parseHide(search: string): ControlId[] {
  return [...readProp('hide', search)];
}

/** `?target=3` as a non-negative integer, or null. */
export function parseTargetParam(search: string): number | null {
  return readProp('target', search);
}

export function parseThemeParam(search: string): Theme | null {
  return readProp('theme', search);
}

/** The same address with `view` set (or removed for the lesson); the hash is kept as it is. */
export function withView(href: string, view: View, deck: string | null = null): string {
  const at = href.indexOf('#');
  const hash = at < 0 ? '' : href.slice(at);
  const url = new URL(href);
  // `print` is the older spelling of the view: one is written, never both.
  return `${pageBase(url)}${withQuery(url.search, { print: false, view, deck })}${hash}`;
}

export interface LecturerLinkOptions {
  /** The page the link opens (origin and path; its query and hash are replaced). */
  readonly base: string;
  /** The model's packed text for the fragment (encodeModelLink); omitted when null. */
  readonly model?: string | null;
  readonly target?: number | null;
  /** The position, with the model and target its sub-step ids depend on. */
  readonly position?: (Position & { readonly model: AnyModel; readonly target: number }) | null;
  readonly lang?: Lang | null;
  readonly theme?: Theme | null;
  readonly hide?: readonly ControlId[];
  readonly steps?: readonly StepLike[];
}

/**
 * A link that opens the lesson on a model and a step with chosen controls hidden. A URL is a
 * machine format: its numbers are plain whatever the language.
 */
export function buildLecturerLink(o: LecturerLinkOptions): string {
  const query: Partial<UrlState> = {
    lang: o.lang ?? null,
    theme: o.theme ?? null,
    hide: o.hide ?? [],
    target: o.target ?? null,
  };
  const p = o.position;
  const position = p
    ? pathOf(p, o.steps ?? STEPS, { T: dimsOf(p.model).T, target: p.target })
    : null;
  return buildLink(o.base, query, { position, model: o.model ?? null });
}

/** A link's properties as read at start, its model decoded. */
export interface StartLink {
  readonly state: UrlState;
  /** The model the link holds, when it holds a good one. */
  readonly model: AnyModel | null;
  /** The fragment's model text the model came from (null for the old `?model=`). */
  readonly payload: string | null;
  /** The problems of a model the link holds but that could not be read. */
  readonly modelErrors: readonly FieldError[] | null;
  /** The properties present but unusable (shown to the user as a notice). */
  readonly invalid: readonly string[];
}

/** Reads a URL's properties and decodes its model (the fragment's, else the old `?model=`). */
export async function readStartLink(search: string, hash: string): Promise<StartLink> {
  const { state, invalid } = readUrl(search, hash);
  const bad = invalid.filter((k) => k !== 'model');
  const text = state.model ?? state.queryModel;
  if (text === null) return { state, model: null, payload: null, modelErrors: null, invalid: bad };
  const r = await (state.model !== null ? decodeModelLink(text) : decodeModelQuery(text));
  if (r.ok) return { state, model: r.model, payload: state.model, modelErrors: null, invalid: bad };
  return { state, model: null, payload: null, modelErrors: r.errors, invalid: [...bad, 'model'] };
}

/**
 * The t★ an old link without `?target=` traced: the links of the first versions (a `?model=` in
 * the query, or a numbered position `#/8/3`) opened on min(3, T − 1), E_3 or the last step before
 * it, where the app now traces the last step when none is asked for. They still open as before.
 */
function legacyTarget(link: StartLink): number | null {
  const numbered = link.state.position !== null && /^\d+$/.test(link.state.position.step);
  if (!link.model || !(link.state.queryModel !== null || numbered)) return null;
  return Math.min(3, link.model.inputs.rows - 1);
}

/**
 * Applies a link's model, target, theme and hidden controls (before the position is read, so the
 * step is clamped against the link's model). A bad model keeps the default model.
 */
export function applyStartLink(
  lesson: LessonStore,
  classroom: ClassroomStore,
  link: StartLink,
): void {
  if (link.model) lesson.getState().setModel(link.model);
  const target = link.state.target ?? legacyTarget(link);
  if (target !== null) lesson.getState().setTarget(target);
  // A ?target= past the sequence's end traces the last step, and says so.
  const shown = lesson.getState().target;
  if (link.state.target !== null && shown !== link.state.target) {
    classroom.getState().notify('notice.targetChanged', 'info', {
      asked: link.state.target,
      t: shown,
      T: lesson.getState().model.inputs.rows,
    });
  }
  // A link's language and theme are for this visit: the visitor's saved ones stay.
  if (link.state.theme) lesson.getState().setTheme(link.state.theme, 'visit');
  if (link.state.lang) lesson.getState().setLang(link.state.lang, 'visit');
  classroom.getState().setHidden(link.state.hide);
}
