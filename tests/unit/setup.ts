/**
 * Runs before every unit test file. The app loads a language's catalog when it is first shown
 * (the explore mode's strings with the mode); the tests load them all before their first test, so every lookup is synchronous there. The
 * app fetches KaTeX as a chunk of its own and shows a formula once it has arrived; in component
 * tests (a DOM environment) it is loaded up front, so rendering a formula is synchronous there,
 * as in the app once KaTeX is in. Views that follow the model one painted frame late (useFrameLag) follow it at
 * once, for the same reason.
 */
import { beforeAll } from 'vitest';
import { LANGS, loadLang, wantExploreStrings } from '../../src/i18n';
import { registerGatedFacts } from '../../src/store/gatedFacts';
import { installFullCore } from '../../src/model/bptt/fullCore';

// The gated cells and Lanczos come with the chunks that make or read such a model
// (model/bptt/fullCore.ts); a test may build one directly, so here they are in from the start.
installFullCore();

// The gated chapter's facts come with the chunks that show its texts; here, from the start.
registerGatedFacts();

// Before each file's tests rather than here: a test file may mock a catalog (vi.mock), and the
// mock applies to what is imported after the file has been read.
beforeAll(async () => {
  await Promise.all(LANGS.map((l) => loadLang(l)));
  await wantExploreStrings();
});

if (typeof document !== 'undefined') {
  const { loadKatex } = await import('../../src/components/Formula');
  await loadKatex();
  // The lesson's diagram is a chunk of its own too; drawn at once once loaded.
  const { loadDiagram } = await import('../../src/components/loadDiagram');
  await loadDiagram();
  // And the term list.
  const { loadTermList } = await import('../../src/components/loadTermList');
  await loadTermList();
  const { setAfterPaintScheduler } = await import('../../src/frame');
  setAfterPaintScheduler((take) => {
    take();
    return () => {};
  });
}

export {};
