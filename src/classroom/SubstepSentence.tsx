import { subText } from '../lesson/stepTexts';
import { selectLessonCtx, selectStep } from '../store';
import { useShownLesson } from '../components/useShownLesson';
import { useStepFacts } from '../components/useStepFacts';
import { useTransitionProducts } from '../components/useTransitionProducts';
import { registerGatedFacts } from '../store/gatedFacts';

// The gated chapter's sentences quote its three cells' numbers.
registerGatedFacts();

/**
 * What the shown sub-step reveals, in a sentence with its live numbers. Its strings are the
 * views' (loaded on demand, with this chunk): the first formula never waits for it.
 */
export function SubstepSentence() {
  const lang = useShownLesson((s) => s.lang);
  const sub = useShownLesson((s) => s.sub);
  const step = useShownLesson(selectStep);
  const ctx = useShownLesson(selectLessonCtx);
  // The gated chapter's sentence quotes products a worker may still be computing.
  useTransitionProducts(null, 0);
  const facts = useStepFacts();
  const text = subText(step, sub, ctx, lang, facts);
  if (!text) return null;
  return (
    <p className="step-panel__now" data-testid="substep-text">
      {text}
    </p>
  );
}
