/**
 * The single-file build has no worker file beside it (and a file:// page may not start one): the
 * products are computed on the main thread after the frame (transitionProducts.ts).
 */
export function createProductsWorker(): Worker {
  throw new Error('no worker in the single file');
}
