/** What a language provides: its number style and one string table per namespace. */
import type { ClassroomKey, DiagramKey, ErrorKey, ExploreKey, LessonKey, UiKey } from './keys';
import type { NumberStyle } from './number';

type Table<K extends string> = Readonly<Record<K, string>>;

export interface Catalog {
  /** How the language writes numbers (number.ts). */
  readonly number: NumberStyle;
  /** The general UI: navigation, help, presenter, the lesson's diagram and notices. */
  readonly ui: Table<UiKey>;
  /** The lesson's step texts, keyed by step id. */
  readonly lesson: Table<LessonKey>;
  /** The unrolled diagram and the decay chart. */
  readonly diagram: Table<DiagramKey>;
  /** The classroom tools. */
  readonly classroom: Table<ClassroomKey>;
  /** The explore mode. */
  readonly explore: Table<ExploreKey>;
  /** The model's validation problems, by FieldError code. */
  readonly errors: Table<ErrorKey>;
}

export type Namespace = Exclude<keyof Catalog, 'number'>;

/**
 * The explore mode's part of a catalog, loaded with the mode: its strings and the model file's
 * problems (which only the mode's editors and imports report).
 */
export type ExplorePart = Pick<Catalog, 'explore' | 'errors'>;

/** Every part of a catalog but the explore mode's: what a language's index.ts gives. */
export type LessonCatalog = Omit<Catalog, 'explore' | 'errors'>;

export const NAMESPACES: readonly Namespace[] = [
  'ui',
  'lesson',
  'diagram',
  'classroom',
  'explore',
  'errors',
];

/** The keys of a namespace. */
export type KeyOf<N extends Namespace> = keyof Catalog[N] & string;
