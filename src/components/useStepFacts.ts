import type { Params } from '../i18n/format';
import { selectLessonModel, selectStep } from '../store';
import { lessonFacts } from '../store/lessonFacts';
import { useGated } from '../store/gatedStore';
import { useShownLesson } from './useShownLesson';

/** The case's facts and live numbers at the shown position (store/lessonFacts), for its texts. */
export function useStepFacts(): Params {
  const lang = useShownLesson((s) => s.lang);
  const model = useShownLesson(selectLessonModel);
  const target = useShownLesson((s) => s.target);
  const step = useShownLesson(selectStep);
  const sub = useShownLesson((s) => s.sub);
  const current = useShownLesson((s) => s.model);
  const forgetBias = useGated((s) => s.forgetBias);
  // Cached by the store for the model and position (the same object for the same inputs).
  return lessonFacts({ model, current, forgetBias, target, step, sub }, lang);
}
