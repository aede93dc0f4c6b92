/** What a language provides: its number style and one string table per namespace. */
import type {
  ClassroomKey,
  DiagramKey,
  ErrorKey,
  ExploreKey,
  PracticeKey,
  LessonKey,
  UiKey,
  ViewsKey,
} from './keys';
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
  /** The views opened on request: the link dialog, the presenter window, the handouts. */
  readonly views: Table<ViewsKey>;
  /** The predictions, the practice cards, the quiz and the exercise sheet. */
  readonly practice: Table<PracticeKey>;
}

export type Namespace = Exclude<keyof Catalog, 'number'>;

/**
 * The part of a catalog loaded on demand, never before the first formula: the explore mode's
 * strings, the model file's problems (which only the mode's editors and imports report) and the
 * views opened on request (link dialog, presenter window, handouts).
 */
export type ExplorePart = Pick<Catalog, 'explore' | 'errors' | 'views' | 'practice'>;

/** Every part of a catalog but the one on demand: what a language's index.ts gives. */
export type LessonCatalog = Omit<Catalog, 'explore' | 'errors' | 'views' | 'practice'>;

export const NAMESPACES: readonly Namespace[] = [
  'ui',
  'lesson',
  'diagram',
  'classroom',
  'explore',
  'errors',
  'views',
  'practice',
];

/** The keys of a namespace. */
export type KeyOf<N extends Namespace> = keyof Catalog[N] & string;
