/**
 * Opening the app on its URL, as main.tsx does before the first render (and as the tests do):
 * the window (`?view=`), the link's model decoded and applied with its target, theme, language
 * and hidden controls, then the position resolved against that model, and the synchronisations
 * that keep the URL following the stores.
 */
import type { ClassroomStore } from '../classroom/store';
import { applyStartLink, parseView, readStartLink } from '../classroom/links';
import { startModeSync, type ExploreStore } from '../explore/store';
import type { LessonStore } from '../store/store';
import { startUrlSync } from '../store/url';

export interface OpenLinkStores {
  readonly lesson: LessonStore;
  readonly classroom: ClassroomStore;
  readonly explore: ExploreStore;
  /** Defaults to the global window. */
  readonly win?: Window;
}

/** Reads the URL into the stores and starts following it. Resolves to a function that stops. */
export async function openLink(o: OpenLinkStores): Promise<() => void> {
  const win = o.win ?? window;
  const { search, hash } = win.location;
  o.classroom.setState({ view: parseView(search) });
  const link = await readStartLink(search, hash);
  applyStartLink(o.lesson, o.classroom, link);
  if (link.invalid.length > 0) {
    o.classroom.getState().notify('error.url', 'error', { param: link.invalid.join(', ') });
  }
  // The explore panel lists a bad model's problems, field by field.
  o.explore.getState().setLinkErrors(link.modelErrors);
  const stopUrl = startUrlSync(o.lesson, {
    win,
    applied: link.model && link.payload ? { payload: link.payload, model: link.model } : null,
    onModelErrors: (errors) => o.explore.getState().setLinkErrors(errors),
  });
  // Lesson or explore (?mode=explore).
  const stopMode = startModeSync(o.explore, win);
  return () => {
    stopUrl();
    stopMode();
  };
}
