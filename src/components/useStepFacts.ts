import type { Params } from '../i18n/format';
import { selectLessonModel, selectStep } from '../store';
import { lessonFacts } from '../store/lessonFacts';
import { useShownLesson } from './useShownLesson';

/** The case's facts and live numbers at the shown position (store/lessonFacts), for its texts. */
export function useStepFacts(): Params {
  const lang = useShownLesson((s) => s.lang);
  const model = useShownLesson(selectLessonModel);
  const target = useShownLesson((s) => s.target);
  const step = useShownLesson(selectStep);
  const sub = useShownLesson((s) => s.sub);
  // Cached by the store for the model and position (the same object for the same inputs).
  return lessonFacts({ model, target, step, sub }, lang);
}
