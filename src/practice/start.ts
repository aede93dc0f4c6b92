/** The practice chunk's entry: the driver, started once its strings are here, and the views. */
export { startPractice } from './driver';
export { PromptCard } from './PromptCard';
export { PracticeView } from './PracticeView';
export { SheetPage } from './SheetPage';
