/**
 * The lesson's close: practice cards on the live numbers (one card a sub-step, seeded: the link
 * and the exercise sheet carry the seed) and a short quiz drawn from the predictions and the
 * cards, on the current model. Their views are the practice feature's (src/practice).
 */
import type { Step } from './types';

export const PRACTICE_STEP: Step = {
  id: 'practice',
  title: 'practice.title',
  body: 'practice.body',
  notes: 'practice.notes',
  formulas: [],
  substeps: 5,
  focus: { emphasis: [], flow: 'none', practice: 'cards' },
  beyondSlides: true,
};

export const QUIZ_STEP: Step = {
  id: 'quiz',
  title: 'quiz.title',
  body: 'quiz.body',
  notes: 'quiz.notes',
  formulas: [],
  substeps: 1,
  focus: { emphasis: [], flow: 'none', practice: 'quiz' },
  beyondSlides: true,
};

export const PRACTICE_STEPS: readonly Step[] = [PRACTICE_STEP, QUIZ_STEP];
