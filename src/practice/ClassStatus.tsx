import { t, type Lang } from '../i18n';
import type { PracticeKey } from '../i18n/keys';
import type { PromptResponse, Truth } from '../lesson/prompts/types';
import { useLesson } from '../store';
import { useClassView } from '../store/classView';
import type { CurrentPrompt } from './current';
import { classKey } from './classPrompt';

/** A response as words: "k = 2", the option's text, or "your curve". */
function responseText(lang: Lang, truth: Truth, v: PromptResponse, tStar: number): string {
  if (v.kind === 'choice') return `k = ${v.k}`;
  if (v.kind === 'draw') return t(lang, 'practice', 'class.sentCurve');
  return truth.kind === 'binary'
    ? t(lang, 'practice', `prompt.${truth.id}.${v.option}` as PracticeKey, { t: tStar })
    : '';
}

/**
 * An open prediction's line in a class session: the lecturer sees how many have answered (live);
 * a student sees what they sent (it can change until the lecturer reveals), or that the answer is
 * given on this device. Announced politely.
 */
export function ClassStatus({ current }: { readonly current: CurrentPrompt }) {
  const lang = useLesson((s) => s.lang);
  const model = useLesson((s) => s.model);
  const target = useLesson((s) => s.target);
  const role = useClassView((s) => s.role);
  const key = classKey(current, model, target);
  const count = useClassView((s) => (s.count?.key === key ? s.count.n : 0));
  const sent = useClassView((s) => s.sent[key] ?? null);
  const chosen = useClassView((s) => s.chosen[key] ?? null);
  if (role === null) return null;
  // Counted: the relay has this answer (the last one chosen); else it is on its way.
  const counted = !!sent && JSON.stringify(sent) === JSON.stringify(chosen);
  const text =
    role === 'lecturer'
      ? t(lang, 'practice', 'class.count', { n: count })
      : chosen
        ? t(lang, 'practice', counted ? 'class.sent' : 'class.sending', {
            answer: responseText(lang, current.truth, chosen, current.t),
          })
        : t(lang, 'practice', 'class.ask');
  return (
    <p
      className="prompt-card__class"
      // The lecturer's count changes with every answer: read on demand, not announced each time.
      role={role === 'student' ? 'status' : undefined}
      aria-live={role === 'student' ? 'polite' : 'off'}
      data-testid="class-status"
      data-count={role === 'lecturer' ? count : undefined}
      data-sent={role === 'student' ? String(counted) : undefined}
    >
      {text}
    </p>
  );
}
