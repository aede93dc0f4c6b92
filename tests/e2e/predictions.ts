/** A fresh browser storage: predictions on, as a first visit has them (see playwright.config.ts). */
export const PREDICTIONS_ON = { cookies: [], origins: [] };

/** A prediction open at the current position (its card is in the step panel). */
export const OPEN_PROMPT = '[data-testid="prompt-card"][data-state="open"]';
