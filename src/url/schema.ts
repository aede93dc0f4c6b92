/**
 * The URL schema: every property a link can carry, declared once with its name, where it lives,
 * its default, and how it is parsed and written (TensorFlow Playground's State.PROPS).
 *
 *   ?lang=…&theme=…&target=…&hide=…&view=…&deck=…&print&mode=…  #/<step-id>/<sub-id>?model=…&seed=…&room=…
 *
 * The query holds the short settings a server may see. The fragment holds what a static host
 * must never see or limit: the position, the model (compressed, up to megabytes), a card seed
 * and a class room. Parsing never throws: an absent property is its default, an unusable one is
 * its default too and is reported (for the properties a user should hear about).
 */
import type { Lang } from '../lesson/types';
import {
  CONTROL_IDS,
  isControlId,
  isLang,
  isTheme,
  type AppMode,
  type ControlId,
  type Theme,
  type View,
} from './values';

/** Where a property lives: the query, the fragment's path, or the fragment's parameters. */
export type Place = 'query' | 'path' | 'fragment';

export interface UrlProp<T> {
  /** The parameter's key (for the path: a name only). */
  readonly name: string;
  readonly place: Place;
  readonly default: T;
  /** The value of its texts in the URL ([] when absent); undefined when present but unusable. */
  readonly parse: (values: readonly string[]) => T | undefined;
  /** Its text in the URL, or null to leave it out (the default is always left out). */
  readonly serialize: (value: T) => string | null;
  /** An unusable value is worth a notice (a broken model, a wrong target). */
  readonly reported?: boolean;
  /** Read from old links only: the app never writes it (it is moved to its new place). */
  readonly legacy?: boolean;
}

/** The position as the fragment's path names it: a step id (or an old 1-based number), a sub-step. */
export interface PathPosition {
  readonly step: string;
  readonly sub: string | null;
}

const first = (values: readonly string[]): string | undefined => values[0]?.trim();
const lower = (values: readonly string[]): string | undefined => first(values)?.toLowerCase();
/** Path segments: step ids, sub-step ids and old numbers, nothing that needs escaping. */
const SEGMENT = /^[A-Za-z0-9_-]{1,64}$/;
const ROOM = /^[A-Za-z0-9_-]{1,64}$/;

function prop<T>(p: UrlProp<T>): UrlProp<T> {
  return p;
}

/** An optional value read by a guard: absent is null, present but not matching is undefined. */
function optional<T extends string>(
  name: string,
  guard: (v: unknown) => v is T,
): UrlProp<T | null> {
  return prop<T | null>({
    name,
    place: 'query',
    default: null,
    parse: (values) =>
      values.length === 0 ? null : guard(lower(values)) ? (lower(values) as T) : undefined,
    serialize: (v) => v,
  });
}

/** A non-negative integer of at most `digits` digits, or null. */
function count(
  name: string,
  place: Place,
  digits: number,
  reported = false,
): UrlProp<number | null> {
  const pattern = new RegExp(`^\\d{1,${digits}}$`);
  return prop<number | null>({
    name,
    place,
    default: null,
    reported,
    parse: (values) => {
      if (values.length === 0) return null;
      const v = first(values) ?? '';
      return pattern.test(v) ? Number(v) : undefined;
    },
    serialize: (v) => (v === null ? null : String(v)),
  });
}

/** An opaque text (a model's payload): the codec reads it. */
function payload(name: string, place: Place, legacy = false): UrlProp<string | null> {
  return prop<string | null>({
    name,
    place,
    default: null,
    reported: true,
    legacy,
    parse: (values) => (values.length === 0 ? null : values[0]),
    serialize: (v) => v,
  });
}

export const PROPS = {
  lang: optional<Lang>('lang', isLang),
  theme: optional<Theme>('theme', isTheme),
  /** The traced t★. */
  target: count('target', 'query', 4, true),
  /** The controls a lecturer's link hides, in CONTROL_IDS order; unknown names are dropped. */
  hide: prop<readonly ControlId[]>({
    name: 'hide',
    place: 'query',
    default: [],
    parse: (values) => {
      const names = values.join(',').split(/[\s,]+/);
      return CONTROL_IDS.filter((c) => names.includes(c) && isControlId(c));
    },
    serialize: (v) => (v.length === 0 ? null : CONTROL_IDS.filter((c) => v.includes(c)).join(',')),
  }),
  /** Which window: the lesson, the presenter view or the handouts. */
  view: prop<View>({
    name: 'view',
    place: 'query',
    default: 'app',
    parse: (values) => {
      const v = lower(values);
      return v === 'presenter' || v === 'print' || v === 'sheet' || v === 'join' ? v : 'app';
    },
    serialize: (v) => (v === 'app' ? null : v),
  }),
  /**
   * The lesson window a presenter window belongs to (`?view=presenter&deck=…`): the two follow
   * each other, and no other tab.
   */
  deck: prop<string | null>({
    name: 'deck',
    place: 'query',
    default: null,
    parse: (values) => {
      if (values.length === 0) return null;
      const v = first(values) ?? '';
      return ROOM.test(v) ? v : null;
    },
    serialize: (v) => v,
  }),
  /** `?print` (any value but 0 or false) is the older name of `?view=print`. */
  print: prop<boolean>({
    name: 'print',
    place: 'query',
    default: false,
    parse: (values) =>
      values.length > 0 && values[0] !== '0' && values[0].toLowerCase() !== 'false',
    serialize: (v) => (v ? '1' : null),
  }),
  mode: prop<AppMode>({
    name: 'mode',
    place: 'query',
    default: 'lesson',
    parse: (values) => (lower(values) === 'explore' ? 'explore' : 'lesson'),
    serialize: (v) => (v === 'explore' ? v : null),
  }),
  /** `?model=<base64url JSON>`: the first links' model, moved into the fragment when read. */
  queryModel: payload('model', 'query', true),
  /** `#/<step>/<sub>`: the step's id and the sub-step's (old links: 1-based and 0-based numbers). */
  position: prop<PathPosition | null>({
    name: 'position',
    place: 'path',
    default: null,
    parse: (values) => {
      if (values.length === 0) return null;
      const parts = values[0].split('/').filter((p, i) => !(i === 0 && p === ''));
      if (parts.length === 0) return null;
      if (!SEGMENT.test(parts[0])) return undefined;
      return { step: parts[0], sub: parts[1] && SEGMENT.test(parts[1]) ? parts[1] : null };
    },
    serialize: (v) => (v === null ? null : `/${v.step}${v.sub === null ? '' : `/${v.sub}`}`),
  }),
  /** The model, packed by the codec (deflate-raw, base64url; see urlcodec.ts). */
  model: payload('model', 'fragment'),
  /** A card's seed (reserved for the exercise cards). */
  seed: count('seed', 'fragment', 9),
  /** A class room's id (reserved for a shared classroom). */
  room: prop<string | null>({
    name: 'room',
    place: 'fragment',
    default: null,
    parse: (values) => {
      if (values.length === 0) return null;
      const v = first(values) ?? '';
      return ROOM.test(v) ? v : undefined;
    },
    serialize: (v) => v,
  }),
} as const;

export type PropName = keyof typeof PROPS;
type ValueOf<P> = P extends UrlProp<infer T> ? T : never;
/** Everything a URL says, each property parsed (or its default). */
export type UrlState = { -readonly [K in PropName]: ValueOf<(typeof PROPS)[K]> };

/** The properties in declaration order (the order they are written in). */
export const PROP_NAMES: readonly PropName[] = Object.freeze(Object.keys(PROPS) as PropName[]);

/** A property with its value's type (the table's entries are typed one by one). */
export function propOf<K extends PropName>(name: K): UrlProp<UrlState[K]> {
  return PROPS[name] as unknown as UrlProp<UrlState[K]>;
}

/** The names of the properties in a place, in declaration order. */
export function propsIn(place: Place): PropName[] {
  return PROP_NAMES.filter((k) => PROPS[k].place === place);
}
