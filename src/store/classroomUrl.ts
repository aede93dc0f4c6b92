/**
 * The classroom's URL parameters: `?view=presenter` (the presenter window), `?print=1` (handouts),
 * `?hide=stepList,explore` (controls a lecturer's link hides), `?target=3` (the traced t★),
 * `?theme=contrast`, and the lecturer's link that combines them with `?model=`, `?lang=` and the
 * `#/step/sub` hash. Parsing never throws; unknown values are ignored.
 */
import type { Lang } from '../lesson/types';
import type { RnnModel } from '../model';
import { encodeModelParam, MODEL_PARAM, readModelParam } from '../model/io/urlcodec';
import {
  CONTROL_IDS,
  isControlId,
  type ClassroomStore,
  type ControlId,
  type View,
} from './classroom';
import { isTheme, type Theme } from './guards';
import type { Position } from './nav';
import type { LessonStore } from './store';
import { formatHash } from './url';

export const VIEW_PARAM = 'view';
export const PRINT_PARAM = 'print';
export const HIDE_PARAM = 'hide';
export const TARGET_PARAM = 'target';
export const THEME_PARAM = 'theme';

function params(search: string): URLSearchParams {
  try {
    return new URLSearchParams(typeof search === 'string' ? search : '');
  } catch {
    return new URLSearchParams();
  }
}

/** Which window the URL asks for: `?view=presenter`, `?view=print` or `?print` (any value). */
export function parseView(search: string): View {
  const p = params(search);
  const v = p.get(VIEW_PARAM)?.trim().toLowerCase();
  if (v === 'presenter') return 'presenter';
  if (v === 'print') return 'print';
  const print = p.get(PRINT_PARAM);
  if (print !== null && print !== '0' && print.toLowerCase() !== 'false') return 'print';
  return 'app';
}

/** The controls `?hide=a,b` names (unknown names dropped, in CONTROL_IDS order, no repeats). */
export function parseHide(search: string): ControlId[] {
  const raw = params(search).getAll(HIDE_PARAM).join(',');
  const names = raw
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(isControlId);
  return CONTROL_IDS.filter((c) => names.includes(c));
}

/** `?target=3` as a non-negative integer, or null. */
export function parseTargetParam(search: string): number | null {
  const v = params(search).get(TARGET_PARAM)?.trim();
  if (!v || !/^\d{1,4}$/.test(v)) return null;
  return Number(v);
}

export function parseThemeParam(search: string): Theme | null {
  const v = params(search).get(THEME_PARAM)?.trim().toLowerCase();
  return isTheme(v) ? v : null;
}

/** The same address with `view` set (or removed for the lesson); the hash is kept. */
export function withView(href: string, view: View): string {
  const url = new URL(href);
  url.searchParams.delete(PRINT_PARAM);
  if (view === 'app') url.searchParams.delete(VIEW_PARAM);
  else url.searchParams.set(VIEW_PARAM, view);
  return url.toString();
}

export interface LecturerLinkOptions {
  /** The page the link opens (origin and path; its query and hash are replaced). */
  readonly base: string;
  /** The model to open with (`?model=`); omitted when null. */
  readonly model?: RnnModel | null;
  readonly target?: number | null;
  readonly position?: Position | null;
  readonly lang?: Lang | null;
  readonly theme?: Theme | null;
  readonly hide?: readonly ControlId[];
}

/**
 * A link that opens the lesson on a model and a step with chosen controls hidden. A URL is a
 * machine format: its numbers are plain whatever the language.
 */
export function buildLecturerLink(o: LecturerLinkOptions): string {
  const url = new URL(o.base);
  url.search = '';
  url.hash = '';
  const p = url.searchParams;
  if (o.lang) p.set('lang', o.lang);
  if (o.theme) p.set(THEME_PARAM, o.theme);
  const hide = CONTROL_IDS.filter((c) => o.hide?.includes(c));
  if (hide.length > 0) p.set(HIDE_PARAM, hide.join(','));
  if (o.target !== null && o.target !== undefined) p.set(TARGET_PARAM, String(o.target));
  if (o.model) p.set(MODEL_PARAM, encodeModelParam(o.model));
  // Commas are safe in a query; keeping them readable makes the link easier to check by eye.
  url.search = p.toString().replace(/%2C/g, ',');
  if (o.position) url.hash = formatHash(o.position);
  return url.toString();
}

export interface AppliedLink {
  /** The parameters that were present but unusable (shown to the user as a notice). */
  readonly invalid: readonly string[];
}

/**
 * Applies a link's model, target, theme and hidden controls (before the hash is read, so the step
 * is clamped against the link's model). A bad `?model=` keeps the default model.
 */
export function applyLinkParams(
  lesson: LessonStore,
  classroom: ClassroomStore,
  search: string,
): AppliedLink {
  const invalid: string[] = [];
  const model = readModelParam(search);
  if (model) {
    if (model.ok) lesson.getState().setModel(model.model);
    else invalid.push(MODEL_PARAM);
  }
  const target = parseTargetParam(search);
  if (target !== null) lesson.getState().setTarget(target);
  else if (params(search).has(TARGET_PARAM)) invalid.push(TARGET_PARAM);
  const theme = parseThemeParam(search);
  if (theme) lesson.getState().setTheme(theme);
  classroom.getState().setHidden(parseHide(search));
  return { invalid };
}
