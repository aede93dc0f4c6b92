/** Practice cards on the live numbers (pure logic): see types.ts. */
export * from './types';
export { DISPLAY_DIGITS, TOLERANCE, displayValue, allowedError, toleranceOf } from './numbers';
export { practiceCards, cardOf, cardQuality, texUnit, DRAWS } from './build';
export { checkCard, plantedMistakes } from './check';
export { cardSolution, shownAnswer } from './solution';
