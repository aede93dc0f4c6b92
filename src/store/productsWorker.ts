/** The worker that computes the transition products (transitionProducts.worker.ts). */
export function createProductsWorker(): Worker {
  return new Worker(new URL('./transitionProducts.worker.ts', import.meta.url), { type: 'module' });
}
