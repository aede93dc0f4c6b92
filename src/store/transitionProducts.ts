/**
 * The Jacobian products of the state transition, ‖∂(state)_t★/∂(state)_k‖₂ for k = 0 … t★ (the
 * LSTM's over (s, c), 2H × 2H), for the views that show them. Small models are computed at once;
 * where the products would take more than a few milliseconds they are computed in a Web Worker,
 * and the view says they are coming until they arrive. Where no worker can run (a file:// page,
 * an old engine) they are computed on the main thread after the current frame.
 */
import { cellOf, dimsOf, type AnyModel } from '../model';
import { modelToJson } from '../model/io/modelJson';
import { createProductsWorker } from './productsWorker';
import { jacobiansOf } from './selectors';

export type Products =
  { readonly status: 'ready'; readonly norms: Float64Array } | { readonly status: 'pending' };

/** Multiply-adds above which the products go to the worker (about 2 ms of the core's time). */
export const WORKER_WORK = 4_000_000;

/** The products' work: t★ products of C × C matrices (C the carried state's width). */
export function productsWork(model: AnyModel, t: number): number {
  const C = cellOf(model).carryWidth(dimsOf(model).H);
  return (t + 1) * C * C * C;
}

const results = new WeakMap<AnyModel, Map<number, Products>>();
const listeners = new Set<() => void>();
let version = 0;

/** Tells every subscriber that some products arrived (version() changes). */
function arrived(): void {
  version++;
  for (const l of listeners) l();
}

export function subscribeProducts(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Changes whenever products arrive from the worker (for caches keyed by what is ready). */
export function productsVersion(): number {
  return version;
}

let worker: Worker | null | undefined;
let nextId = 0;
const jobs = new Map<number, (norms: Float64Array | null) => void>();

function workerOrNull(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = createProductsWorker();
    worker.onmessage = (ev: MessageEvent<{ id: number; norms?: Float64Array }>) => {
      const done = jobs.get(ev.data?.id);
      jobs.delete(ev.data?.id);
      done?.(ev.data.norms instanceof Float64Array ? ev.data.norms : null);
    };
    // A worker that cannot start (file://, a policy): every job then runs here.
    worker.onerror = () => {
      worker = null;
      for (const [id, done] of jobs) {
        jobs.delete(id);
        done(null);
      }
    };
  } catch {
    worker = null;
  }
  return worker;
}

/**
 * The products of `model` for target `t`: ready at once when small (or computed before), else
 * pending, and computed off the main thread (subscribeProducts says when they arrive).
 */
export function productsOf(model: AnyModel, t: number): Products {
  let byT = results.get(model);
  if (!byT) {
    byT = new Map();
    results.set(model, byT);
  }
  const known = byT.get(t);
  if (known) return known;
  if (productsWork(model, t) <= WORKER_WORK || typeof Worker === 'undefined') {
    const ready: Products = { status: 'ready', norms: jacobiansOf(model, t).productNorm };
    byT.set(t, ready);
    return ready;
  }
  const pending: Products = { status: 'pending' };
  byT.set(t, pending);
  const store = byT;
  const finish = (norms: Float64Array | null) => {
    // No worker, or it failed: computed here, after the current frame.
    if (norms === null) {
      setTimeout(() => {
        store.set(t, { status: 'ready', norms: jacobiansOf(model, t).productNorm });
        arrived();
      }, 0);
      return;
    }
    store.set(t, { status: 'ready', norms });
    arrived();
  };
  const w = workerOrNull();
  if (w === null) finish(null);
  else {
    const id = nextId++;
    jobs.set(id, finish);
    w.postMessage({ id, model: modelToJson(model), t });
  }
  return pending;
}
