/**
 * Reading a whole URL (query and fragment) into the schema's state, and writing the parts of it
 * back: the query's settings, and the fragment `#/<step-id>/<sub-id>?model=…&seed=…&room=…`.
 */
import { encodeValue, splitPairs, valuesOf, withPairs } from './params';
import {
  PROP_NAMES,
  PROPS,
  propOf,
  propsIn,
  type PropName,
  type UrlProp,
  type UrlState,
} from './schema';

export interface ReadUrl {
  readonly state: UrlState;
  /** The keys present but unusable, among the properties worth a notice (e.g. `model`, `target`). */
  readonly invalid: readonly string[];
}

/** The fragment's two parts: the path (`/sum-over-k/k-1`) and its parameters (`model=…`). */
export function splitFragment(hash: string): { path: string | null; params: string } {
  if (typeof hash !== 'string') return { path: null, params: '' };
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const q = body.indexOf('?');
  const rawPath = q < 0 ? body : body.slice(0, q);
  const params = q < 0 ? '' : body.slice(q + 1);
  try {
    return { path: decodeURIComponent(rawPath), params };
  } catch {
    // An unreadable path opens the start; the fragment's parameters still count.
    return { path: null, params };
  }
}

function valuesFor(name: PropName, query: string, path: string | null, params: string): string[] {
  const p = propOf(name) as UrlProp<unknown>;
  if (p.place === 'path') return path === null || path === '' ? [] : [path];
  return valuesOf(splitPairs(p.place === 'query' ? query : params), p.name);
}

/** Every property of a URL's query (`?…`) and fragment (`#…`). Never throws. */
export function readUrl(search: string, hash: string): ReadUrl {
  const query = typeof search === 'string' ? search : '';
  const { path, params } = splitFragment(hash);
  const state = {} as Record<PropName, unknown>;
  const invalid: string[] = [];
  for (const name of PROP_NAMES) {
    const p = propOf(name) as UrlProp<unknown>;
    const v = p.parse(valuesFor(name, query, path, params));
    state[name] = v === undefined ? p.default : v;
    if (v === undefined && p.reported && !invalid.includes(p.name)) invalid.push(p.name);
  }
  return { state: state as UrlState, invalid };
}

/** One property of a URL (the others are not parsed: a megabyte model is not read for `lang`). */
export function readProp<K extends PropName>(name: K, search: string, hash = ''): UrlState[K] {
  const { path, params } = splitFragment(hash);
  const p = propOf(name);
  return p.parse(valuesFor(name, search, path, params)) ?? p.default;
}

function text<K extends PropName>(name: K, value: UrlState[K]): string | null {
  return propOf(name).serialize(value);
}

/**
 * The query with some properties set (their defaults remove them), the other pairs' text kept.
 * Returns `?…`, or '' when nothing is left.
 */
export function withQuery(search: string, values: Partial<UrlState>): string {
  const changes: Record<string, string | null> = {};
  for (const name of propsIn('query')) {
    if (!Object.hasOwn(values, name)) continue;
    changes[PROPS[name].name] = text(name, values[name] as never);
  }
  const q = withPairs(search, changes);
  return q === '' ? '' : `?${q}`;
}

/** The fragment's parameters' part of a state. */
export type FragmentState = Pick<UrlState, 'position' | 'model' | 'seed' | 'room'>;

/** `#/<step>/<sub>?model=…&seed=…&room=…`, each part only when it is not its default. */
export function formatFragment(state: Partial<FragmentState>): string {
  const path = state.position ? text('position', state.position) : null;
  const pairs: string[] = [];
  for (const name of propsIn('fragment')) {
    const v = state[name as keyof FragmentState];
    if (v === undefined) continue;
    const t = text(name, v as never);
    if (t !== null) pairs.push(`${PROPS[name].name}=${encodeValue(t)}`);
  }
  const body = `${path ?? ''}${pairs.length > 0 ? `?${pairs.join('&')}` : ''}`;
  return body === '' ? '' : `#${body}`;
}
