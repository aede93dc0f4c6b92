/** The practice chunk's entry: the driver, started once its strings are here, and the card. */
export { startPractice } from './driver';
export { PromptCard } from './PromptCard';
