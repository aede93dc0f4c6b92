/**
 * Runs before every unit test file. The app fetches KaTeX as a chunk of its own and shows a
 * formula once it has arrived; in component tests (a DOM environment) it is loaded up front, so
 * rendering a formula is synchronous there, as in the app once KaTeX is in. Views that follow the
 * model one painted frame late (useFrameLag) follow it at once, for the same reason.
 */
if (typeof document !== 'undefined') {
  const { loadKatex } = await import('../../src/components/Formula');
  await loadKatex();
  const { setAfterPaintScheduler } = await import('../../src/frame');
  setAfterPaintScheduler((take) => {
    take();
    return () => {};
  });
}

export {};
